/**
 * Changes outside the claims: sentences in the outlet's own voice that one text has and the other
 * has not (`editorial_added`, `editorial_dropped`), and page blocks — appeals and promos
 * (`boilerplate`), teasers (`related`), credits — added or dropped (`block_added`, `block_dropped`).
 */
import type { Change } from "../model/compare.js";
import type { Block } from "../model/types.js";
import type { Sides } from "./claims.js";
import type { FullProfile } from "./profile.js";
import { fold } from "./words.js";

/** Blocks whose coming and going is reported as a block: appeals and promos, teasers, credits. */
const REPORTED_BLOCKS: ReadonlySet<string> = new Set(["boilerplate", "promo", "bio", "related", "credit"]);
/** Longest excerpt of a block in a change's detail. */
const EXCERPT = 80;

const excerpt = (s: string) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT ? flat : flat.slice(0, EXCERPT - 1) + "…";
};

/** Sentences that belong to an attribution (their changes are the claims'). */
function attributedSentences(p: FullProfile): Set<number> {
  const out = new Set<number>();
  for (const at of p.analysis.attributions ?? []) {
    out.add(at.sentence);
    for (const c of at.content) p.sentences.forEach((s, i) => s.start < c.end && c.start < s.end && out.add(i));
  }
  return out;
}

/** Whether a sentence has a counterpart (a bead that is not a replacement). */
const aligned = (s: Sides, beadOf: Int32Array, i: number) => beadOf[i]! >= 0 && !s.replaced(beadOf[i]!);

function editorialChanges(s: Sides, p: FullProfile, beadOf: Int32Array, side: "a" | "b"): Change[] {
  const attributed = attributedSentences(p);
  const out: Change[] = [];
  p.sentences.forEach((sentence, i) => {
    if (aligned(s, beadOf, i) || attributed.has(i) || sentence.voice !== "editorial" || REPORTED_BLOCKS.has(sentence.blockKind)) return;
    const sp = { start: sentence.start, end: sentence.end, text: p.analysis.text.slice(sentence.start, sentence.end) };
    out.push(
      side === "a"
        ? { op: "editorial_dropped", a: sp, b: null, attribution: { a: null, b: null }, detail: `the outlet's own sentence is gone` }
        : { op: "editorial_added", a: null, b: sp, attribution: { a: null, b: null }, detail: `a sentence in the outlet's own voice` },
    );
  });
  return out;
}

function blockAligned(s: Sides, p: FullProfile, block: number, beadOf: Int32Array): boolean {
  return p.sentences.some((sentence, i) => sentence.block === block && aligned(s, beadOf, i));
}

const blockKey = (b: Block) => `${b.kind}\u0000${fold(b.text).replace(/\s+/g, " ").trim()}`;

function blockChanges(s: Sides, p: FullProfile, other: FullProfile, beadOf: Int32Array, side: "a" | "b"): Change[] {
  const otherKeys = new Set(other.analysis.blocks.map(blockKey));
  const out: Change[] = [];
  p.analysis.blocks.forEach((b, k) => {
    if (!REPORTED_BLOCKS.has(b.kind) || blockAligned(s, p, k, beadOf) || otherKeys.has(blockKey(b))) return;
    const sp = { start: b.start, end: b.end, text: b.text };
    const detail = `${b.kind}: “${excerpt(b.text)}”`;
    out.push(side === "a" ? { op: "block_dropped", a: sp, b: null, attribution: { a: null, b: null }, detail } : { op: "block_added", a: null, b: sp, attribution: { a: null, b: null }, detail });
  });
  return out;
}

/** Editorial sentences and page blocks added or dropped. */
export function layoutChanges(s: Sides): Change[] {
  return [
    ...editorialChanges(s, s.a, s.beadOfA, "a"),
    ...editorialChanges(s, s.b, s.beadOfB, "b"),
    ...blockChanges(s, s.a, s.b, s.beadOfA, "a"),
    ...blockChanges(s, s.b, s.a, s.beadOfB, "b"),
  ];
}
