import type { Token } from "../../../model/types.js";
import { isOrgWord, isPlaceWord, type Lexicon } from "../lexicon.js";
import type { LexMatch } from "../match.js";
import { lookupRole, type RoleIndex } from "../role-index.js";
import { matchLexicon, type LexMatch as Match } from "../match.js";
import { writtenInLowercase, type WordHints } from "./features.js";

/** A set of common-noun forms (a Bloom filter for German); absent for languages without one. */
export interface NounSet {
  has(word: string): boolean;
}

/**
 * A set of words that are often parts of proper names (a Bloom filter, model/names.bin), each key the word
 * behind a prefix for its kind: a surname ("s:Merkel") or a word of a town's name ("t:Inzigkofen").
 */
export type NameHintSet = NounSet;
export const NAME_HINT_PREFIX = { surname: "s:", town: "t:" } as const;

/** Shortest head noun and shortest rest in a compound ("Selbst" + "darstellung"). */
const MIN_TAIL = 4;
const MIN_COMPOUND_HEAD = 3;
/**
 * Longest last part of a compound looked up. No noun of the lists is longer; without a bound a word of
 * N letters (a run of letters in hostile input) made N look-ups of strings up to N long, each remembered:
 * quadratic time and memory (a 241,553-letter word kept 200 MB).
 */
const MAX_TAIL = 40;

const tailCache = new WeakMap<NounSet, Map<string, boolean>>();
/** Most words whose compound answer is kept per noun set. */
const MAX_REMEMBERED_TAILS = 100_000;

/** Whether a capitalised word ends in a known noun: a compound of ordinary nouns. */
export function hasNounTail(nouns: NounSet, word: string): boolean {
  let cache = tailCache.get(nouns);
  if (!cache || cache.size > MAX_REMEMBERED_TAILS) {
    cache = new Map();
    tailCache.set(nouns, cache);
  }
  let v = cache.get(word);
  if (v === undefined) {
    v = findNounTail(nouns, word);
    cache.set(word, v);
  }
  return v;
}

function findNounTail(nouns: NounSet, word: string): boolean {
  for (let k = Math.max(MIN_COMPOUND_HEAD, word.length - MAX_TAIL); k <= word.length - MIN_TAIL; k++) {
    if (word.charAt(k - 1) === "-") continue;
    if (nouns.has(word.charAt(k).toUpperCase() + word.slice(k + 1))) return true;
  }
  return false;
}

/** Hints of a word that do not depend on its context, remembered per lexicon. */
const staticCache = new WeakMap<Lexicon, Map<string, WordHints>>();
/** The name-hint set the cache of a lexicon was filled with (a test or a script may swap it). */
const cacheNames = new WeakMap<Lexicon, NameHintSet | null>();
const MAX_REMEMBERED_WORDS = 100_000;
const NO_HINTS: WordHints = { first: "", org: false, place: false, role: false, noun: false, nounTail: false, surname: false, town: false, verb: false };
const VERB_HINTS: WordHints = { ...NO_HINTS, verb: true };
const CAPITALISED = /^\p{Lu}/u;

/** What the lexicons say about a word by itself; only capitalised words get hints. */
function staticHints(word: string, lex: Lexicon, roles: RoleIndex, nouns: NounSet | null, names: NameHintSet | null): WordHints {
  if (!CAPITALISED.test(word)) return lex.isFiniteVerb(word) ? VERB_HINTS : NO_HINTS;
  const noun = nouns !== null && nouns.has(word);
  return {
    first: lex.firstNames.get(word.toLowerCase()) ?? "",
    org: isOrgWord(lex, word),
    place: isPlaceWord(lex, word),
    role: lookupRole(roles, word) !== null,
    noun,
    nounTail: !noun && nouns !== null && hasNounTail(nouns, word),
    surname: names !== null && names.has(NAME_HINT_PREFIX.surname + word),
    town: names !== null && names.has(NAME_HINT_PREFIX.town + word),
    verb: false,
  };
}

const GAZ_TYPE: Record<string, string> = { location: "LOC", organization: "ORG", media: "MED", person: "PER" };

/** The lexicons' hints for tokens [from, to): what each word is by itself. */
export function wordHints(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  roles: RoleIndex,
  nouns: NounSet | null,
  names: NameHintSet | null,
  /** The text of tokens [from, to), when the caller has it already. */
  words?: readonly string[],
): WordHints[] {
  const hints: WordHints[] = [];
  let cache = staticCache.get(lex);
  if (!cache || cache.size > MAX_REMEMBERED_WORDS || cacheNames.get(lex) !== names) {
    cache = new Map();
    staticCache.set(lex, cache);
    cacheNames.set(lex, names);
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") {
      hints.push(NO_HINTS);
      continue;
    }
    const word = words ? words[i - from]! : text.slice(t.start, t.end);
    let h = cache.get(word);
    if (!h) {
      h = staticHints(word, lex, roles, nouns, names);
      cache.set(word, h);
    }
    hints.push(h);
  }
  return hints;
}

/** Per token of [from, to), its part in a lexicon match ("LOC-B", "LOC?-B" when also a common noun), or "". */
export function gazetteerTags(from: number, to: number, matches: readonly LexMatch[], hints: readonly WordHints[]): string[] {
  const gaz = new Array<string>(to - from).fill("");
  for (const m of matches) {
    const e = m.entries[0]!;
    // A one-word name that is also a common noun ("Hof", "Halle", "Stern") is only a weak hint.
    const nounToo = m.to - m.from === 1 && hints[m.from - from]!.noun;
    const kind = e.form === "demonym" ? "DEM" : (GAZ_TYPE[e.type] ?? "X") + (e.ambiguous || nounToo ? "?" : "");
    for (let i = m.from; i < m.to; i++) if (i >= from && i < to) gaz[i - from] = kind + (i === m.from ? "-B" : "-I");
  }
  return gaz;
}

/**
 * What the tagger is told of tokens [from, to) by the lexicons: their hints and lexicon-match tags. In a
 * sentence written in lowercase (`writtenInLowercase`) they are those of its words capitalised ("tampa bay"
 * as "Tampa Bay", "burger king" as "Burger King"), so that the names the lexicons know are known there too;
 * otherwise those of the words as written (`hints`, `matches`: the caller's).
 */
export function taggerLexicalHints(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  roles: RoleIndex,
  nouns: NounSet | null,
  names: NameHintSet | null,
  words: readonly string[],
  hints: readonly WordHints[],
  matches: readonly Match[],
): { hints: readonly WordHints[]; gaz: string[] } {
  if (!writtenInLowercase(words)) return { hints, gaz: gazetteerTags(from, to, matches, hints) };
  const titled = words.map(capitalised);
  let titledText = text;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (titled[i - from] !== words[i - from]) titledText = titledText.slice(0, t.start) + titled[i - from]! + titledText.slice(t.end);
  }
  const titledHints = wordHints(titledText, tokens, from, to, lex, roles, nouns, names, titled);
  return { hints: titledHints, gaz: gazetteerTags(from, to, matchLexicon(titledText, tokens, from, to, lex, titled), titledHints) };
}

/** The word with its first letter capitalised, where that keeps its length (offsets stay as they are). */
function capitalised(word: string): string {
  const c = word.charAt(0).toUpperCase() + word.slice(1);
  return c.length === word.length ? c : word;
}
