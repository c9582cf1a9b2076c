/**
 * Anchors: what survives translation and rewriting alike — names (capitalised words no lexicon knows,
 * folded: "Colston", "Schengen"), numbers of two or more digits, countries and months (as shared
 * concepts), collected with the profile (profile.ts). Two texts about the same event share several;
 * unrelated texts few.
 */
import type { DocProfile } from "./profile.js";

/** How many anchors two texts share, and what share of the smaller set that is. */
export function sharedAnchors(a: DocProfile, b: DocProfile): { shared: number; share: number } {
  const [small, large] = a.anchors.size <= b.anchors.size ? [a.anchors, b.anchors] : [b.anchors, a.anchors];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return { shared, share: small.size ? shared / small.size : 0 };
}
