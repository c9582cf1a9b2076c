import type { TransliterationLocale } from "../types.js";

/**
 * How German transcribes names from Cyrillic (Duden/DIN-style): Ч "tsch", Ш "sch", В "w", Ц "z",
 * Й "j" ("Peskow", "Selenskyj", "Jelzin", "Chruschtschow"), mapped to the common key spelling.
 */
export const transliteration: TransliterationLocale = {
  nameSpellings: [
    ["tsch", "ch"],
    ["sch", "sh"],
    ["w", "v"],
    ["z", "s"],
    ["j", "i"],
  ],
};
