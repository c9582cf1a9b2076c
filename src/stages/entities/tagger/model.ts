import { OUTSIDE, START, TAGS, emissionFeatures, featureBuffer, gazTagFeatures, tagPairFeatures, type FeatureBuffer, type SentenceView, type Tag } from "./features.js";

/**
 * An averaged-perceptron tagger: one integer weight per feature hash and tag, in an open-addressing
 * table (`keys[slot]` a feature's hash, 0 for an empty slot; its weights at `weights[slot * TAGS.length …]`).
 *
 * The model file is binary, little-endian: four 32-bit header words (MAGIC, the number of tags, the
 * number of features N, the scale the averaged weights were multiplied by before rounding), then N
 * 32-bit feature hashes, then N × tags 16-bit weights, feature by feature in the order of `TAGS`.
 */
export interface TaggerModel {
  keys: Int32Array;
  weights: Int32Array;
  /** Table size − 1 (the size is a power of two). */
  mask: number;
  /** Number of features. */
  size: number;
  /** What the stored weights were multiplied by before rounding. */
  scale: number;
}

/** "NER2" */
const MAGIC = 0x3252454e;
const HEADER_WORDS = 4;
const WORD_BYTES = 4;
const WEIGHT_BYTES = 2;
const MAX_WEIGHT = 0x7fff;
/** The table is at least this many times larger than the number of features (short probe runs). */
const LOAD_FACTOR_INVERSE = 2;

/** An empty table for `size` features. */
function emptyModel(size: number, scale: number): TaggerModel {
  let capacity = 1;
  while (capacity < size * LOAD_FACTOR_INVERSE) capacity *= 2;
  return { keys: new Int32Array(capacity), weights: new Int32Array(capacity * TAGS.length), mask: capacity - 1, size: 0, scale };
}

/** The slot of a feature hash in the table, or −1. */
export function slotOf(m: TaggerModel, h: number): number {
  let i = h & m.mask;
  for (;;) {
    const k = m.keys[i]!;
    if (k === h) return i;
    if (k === 0) return -1;
    i = (i + 1) & m.mask;
  }
}

function insert(m: TaggerModel, h: number): number {
  let i = h & m.mask;
  while (m.keys[i] !== 0 && m.keys[i] !== h) i = (i + 1) & m.mask;
  if (m.keys[i] === 0) m.size++;
  m.keys[i] = h;
  return i;
}

export function parseModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_WORDS * WORD_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error("not a tagger model: bad header");
  const tags = view.getUint32(WORD_BYTES, true);
  const n = view.getUint32(2 * WORD_BYTES, true);
  if (tags !== TAGS.length) throw new Error(`tagger model has ${tags} tags, expected ${TAGS.length}`);
  const keysAt = HEADER_WORDS * WORD_BYTES;
  const weightsAt = keysAt + n * WORD_BYTES;
  if (bytes.byteLength !== weightsAt + n * tags * WEIGHT_BYTES) throw new Error("tagger model is truncated");
  const m = emptyModel(n, view.getUint32(3 * WORD_BYTES, true));
  for (let f = 0; f < n; f++) {
    const slot = insert(m, view.getInt32(keysAt + f * WORD_BYTES, true));
    for (let t = 0; t < tags; t++) m.weights[slot * tags + t] = view.getInt16(weightsAt + (f * tags + t) * WEIGHT_BYTES, true);
  }
  return m;
}

/** The model file for weights by feature hash, each multiplied by `scale` and rounded; all-zero rows left out. */
export function serializeModel(weights: ReadonlyMap<number, ArrayLike<number>>, scale: number): Uint8Array {
  const rows: Array<[number, number[]]> = [];
  for (const [h, ws] of weights) {
    const ints = Array.from(ws, (w) => Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, Math.round(w * scale))));
    if (ints.some((x) => x !== 0)) rows.push([h, ints]);
  }
  const n = rows.length;
  const keysAt = HEADER_WORDS * WORD_BYTES;
  const weightsAt = keysAt + n * WORD_BYTES;
  const bytes = new Uint8Array(weightsAt + n * TAGS.length * WEIGHT_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(WORD_BYTES, TAGS.length, true);
  view.setUint32(2 * WORD_BYTES, n, true);
  view.setUint32(3 * WORD_BYTES, scale, true);
  rows.forEach(([h, ints], f) => {
    view.setInt32(keysAt + f * WORD_BYTES, h, true);
    ints.forEach((x, t) => view.setInt16(weightsAt + (f * TAGS.length + t) * WEIGHT_BYTES, x, true));
  });
  return bytes;
}

/** The weights of one feature, if the model has it (for tests and inspection). */
export function weightsOf(m: TaggerModel, h: number): Int32Array | undefined {
  const slot = slotOf(m, h);
  return slot < 0 ? undefined : m.weights.subarray(slot * TAGS.length, (slot + 1) * TAGS.length);
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
 * What an O must win by, in averaged weights, at every scored word: the perceptron is cautious with the few
 * names it has seen (precision well above recall), and a name missed costs as much as a wrong one
 * (cross-validated in scripts/train-ner.ts; 1.5, 3 and 5 gave the same F1 with Viterbi decoding).
 */
const OUTSIDE_MARGIN = Number(process.env["NER_MARGIN"] ?? 3);

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
  let run = MAX_LOWERCASE_RUN + 1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    run = mayStartName(w) ? 0 : SYMBOL.test(w) ? MAX_LOWERCASE_RUN + 1 : run + 1;
    scored[i] = run <= MAX_LOWERCASE_RUN ? 1 : 0;
  }
  return scored;
}

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
