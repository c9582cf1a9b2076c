/**
 * Sentence alignment of two texts: a dynamic programme in the manner of Gale and Church (1993) over
 * beads of 1:1, 1:2, 2:1, 2:2, 1:3, 3:1 sentences and skipped sentences (1:0, 0:1), whose cost adds
 * a prior for the bead's shape, Gale and Church's length cost (the difference of the lengths against the
 * two texts' own length ratio), how little the bead's sentences share (1 − similarity over words,
 * stems, concepts, cognates and numbers: the anchors) and a penalty for joining sentences of different
 * paragraphs. The path keeps to a band around the diagonal. Beads whose sentences share too little are
 * then left out, and, in one language, sentences left over that match well elsewhere are paired as moved.
 */
import type { SentenceFeature } from "./profile.js";
import { matchedSentence, similarity } from "./similarity.js";

export interface Bead {
  /** Sentence indices (into the profiles' sentence lists): A's [a0, a1) with B's [b0, b1). */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  similarity: number;
  /** Paired outside the monotone path (the sentences moved). */
  moved?: boolean;
  /**
   * Paired for their place alone: the only sentences between two aligned ones (or a text's edge), of
   * matching length, sharing too little to be paired for their words ("1." and "8.", a sentence replaced).
   */
  weak?: boolean;
}

export interface AlignParams {
  /** Cost of a sentence left unpaired. */
  skip: number;
  /** Weight of (1 − similarity). */
  lexical: number;
  /** Weight of the length cost. */
  length: number;
  /** Prior cost of beads that join sentences (by shape "2:1" etc.; 1:1 costs nothing). */
  merge: Readonly<Record<string, number>>;
  /** Cost of a bead whose sentences on one side lie in different paragraphs. */
  crossBlock: number;
  /** Beads less similar than this are left out of the alignment. */
  minSimilarity: number;
  /** Left-over sentences at least this similar are paired as moved (0 turns it off). */
  moved: number;
}

/** Tuned on the even-numbered WMT22 documents (scripts/eval-compare.ts --split even) and on written cases. */
export const CROSS_LINGUAL: AlignParams = {
  skip: 2.2,
  lexical: 4,
  length: 0.35,
  merge: { "2:1": 0.6, "1:2": 0.6, "2:2": 1.6, "3:1": 1.6, "1:3": 1.6 },
  crossBlock: 2.5,
  minSimilarity: 0.06,
  moved: 0,
};

export const MONOLINGUAL: AlignParams = {
  skip: 2.2,
  lexical: 6,
  length: 0.2,
  merge: { "2:1": 0.6, "1:2": 0.6, "2:2": 1.6, "3:1": 1.6, "1:3": 1.6 },
  crossBlock: 2.5,
  minSimilarity: 0.3,
  moved: 0.7,
};

const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];
/** Half-width of the band the path keeps to: at least this many sentences … */
const BAND_MIN = 24;
/** … or this share of the longer text. */
const BAND_SHARE = 0.35;
/**
 * Sentences of more tokens than this are not joined with others (1:2, 2:2 …): a "sentence" that long is
 * a list or a block without full stops, and joining it costs much and gains nothing.
 */
const MERGE_MAX_TOKENS = 120;
/** Gale and Church's variance of the length difference per character. */
const LENGTH_VARIANCE = 6.8;
/** The two texts' length ratio is taken within these bounds. */
const RATIO_MIN = 0.4;
const RATIO_MAX = 2.5;
/** The length cost is capped (−log of a tiny probability). */
const LENGTH_COST_MAX = 12;

/** Standard normal cumulative distribution (Abramowitz and Stegun 26.2.17). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}

/** Gale and Church's length cost: −log of the probability of a length difference this large. */
export function lengthCost(la: number, lb: number, ratio: number): number {
  const mean = (la + lb / ratio) / 2;
  if (mean <= 0) return 0;
  const delta = (lb - la * ratio) / Math.sqrt(mean * LENGTH_VARIANCE);
  const p = 2 * (1 - normalCdf(Math.abs(delta)));
  return Math.min(LENGTH_COST_MAX, -Math.log(Math.max(p, 1e-12)));
}

function chars(ss: readonly SentenceFeature[]): number {
  let n = 0;
  for (const s of ss) n += s.end - s.start;
  return n;
}

const tooLong = (s: SentenceFeature) => s.weights.length > MERGE_MAX_TOKENS;

function spansBlocks(ss: readonly SentenceFeature[]): boolean {
  return ss.length > 1 && ss[0]!.block !== ss[ss.length - 1]!.block;
}

/**
 * Aligns the sentences of A with those of B. Sentences that occur once in each text with the same words
 * are fixed first (in text order: the longest increasing run of them), and the programme runs between
 * them: a near-duplicate costs little however long it is.
 */
export function alignSentences(a: readonly SentenceFeature[], b: readonly SentenceFeature[], params: AlignParams): Bead[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const ratio = Math.min(RATIO_MAX, Math.max(RATIO_MIN, (chars(b) || 1) / (chars(a) || 1)));
  const ctx: Ctx = { a, b, ratio, params, matched: new Map() };
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of identicalAnchors(a, b)) {
    beads.push(...programme(ctx, i, ai, j, bj));
    beads.push({ a0: ai, a1: ai + 1, b0: bj, b1: bj + 1, similarity: 1 });
    i = ai + 1;
    j = bj + 1;
  }
  beads.push(...programme(ctx, i, n, j, m));
  const kept = fillGaps(ctx, beads.filter((bd) => bd.similarity >= params.minSimilarity));
  return params.moved > 0 ? withMoved(kept, a, b, (x, y) => pairSim(ctx, x, y), params.moved) : kept;
}

/** Largest gap (sentences on each side) whose sentences are paired one by one for their place. */
const GAP_MAX = 3;
/** Highest length cost of a pair made for its place. */
const GAP_LENGTH_COST = 2;

/**
 * Gaps of the same number of sentences (up to GAP_MAX) on both sides between two aligned beads (or a
 * text's edge) are paired in order, as weak beads, where the lengths agree.
 */
function fillGaps(ctx: Ctx, beads: Bead[]): Bead[] {
  const out: Bead[] = [];
  let i = 0;
  let j = 0;
  const fill = (i1: number, j1: number) => {
    const k = i1 - i;
    if (k < 1 || k !== j1 - j || k > GAP_MAX) return;
    const pairs: Bead[] = [];
    for (let d = 0; d < k; d++) {
      const sa = ctx.a[i + d]!;
      const sb = ctx.b[j + d]!;
      if (lengthCost(sa.end - sa.start, sb.end - sb.start, ctx.ratio) > GAP_LENGTH_COST) return;
      pairs.push({ a0: i + d, a1: i + d + 1, b0: j + d, b1: j + d + 1, similarity: pairSim(ctx, i + d, j + d), weak: true });
    }
    out.push(...pairs);
  };
  for (const bd of beads) {
    fill(bd.a0, bd.b0);
    out.push(bd);
    i = bd.a1;
    j = bd.b1;
  }
  fill(ctx.a.length, ctx.b.length);
  return out;
}

interface Ctx {
  a: readonly SentenceFeature[];
  b: readonly SentenceFeature[];
  ratio: number;
  params: AlignParams;
  /** Matched weight of A's sentence i against B's j plus B's j against A's i, by i * (m + 1) + j. */
  matched: Map<number, number>;
}

function pairMatched(ctx: Ctx, i: number, j: number): number {
  const key = i * (ctx.b.length + 1) + j;
  let s = ctx.matched.get(key);
  if (s === undefined) {
    const sa = ctx.a[i]!;
    const sb = ctx.b[j]!;
    s = matchedSentence(sa, [sb.set]) + matchedSentence(sb, [sa.set]);
    ctx.matched.set(key, s);
  }
  return s;
}

function weightOf(ss: readonly SentenceFeature[], from: number, to: number): number {
  let w = 0;
  for (let k = from; k < to; k++) w += ss[k]!.weight;
  return w;
}

function pairSim(ctx: Ctx, i: number, j: number): number {
  const w = ctx.a[i]!.weight + ctx.b[j]!.weight;
  return w > 0 ? pairMatched(ctx, i, j) / w : 0;
}

/**
 * An upper bound of the similarity of a group of sentences: the sum of its pairs' matched weights over the
 * group's weight, capped at 1 (a token matched in two sentences of the other side counts twice).
 */
function groupBound(ctx: Ctx, i0: number, i1: number, j0: number, j1: number): number {
  let m = 0;
  for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) m += pairMatched(ctx, i, j);
  const w = weightOf(ctx.a, i0, i1) + weightOf(ctx.b, j0, j1);
  return w > 0 ? Math.min(1, m / w) : 0;
}

function groupSim(ctx: Ctx, i0: number, i1: number, j0: number, j1: number): number {
  if (i1 - i0 === 1 && j1 - j0 === 1) return pairSim(ctx, i0, j0);
  return similarity(ctx.a.slice(i0, i1), ctx.b.slice(j0, j1));
}

/**
 * The cost of a bead, or Infinity when it cannot be below `limit`: a group's similarity is bounded
 * from its pairs' first, and computed exactly only when the bound leaves the bead a chance.
 */
function beadCost(ctx: Ctx, i0: number, i1: number, j0: number, j1: number, limit: number): number {
  const p = ctx.params;
  const da = i1 - i0;
  const db = j1 - j0;
  if (da === 0 || db === 0) return p.skip * (da + db);
  const ga = ctx.a.slice(i0, i1);
  const gb = ctx.b.slice(j0, j1);
  const prior = p.merge[`${da}:${db}`] ?? 0;
  const cross = spansBlocks(ga) || spansBlocks(gb) ? p.crossBlock : 0;
  const fixed = prior + cross + p.length * lengthCost(chars(ga), chars(gb), ctx.ratio);
  if (da === 1 && db === 1) return fixed + p.lexical * (1 - pairSim(ctx, i0, j0));
  if (ga.some(tooLong) || gb.some(tooLong)) return Infinity;
  if (fixed + p.lexical * (1 - groupBound(ctx, i0, i1, j0, j1)) >= limit) return Infinity;
  return fixed + p.lexical * (1 - groupSim(ctx, i0, i1, j0, j1));
}

/** The dynamic programme over A's sentences [i0, i1) and B's [j0, j1). */
function programme(ctx: Ctx, i0: number, i1: number, j0: number, j1: number): Bead[] {
  const n = i1 - i0;
  const m = j1 - j0;
  if (n === 0 || m === 0) return [];
  const width = Math.max(BAND_MIN, Math.ceil(BAND_SHARE * Math.max(n, m)));
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back = new Int8Array((n + 1) * W).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const centre = (i * m) / n;
    const jFrom = Math.max(0, Math.floor(centre - width));
    const jTo = Math.min(m, Math.ceil(centre + width));
    for (let j = jFrom; j <= jTo; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let k = 0; k < MOVES.length; k++) {
        const [di, dj] = MOVES[k]!;
        if (i < di || j < dj) continue;
        const prev = cost[(i - di) * W + (j - dj)]!;
        if (prev === Infinity || prev >= best) continue;
        const c = prev + beadCost(ctx, i0 + i - di, i0 + i, j0 + j - dj, j0 + j, best - prev);
        if (c < best) {
          best = c;
          bestMove = k;
        }
      }
      cost[i * W + j] = best;
      back[i * W + j] = bestMove;
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = back[i * W + j]!;
    if (k < 0) break;
    const [di, dj] = MOVES[k]!;
    if (di > 0 && dj > 0) beads.push({ a0: i0 + i - di, a1: i0 + i, b0: j0 + j - dj, b1: j0 + j, similarity: groupSim(ctx, i0 + i - di, i0 + i, j0 + j - dj, j0 + j) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

/** Sentences with words (not empty of them) that occur exactly once in each text, paired in text order. */
function identicalAnchors(a: readonly SentenceFeature[], b: readonly SentenceFeature[]): [number, number][] {
  const once = (ss: readonly SentenceFeature[]) => {
    const count = new Map<number, number>();
    for (const s of ss) if (s.weight > 0) count.set(s.norm, (count.get(s.norm) ?? 0) + 1);
    return count;
  };
  const ca = once(a);
  const cb = once(b);
  const whereB = new Map<number, number>();
  b.forEach((s, j) => cb.get(s.norm) === 1 && whereB.set(s.norm, j));
  const pairs: [number, number][] = [];
  a.forEach((s, i) => {
    const j = whereB.get(s.norm);
    if (j !== undefined && ca.get(s.norm) === 1) pairs.push([i, j]);
  });
  return longestIncreasing(pairs);
}

/** The longest run of pairs whose B indices increase (pairs come in increasing A order). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/** Left-over sentences looked at for moves at most (on each side): beyond, two texts are not one moved about. */
const MOVED_MAX = 200;

/** Sentences the path left over that match one left over on the other side well: paired as moved. */
function withMoved(beads: Bead[], a: readonly SentenceFeature[], b: readonly SentenceFeature[], sim: (i: number, j: number) => number, min: number): Bead[] {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const bd of beads) {
    for (let i = bd.a0; i < bd.a1; i++) usedA.add(i);
    for (let j = bd.b0; j < bd.b1; j++) usedB.add(j);
  }
  const candidates: { i: number; j: number; s: number }[] = [];
  if (a.length - usedA.size > MOVED_MAX || b.length - usedB.size > MOVED_MAX) return beads;
  for (let i = 0; i < a.length; i++) {
    if (usedA.has(i)) continue;
    for (let j = 0; j < b.length; j++) {
      if (usedB.has(j)) continue;
      const s = sim(i, j);
      if (s >= min) candidates.push({ i, j, s });
    }
  }
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const out = [...beads];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    out.push({ a0: c.i, a1: c.i + 1, b0: c.j, b1: c.j + 1, similarity: c.s, moved: true });
  }
  return out.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
}
