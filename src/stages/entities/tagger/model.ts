import { OUTSIDE, START, TAGS, emissionFeatures, featureBuffer, gazTagFeatures, tagPairFeatures, writtenInLowercase, type FeatureBuffer, type SentenceView, type Tag } from "./features.js";

/**
 * An averaged-perceptron tagger: integer weights per feature hash and tag. The model file is binary,
 * little-endian: five 32-bit header words (MAGIC, the number of tags, the number of features N, the scale
 * the averaged weights were multiplied by before rounding, the number of index slots S, a power of two),
 * then N 32-bit feature hashes, then the open-addressing index over them (S 32-bit words: a feature's row +
 * 1 at the slot its hash probes to, 0 for an empty slot), then N × tags 16-bit weights, feature by feature
 * in the order of `TAGS`. Loading takes the file's arrays as they are (typed-array views, no copy, nothing
 * built), so that a cold start pays only for reading the file.
 */
export interface TaggerModel {
  /** Feature hashes, one per row. */
  keys: Int32Array;
  /** Weights, `TAGS.length` per row. */
  weights: Int16Array;
  /** Row + 1 of the feature hashed to each slot, 0 for none. */
  slots: Int32Array;
  /** Slot count − 1 (the count is a power of two). */
  mask: number;
  /** Number of features. */
  size: number;
  /** What the stored weights were multiplied by before rounding. */
  scale: number;
}

/** "NER3" */
const MAGIC = 0x3352454e;
const HEADER_WORDS = 5;
const WORD_BYTES = 4;
const WEIGHT_BYTES = 2;
const MAX_WEIGHT = 0x7fff;
/** The index has at least this many times more slots than features (short probe runs). */
const LOAD_FACTOR_INVERSE = 2;

/** The row of a feature hash, or −1. */
export function slotOf(m: TaggerModel, h: number): number {
  let i = h & m.mask;
  for (;;) {
    const r = m.slots[i]!;
    if (r === 0) return -1;
    if (m.keys[r - 1] === h) return r - 1;
    i = (i + 1) & m.mask;
  }
}

/** Whether this machine reads the file's little-endian words as they are (else they are converted once). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function parseModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_WORDS * WORD_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error("not a tagger model: bad header");
  const tags = view.getUint32(WORD_BYTES, true);
  const n = view.getUint32(2 * WORD_BYTES, true);
  const capacity = view.getUint32(4 * WORD_BYTES, true);
  if (tags !== TAGS.length) throw new Error(`tagger model has ${tags} tags, expected ${TAGS.length}`);
  const keysAt = HEADER_WORDS * WORD_BYTES;
  const slotsAt = keysAt + n * WORD_BYTES;
  const weightsAt = slotsAt + capacity * WORD_BYTES;
  if (bytes.byteLength !== weightsAt + n * tags * WEIGHT_BYTES) throw new Error("tagger model is truncated");
  if ((capacity & (capacity - 1)) !== 0 || capacity < n) throw new Error("tagger model has a bad index");
  // Typed arrays need their element size's alignment: a file read into a shared pool may need a copy.
  const own = bytes.byteOffset % WORD_BYTES === 0 ? bytes : bytes.slice();
  const words = (at: number, count: number) =>
    LITTLE_ENDIAN ? new Int32Array(own.buffer, own.byteOffset + at, count) : Int32Array.from({ length: count }, (_, k) => view.getInt32(at + k * WORD_BYTES, true));
  const weights = LITTLE_ENDIAN
    ? new Int16Array(own.buffer, own.byteOffset + weightsAt, n * tags)
    : Int16Array.from({ length: n * tags }, (_, k) => view.getInt16(weightsAt + k * WEIGHT_BYTES, true));
  return { keys: words(keysAt, n), slots: words(slotsAt, capacity), weights, mask: capacity - 1, size: n, scale: view.getUint32(3 * WORD_BYTES, true) };
}

/** The model file for weights by feature hash, each multiplied by `scale` and rounded; all-zero rows left out. */
export function serializeModel(weights: ReadonlyMap<number, ArrayLike<number>>, scale: number): Uint8Array {
  const rows: Array<[number, number[]]> = [];
  for (const [h, ws] of weights) {
    const ints = Array.from(ws, (w) => Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, Math.round(w * scale))));
    if (ints.some((x) => x !== 0)) rows.push([h, ints]);
  }
  const n = rows.length;
  let capacity = 1;
  while (capacity < n * LOAD_FACTOR_INVERSE) capacity *= 2;
  const keysAt = HEADER_WORDS * WORD_BYTES;
  const slotsAt = keysAt + n * WORD_BYTES;
  const weightsAt = slotsAt + capacity * WORD_BYTES;
  const bytes = new Uint8Array(weightsAt + n * TAGS.length * WEIGHT_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(WORD_BYTES, TAGS.length, true);
  view.setUint32(2 * WORD_BYTES, n, true);
  view.setUint32(3 * WORD_BYTES, scale, true);
  view.setUint32(4 * WORD_BYTES, capacity, true);
  const slots = new Int32Array(capacity);
  rows.forEach(([h, ints], f) => {
    view.setInt32(keysAt + f * WORD_BYTES, h, true);
    let i = h & (capacity - 1);
    while (slots[i] !== 0) i = (i + 1) & (capacity - 1);
    slots[i] = f + 1;
    ints.forEach((x, t) => view.setInt16(weightsAt + (f * TAGS.length + t) * WEIGHT_BYTES, x, true));
  });
  slots.forEach((r, i) => view.setInt32(slotsAt + i * WORD_BYTES, r, true));
  return bytes;
}

/** The weights of one feature, if the model has it (for tests and inspection). */
export function weightsOf(m: TaggerModel, h: number): Int32Array | undefined {
  const row = slotOf(m, h);
  return row < 0 ? undefined : Int32Array.from(m.weights.subarray(row * TAGS.length, (row + 1) * TAGS.length));
}

/** Adds the weights of the features in `buf` to `scores`. */
export function addWeights(m: TaggerModel, buf: FeatureBuffer, scores: Int32Array): void {
  const T = TAGS.length;
  for (let k = 0; k < buf.n; k++) {
    const slot = slotOf(m, buf.ids[k]!);
    if (slot < 0) continue;
    const at = slot * T;
    for (let t = 0; t < T; t++) scores[t]! += m.weights[at + t]!;
  }
}

/** Adds the weights of the features `ids[0 .. n)` to `out`. */
function addWeightsTo(m: TaggerModel, ids: Int32Array, n: number, out: Float64Array): void {
  const T = TAGS.length;
  for (let k = 0; k < n; k++) {
    const slot = slotOf(m, ids[k]!);
    if (slot < 0) continue;
    const at = slot * T;
    for (let t = 0; t < T; t++) out[t]! += m.weights[at + t]!;
  }
}

/** ALLOWED[prev * TAGS.length + next]: whether tag `next` may follow `prev` (an I- only continues its own type). */
const ALLOWED = (() => {
  const a = new Uint8Array((TAGS.length + 1) * TAGS.length);
  for (let p = 0; p <= TAGS.length; p++) {
    for (let t = 0; t < TAGS.length; t++) {
      const next = TAGS[t]!;
      const prev = TAGS[p] ?? "";
      a[p * TAGS.length + t] = !next.startsWith("I-") || prev.slice(2) === next.slice(2) ? 1 : 0;
    }
  }
  return a;
})();

/** Whether tag index `next` may follow tag index `prev` (START before the first word). */
export function allowed(prev: number, next: number): boolean {
  return ALLOWED[prev * TAGS.length + next] === 1;
}

/**
 * Whether a word can begin a name: one that starts with a capital or a digit ("Putin", "1. FC", "G7").
 * Other words are scored only shortly after one (`scoredWords`); most words of a sentence are O unscored.
 */
export function mayStartName(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase();
}

/**
 * What an O must win by, in averaged weights, at every scored word. It was 3 while the tagger learnt from
 * 1,100 sentences and was cautious with the few names it had seen; trained on every corpus it is as often
 * right as wrong when unsure, and no margin gave the best cross-validated F1 (0.675 against 0.668 with 3,
 * German; no difference on English).
 */
const OUTSIDE_MARGIN = 0;

/** Spans [from, to) and types of the entities in a BIO tag sequence. */
export function spansOf(tags: readonly string[]): Array<{ from: number; to: number; type: string }> {
  const out: Array<{ from: number; to: number; type: string }> = [];
  let open: { from: number; type: string } | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? "O";
    const continues = open && tag === "I-" + open.type;
    if (open && !continues) {
      out.push({ from: open.from, to: i, type: open.type });
      open = null;
    }
    if (tag.startsWith("B-") || (tag.startsWith("I-") && !open)) open = { from: i, type: tag.slice(2) };
  }
  return out;
}

/** How many lowercase words may follow a capitalised one inside a name ("Bundesamt für Migration", "Lido delle Nazioni"). */
const MAX_LOWERCASE_RUN = 2;

/**
 * Which words are scored at all: those that may start a name and up to MAX_LOWERCASE_RUN words after one.
 * Every other word is O (most of a sentence), as in greedy tagging after an O.
 */
export function scoredWords(words: readonly string[]): Uint8Array {
  const scored = new Uint8Array(words.length);
  if (writtenInLowercase(words)) {
    for (let i = 0; i < words.length; i++) scored[i] = ALPHANUMERIC.test(words[i]!) ? 1 : 0;
    return scored;
  }
  let run = MAX_LOWERCASE_RUN + 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    run = mayStartName(w) ? 0 : SYMBOL.test(w) ? MAX_LOWERCASE_RUN + 1 : run + 1;
    scored[i] = run <= MAX_LOWERCASE_RUN ? 1 : 0;
  }
  return scored;
}

const ALPHANUMERIC = /^[\p{L}\p{N}]/u;

/** A token that begins with a symbol ("©", "€", "+"): never part of a name, and it ends one. */
const SYMBOL = /^\p{S}/u;

/** Adds to `out` (one score per tag) the transition scores of word i after tag `prev` (START before the first word). */
export type TransitionScores = (i: number, prev: number, out: Float64Array) => void;

const NEG = -Infinity;
/** Number of "previous tag" values: the tags and START. */
const PREVS = TAGS.length + 1;

/**
 * The best tag sequence under a first-order model (Viterbi): `emission[i * T + t]` the score of tag t for
 * word i, transitions from `transition`. Unscored words (`scored[i]` 0) are O; an I- only continues its own
 * type (`allowed`).
 */
export function viterbi(n: number, scored: Uint8Array, emission: Float64Array, transition: TransitionScores): number[] {
  const T = TAGS.length;
  if (n === 0) return [];
  // delta[i * T + t]: the best score of words 0..i with tag t at i; back: the tag before it on that path.
  if (viterbiDelta.length < n * T) {
    viterbiDelta = new Float64Array(n * T * 2);
    viterbiBack = new Int8Array(n * T * 2);
  }
  const delta = viterbiDelta;
  const back = viterbiBack;
  delta.fill(NEG, 0, n * T);
  const trans = viterbiTrans;
  trans.fill(0);
  transition(0, START, trans);
  for (let t = 0; t < T; t++) {
    if ((scored[0] === 1 || t === OUTSIDE) && ALLOWED[START * T + t] === 1) delta[t] = emission[t]! + trans[t]!;
  }
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * T;
    const base = i * T;
    const isScored = scored[i] === 1;
    for (let p = 0; p < T; p++) {
      const d = delta[prevBase + p]!;
      if (d === NEG) continue;
      if (!isScored) {
        // Unscored: O, with no score of its own.
        if (d > delta[base + OUTSIDE]!) {
          delta[base + OUTSIDE] = d;
          back[base + OUTSIDE] = p;
        }
        continue;
      }
      trans.fill(0);
      transition(i, p, trans);
      for (let t = 0; t < T; t++) {
        if (ALLOWED[p * T + t] !== 1) continue;
        const v = d + trans[t]! + emission[base + t]!;
        if (v > delta[base + t]!) {
          delta[base + t] = v;
          back[base + t] = p;
        }
      }
    }
  }
  let best = NEG;
  let bt = OUTSIDE;
  for (let t = 0; t < T; t++) {
    if (delta[(n - 1) * T + t]! > best) {
      best = delta[(n - 1) * T + t]!;
      bt = t;
    }
  }
  const tags = new Array<number>(n);
  tags[n - 1] = bt;
  for (let i = n - 1; i >= 1; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  return tags;
}

/** Buffers of `viterbi`, grown as sentences need (reused: tagging is synchronous). */
let viterbiDelta = new Float64Array(0);
let viterbiBack = new Int8Array(0);
const viterbiTrans = new Float64Array(TAGS.length);

/** Adds the weights of the features `ids[0 .. n)` to `out`, one per tag. */
export type WeightLookup = (ids: Int32Array, n: number, out: Float64Array) => void;

/**
 * Transition scores for one sentence from weights: those of the tag before computed once per sentence, those
 * of a word's lexicon match and the tag before it once per word.
 */
export function transitionScores(s: SentenceView, lookup: WeightLookup): TransitionScores {
  const T = TAGS.length;
  const buf = featureBuffer();
  const pairs = new Float64Array(PREVS * T);
  for (let p = 0; p < PREVS; p++) {
    tagPairFeatures(p, buf);
    lookup(buf.ids, buf.n, pairs.subarray(p * T, (p + 1) * T));
  }
  const gaz = new Float64Array(PREVS * T);
  let gazAt = -1;
  return (i, prev, out) => {
    for (let t = 0; t < T; t++) out[t]! += pairs[prev * T + t]!;
    if (!s.gazHash[i]) return;
    if (gazAt !== i) {
      gaz.fill(0);
      for (let p = 0; p < PREVS; p++) {
        gazTagFeatures(s, i, p, buf);
        lookup(buf.ids, buf.n, gaz.subarray(p * T, (p + 1) * T));
      }
      gazAt = i;
    }
    for (let t = 0; t < T; t++) out[t]! += gaz[prev * T + t]!;
  };
}

const decodeBuffer = featureBuffer();
const decodeScores = new Int32Array(TAGS.length);

/** Tags a sentence with the best sequence overall (Viterbi), not word by word. */
export function tagSentence(m: TaggerModel, s: SentenceView): Tag[] {
  const n = s.words.length;
  const T = TAGS.length;
  const scored = scoredWords(s.words);
  const emission = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue;
    decodeScores.fill(0);
    emissionFeatures(s, i, decodeBuffer);
    addWeights(m, decodeBuffer, decodeScores);
    decodeScores[OUTSIDE]! -= OUTSIDE_MARGIN * m.scale;
    for (let t = 0; t < T; t++) emission[i * T + t] = decodeScores[t]!;
  }
  const tags = viterbi(n, scored, emission, transitionScores(s, (ids, k, out) => addWeightsTo(m, ids, k, out)));
  return tags.map((t) => TAGS[t]!);
}
