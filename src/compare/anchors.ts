/**
 * Anchors: what survives translation and rewriting alike — names (capitalised words no lexicon knows,
 * folded: "Colston", "Schengen"), numbers of two or more digits, countries and months (as shared
 * concepts), collected with the profile (profile.ts). Two texts about the same event share several,
 * names among them; unrelated texts few. Countries and months, which many stories share, count half.
 */
import type { DocProfile } from "./profile.js";

/** What an anchor counts for by its kind (the prefix of its key). */
const ANCHOR_WEIGHT: Readonly<Record<string, number>> = { name: 1, num: 1, "@country": 0.5, "@month": 0.5 };

function weightOf(anchor: string): number {
  return ANCHOR_WEIGHT[anchor.slice(0, anchor.indexOf(":"))] ?? 1;
}

export interface SharedAnchors {
  /** The weight of the anchors both texts have. */
  shared: number;
  /** That weight over the weight of the smaller text's anchors. */
  share: number;
  /** How many of the shared anchors are names. */
  names: number;
}

/** The anchors two texts share. */
export function sharedAnchors(a: DocProfile, b: DocProfile): SharedAnchors {
  const [small, large] = a.anchors.size <= b.anchors.size ? [a.anchors, b.anchors] : [b.anchors, a.anchors];
  let shared = 0;
  let total = 0;
  let names = 0;
  for (const x of small) {
    const w = weightOf(x);
    total += w;
    if (!large.has(x)) continue;
    shared += w;
    if (x.startsWith("name:")) names++;
  }
  return { shared, share: total ? shared / total : 0, names };
}
