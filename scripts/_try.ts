import { analyze } from "/work/clauses/src/analyze.js";
const [lang, ...rest] = process.argv.slice(2);
const a = analyze({ text: rest.join(" "), language: lang as "de" | "en" }, { stages: ["clauses"], clauses: true });
for (const c of a.clauses ?? []) {
  console.log(`${c.id} ${c.kind.padEnd(12)} p=${c.parent} cj=${c.conjunct} [${a.text.slice(c.start, c.end)}] intro=${c.introducer?.text ?? "-"} fin=${c.finite?.text ?? "-"} verbs=${c.verbs.map((v) => v.text).join("+")} lemma=${c.lemma} mood=${c.mood} subj=${c.subject ? c.subject.text + "/" + c.subject.head.text : "-"} obj=${c.objects.map((o) => o.text).join("|")}`);
}
