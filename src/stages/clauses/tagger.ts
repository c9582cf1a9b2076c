import type { Locale } from "../../locales/types.js";
import { finish, hashStart, hashString, mix, mixChars, STRING_SEED } from "../entities/tagger/hash.js";

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
  determiner: 8192, preposition: 16384, marker: 32768,
} as const;
const HINT_BITS = Object.values(HINT);

/** The feature templates (mixed into every feature's hash). */
const enum T {
  Bias = 1, Word, Suffix1, Suffix2, Suffix3, Suffix4, Prefix2, Prefix3, Shape, Prev, Prev2, PrevWord, NextWord,
  NextSuffix3, HintBit, Hints, NextHints, PrevHints, PrevTagWord, Next2Word, PrevWordWord, NextShape,
}

export interface TaggerWord {
  /** The word as written. */
  text: string;
  lower: string;
}

/** Per-word values computed once per sentence: hashes of the word and its affixes, shape, hints. */
export interface SentenceFeatures {
  n: number;
  word: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  shape: Int32Array;
  hints: Int32Array;
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

/** The hint bits of one lowercase word. */
export function wordHints(locale: Locale, lower: string): number {
  const c = hintsFor(locale);
  let h = 0;
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

/** The shape of a word: capital first, all capitals, digits, hyphen, letters at all, first in the sentence. */
function shapeOf(text: string, first: boolean): number {
  let s = 0;
  if (UPPER.test(text)) s |= 1;
  if (text.length > 1 && ALL_UPPER.test(text) && LETTER.test(text)) s |= 2;
  if (DIGIT.test(text)) s |= 4;
  if (text.includes("-")) s |= 8;
  if (!LETTER.test(text)) s |= 16;
  if (first) s |= 32;
  return s;
}

function affix(s: string, from: number, to: number): number {
  return finish(mixChars(STRING_SEED, s, Math.max(0, from), Math.min(s.length, to)));
}

/** The per-word values of a sentence's words. */
export function sentenceFeatures(locale: Locale, words: readonly TaggerWord[]): SentenceFeatures {
  const n = words.length;
  const f: SentenceFeatures = {
    n,
    word: new Int32Array(n + 2),
    suffix1: new Int32Array(n),
    suffix2: new Int32Array(n),
    suffix3: new Int32Array(n + 1),
    suffix4: new Int32Array(n),
    prefix2: new Int32Array(n),
    prefix3: new Int32Array(n),
    shape: new Int32Array(n + 1),
    hints: new Int32Array(n + 2),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = w.lower;
    f.word[i] = hashString(l);
    f.suffix1[i] = affix(l, l.length - 1, l.length);
    f.suffix2[i] = affix(l, l.length - 2, l.length);
    f.suffix3[i] = affix(l, l.length - 3, l.length);
    f.suffix4[i] = affix(l, l.length - 4, l.length);
    f.prefix2[i] = affix(l, 0, 2);
    f.prefix3[i] = affix(l, 0, 3);
    f.shape[i] = shapeOf(w.text, i === 0);
    f.hints[i] = wordHints(locale, l);
  }
  // Past the end: a word hash of its own, no hints.
  f.word[n] = f.word[n + 1] = hashString("</s>");
  f.suffix3[n] = hashString("</s>");
  f.shape[n] = 64;
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

/** The features of word i given the tags before it (`prev`, `prev2`; START before the first word). */
export function wordFeatures(f: SentenceFeatures, i: number, prev: number, prev2: number, buf: FeatureBuffer, withWord = true): void {
  const ids = buf.ids;
  let k = 0;
  const prevWord = i > 0 ? f.word[i - 1]! : 0x5747;
  ids[k++] = feat0(T.Bias);
  if (withWord) {
    ids[k++] = feat1(T.Word, f.word[i]!);
    ids[k++] = feat2(T.PrevTagWord, prev, f.word[i]!);
    ids[k++] = feat2(T.PrevWordWord, prevWord, f.word[i]!);
  }
  ids[k++] = feat1(T.Suffix1, f.suffix1[i]!);
  ids[k++] = feat1(T.Suffix2, f.suffix2[i]!);
  ids[k++] = feat1(T.Suffix3, f.suffix3[i]!);
  ids[k++] = feat1(T.Suffix4, f.suffix4[i]!);
  ids[k++] = feat1(T.Prefix2, f.prefix2[i]!);
  ids[k++] = feat1(T.Prefix3, f.prefix3[i]!);
  ids[k++] = feat1(T.Shape, f.shape[i]!);
  ids[k++] = feat1(T.Prev, prev);
  ids[k++] = feat2(T.Prev2, prev2, prev);
  ids[k++] = feat1(T.PrevWord, prevWord);
  ids[k++] = feat1(T.NextWord, f.word[i + 1]!);
  ids[k++] = feat1(T.Next2Word, f.word[i + 2]!);
  ids[k++] = feat1(T.NextSuffix3, f.suffix3[i + 1]!);
  ids[k++] = feat1(T.NextShape, f.shape[i + 1]!);
  const hints = f.hints[i]!;
  ids[k++] = feat1(T.Hints, hints);
  for (const bit of HINT_BITS) if (hints & bit) ids[k++] = feat1(T.HintBit, bit);
  ids[k++] = feat1(T.NextHints, f.hints[i + 1]!);
  ids[k++] = feat2(T.PrevHints, i > 0 ? f.hints[i - 1]! : -1, prev);
  buf.n = k;
}

/**
 * The model: one integer weight per feature and tag in an open-addressing table. File format (binary,
 * little-endian): the magic "CLT1", the number of tags, the number of features N, then N 32-bit feature
 * hashes and N × tags 16-bit weights.
 */
export interface TaggerModel {
  keys: Int32Array;
  weights: Int16Array;
  mask: number;
}

const MAGIC = 0x31544c43; // "CLT1"
const HEADER_BYTES = 12;
const MAX_WEIGHT = 0x7fff;

function slot(m: TaggerModel, h: number): number {
  let i = h & m.mask;
  for (;;) {
    const k = m.keys[i]!;
    if (k === h) return i;
    if (k === 0) return -1;
    i = (i + 1) & m.mask;
  }
}

export function parseTaggerModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC) throw new Error("not a clause tagger model: bad header");
  const tags = view.getUint32(4, true);
  const n = view.getUint32(8, true);
  if (tags !== TAG_COUNT) throw new Error(`clause tagger model has ${tags} tags, expected ${TAG_COUNT}`);
  if (bytes.byteLength !== HEADER_BYTES + n * 4 + n * tags * 2) throw new Error("clause tagger model is truncated");
  let capacity = 1;
  while (capacity < n * 2) capacity *= 2;
  const m: TaggerModel = { keys: new Int32Array(capacity), weights: new Int16Array(capacity * tags), mask: capacity - 1 };
  for (let f = 0; f < n; f++) {
    const h = view.getInt32(HEADER_BYTES + f * 4, true);
    let i = h & m.mask;
    while (m.keys[i] !== 0) i = (i + 1) & m.mask;
    m.keys[i] = h;
    const at = HEADER_BYTES + n * 4 + f * tags * 2;
    for (let t = 0; t < tags; t++) m.weights[i * tags + t] = view.getInt16(at + t * 2, true);
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

/** Scores the features in `buf` into `scores` (zeroed first). */
export function scoreInto(m: TaggerModel, buf: FeatureBuffer, scores: Int32Array): void {
  scores.fill(0);
  for (let k = 0; k < buf.n; k++) {
    const s = slot(m, buf.ids[k]!);
    if (s < 0) continue;
    const at = s * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += m.weights[at + t]!;
  }
}

const shared = { buf: featureBuffer(), scores: new Int32Array(TAG_COUNT) };

/** The tags of a sentence's words, greedily from left to right. */
export function tagWords(m: TaggerModel, f: SentenceFeatures): Uint8Array {
  const tags = new Uint8Array(f.n);
  let prev = START;
  let prev2 = START;
  for (let i = 0; i < f.n; i++) {
    wordFeatures(f, i, prev, prev2, shared.buf);
    scoreInto(m, shared.buf, shared.scores);
    let best = 0;
    for (let t = 1; t < TAG_COUNT; t++) if (shared.scores[t]! > shared.scores[best]!) best = t;
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}

export { START as START_TAG };
