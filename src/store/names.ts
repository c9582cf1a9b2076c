/**
 * Name keys: one spelling for every form of a person's or organisation's name across articles and
 * languages. A name is lowercased, its diacritics folded ("Schröder" → "schroder"), its transcription
 * conventions mapped to one common spelling (every locale's `transliteration.nameSpellings`: German
 * "Peskow", "Selenskyj" and English "Peskov", "Zelenskyy" all become "peskov", "selenski"), doubled
 * letters written once, and everything but letters, digits and single spaces dropped.
 */
import { LOCALES } from "../locales/index.js";
import { foldWord } from "./fold.js";

/** Letters written twice in a row ("ss", "ii" from "yy"/"yj"): once in a key. */
const DOUBLED = /(\p{L})\1+/gu;
const NOT_NAME = /[^\p{L}\p{N}]+/gu;

interface SpellingRules {
  pattern: RegExp;
  replace: Map<string, string>;
}

let rules: SpellingRules | null = null;

/** Every locale's spellings as one alternation, longest first, each spelling mapped once (first locale wins). */
function spellingRules(): SpellingRules {
  if (rules) return rules;
  const replace = new Map<string, string>();
  for (const locale of Object.values(LOCALES)) {
    for (const [from, to] of locale.transliteration.nameSpellings) if (!replace.has(from)) replace.set(from, to);
  }
  const alternatives = [...replace.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  rules = { pattern: new RegExp(alternatives.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gu"), replace };
  return rules;
}

/** The key of a name: "Wolodymyr Selenskyj" and "Volodymyr Zelenskyy" → "volodimir selenski". */
export function nameKey(name: string): string {
  const { pattern, replace } = spellingRules();
  return foldWord(name)
    .replace(NOT_NAME, " ")
    .trim()
    .split(" ")
    .map((word) => word.replace(pattern, (m) => replace.get(m) ?? m).replace(DOUBLED, "$1"))
    .filter(Boolean)
    .join(" ");
}

/** The last word of a key: what a surname-only mention of the person gives. */
export function surnameOf(key: string): string {
  const space = key.lastIndexOf(" ");
  return space < 0 ? key : key.slice(space + 1);
}

/** Words in a key. */
export function keyWords(key: string): number {
  return key === "" ? 0 : key.split(" ").length;
}
