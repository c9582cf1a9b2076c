import type { CompareLocale } from "../types.js";

/**
 * How German words are reduced for comparing articles (src/compare/), and the notes that mark a German
 * text as a translation.
 */
export const compare: CompareLocale = {
  // "s" and "st" only after the consonants that take them as endings ("Hauses", not "Haus"): the part after ":".
  suffixes: ["innen", "ern", "em", "en", "er", "es", "in", "st:bdfghklmnt", "te", "e", "s:bdfghklmnrt", "n", "t"],
  minStem: 4,
  compounds: true,
  compoundLinks: ["s", "es", "n", "en", "e"],
  minCompoundPart: 4,
  cognateSpelling: [
    ["sch", "sh"],
    ["ph", "f"],
    ["k", "c"],
    ["z", "c"],
  ],
  translationNotes: [
    { words: "aus dem englischen", from: "en" },
    { words: "aus dem amerikanischen", from: "en" },
    { words: "aus dem französischen", from: "fr" },
    { words: "aus dem spanischen", from: "es" },
    { words: "aus dem italienischen", from: "it" },
    { words: "aus dem russischen", from: "ru" },
    { words: "aus dem ukrainischen", from: "uk" },
    { words: "aus dem polnischen", from: "pl" },
    { words: "aus dem arabischen", from: "ar" },
    { words: "aus dem chinesischen", from: "zh" },
    { words: "englischer originaltext" , from: "en" },
    { words: "englische originalfassung", from: "en" },
    { words: "übersetzt aus" },
    { words: "übersetzung aus" },
    { words: "übertragen aus" },
    { words: "deutsche übersetzung" },
    { words: "deutsche fassung" },
  ],
  translatorCredits: ["übersetzung:", "übersetzung von", "übersetzt von", "deutsch von", "aus dem englischen von", "übersetzerin:", "übersetzer:"],
};
