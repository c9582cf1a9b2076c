import {
  BOUNDARY,
  CONTEXT_SLOTS,
  TAGS,
  lowerAt,
  shapeAt,
  ownHintFeatures,
  tagFeatures,
  tokenFeatures,
  wordFeatures,
  type SentenceView,
  type Tag,
} from "./features.js";

/**
 * A greedy averaged-perceptron tagger (one weight per feature and tag). The model file is text: a header
 * line `ner-perceptron/1 SCALE`, then one line per feature, `name<TAB>w0 w1 … w6` with integer weights
 * (the averaged weights times SCALE), tags in the order of `TAGS`; zero weights may be left empty.
 */
export interface TaggerModel {
  weights: Map<string, Int32Array>;
}

const HEADER = "ner-perceptron/1";

export function parseModel(text: string): TaggerModel {
  const weights = new Map<string, Int32Array>();
  const lines = text.split("\n");
  if (!lines[0]?.startsWith(HEADER)) throw new Error(`not a tagger model: expected a "${HEADER}" header`);
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    const tab = line.lastIndexOf("\t");
    if (tab < 0) continue;
    const ws = new Int32Array(TAGS.length);
    const parts = line.slice(tab + 1).split(" ");
    for (let t = 0; t < TAGS.length; t++) ws[t] = parts[t] ? Number(parts[t]) : 0;
    weights.set(line.slice(0, tab), ws);
  }
  return { weights };
}

export function serializeModel(weights: Map<string, ArrayLike<number>>, scale: number): string {
  const lines = [`${HEADER} ${scale}`];
  for (const [name, ws] of weights) {
    const ints = Array.from(ws, (w) => Math.round(w * scale));
    if (ints.every((x) => x === 0)) continue;
    lines.push(`${name}\t${ints.map((x) => (x === 0 ? "" : String(x))).join(" ")}`);
  }
  return lines.join("\n");
}

/** Whether tag `next` may follow tag `prev` in BIO (an I- only continues its own type). */
export function allowed(prev: string, next: Tag): boolean {
  if (!next.startsWith("I-")) return true;
  const type = next.slice(2);
  return prev === "B-" + type || prev === "I-" + type;
}

/** Scores of every tag for the given features. */
export function scoreTags(weights: ReadonlyMap<string, ArrayLike<number>>, features: readonly string[]): Float64Array {
  const scores = new Float64Array(TAGS.length);
  for (const f of features) {
    const ws = weights.get(f);
    if (!ws) continue;
    for (let t = 0; t < TAGS.length; t++) scores[t]! += ws[t]!;
  }
  return scores;
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

/**
 * Whether word i of a sentence may begin a name (see mayStartName); the tagger scores only such words
 * after an O, in training as at run time.
 */
export function mayStartAt(s: SentenceView, i: number): boolean {
  return mayStartName(s.words[i]!);
}

/** Most words whose partial scores are cached per model before the cache starts afresh. */
const MAX_CACHED_WORDS = 100_000;

/**
 * The scores a word contributes wherever it stands: its own features (as a sentence's first word and
 * elsewhere) and its features as each neighbour slot ("p1=", "p2=", "n1=", "n2=" + its lowercase form).
 */
interface WordScores {
  own?: Float64Array;
  ownFirst?: Float64Array;
  slots: Array<Float64Array | undefined>;
}

interface ScoreCaches {
  words: Map<string, WordScores>;
  /** By the two tags before a word (see tagIndex). */
  tagPairs: Array<Float64Array | undefined>;
  /** The slot scores of the sentence boundary. */
  boundary: Float64Array[];
}

const caches = new WeakMap<ReadonlyMap<string, ArrayLike<number>>, ScoreCaches>();

function cachesFor(weights: ReadonlyMap<string, ArrayLike<number>>): ScoreCaches {
  let c = caches.get(weights);
  if (!c || c.words.size > MAX_CACHED_WORDS) {
    const boundary = CONTEXT_SLOTS.map((slot) => scoreTags(weights, [slot.prefix + BOUNDARY]));
    c = { words: new Map(), tagPairs: [], boundary };
    caches.set(weights, c);
  }
  return c;
}

function wordScores(c: ScoreCaches, s: SentenceView, i: number): WordScores {
  const w = s.words[i]!;
  let ws = c.words.get(w);
  if (!ws) c.words.set(w, (ws = { slots: [] }));
  return ws;
}

/** What word i contributes by itself (as the sentence's first word or elsewhere). */
function ownScores(weights: ReadonlyMap<string, ArrayLike<number>>, ws: WordScores, s: SentenceView, i: number): Float64Array {
  const first = i === 0;
  const have = first ? ws.ownFirst : ws.own;
  if (have) return have;
  const shape = shapeAt(s, i);
  const f = wordFeatures(s.words[i]!, lowerAt(s, i), shape);
  for (const x of ownHintFeatures(s.hints[i]!, shape, first)) f.push(x);
  const v = scoreTags(weights, f);
  if (first) ws.ownFirst = v;
  else ws.own = v;
  return v;
}

/** What word j contributes as neighbour slot k of another word. */
function slotScores(weights: ReadonlyMap<string, ArrayLike<number>>, ws: WordScores, s: SentenceView, j: number, k: number): Float64Array {
  return (ws.slots[k] ??= scoreTags(weights, [CONTEXT_SLOTS[k]!.prefix + lowerAt(s, j)]));
}

/** Index of a tag, the sentence start after the tags; pairs of them index `tagPairs`. */
const PAIR_STRIDE = TAGS.length + 1;
function tagIndex(tag: string): number {
  const i = (TAGS as readonly string[]).indexOf(tag);
  return i < 0 ? TAGS.length : i;
}

function addTo(scores: Float64Array, v: Float64Array): void {
  for (let t = 0; t < v.length; t++) scores[t]! += v[t]!;
}

/**
 * Tags a sentence left to right, each tag the best allowed one given the tags before it. What a word
 * contributes by itself and as a neighbour is cached per word; the sum is that of `featuresAt`.
 */
export function tagSentence(weights: ReadonlyMap<string, ArrayLike<number>>, s: SentenceView): Tag[] {
  const c = cachesFor(weights);
  const n = s.words.length;
  const perWord = new Array<WordScores | undefined>(n);
  const at = (j: number) => (perWord[j] ??= wordScores(c, s, j));
  const tags: Tag[] = [];
  let prev = "<s>";
  let prev2 = "<s>";
  for (let i = 0; i < n; i++) {
    if (prev === "O" && !mayStartAt(s, i)) {
      tags.push("O");
      prev2 = prev;
      prev = "O";
      continue;
    }
    const scores = scoreTags(weights, tokenFeatures(s, i, prev));
    const pairKey = tagIndex(prev2) * PAIR_STRIDE + tagIndex(prev);
    let pair = c.tagPairs[pairKey];
    if (!pair) c.tagPairs[pairKey] = pair = scoreTags(weights, tagFeatures(prev, prev2));
    addTo(scores, pair);
    addTo(scores, ownScores(weights, at(i), s, i));
    for (let k = 0; k < CONTEXT_SLOTS.length; k++) {
      const j = i + CONTEXT_SLOTS[k]!.offset;
      addTo(scores, j >= 0 && j < n ? slotScores(weights, at(j), s, j, k) : c.boundary[k]!);
    }
    let best: Tag = "O";
    let bestScore = -Infinity;
    for (let t = 0; t < TAGS.length; t++) {
      const tag = TAGS[t]!;
      if (!allowed(prev, tag)) continue;
      if (scores[t]! > bestScore) {
        bestScore = scores[t]!;
        best = tag;
      }
    }
    tags.push(best);
    prev2 = prev;
    prev = best;
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
