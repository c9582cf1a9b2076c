import type { CompareLocale } from "../types.js";

/**
 * How English words are reduced for comparing articles (src/compare/), and the notes that mark an
 * English text as a translation.
 */
export const compare: CompareLocale = {
  suffixes: ["ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s", "e", "ly", "y"],
  minStem: 3,
  compounds: false,
  compoundLinks: [],
  minCompoundPart: 4,
  cognateSpelling: [
    ["ph", "f"],
    ["k", "c"],
  ],
  translationNotes: [
    { words: "translated from the german", from: "de" },
    { words: "translated from german", from: "de" },
    { words: "translated from the english", from: "en" },
    { words: "translated from english", from: "en" },
    { words: "translated from the french", from: "fr" },
    { words: "translated from french", from: "fr" },
    { words: "translated from the spanish", from: "es" },
    { words: "translated from the russian", from: "ru" },
    { words: "translated from the ukrainian", from: "uk" },
    { words: "translated from the" },
    { words: "translated from" },
    { words: "english translation" },
    { words: "english version" },
    { words: "this article was translated" },
    { words: "this is a translation" },
    { words: "originally published in german", from: "de" },
    { words: "originally published in english", from: "en" },
  ],
  translatorCredits: ["translated by", "translation by", "translation:", "translator:", "english version by"],
};
