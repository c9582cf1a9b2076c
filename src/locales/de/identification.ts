import type { IdentificationLocale } from "../types.js";

/** German's most frequent words in running text, for telling German from the other supported languages. */
export const identification: IdentificationLocale = {
  commonWords: [
    // articles and determiners
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "keinen", "keinem", "keiner", "dieser", "diese", "dieses", "diesem", "diesen",
    "jeder", "jede", "jedes", "jeden", "alle", "allen", "aller", "viele", "vielen", "andere", "anderen",
    // pronouns
    "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "ihn", "ihm", "ihnen",
    "uns", "euch", "sich", "sein", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer",
    "unser", "unsere", "man", "was", "wer", "wem", "wen", "welche", "welcher", "welches",
    // prepositions and contractions
    "mit", "von", "vom", "zu", "zum", "zur", "bei", "beim", "nach", "aus", "auf", "im", "ins", "um",
    "über", "unter", "vor", "für", "gegen", "ohne", "durch", "bis", "seit", "zwischen", "während",
    "wegen", "laut", "am",
    // conjunctions and subordinators
    "und", "oder", "aber", "sondern", "denn", "dass", "daß", "ob", "wenn", "weil", "als", "wie",
    "damit", "sowie", "obwohl", "nachdem", "bevor", "sodass",
    // auxiliaries and modals
    "ist", "sind", "bin", "bist", "seid", "waren", "wird", "werden", "wurde", "wurden", "worden", "hat",
    "haben", "hatte", "hatten", "habe", "sei", "seien", "wäre", "wären", "kann", "können", "konnte",
    "könnte", "muss", "müssen", "soll", "sollen", "sollte", "wollen", "wollte", "gibt", "gab",
    // particles and adverbs
    "nicht", "nur", "noch", "schon", "auch", "sehr", "mehr", "doch", "dann", "da", "hier", "dort", "jetzt",
    "heute", "bereits", "etwa", "rund", "wieder", "immer", "nun", "einmal", "sagte", "sagt", "zwei", "drei",
  ],
  letters: "äöüß",
};
