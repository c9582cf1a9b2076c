/**
 * `compare(a, b)`: two analyses side by side — sentence alignment, relation, direction, reuse and the
 * changes claim by claim (docs/compare.md). Pure: no I/O, no clock; the same analyses give the same
 * comparison.
 */
import { COMPARE_SCHEMA_VERSION, type AlignmentPair, type Change, type CompareSide, type Comparison } from "../model/compare.js";
import type { Analysis, Span } from "../model/types.js";
import { alignSentences, CROSS_LINGUAL, MONOLINGUAL, type Bead } from "./align.js";
import { claimChanges, sidesOf, type Sides } from "./claims.js";
import { directionOf } from "./direction.js";
import { layoutChanges } from "./layout-changes.js";
import { profileOf, type DocProfile, type FullProfile } from "./profile.js";
import { mayReuse, relationOf, storyRelation } from "./relation.js";
import { valueChanges } from "./values.js";

export interface CompareOptions {
  /** Leave out the span texts of the alignment (they repeat the texts; the contract allows it). */
  alignmentText?: boolean;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function side(a: Analysis): CompareSide {
  return { id: a.id, language: a.meta.language, published: a.meta.published, title: a.meta.title, text: a.text };
}

/** The sentence alignment of two analyses (the beads, before anything is read from them). */
export function alignAnalyses(pa: DocProfile, pb: DocProfile): Bead[] {
  return alignSentences(pa.sentences, pb.sentences, pa.language === pb.language ? MONOLINGUAL : CROSS_LINGUAL);
}

/** Compares B with A: how B relates to A and what it changed. */
export function compare(a: Analysis, b: Analysis, options: CompareOptions = {}): Comparison {
  const pa = profileOf(a);
  const pb = profileOf(b);
  const beads = mayReuse(pa, pb) ? alignAnalyses(pa, pb) : [];
  const facts = beads.length ? relationOf(pa, pb, beads) : storyRelation(pa, pb);
  const { direction, evidence } = directionOf(pa, pb, facts.relation);
  const reused = facts.relation !== "unrelated" && facts.relation !== "same-story";
  const withText = options.alignmentText !== false;
  const alignment: AlignmentPair[] = reused
    ? beads.map((bd, k) => ({
        a: alignedSpan(pa, bd.a0, bd.a1, withText),
        b: alignedSpan(pb, bd.b0, bd.b1, withText),
        kind: facts.kinds[k]!,
        similarity: round3(bd.similarity),
        ...(bd.moved ? { moved: true } : {}),
      }))
    : [];
  const changes = reused ? changesOf(sidesOf(pa, pb, beads)) : [];
  return {
    schema: COMPARE_SCHEMA_VERSION,
    a: side(a),
    b: side(b),
    relation: facts.relation,
    direction,
    evidence,
    similarity: facts.similarity,
    reuse: facts.reuse,
    alignment,
    changes,
  };
}

function alignedSpan(p: FullProfile, s0: number, s1: number, withText: boolean): AlignmentPair["a"] {
  const start = p.sentences[s0]!.start;
  const end = p.sentences[s1 - 1]!.end;
  return { start, end, ...(withText ? { text: p.analysis.text.slice(start, end) } : {}), sentences: [p.sentences[s0]!.index, p.sentences[s1 - 1]!.index] };
}

/** The id of the attribution whose content (or cue) holds a span. */
function attributionAt(p: FullProfile, sp: Span | null): string | null {
  if (!sp) return null;
  for (const at of p.analysis.attributions ?? []) {
    if (at.content.some((c) => c.start <= sp.start && sp.end <= c.end) || (at.cue.start <= sp.start && sp.end <= at.cue.end)) return at.id;
  }
  return null;
}

/** Every change, in the reading order of B (changes only A has stand where A's text would be in B). */
export function changesOf(s: Sides): Change[] {
  const out: Change[] = [...claimChanges(s).changes];
  for (const bd of s.beads) {
    for (const v of valueChanges(s.a, s.b, bd.a0, bd.a1, bd.b0, bd.b1)) {
      out.push({ op: v.op, a: v.a, b: v.b, attribution: { a: attributionAt(s.a, v.a), b: attributionAt(s.b, v.b) }, detail: v.detail, values: v.values });
    }
  }
  out.push(...layoutChanges(s));
  const key = (c: Change) => (c.b ? c.b.start : positionInB(s, c.a!.start) + 0.5);
  return out.sort((x, y) => key(x) - key(y) || (x.a?.start ?? 0) - (y.a?.start ?? 0) || x.op.localeCompare(y.op));
}

/** Where a position of A falls in B: after the B sentences aligned with the last aligned A sentence before it. */
function positionInB(s: Sides, at: number): number {
  let pos = 0;
  for (const bd of s.beads) {
    if (bd.moved) continue;
    if (s.a.sentences[bd.a0]!.start > at) break;
    pos = s.b.sentences[bd.b1 - 1]!.end;
  }
  return pos;
}
