/**
 * How alike two stretches of text are, from their tokens' keys: each token counts with its weight
 * times the strength of the best key it shares with the other side (its exact word, stem, concept,
 * cognate or number), and the similarity is the matched weight of both sides over their whole weight
 * (a weighted Dice coefficient over tokens). 1 for the same words; near 0 for unrelated sentences.
 * Key sets are sorted arrays (a sentence's `set`); a group of sentences is a list of them.
 */
import { filterBit, strengthOf, type SentenceFeature, type TokenFeature } from "./profile.js";

/** Whether a sorted array holds a value. */
export function holds(sorted: Int32Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function anyHolds(sets: readonly Int32Array[], key: number): boolean {
  for (const s of sets) if (holds(s, key)) return true;
  return false;
}

/** Matched weight of a sentence's tokens against the key sets of the other side. */
export function matchedSentence(s: SentenceFeature, other: readonly Int32Array[]): number {
  let sum = 0;
  const n = s.weights.length;
  for (let t = 0; t < n; t++) {
    let best = 0;
    for (let k = s.offsets[t]!; k < s.offsets[t + 1]!; k++) {
      const key = s.keys[k]!;
      const st = strengthOf(key);
      if (st > best && anyHolds(other, key)) best = st;
    }
    sum += s.weights[t]! * best;
  }
  return sum;
}

/** Matched weight of a sentence's tokens against a whole text's keys (its sorted set and bit filter). */
export function matchedInText(s: SentenceFeature, text: { set: Int32Array; filter: Uint32Array }): number {
  let sum = 0;
  const n = s.weights.length;
  for (let t = 0; t < n; t++) {
    let best = 0;
    for (let k = s.offsets[t]!; k < s.offsets[t + 1]!; k++) {
      const key = s.keys[k]!;
      const st = strengthOf(key);
      if (st <= best) continue;
      const bit = filterBit(key);
      if ((text.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      if (holds(text.set, key)) best = st;
    }
    sum += s.weights[t]! * best;
  }
  return sum;
}

/** Similarity of two groups of sentences in [0, 1]. */
export function similarity(a: readonly SentenceFeature[], b: readonly SentenceFeature[]): number {
  let wa = 0;
  let wb = 0;
  let ma = 0;
  let mb = 0;
  const setsA = a.map((s) => s.set);
  const setsB = b.map((s) => s.set);
  for (const s of a) {
    wa += s.weight;
    ma += matchedSentence(s, setsB);
  }
  for (const s of b) {
    wb += s.weight;
    mb += matchedSentence(s, setsA);
  }
  return wa + wb > 0 ? (ma + mb) / (wa + wb) : 0;
}

function matchedTokens(tokens: readonly TokenFeature[], other: ReadonlySet<number>): number {
  let sum = 0;
  for (const t of tokens) {
    let best = 0;
    for (const k of t.keys) if (other.has(k)) best = Math.max(best, strengthOf(k));
    sum += t.weight * best;
  }
  return sum;
}

/** Similarity of two lists of tokens (parts of sentences: the contents of two claims). */
export function tokenSimilarity(a: readonly TokenFeature[], b: readonly TokenFeature[]): number {
  const keysA = new Set<number>();
  const keysB = new Set<number>();
  for (const t of a) for (const k of t.keys) keysA.add(k);
  for (const t of b) for (const k of t.keys) keysB.add(k);
  let wa = 0;
  let wb = 0;
  for (const t of a) wa += t.weight;
  for (const t of b) wb += t.weight;
  return wa + wb > 0 ? (matchedTokens(a, keysB) + matchedTokens(b, keysA)) / (wa + wb) : 0;
}
