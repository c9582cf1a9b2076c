import type { TransliterationLocale } from "../types.js";

/**
 * How English transcribes names from Cyrillic (BGN/PCGN-style): Х "kh", Ж "zh", З "z", Ц "ts",
 * Й and Ы "y" ("Peskov", "Zelenskyy", "Yeltsin", "Khrushchev"), mapped to the common key spelling.
 */
export const transliteration: TransliterationLocale = {
  nameSpellings: [
    ["kh", "ch"],
    ["zh", "sh"],
    ["ts", "s"],
    ["z", "s"],
    ["y", "i"],
  ],
};
