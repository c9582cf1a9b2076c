import { OUTSIDE, START, TAGS, emissionFeatures, featureBuffer, transitionFeatures, type FeatureBuffer, type SentenceView, type Tag } from "./features.js";

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
 * After an O, any other word is tagged O without scoring (in training too), which is most of the words.
 */
export function mayStartName(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase();
}

const buffer = featureBuffer();
const scores = new Int32Array(TAGS.length);
/**
 * What an O must win by, in averaged weights: the perceptron is cautious with the few names it has seen
 * (precision well above recall), and a name missed costs as much as a wrong one (cross-validated in
 * scripts/train-ner.ts).
 */
const OUTSIDE_MARGIN = 3;

/** The best allowed tag after `prev` for the scores. */
export function bestTag(scoresOf: ArrayLike<number>, prev: number): number {
  let best = OUTSIDE;
  let bestScore = -Infinity;
  for (let t = 0; t < TAGS.length; t++) {
    if (!allowed(prev, t)) continue;
    if (scoresOf[t]! > bestScore) {
      bestScore = scoresOf[t]!;
      best = t;
    }
  }
  return best;
}

/** Tags a sentence left to right, each tag the best allowed one given the tags before it. */
export function tagSentence(m: TaggerModel, s: SentenceView): Tag[] {
  const n = s.words.length;
  const tags: Tag[] = [];
  let prev: number = START;
  let prev2: number = START;
  for (let i = 0; i < n; i++) {
    let tag = OUTSIDE;
    if (prev !== OUTSIDE || mayStartName(s.words[i]!)) {
      scores.fill(0);
      emissionFeatures(s, i, buffer);
      addWeights(m, buffer, scores);
      transitionFeatures(s, i, prev, prev2, buffer);
      addWeights(m, buffer, scores);
      scores[OUTSIDE]! -= OUTSIDE_MARGIN * m.scale;
      tag = bestTag(scores, prev);
    }
    tags.push(TAGS[tag]!);
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

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
