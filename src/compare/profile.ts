/**
 * What the comparison reads of one analysis: per sentence the keys its tokens can match on in another
 * text (exact form, stem, concepts, a cognate key, number values) with the tokens' weights, packed in
 * typed arrays so that `relate` can hold many thousands of texts; the text's anchors (names, numbers,
 * countries) and the facts the direction needs. `compare` also reads the tokens themselves
 * (`tokensOf`), built on demand from the analysis.
 */
import { getLocale } from "../locales/index.js";
import type { Locale } from "../locales/types.js";
import { QuellenlageError } from "../model/errors.js";
import type { Analysis, BlockKind, LanguageCode, Voice } from "../model/types.js";
import { nounSet } from "../stages/entities/resources.js";
import { lexiconOf } from "./lexicon.js";
import { numbersOf, type NumberMention } from "./numbers.js";
import { translationMark, type TranslationMark } from "./translation-mark.js";
import { isFurniture, shinglesOfWords } from "./fingerprint.js";
import { cognateSpelling, fold, hash32, isCapitalized, stem, wordTokens, type WordToken } from "./words.js";

/** How much a match on each kind of key counts (a token matches with its strongest shared key). */
export const KEY_STRENGTH = {
  /** The same written word in the same language. */
  form: 1,
  /** The same written word that no lexicon knows (a name, a loanword), in any language. */
  word: 1,
  /** The same stem in the same language ("Regierungen"/"Regierung"). */
  stem: 0.9,
  /** A shared concept: a translation or a synonym ("Regierung"/"government"). */
  concept: 0.85,
  /** A cognate: the first letters the same in the shared spelling ("Konzert"/"concert"). */
  cognate: 0.5,
  /** The same number. */
  number: 1,
} as const;
type KeyKind = keyof typeof KEY_STRENGTH;

/** Weights of tokens in a similarity: function words count little, numbers and names much. */
export const TOKEN_WEIGHT = { function: 0.1, content: 1, name: 1.5, number: 1.5 } as const;
/** Words this long or longer get a cognate key. */
const COGNATE_MIN_LENGTH = 6;
/** Letters of the cognate key. */
const COGNATE_PREFIX = 5;
/** Shortest unknown word that matches across languages by its written form. */
const CROSS_WORD_MIN_LENGTH = 2;
/** Numbers below this are too common to tie two texts together as anchors. */
const MIN_ANCHOR_NUMBER = 10;
/** Concepts that are anchors by themselves (countries, months). */
const ANCHOR_CONCEPT = /^@(?:country|month):/;

/** Key strings interned as numbers: a sentence's keys are then an array of small integers. */
const keyIds = new Map<string, number>();
const keyStrengths: number[] = [];
const keyKinds: KeyKind[] = [];
const KEY_TABLE_LIMIT = 8_000_000;

function keyId(kind: KeyKind, key: string): number {
  const k = `${kind}\u0000${key}`;
  let id = keyIds.get(k);
  if (id === undefined) {
    if (keyIds.size >= KEY_TABLE_LIMIT) {
      throw new QuellenlageError("E_TOO_LARGE", "too many distinct words to compare in one run; compare fewer articles at once");
    }
    id = keyStrengths.length;
    keyIds.set(k, id);
    keyStrengths.push(KEY_STRENGTH[kind]);
    keyKinds.push(kind);
  }
  return id;
}

/** Kinds of keys that mean the same in every language: concepts, names, cognates, numbers. */
const NEUTRAL_KINDS: ReadonlySet<KeyKind> = new Set(["word", "concept", "cognate", "number"]);

/** Whether an interned key means the same in every language. */
export function isNeutralKey(key: number): boolean {
  const kind = keyKinds[key];
  return kind !== undefined && NEUTRAL_KINDS.has(kind);
}

/** How much a match on the interned key counts. */
export function strengthOf(key: number): number {
  return keyStrengths[key] ?? 0;
}

/** A token with everything the claim comparison asks of it. */
export interface TokenFeature extends WordToken {
  keys: readonly number[];
  weight: number;
  concepts: readonly string[];
  functionWord: boolean;
  /** Its concepts come from the parts of a compound ("rekordverdächtig"), not from the word itself. */
  compound: boolean;
  /** A name: capitalised, no lexicon knows it, and it is no common noun of the language. */
  name: boolean;
}

/** A name's folded form without a possessive ending ("hde's" → "hde"). */
export function nameKey(folded: string): string {
  return folded.endsWith("'s") ? folded.slice(0, -2) : folded.endsWith("'") ? folded.slice(0, -1) : folded;
}

export interface SentenceFeature {
  /** Index into `analysis.sentences`. */
  index: number;
  start: number;
  end: number;
  block: number;
  blockKind: BlockKind;
  voice: Voice | undefined;
  /** The keys of every token, token after token: token t's are keys[offsets[t]] … keys[offsets[t + 1] − 1]. */
  keys: Int32Array;
  offsets: Uint32Array;
  /** Each token's weight. */
  weights: Float32Array;
  /** The distinct keys, sorted (for membership by binary search). */
  set: Int32Array;
  /** Sum of the weights. */
  weight: number;
  /** A hash of the folded words: equal for sentences that differ in nothing but spacing, case and punctuation. */
  norm: number;
}

export interface DocProfile {
  id: string;
  language: LanguageCode;
  locale: Locale;
  published: string | null;
  /** Names the text goes by (its outlet, its authors), folded. */
  names: string[];
  /** Agencies its article credits name, folded. */
  agencies: string[];
  /** A note or credit saying the text is a translation. */
  translation: TranslationMark | null;
  sentences: SentenceFeature[];
  /** Characters in sentences. */
  chars: number;
  /** The distinct keys of all sentences, sorted. */
  set: Int32Array;
  /** A bit filter of those keys (FILTER_BITS bits), to rule most keys out without a search. */
  filter: Uint32Array;
  /** Sum of the sentences' weights. */
  weight: number;
  /** Names, numbers and countries of the text: what a story about the same event shares. */
  anchors: Set<string>;
  /** The analysis, for `compare` (a profile made for `relate` leaves it out). */
  analysis?: Analysis;
}

/** The distinct values, sorted (the array is sorted in place and its distinct prefix returned). */
function sortedSet(values: Int32Array): Int32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[n++] = values[i]!;
  return values.subarray(0, n).slice();
}

/** Bits of a text's key filter: a key whose bit is not set is certainly not among the text's keys. */
export const FILTER_BITS = 1 << 14;

function keyFilter(set: Int32Array): Uint32Array {
  const bits = new Uint32Array(FILTER_BITS / 32);
  for (let i = 0; i < set.length; i++) {
    const h = filterBit(set[i]!);
    bits[h >>> 5] = bits[h >>> 5]! | (1 << (h & 31));
  }
  return bits;
}

/** The filter bit of a key (a multiplicative hash: keys are small consecutive integers). */
export function filterBit(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - 14);
}


/** The distinct keys of all sentences and their filter. */
function docSet(sentences: readonly SentenceFeature[]): { set: Int32Array; filter: Uint32Array } {
  let n = 0;
  for (const s of sentences) n += s.set.length;
  const all = new Int32Array(n);
  let at = 0;
  for (const s of sentences) {
    all.set(s.set, at);
    at += s.set.length;
  }
  const set = sortedSet(all);
  return { set, filter: keyFilter(set) };
}

/** A profile with its analysis, as `compare` reads it. */
export type FullProfile = DocProfile & { analysis: Analysis };

const cache = new WeakMap<Analysis, FullProfile>();

/** The profile of an analysis, keeping the analysis (built on first use). Needs the sentences stage. */
export function profileOf(analysis: Analysis): FullProfile {
  let p = cache.get(analysis);
  if (!p) {
    p = { ...leanProfileOf(analysis), analysis };
    cache.set(analysis, p);
  }
  return p;
}

/**
 * The profile of an analysis without the analysis: what `relate` keeps of each text; with `shingles`,
 * also the shingle hashes of its article sentences (fingerprint.ts), from the same words.
 */
export function leanProfileOf(analysis: Analysis): DocProfile;
export function leanProfileOf(analysis: Analysis, shingles: true): DocProfile & { shingles: Uint32Array };
export function leanProfileOf(analysis: Analysis, shingles = false): DocProfile & { shingles?: Uint32Array } {
  if (!analysis.sentences) {
    throw new QuellenlageError("E_USAGE", `analysis ${analysis.id} has no sentences: analyse it with the sentences stage (the default) to compare it`, analysis.id);
  }
  const language = analysis.meta.language;
  const locale = getLocale(language);
  const anchors = new Set<string>();
  const articleWords: string[] = [];
  const sentences = analysis.sentences.map((s, index): SentenceFeature => {
    const words = wordTokens(analysis.text, s.start, s.end);
    if (shingles && !isFurniture(s.voice, analysis.blocks[s.block]?.kind)) for (const w of words) articleWords.push(w.fold);
    const numbers = numbersOf(analysis.text, words, locale);
    const phrases = phraseConcepts(words, locale);
    const keys: number[] = [];
    const offsets = new Uint32Array(words.length + 1);
    const weights = new Float32Array(words.length);
    let weight = 0;
    let n = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      offsets[k] = keys.length;
      while (n < numbers.length && numbers[n]!.start < w.start) n++;
      if (w.kind === "number" || (n < numbers.length && numbers[n]!.start === w.start)) {
        for (let m = n; m < numbers.length && numbers[m]!.start === w.start; m++) keys.push(keyId("number", String(numbers[m]!.value)));
        if (w.kind === "word") keys.push(keyId("form", `${locale.code}:${w.fold}`));
        weights[k] = TOKEN_WEIGHT.number;
      } else {
        const info = wordInfo(w, locale);
        for (const key of info.keys) keys.push(key);
        for (const c of phrases[k] ?? []) keys.push(keyId("concept", c));
        weights[k] = info.functionWord ? TOKEN_WEIGHT.function : info.name && k > 0 ? TOKEN_WEIGHT.name : TOKEN_WEIGHT.content;
        if (info.name && k > 0) anchors.add(`name:${nameKey(w.fold)}`);
        for (const c of info.concepts) if (ANCHOR_CONCEPT.test(c)) anchors.add(c);
      }
      weight += weights[k]!;
    }
    offsets[words.length] = keys.length;
    for (const num of numbers) if (num.digits && Math.abs(num.value) >= MIN_ANCHOR_NUMBER) anchors.add(`num:${num.value}`);
    let norm = "";
    for (const w of words) norm += norm ? ` ${w.fold}` : w.fold;
    return {
      index,
      start: s.start,
      end: s.end,
      block: s.block,
      blockKind: analysis.blocks[s.block]?.kind ?? "body",
      voice: s.voice,
      keys: Int32Array.from(keys),
      offsets,
      weights,
      set: sortedSet(Int32Array.from(keys)),
      weight,
      norm: hash32(norm),
    };
  });
  const agencies = analysis.credits.filter((c) => c.kind === "article" && c.agency).flatMap((c) => c.agency!.split("/").map(fold));
  return {
    id: analysis.id,
    language,
    locale,
    published: analysis.meta.published,
    names: [analysis.meta.outlet, ...analysis.meta.authors].filter((x): x is string => !!x).map(fold),
    agencies,
    translation: translationMark(analysis.text, locale),
    ...(shingles ? { shingles: shinglesOfWords(articleWords) } : {}),
    sentences,
    chars: sentences.reduce((acc, s) => acc + s.end - s.start, 0),
    ...docSet(sentences),
    weight: sentences.reduce((acc, s) => acc + s.weight, 0),
    anchors,
  };
}

/** The concepts of two-word phrases ("press release"), given to both of their words, by token index. */
function phraseConcepts(words: readonly WordToken[], locale: Locale): (readonly string[] | undefined)[] {
  const lex = lexiconOf(locale);
  const out: (readonly string[] | undefined)[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    const v = words[k + 1]!;
    if (w.kind !== "word" || v.kind !== "word") continue;
    const concepts = lex.phrase(w.fold, v.fold);
    if (!concepts) continue;
    out[k] = [...(out[k] ?? []), ...concepts];
    out[k + 1] = [...(out[k + 1] ?? []), ...concepts];
  }
  return out;
}

/** The tokens of a stretch of text with their keys, weights and concepts. */
function tokenFeatures(text: string, words: readonly WordToken[], locale: Locale): TokenFeature[] {
  const numbers = numbersOf(text, words, locale);
  const valueAt = new Map<number, number[]>();
  for (const n of numbers) valueAt.set(n.start, [...(valueAt.get(n.start) ?? []), n.value]);
  const phrases = phraseConcepts(words, locale);
  return words.map((w, k) => {
    const t = tokenFeature(w, k === 0, locale, valueAt.get(w.start));
    const extra = phrases[k];
    if (!extra || t.kind === "number") return t;
    return { ...t, keys: [...t.keys, ...extra.map((c) => keyId("concept", c))], concepts: [...t.concepts, ...extra], functionWord: false };
  });
}

/** What a word brings wherever it stands: its keys, concepts and kind (the weight depends on its place). */
interface WordInfo {
  keys: readonly number[];
  concepts: readonly string[];
  functionWord: boolean;
  compound: boolean;
  name: boolean;
}

/** Words seen, per locale, by their form as written: a text's words are looked up once. */
const wordCache = new WeakMap<Locale, Map<string, WordInfo>>();
const WORD_CACHE_LIMIT = 500_000;

function wordInfo(w: WordToken, locale: Locale): WordInfo {
  let cache = wordCache.get(locale);
  if (!cache) {
    cache = new Map();
    wordCache.set(locale, cache);
  }
  let info = cache.get(w.raw);
  if (info) return info;
  const lang = locale.code;
  const sense = lexiconOf(locale).sense(w.fold);
  const keys: number[] = [keyId("stem", `${lang}:${stem(w.fold, locale.compare)}`)];
  for (const c of sense.concepts) keys.push(keyId("concept", c));
  if (sense.concepts.length === 0) {
    if (w.fold.length >= CROSS_WORD_MIN_LENGTH) keys.push(keyId("word", w.fold));
  } else keys.push(keyId("form", `${lang}:${w.fold}`));
  if (!sense.functionWord && w.fold.length >= COGNATE_MIN_LENGTH) keys.push(keyId("cognate", cognateSpelling(w.fold, locale.compare).slice(0, COGNATE_PREFIX)));
  const name = sense.concepts.length === 0 && isCapitalized(w.raw) && !nounSet(locale.code)?.has(w.raw);
  info = { keys, concepts: sense.concepts, functionWord: sense.functionWord, compound: sense.compound, name };
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(w.raw, info);
  return info;
}

/** A token's keys and weight; `values` are the numbers that start at it. */
function tokenFeature(w: WordToken, first: boolean, locale: Locale, values: readonly number[] | undefined): TokenFeature {
  if (w.kind === "number" || values) {
    const keys = (values ?? []).map((v) => keyId("number", String(v)));
    if (w.kind === "word") keys.push(keyId("form", `${locale.code}:${w.fold}`));
    return { ...w, keys, weight: TOKEN_WEIGHT.number, concepts: [], functionWord: false, compound: false, name: false };
  }
  const info = wordInfo(w, locale);
  const weight = info.functionWord ? TOKEN_WEIGHT.function : info.name && !first ? TOKEN_WEIGHT.name : TOKEN_WEIGHT.content;
  return { ...w, ...info, weight };
}

interface Rich {
  tokens: TokenFeature[][];
  numbers: NumberMention[][];
}
const richCache = new WeakMap<DocProfile, Rich>();

function rich(p: FullProfile): Rich {
  let r = richCache.get(p);
  if (!r) {
    const a = p.analysis;
    const words = p.sentences.map((s) => wordTokens(a.text, s.start, s.end));
    r = { tokens: words.map((w) => tokenFeatures(a.text, w, p.locale)), numbers: words.map((w) => numbersOf(a.text, w, p.locale)) };
    richCache.set(p, r);
  }
  return r;
}

/** The tokens of sentence `i` (position in the profile's list), with their concepts and forms. */
export function tokensOf(p: FullProfile, i: number): TokenFeature[] {
  return rich(p).tokens[i] ?? [];
}

/** The numbers of sentence `i`. */
export function numbersOfSentence(p: FullProfile, i: number): NumberMention[] {
  return rich(p).numbers[i] ?? [];
}
