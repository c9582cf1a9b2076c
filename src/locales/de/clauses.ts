import type { ClauseLocale } from "../types.js";

/** German words of the clauses stage (src/stages/clauses/): lowercase. */
export const clauses: ClauseLocale = {
  verbSecond: true,
  complementizers: ["dass", "daß", "ob"],
  subordinators: [
    "weil", "wenn", "falls", "sofern", "soweit", "als", "während", "obwohl", "obgleich", "obschon", "wenngleich",
    "nachdem", "bevor", "ehe", "damit", "sodass", "seit", "seitdem", "bis", "indem", "solange", "sobald", "sowie",
    "da", "zumal", "wohingegen", "wogegen", "insofern", "inwieweit", "je", "ohne", "anstatt", "statt", "um",
  ],
  interrogatives: [
    "wie", "warum", "weshalb", "weswegen", "wieso", "wann", "wo", "wohin", "woher", "was", "wer", "wen", "wem",
    "wessen", "womit", "wofür", "wovon", "worüber", "worauf", "woran", "worin", "wodurch", "wozu", "inwiefern",
    "welche", "welcher", "welches", "welchen", "welchem",
  ],
  relativePronouns: [
    "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "derer",
    "welche", "welcher", "welches", "welchen", "welchem", "wo", "was",
  ],
  auxiliaries: ["haben", "sein", "werden"],
  modals: ["können", "müssen", "dürfen", "sollen", "wollen", "mögen", "möchten", "lassen"],
  copulas: ["sein", "werden", "bleiben", "scheinen", "heißen", "gelten"],
  conditionalAuxiliaries: ["würde", "würden", "würdest", "würdet"],
  infinitiveMarker: "zu",
  particles: ["bekannt", "fest", "statt", "teil", "vor", "zurück", "zusammen", "weiter", "fort", "hinzu", "heraus", "hervor", "los"],
  nounBeforeNameHeads: true,
  coordinators: ["und", "oder", "aber", "sondern", "denn", "doch", "sowie", "bzw.", "beziehungsweise", "jedoch"],
  nonNominative: [
    "den", "dem", "des", "einen", "einem", "eines", "keinen", "keinem", "keines", "diesen", "diesem", "jenen", "jenem",
    "jeden", "jedem", "meinen", "meinem", "meines", "deinen", "deinem", "deines", "seinen", "seinem", "seines",
    "ihren", "ihrem", "ihres", "unseren", "unserem", "unseres", "unsren", "unsrem", "euren", "eurem", "eures",
    "welchen", "welchem", "mich", "mir", "dich", "dir", "ihn", "ihm", "uns", "euch", "ihnen", "sich", "denen",
    "dessen", "deren", "derer", "wen", "wem", "wessen", "allen", "allem", "vielen", "einigen", "anderen", "mehreren",
  ],
  nominativePronouns: ["ich", "du", "er", "wir", "man", "wer", "jemand", "niemand"],
  pronouns: [
    "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "jemand", "niemand", "alle", "beide", "viele", "einige",
    "keiner", "keine", "jeder", "jede", "jedes", "dies", "dieser", "diese", "dieses", "das", "etwas", "nichts", "alles",
    "einer", "eine", "eines", "mich", "mir", "dich", "dir", "ihn", "ihm", "uns", "euch", "ihnen", "sich", "wer", "was",
  ],
  clitics: [],
  expletives: [],
  lemmaSuffixes: [],
};
