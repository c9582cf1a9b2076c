import type { Locale } from "../../locales/types.js";
import { finish, hashStart, hashString, mix, mixChars, STRING_SEED } from "../entities/tagger/hash.js";
import { NAME_HINT_PREFIX, hasNounTail } from "../entities/tagger/hints.js";
import { nameHintSet, nounSet } from "../entities/resources.js";

/**
 * A part-of-speech tagger for the clauses stage: an averaged perceptron read greedily from left to right
 * (each word's tag from its own features and the two tags before it), trained by scripts/train-clauses.ts
 * on Universal Dependencies treebanks. The tags are the ones clause analysis needs: Universal POS with
 * the verb split by form (finite, infinitive, past participle, -ing form) and the particles split into the
 * infinitive marker ("zu", "to"), separable and phrasal-verb particles, and others; relative and
 * interrogative pronouns have their own tags.
 */
export const TAGS = [
  "NOUN", "PROPN", "PRON", "REL", "WH", "DET", "ADJ", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "ZU", "PRT", "NUM",
  "PUNCT", "X", "VFIN", "VINF", "VPP", "VGER",
] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT: number = TAGS.length;
export const TAG: Readonly<Record<Tag, number>> = Object.fromEntries(TAGS.map((t, i) => [t, i])) as Record<Tag, number>;
/** The tag "before" the first word. */
const START: number = TAG_COUNT;

/** What the locale's word lists and morphology say about a word, one bit each. */
const HINT = {
  finite: 1, participle: 2, infinitive: 4, markedInfinitive: 8, particle: 16, complementizer: 32, subordinator: 64,
  interrogative: 128, relative: 256, auxiliary: 512, coordinator: 1024, nonNominative: 2048, pronoun: 4096,
  determiner: 8192, preposition: 16384, marker: 32768, noun: 65536, name: 131072,
} as const;
const HINT_BITS = Object.values(HINT);

/** The feature templates (mixed into every feature's hash). */
const enum T {
  Bias = 1, Word, Suffix1, Suffix2, Suffix3, Suffix4, Prefix2, Prefix3, Shape, Prev, Prev2, PrevWord, NextWord,
  NextSuffix3, HintBit, Hints, NextHints, PrevHints, PrevTagWord, Next2Word, PrevWordWord, NextShape, First,
}

export interface TaggerWord {
  /** The word as written. */
  text: string;
  lower: string;
}


interface CompiledHints {
  sets: Array<[number, { has(w: string): boolean }]>;
  morphology: Locale["morphology"];
}

const hintCache = new WeakMap<Locale, CompiledHints>();

function hintsFor(locale: Locale): CompiledHints {
  let c = hintCache.get(locale);
  if (!c) {
    const m = locale.morphology;
    const cl = locale.clauses;
    const a = locale.attribution;
    const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
    const particles = set(cl.particles);
    const morphParticles = m.particles();
    c = {
      morphology: m,
      sets: [
        [HINT.finite, m.finiteForms()],
        [HINT.participle, m.participles()],
        [HINT.markedInfinitive, m.markedInfinitives()],
        [HINT.particle, { has: (w) => particles.has(w) || morphParticles.has(w) }],
        [HINT.complementizer, set(cl.complementizers)],
        [HINT.subordinator, set(cl.subordinators)],
        [HINT.interrogative, set(cl.interrogatives)],
        [HINT.relative, set(cl.relativePronouns)],
        [HINT.coordinator, set(cl.coordinators)],
        [HINT.nonNominative, set(cl.nonNominative)],
        [HINT.pronoun, set(cl.pronouns)],
        [HINT.determiner, set(a.determiners)],
        [HINT.preposition, set(a.prepositions)],
        [HINT.marker, set([cl.infinitiveMarker])],
      ],
    };
    hintCache.set(locale, c);
  }
  return c;
}

const auxCache = new WeakMap<Locale, Set<string>>();
/** The lowercase forms of the locale's auxiliaries and modals. */
export function auxiliaryForms(locale: Locale): Set<string> {
  let s = auxCache.get(locale);
  if (!s) {
    s = new Set<string>();
    for (const lemma of [...locale.clauses.auxiliaries, ...locale.clauses.modals]) {
      s.add(lemma);
      const v = locale.morphology.verb(lemma);
      if (v) for (const f of [...v.indicative, ...v.subjunctive, ...v.conditional, ...v.participles, ...v.nonFinite]) s.add(f.toLowerCase());
    }
    for (const f of locale.clauses.conditionalAuxiliaries) s.add(f);
    auxCache.set(locale, s);
  }
  return s;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * The hint bits of one word (`lower` its lowercase form). A capitalised word is also looked up in the
 * language's common-noun and name filters where it has them (German: the entities stage's
 * nouns-de.bin and names.bin).
 */
export function wordHints(locale: Locale, lower: string, text = lower): number {
  const c = hintsFor(locale);
  let h = 0;
  if (CAPITALISED.test(text)) {
    const nouns = nounSet(locale.code);
    if (nouns && (nouns.has(text) || hasNounTail(nouns, text))) h |= HINT.noun;
    const names = nameHintSet(locale.code);
    if (names && (names.has(NAME_HINT_PREFIX.surname + text) || names.has(NAME_HINT_PREFIX.town + text))) h |= HINT.name;
  }
  for (const [bit, set] of c.sets) if (set.has(lower)) h |= bit;
  const lemmas = c.morphology.lemmasOf(lower);
  if (lemmas.includes(lower)) h |= HINT.infinitive;
  if (auxiliaryForms(locale).has(lower)) h |= HINT.auxiliary;
  return h;
}

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\d\W]+$/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** Shape bit of a word with neither letters nor digits (punctuation, symbols). */
const SHAPE_NO_LETTER_OR_DIGIT = 32;

/** The shape of a word: capital first, all capitals, digits, hyphen, letters at all, letters or digits at all. */
function shapeOf(text: string): number {
  let s = 0;
  if (UPPER.test(text)) s |= 1;
  if (text.length > 1 && ALL_UPPER.test(text) && LETTER.test(text)) s |= 2;
  if (DIGIT.test(text)) s |= 4;
  if (text.includes("-")) s |= 8;
  if (!LETTER.test(text)) s |= 16;
  if (!LETTER.test(text) && !DIGIT.test(text)) s |= SHAPE_NO_LETTER_OR_DIGIT;
  return s;
}

function affix(s: string, from: number, to: number): number {
  return finish(mixChars(STRING_SEED, s, Math.max(0, from), Math.min(s.length, to)));
}

/**
 * What a word form brings by itself, computed once per form and locale (news repeats its words): hashes
 * of the word and its affixes, its shape and hints, and the sum of the weights of these features under the
 * model that last tagged it.
 */
export interface WordInfo {
  word: number;
  suffix1: number;
  suffix2: number;
  suffix3: number;
  suffix4: number;
  prefix2: number;
  prefix3: number;
  shape: number;
  hints: number;
  scores: Int32Array | null;
  /** The weights of this form's features as the next word of another (next word, its suffix, shape, hints). */
  asNext: Int32Array | null;
  /** The weights of this form's feature as the word before another. */
  asPrev: Int32Array | null;
  scoredBy: TaggerModel | null;
}

/** Most word forms remembered per locale before the memory starts afresh. */
const MAX_REMEMBERED_WORDS = 50_000;
const infoCache = new WeakMap<Locale, Map<string, WordInfo>>();

function infoCacheOf(locale: Locale): Map<string, WordInfo> {
  let cache = infoCache.get(locale);
  if (!cache) {
    cache = new Map();
    infoCache.set(locale, cache);
  }
  return cache;
}

function wordInfo(locale: Locale, cache: Map<string, WordInfo>, text: string, lower: string): WordInfo {
  let info = cache.get(text);
  if (info === undefined) {
    if (cache.size >= MAX_REMEMBERED_WORDS) cache.clear();
    const l = lower;
    info = {
      word: hashString(l),
      suffix1: affix(l, l.length - 1, l.length),
      suffix2: affix(l, l.length - 2, l.length),
      suffix3: affix(l, l.length - 3, l.length),
      suffix4: affix(l, l.length - 4, l.length),
      prefix2: affix(l, 0, 2),
      prefix3: affix(l, 0, 3),
      shape: shapeOf(text),
      hints: wordHints(locale, l, text),
      scores: null,
      asNext: null,
      asPrev: null,
      scoredBy: null,
    };
    cache.set(text, info);
  }
  return info;
}

/** Per-word values of a sentence, with room past its end (the "next word" of the last). */
export interface SentenceFeatures {
  n: number;
  infos: WordInfo[];
  word: Int32Array;
  suffix3: Int32Array;
  shape: Int32Array;
  hints: Int32Array;
}

const END_WORD = hashString("</s>");
const END_SHAPE = 64;
const NO_WORD = 0x5747;
const edgeInfo = (word: number, suffix3: number, shape: number): WordInfo => ({
  word, suffix1: 0, suffix2: 0, suffix3, suffix4: 0, prefix2: 0, prefix3: 0, shape, hints: 0, scores: null, asNext: null, asPrev: null, scoredBy: null,
});
/** What stands past a sentence's end, and before its start, as a neighbour. */
const END_INFO = edgeInfo(END_WORD, END_WORD, END_SHAPE);
const START_INFO = edgeInfo(NO_WORD, 0, 0);

/** Room for sentences of up to this many words in the reused buffers (grown when a longer one comes). */
const INITIAL_CAPACITY = 256;
let reused: SentenceFeatures = allocate(INITIAL_CAPACITY);

function allocate(capacity: number): SentenceFeatures {
  return {
    n: 0,
    infos: new Array<WordInfo>(capacity + 1),
    word: new Int32Array(capacity + 2),
    suffix3: new Int32Array(capacity + 1),
    shape: new Int32Array(capacity + 1),
    hints: new Int32Array(capacity + 2),
  };
}

/**
 * The per-word values of a sentence's words. With `reuse` (the default) they are written to buffers
 * shared by every call, valid until the next call: tagging reads them at once. Training, which keeps
 * many sentences, passes false.
 */
export function sentenceFeatures(locale: Locale, words: readonly TaggerWord[], reuse = true): SentenceFeatures {
  const n = words.length;
  let f: SentenceFeatures;
  if (reuse) {
    if (reused.infos.length < n + 1) reused = allocate(Math.max(n, reused.infos.length * 2));
    f = reused;
    f.n = n;
  } else {
    f = allocate(n);
    f.n = n;
  }
  const cache = infoCacheOf(locale);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const info = wordInfo(locale, cache, w.text, w.lower);
    f.infos[i] = info;
    f.word[i] = info.word;
    f.suffix3[i] = info.suffix3;
    f.shape[i] = info.shape;
    f.hints[i] = info.hints;
  }
  f.word[n] = f.word[n + 1] = END_WORD;
  f.hints[n] = f.hints[n + 1] = 0;
  f.infos[n] = END_INFO;
  f.suffix3[n] = END_WORD;
  f.shape[n] = END_SHAPE;
  return f;
}

/** A buffer of feature hashes, reused. */
export interface FeatureBuffer {
  ids: Int32Array;
  n: number;
}

export function featureBuffer(): FeatureBuffer {
  return { ids: new Int32Array(48), n: 0 };
}

const feat0 = (template: number): number => finish(hashStart(template));
const feat1 = (template: number, a: number): number => finish(mix(hashStart(template), a));
const feat2 = (template: number, a: number, b: number): number => finish(mix(mix(hashStart(template), a), b));
const BIAS = feat0(T.Bias);

/** The features of a word form by itself, written to `buf` from position 0. */
export function intrinsicFeatures(info: WordInfo, buf: FeatureBuffer, withWord = true): void {
  const ids = buf.ids;
  let k = 0;
  ids[k++] = BIAS;
  if (withWord) ids[k++] = feat1(T.Word, info.word);
  ids[k++] = feat1(T.Suffix1, info.suffix1);
  ids[k++] = feat1(T.Suffix2, info.suffix2);
  ids[k++] = feat1(T.Suffix3, info.suffix3);
  ids[k++] = feat1(T.Suffix4, info.suffix4);
  ids[k++] = feat1(T.Prefix2, info.prefix2);
  ids[k++] = feat1(T.Prefix3, info.prefix3);
  ids[k++] = feat1(T.Shape, info.shape);
  ids[k++] = feat1(T.Hints, info.hints);
  for (const bit of HINT_BITS) if (info.hints & bit) ids[k++] = feat1(T.HintBit, bit);
  buf.n = k;
}

/**
 * The features of word i in its sentence given the tags before it, appended to `buf`; without the two
 * that depend on the tags alone when `withTags` is false (tagWords adds those from a table), and without
 * those of the word before and the word after alone when `withNeighbours` is false (tagWords adds those
 * remembered with the neighbours' forms).
 */
export function contextFeatures(f: SentenceFeatures, i: number, prev: number, prev2: number, buf: FeatureBuffer, withWord = true, withTags = true, withNeighbours = true): void {
  const ids = buf.ids;
  let k = buf.n;
  const prevWord = i > 0 ? f.word[i - 1]! : NO_WORD;
  if (i === 0) ids[k++] = feat1(T.First, f.shape[0]!);
  if (withWord) {
    ids[k++] = feat2(T.PrevTagWord, prev, f.word[i]!);
    ids[k++] = feat2(T.PrevWordWord, prevWord, f.word[i]!);
  }
  if (withTags) {
    ids[k++] = feat1(T.Prev, prev);
    ids[k++] = feat2(T.Prev2, prev2, prev);
  }
  if (withNeighbours) {
    ids[k++] = feat1(T.PrevWord, prevWord);
    nextFeatures(f.word[i + 1]!, f.suffix3[i + 1]!, f.shape[i + 1]!, f.hints[i + 1]!, ids, k);
    k += NEXT_FEATURES;
  }
  ids[k++] = feat1(T.Next2Word, f.word[i + 2]!);
  ids[k++] = feat2(T.PrevHints, i > 0 ? f.hints[i - 1]! : -1, prev);
  buf.n = k;
}

/** How many features describe the next word (nextFeatures). */
const NEXT_FEATURES = 4;

function nextFeatures(word: number, suffix3: number, shape: number, hints: number, ids: Int32Array, k: number): void {
  ids[k] = feat1(T.NextWord, word);
  ids[k + 1] = feat1(T.NextSuffix3, suffix3);
  ids[k + 2] = feat1(T.NextShape, shape);
  ids[k + 3] = feat1(T.NextHints, hints);
}

/** Every feature of word i given the tags before it (for training). */
export function wordFeatures(f: SentenceFeatures, i: number, prev: number, prev2: number, buf: FeatureBuffer, withWord = true): void {
  intrinsicFeatures(f.infos[i]!, buf, withWord);
  contextFeatures(f, i, prev, prev2, buf, withWord);
}

/**
 * The model: for each feature, one 16-bit weight per tag, in rows found through an open-addressing table
 * of feature hashes. File format (binary, little-endian): the magic "CLT1", the number of tags, the number
 * of features N, then N 32-bit feature hashes and N × tags 16-bit weights.
 */
export interface TaggerModel {
  /** Feature hash per slot, 0 for an empty slot. */
  keys: Int32Array;
  /** Row of weights per slot (the row starts at `row * tags`). */
  rows: Int32Array;
  weights: Int16Array;
  mask: number;
}

const MAGIC = 0x31544c43; // "CLT1"
const HEADER_BYTES = 12;
const MAX_WEIGHT = 0x7fff;

/** Where the weights of feature hash `h` start, or −1. */
function rowOf(m: TaggerModel, h: number): number {
  let i = h & m.mask;
  for (;;) {
    const k = m.keys[i]!;
    if (k === h) return m.rows[i]!;
    if (k === 0) return -1;
    i = (i + 1) & m.mask;
  }
}

/** Whether this machine stores numbers little-endian, as the model file does (then its arrays are read in place). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function parseTaggerModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error("not a clause tagger model: bad header");
  const tags = view.getUint32(4, true);
  const n = view.getUint32(8, true);
  if (tags !== TAG_COUNT) throw new Error(`clause tagger model has ${tags} tags, expected ${TAG_COUNT}`);
  if (bytes.byteLength !== HEADER_BYTES + n * 4 + n * tags * 2) throw new Error("clause tagger model is truncated");
  let capacity = 1;
  while (capacity < n * 2) capacity *= 2;
  const at = HEADER_BYTES + n * 4;
  let hashes: Int32Array;
  let weights: Int16Array;
  if (LITTLE_ENDIAN) {
    // Read in place (copied once when the bytes are not aligned for the arrays).
    const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    hashes = new Int32Array(own.buffer, own.byteOffset + HEADER_BYTES, n);
    weights = new Int16Array(own.buffer, own.byteOffset + at, n * tags);
  } else {
    hashes = Int32Array.from({ length: n }, (_, f) => view.getInt32(HEADER_BYTES + f * 4, true));
    weights = Int16Array.from({ length: n * tags }, (_, w) => view.getInt16(at + w * 2, true));
  }
  const m: TaggerModel = { keys: new Int32Array(capacity), rows: new Int32Array(capacity), weights, mask: capacity - 1 };
  for (let f = 0; f < n; f++) {
    const h = hashes[f]!;
    let i = h & m.mask;
    while (m.keys[i] !== 0) i = (i + 1) & m.mask;
    m.keys[i] = h;
    m.rows[i] = f * tags;
  }
  return m;
}

/** The model file for integer weights by feature hash (rows of all zeros left out). */
export function serializeTaggerModel(weights: ReadonlyMap<number, ArrayLike<number>>): Uint8Array {
  const rows: Array<[number, ArrayLike<number>]> = [];
  for (const [h, ws] of weights) if (Array.from(ws).some((x) => x !== 0)) rows.push([h, ws]);
  rows.sort((a, b) => a[0] - b[0]);
  const n = rows.length;
  const bytes = new Uint8Array(HEADER_BYTES + n * 4 + n * TAG_COUNT * 2);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, TAG_COUNT, true);
  view.setUint32(8, n, true);
  rows.forEach(([h, ws], f) => {
    view.setInt32(HEADER_BYTES + f * 4, h, true);
    for (let t = 0; t < TAG_COUNT; t++) view.setInt16(HEADER_BYTES + n * 4 + (f * TAG_COUNT + t) * 2, Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, Math.round(ws[t]!))), true);
  });
  return bytes;
}

/** Adds the weights of the features in `buf` to `scores`. */
export function addScores(m: TaggerModel, buf: FeatureBuffer, scores: Int32Array): void {
  const w = m.weights;
  for (let k = 0; k < buf.n; k++) {
    const at = rowOf(m, buf.ids[k]!);
    if (at < 0) continue;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += w[at + t]!;
  }
}

const shared = { buf: featureBuffer(), scores: new Int32Array(TAG_COUNT) };

/** The summed weights of a word form's own features under model `m` (remembered with the form). */
function intrinsicScores(m: TaggerModel, info: WordInfo): Int32Array {
  if (info.scoredBy !== m) rescore(m, info);
  return info.scores!;
}

/** The weights of a form as the next word of another, under model `m`. */
function nextScores(m: TaggerModel, info: WordInfo): Int32Array {
  if (info.scoredBy !== m) rescore(m, info);
  return info.asNext!;
}

/** The weight of a form as the word before another, under model `m`. */
function prevScores(m: TaggerModel, info: WordInfo): Int32Array {
  if (info.scoredBy !== m) rescore(m, info);
  return info.asPrev!;
}

function rescore(m: TaggerModel, info: WordInfo): void {
  const buf = shared.buf;
  info.scores = new Int32Array(TAG_COUNT);
  intrinsicFeatures(info, buf);
  addScores(m, buf, info.scores);
  info.asNext = new Int32Array(TAG_COUNT);
  nextFeatures(info.word, info.suffix3, info.shape, info.hints, buf.ids, 0);
  buf.n = NEXT_FEATURES;
  addScores(m, buf, info.asNext);
  info.asPrev = new Int32Array(TAG_COUNT);
  buf.ids[0] = feat1(T.PrevWord, info.word);
  buf.n = 1;
  addScores(m, buf, info.asPrev);
  info.scoredBy = m;
}

/** Whether word i has neither letters nor digits: tagged PUNCT without the model. */
export function isPunctuation(f: SentenceFeatures, i: number): boolean {
  return (f.shape[i]! & SHAPE_NO_LETTER_OR_DIGIT) !== 0;
}

const tagTables = new WeakMap<TaggerModel, Int32Array>();

/**
 * The weights of the features of the tags before a word alone (the tag before; the two before), by tag
 * pair: row `(prev2 * (TAG_COUNT + 1) + prev)`, computed once per model.
 */
function tagTable(m: TaggerModel): Int32Array {
  let table = tagTables.get(m);
  if (!table) {
    const n = TAG_COUNT + 1;
    table = new Int32Array(n * n * TAG_COUNT);
    const buf = featureBuffer();
    for (let p2 = 0; p2 < n; p2++) {
      for (let p = 0; p < n; p++) {
        buf.ids[0] = feat1(T.Prev, p);
        buf.ids[1] = feat2(T.Prev2, p2, p);
        buf.n = 2;
        addScores(m, buf, table.subarray((p2 * n + p) * TAG_COUNT, (p2 * n + p + 1) * TAG_COUNT));
      }
    }
    tagTables.set(m, table);
  }
  return table;
}

/** The tags of a sentence's words, greedily from left to right. */
export function tagWords(m: TaggerModel, f: SentenceFeatures): Uint8Array {
  const tags = new Uint8Array(f.n);
  const buf = shared.buf;
  const scores = shared.scores;
  const table = tagTable(m);
  let prev = START;
  let prev2 = START;
  for (let i = 0; i < f.n; i++) {
    if (isPunctuation(f, i)) {
      // Punctuation and symbols: nothing to decide.
      tags[i] = TAG.PUNCT;
      prev2 = prev;
      prev = TAG.PUNCT;
      continue;
    }
    scores.set(intrinsicScores(m, f.infos[i]!));
    const row = (prev2 * (TAG_COUNT + 1) + prev) * TAG_COUNT;
    const asNext = nextScores(m, f.infos[i + 1]!);
    const asPrev = prevScores(m, i > 0 ? f.infos[i - 1]! : START_INFO);
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += table[row + t]! + asNext[t]! + asPrev[t]!;
    buf.n = 0;
    contextFeatures(f, i, prev, prev2, buf, true, false, false);
    addScores(m, buf, scores);
    let best = 0;
    for (let t = 1; t < TAG_COUNT; t++) if (scores[t]! > scores[best]!) best = t;
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}

export { START as START_TAG };
