/**
 * Full-text folding shared by both stores: a word is lowercased, its diacritics and ligatures folded
 * (ß → ss, ä → a, ø → o) and cut to its Snowball stem in the article's language (German "erklärte" →
 * "erklart", English "officials" → "offici"). The stores index these stems, not the words: SQLite's FTS5
 * and PostgreSQL's `simple` tsvector then see the same tokens, and a search finds the same articles in both.
 * A query's word is stemmed in every supported language, so a German query word finds English articles
 * that share its stem and the other way round.
 */
import { Languages, Stemmer } from "multilingual-stemmer";
import { LOCALES, SUPPORTED_LANGUAGES } from "../locales/index.js";
import type { LanguageCode } from "../model/types.js";

/** A word: letters and digits (every other character separates words). */
const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}+/gu;
/** Letters NFKD does not take apart, folded as Unicode's full case folding and common transcription do. */
const LETTER_FOLDS: Readonly<Record<string, string>> = { ß: "ss", ẞ: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };
const LETTER_FOLD = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "gu");
/** Words longer than this are not indexed (base64, run-together URLs). */
const MAX_WORD_CHARS = 64;
/** Stems remembered per language; the cache starts over when full. */
const STEM_CACHE_SIZE = 200_000;

/** Lowercase, diacritics and ligatures folded. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(LETTER_FOLD, (c) => LETTER_FOLDS[c] ?? c).normalize("NFKD").replace(COMBINING_MARK, "");
}

interface CachedStemmer {
  stemmer: Stemmer;
  cache: Map<string, string>;
}
const stemmers = new Map<LanguageCode, CachedStemmer>();

function stemmerFor(language: LanguageCode): CachedStemmer {
  let s = stemmers.get(language);
  if (!s) {
    const algorithm = Languages[LOCALES[language].name as keyof typeof Languages];
    s = { stemmer: new Stemmer(algorithm), cache: new Map() };
    stemmers.set(language, s);
  }
  return s;
}

/** The stem of a folded word in one language. */
export function stem(folded: string, language: LanguageCode): string {
  const s = stemmerFor(language);
  let out = s.cache.get(folded);
  if (out === undefined) {
    out = s.stemmer.stem(folded) || folded;
    if (s.cache.size >= STEM_CACHE_SIZE) s.cache.clear();
    s.cache.set(folded, out);
  }
  return out;
}

/** The folded words of a text, in order (the whole text folded at once: one normalisation, not one a word). */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const m of foldWord(text).matchAll(WORD)) if (m[0].length <= MAX_WORD_CHARS) out.push(m[0]);
  return out;
}

/** What a store indexes for a text in a language: its stems, space-separated, in order (phrases keep working). */
export function indexTerms(text: string, language: LanguageCode): string {
  return foldedWords(text)
    .map((w) => stem(w, language))
    .join(" ");
}

/** One unit of a search: a word or a quoted phrase, as alternative stem sequences (one per language's stemming). */
export interface SearchUnit {
  alternatives: string[][];
}

/** A query's quoted phrases and free words. */
const QUERY_PART = /"([^"]*)"|(\S+)/g;

/**
 * A search text as units, every one of which an article must contain: free words, and "quoted phrases"
 * whose words must stand next to each other. Each unit lists its stems in every supported language.
 */
export function parseSearch(text: string): SearchUnit[] {
  const units: SearchUnit[] = [];
  for (const m of text.matchAll(QUERY_PART)) {
    const words = foldedWords(m[1] ?? m[2] ?? "");
    if (words.length === 0) continue;
    // A free word written with a hyphen ("US-Außenminister") is a phrase of its parts.
    const seen = new Set<string>();
    const alternatives: string[][] = [];
    for (const language of SUPPORTED_LANGUAGES) {
      const stems = words.map((w) => stem(w, language));
      const key = stems.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      alternatives.push(stems);
    }
    units.push({ alternatives });
  }
  return units;
}

/** The units as an FTS5 query: `("a" OR "b") AND ("c d" OR "c2 d2")`. */
export function toFts5Query(units: readonly SearchUnit[]): string {
  return units.map((u) => `(${u.alternatives.map((stems) => `"${stems.join(" ")}"`).join(" OR ")})`).join(" AND ");
}

/** The units as a PostgreSQL tsquery (to_tsquery('simple', …)): `('a' | 'b') & ('c' <-> 'd')`. */
export function toTsQuery(units: readonly SearchUnit[]): string {
  return units.map((u) => `(${u.alternatives.map((stems) => `(${stems.map((s) => `'${s}'`).join(" <-> ")})`).join(" | ")})`).join(" & ");
}
