/**
 * The features of the named-entity tagger, shared by training (scripts/train-ner.ts) and tagging, so both
 * see exactly the same thing. A sentence is a list of words plus, per word, the lexicon's hints. Features
 * are 32-bit hashes (hash.ts) of a template and its values, written into a reusable buffer: no feature
 * is ever built as a string.
 */
import { STRING_SEED, finish, hashStart, hashString, mix, mixChars } from "./hash.js";

/** What the lexicons say about one word by itself, as short feature values (its lexicon match is apart). */
export interface WordHints {
  /** "m", "f", "u" if the word is a known first name, else "". */
  first: string;
  /** Whether the word (or its ending) is an organisation head ("Ministerium", "AG"). */
  org: boolean;
  /** Whether the word (or its ending) is a place head ("Straße", "Hauptbahnhof"). */
  place: boolean;
  /** Whether the word is a role noun ("Präsident", "Außenminister"). */
  role: boolean;
  /** Whether the word is a known common noun form ("Haus", "Regierungen"). */
  noun: boolean;
  /** Whether the word ends in one ("Selbstdarstellung" ends in "Darstellung"). */
  nounTail: boolean;
  /** Whether the word is a known surname ("Merkel"; many are words too: "Bank"). */
  surname: boolean;
  /** Whether the word is a word of a known town's name ("Inzigkofen", "Santa"). */
  town: boolean;
  /** Whether the word is a lowercase finite verb form ("sagte", "war"): a name is often its subject. */
  verb: boolean;
}

/**
 * The tag set: BIO over the three GermEval types and OTH, the names of other things (works, events,
 * products: "Fußball-WM", "Tatort"). OTH spans are never entities; the tagger learns them so that a name of
 * something else is not what it learns an O to look like.
 */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-OTH", "I-OTH"] as const;
export type Tag = (typeof TAGS)[number];
/** The index standing for "no tag" before a sentence's first word, after the tags' own indexes. */
export const START = TAGS.length;
export const OUTSIDE = 0;

/** Feature templates; each feature's hash starts from its template's number. */
const F = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  prefix: 5,
  suffix: 6,
  hyphenLast: 7,
  hyphenFirst: 8,
  initial: 9,
  firstName: 10,
  orgHead: 11,
  role: 12,
  noun: 13,
  nounAt: 14,
  nounTail: 15,
  unknown: 16,
  slot: 17,
  gaz: 18,
  firstNameNext: 19,
  afterFirstName: 20,
  gazBefore: 21,
  gazAfter: 22,
  beforeOrgHead: 23,
  afterRole: 24,
  afterNoun: 25,
  unknownAfter: 26,
  unknownBefore: 27,
  tag1: 28,
  tag2: 29,
  gazTag: 30,
  surname: 31,
  town: 32,
  surnameAfterFirst: 33,
  shapePrev: 34,
  shapeNext: 35,
  suffixPrev: 36,
  suffixNext: 37,
  placeHead: 38,
  beforePlaceHead: 39,
  verbNext: 40,
  verbPrev: 41,
  domainBias: 42,
  domainShape: 43,
  domainInitial: 44,
} as const;

/**
 * Where a training sentence comes from, as far as it changes how names are written: the text the tagger is
 * for ("news": news and Wikipedia in German; "web": web text in English; what it reads at run time), other
 * edited text, tweets (hashtags, lowercase, all caps) and OCR of old newspapers. Sentences of the last three
 * get features of their own (their domain with the bias, the word's shape and its first character), so
 * that what is peculiar to them is learnt apart from the text the tagger is for. At run time the domain
 * is 0. (Copying every feature per domain, "frustratingly easy domain adaptation", gave no more in
 * cross-validation and doubled the model.)
 */
export type Domain = "news" | "web" | "edited" | "tweet" | "ocr";
export const DOMAIN_CODE: Readonly<Record<Domain, number>> = { news: 0, web: 0, edited: 1, tweet: 2, ocr: 3 };
/**
 * The domain of a sentence written all in lowercase ("where can I get morcillas in tampa bay"), whatever its
 * source, at run time as in training: its names are lowercase too, so every word of it is scored
 * (model.ts, `scoredWords`) and its shapes and capitals say nothing.
 */
export const LOWERCASE_DOMAIN = 4;

/** Fewest words with a letter that make a sentence written in lowercase (not just a lowercase fragment). */
const MIN_LOWERCASE_WORDS = 3;
const HAS_LETTER = /\p{L}/u;
const HAS_UPPER = /\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;

/**
 * Whether a sentence is written in lowercase: no word has a capital letter (single capital letters apart:
 * the English "I") and it has at least MIN_LOWERCASE_WORDS words with letters. A capitalised first word
 * is enough to make it ordinary text: lowercase words after it are a sentence without names.
 */
export function writtenInLowercase(words: readonly string[]): boolean {
  let lettered = 0;
  for (const w of words) {
    if (!HAS_LETTER.test(w)) continue;
    if (SINGLE_UPPER.test(w)) continue;
    if (HAS_UPPER.test(w)) return false;
    lettered++;
  }
  return lettered >= MIN_LOWERCASE_WORDS;
}

/** Affix lengths used as features. */
const SUFFIX_LENGTHS = [2, 3, 4, 5] as const;
const PREFIX_LENGTH = 3;
/** Longest word shape kept (longer shapes are cut; runs are squashed anyway). */
const MAX_SHAPE = 6;

/** Character classes of word shapes. */
const UPPER = 0x58; // "X"
const LOWER = 0x78; // "x"
const DIGIT = 0x64; // "d"
const CODE_UNITS = 0x10000;
const classes = new Uint16Array(CODE_UNITS);

/** The shape class of a code unit: "X", "x", "d" as char codes, else the unit itself. */
function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = /\p{Lu}/u.test(ch) ? UPPER : /\p{Ll}/u.test(ch) ? LOWER : /\p{N}/u.test(ch) ? DIGIT : c;
    classes[c] = k;
  }
  return k;
}

/** The word's shape with runs squashed: "Won-sik" → "Xx-x", "UN" → "X", "4,8" → "d,d". */
export function shapeOf(word: string): string {
  let out = "";
  let last = -1;
  for (let i = 0; i < word.length && out.length < MAX_SHAPE; i++) {
    const k = classOf(word.charCodeAt(i));
    if (k !== last) out += String.fromCharCode(k);
    last = k;
  }
  return out;
}

/** The hash of a word's shape, equal to `hashString(shapeOf(word))`. */
export function shapeHash(word: string): number {
  let h = STRING_SEED;
  let len = 0;
  let last = -1;
  for (let i = 0; i < word.length && len < MAX_SHAPE; i++) {
    const k = classOf(word.charCodeAt(i));
    if (k !== last) {
      h = mix(h, k);
      len++;
    }
    last = k;
  }
  return finish(h);
}

/** Gender codes of first-name hints. */
const GENDER_CODE: Record<string, number> = { m: 1, f: 2, u: 3 };

/**
 * Words as the features see them: per word its lowercase form, the hashes of that form and of its shape,
 * the class of its first character and the lexicon's hints and match.
 */
export interface SentenceView {
  words: readonly string[];
  lower: readonly string[];
  lowerHash: Int32Array;
  shape: Int32Array;
  initial: Uint16Array;
  hints: readonly WordHints[];
  /** Per word, its part in a lexicon match: "LOC-B", "ORG-I", "DEM-B", "LOC?-B" (a weak one) …, or "". */
  gaz: readonly string[];
  /** Hashes of `gaz` (0 for none). */
  gazHash: Int32Array;
  /** DOMAIN_CODE of the sentence's domain: 0 (edited text) at run time. */
  domain: number;
}

/** The value standing for the word before the first and after the last of a sentence. */
const BOUNDARY = hashString("<s>");

export function sentenceView(words: readonly string[], hints: readonly WordHints[], gaz: readonly string[], domain = 0): SentenceView {
  const n = words.length;
  const lower = new Array<string>(n);
  const lowerHash = new Int32Array(n);
  const shape = new Int32Array(n);
  const initial = new Uint16Array(n);
  const gazHash = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    lower[i] = lw;
    lowerHash[i] = hashString(lw);
    shape[i] = shapeHash(w);
    initial[i] = w.length ? classOf(w.charCodeAt(0)) : 0;
    const g = gaz[i]!;
    if (g) gazHash[i] = hashString(g);
  }
  return { words, lower, lowerHash, shape, initial, hints, gaz, gazHash, domain: writtenInLowercase(words) ? LOWERCASE_DOMAIN : domain };
}

/** A reusable list of feature hashes: `ids[0 .. n)`. */
export interface FeatureBuffer {
  ids: Int32Array;
  n: number;
}

/** Most features one word can have. */
const MAX_FEATURES = 64;

export function featureBuffer(): FeatureBuffer {
  return { ids: new Int32Array(MAX_FEATURES), n: 0 };
}

function push(buf: FeatureBuffer, h: number): void {
  buf.ids[buf.n++] = finish(h);
}

/** The lowercase word's hash at offset `d` from i, or the boundary's. */
function neighbourHash(s: SentenceView, i: number, d: number): number {
  const j = i + d;
  return j >= 0 && j < s.words.length ? s.lowerHash[j]! : BOUNDARY;
}

/** The neighbour offsets whose word alone makes a feature. */
const CONTEXT_OFFSETS = [-1, -2, 1, 2] as const;

/** Features of the word by itself: form (unless left out), shape, affixes, hyphen parts. */
function wordFeatures(s: SentenceView, i: number, buf: FeatureBuffer, withForm: boolean): void {
  const w = s.words[i]!;
  const lw = s.lower[i]!;
  push(buf, hashStart(F.bias));
  if (withForm) {
    push(buf, mixChars(hashStart(F.word), w, 0, w.length));
    push(buf, mix(hashStart(F.lower), s.lowerHash[i]!));
  }
  push(buf, mix(hashStart(F.shape), s.shape[i]!));
  push(buf, mixChars(hashStart(F.prefix), lw, 0, Math.min(PREFIX_LENGTH, lw.length)));
  for (const n of SUFFIX_LENGTHS) if (lw.length > n) push(buf, mixChars(mix(hashStart(F.suffix), n), lw, lw.length - n, lw.length));
  const hy = w.lastIndexOf("-");
  if (hy > 0 && hy < w.length - 1) {
    push(buf, mixChars(hashStart(F.hyphenLast), lw, hy + 1, lw.length));
    push(buf, mixChars(hashStart(F.hyphenFirst), lw, 0, w.indexOf("-")));
  }
}

/** Features of the word's own hints and whether it opens the sentence. */
function ownHintFeatures(s: SentenceView, i: number, buf: FeatureBuffer): void {
  const h = s.hints[i]!;
  const at = i === 0 ? 1 : 2;
  const initial = s.initial[i]!;
  push(buf, mix(mix(hashStart(F.initial), at), initial));
  if (s.domain !== 0) {
    push(buf, mix(hashStart(F.domainBias), s.domain));
    push(buf, mix(mix(hashStart(F.domainShape), s.domain), s.shape[i]!));
    push(buf, mix(mix(mix(hashStart(F.domainInitial), s.domain), at), initial));
  }
  if (h.first) push(buf, mix(hashStart(F.firstName), GENDER_CODE[h.first] ?? 0));
  if (h.org) push(buf, hashStart(F.orgHead));
  if (h.place) push(buf, hashStart(F.placeHead));
  if (h.role) push(buf, hashStart(F.role));
  if (h.noun) {
    push(buf, hashStart(F.noun));
    push(buf, mix(hashStart(F.nounAt), at));
  }
  if (h.nounTail) push(buf, hashStart(F.nounTail));
  if (initial === UPPER && !h.noun && !h.nounTail) push(buf, mix(hashStart(F.unknown), at));
  // A surname or town word, told apart by whether it is also a common noun ("Bank", "Haus").
  const known = h.noun ? 1 : h.nounTail ? 2 : 3;
  if (h.surname) push(buf, mix(mix(hashStart(F.surname), known), at));
  if (h.town) push(buf, mix(mix(hashStart(F.town), known), at));
}

/** Length of a neighbour's ending used as a feature. */
const NEIGHBOUR_SUFFIX = 3;

function affixOf(buf: FeatureBuffer, template: number, lw: string): void {
  if (lw.length > NEIGHBOUR_SUFFIX) push(buf, mixChars(hashStart(template), lw, lw.length - NEIGHBOUR_SUFFIX, lw.length));
}

/** Features of the word's neighbours, their hints and its lexicon match. */
function contextFeatures(s: SentenceView, i: number, buf: FeatureBuffer): void {
  for (const d of CONTEXT_OFFSETS) push(buf, mix(mix(hashStart(F.slot), d), neighbourHash(s, i, d)));
  const h = s.hints[i]!;
  const shape = s.shape[i]!;
  const last = s.words.length - 1;
  const hp = i > 0 ? s.hints[i - 1]! : undefined;
  const hn = i < last ? s.hints[i + 1]! : undefined;
  if (s.gazHash[i]) push(buf, mix(hashStart(F.gaz), s.gazHash[i]!));
  if (h.first) push(buf, mix(mix(hashStart(F.firstNameNext), hn?.first ? 1 : 2), i < last ? s.shape[i + 1]! : BOUNDARY));
  if (hp?.first) push(buf, mix(hashStart(F.afterFirstName), shape));
  if (hp?.first && h.surname) push(buf, hashStart(F.surnameAfterFirst));
  if (i > 0 && s.gazHash[i - 1]) push(buf, mix(hashStart(F.gazBefore), s.gazHash[i - 1]!));
  if (i < last && s.gazHash[i + 1]) push(buf, mix(hashStart(F.gazAfter), s.gazHash[i + 1]!));
  if (hn?.org) push(buf, mix(hashStart(F.beforeOrgHead), shape));
  if (hn?.place) push(buf, mix(hashStart(F.beforePlaceHead), shape));
  if (hp?.role) push(buf, mix(hashStart(F.afterRole), shape));
  if (hp?.noun) push(buf, hashStart(F.afterNoun));
  // A finite verb beside a capitalised word: its subject ("Kolb war", "sagte Röttgen"), told apart by
  // whether the word is a common noun.
  if (s.initial[i] === UPPER) {
    const known = h.noun ? 1 : h.nounTail ? 2 : 3;
    if (hn?.verb) push(buf, mix(mix(hashStart(F.verbNext), known), i === 0 ? 1 : 2));
    if (hp?.verb) push(buf, mix(hashStart(F.verbPrev), known));
  }
  // The neighbours' shapes beside the word's ("Borussia Dortmund": two capitalised words).
  push(buf, mix(mix(hashStart(F.shapePrev), i > 0 ? s.shape[i - 1]! : BOUNDARY), shape));
  push(buf, mix(mix(hashStart(F.shapeNext), i < last ? s.shape[i + 1]! : BOUNDARY), shape));
  // The neighbours' endings ("-isch" adjectives before names, "-straße" …).
  if (i > 0) affixOf(buf, F.suffixPrev, s.lower[i - 1]!);
  if (i < last) affixOf(buf, F.suffixNext, s.lower[i + 1]!);
  if (s.initial[i] === UPPER && !h.noun && !h.nounTail) {
    push(buf, mix(hashStart(F.unknownAfter), neighbourHash(s, i, -1)));
    push(buf, mix(hashStart(F.unknownBefore), neighbourHash(s, i, 1)));
  }
}

/**
 * Every feature of word i that does not depend on the tags before it, into `buf` (emptied first).
 * Training leaves out the word's own form now and then (`withForm` false: word dropout).
 */
export function emissionFeatures(s: SentenceView, i: number, buf: FeatureBuffer, withForm = true): void {
  buf.n = 0;
  wordFeatures(s, i, buf, withForm);
  ownHintFeatures(s, i, buf);
  contextFeatures(s, i, buf);
}

/**
 * The features of word i given the tag index before it (START before the first word), into `buf`: a
 * first-order model (the tag two before made no difference in cross-validation, and tied a name's tag to
 * the words after it).
 */
export function transitionFeatures(s: SentenceView, i: number, prev: number, buf: FeatureBuffer): void {
  tagPairFeatures(prev, buf);
  if (s.gazHash[i]) push(buf, mix(mix(hashStart(F.gazTag), s.gazHash[i]!), prev));
}

/** The part of `transitionFeatures` that depends on the tag before alone, into `buf` (emptied first). */
export function tagPairFeatures(prev: number, buf: FeatureBuffer): void {
  buf.n = 0;
  push(buf, mix(hashStart(F.tag1), prev));
}

/** The part of `transitionFeatures` that depends on word i's lexicon match, into `buf` (emptied first; none without one). */
export function gazTagFeatures(s: SentenceView, i: number, prev: number, buf: FeatureBuffer): void {
  buf.n = 0;
  if (s.gazHash[i]) push(buf, mix(mix(hashStart(F.gazTag), s.gazHash[i]!), prev));
}
