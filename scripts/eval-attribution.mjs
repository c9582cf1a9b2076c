#!/usr/bin/env node
// Attribution figures in-process (the same counting as ../shared/eval/score-spkatt.mjs and
// score-polnear.mjs, without the CLI), and the errors behind them, for tuning:
//   node scripts/eval-attribution.mjs spkatt --every 5 --offsets 1,2,3,4 [--dump missed,spurious,speaker] [--form Reported] [--limit N]
//   node scripts/eval-attribution.mjs polnear --split train [--dump …]
// Run `npm run build` first: it reads dist/. Tune on SpkAtt offsets 1–4 and PolNeAR train; report offset 0 and dev.
import { writeFileSync } from "node:fs";
import { analyze } from "../dist/index.js";
import { labelDoc, loadPolnear, loadSpkatt, totals } from "./attribution-corpora.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args[i + 1];
};
const corpus = args[0];
const every = Number(opt("--every", "5"));
const offsets = opt("--offsets", opt("--offset", "0")).split(",").map(Number);
const split = opt("--split", "train");
const limit = Number(opt("--limit", "0"));
const dump = new Set(opt("--dump", "").split(",").filter(Boolean));
const formFilter = opt("--form", "");
const grep = opt("--grep", "");
const recordsPath = opt("--records", "");
const records = [];

let docs = corpus === "spkatt" ? loadSpkatt({ every, offsets }) : corpus === "polnear" ? loadPolnear(split) : null;
if (!docs) {
  console.error("usage: eval-attribution.mjs spkatt|polnear [--every K --offsets a,b] [--split train|dev] [--dump missed,spurious,speaker]");
  process.exit(2);
}
if (limit) docs = docs.slice(0, limit);
const t0 = process.hrtime.bigint();
const labelled = [];
for (const doc of docs) {
  const analysis = analyze({ id: doc.id, text: doc.text }, { language: doc.language, ...(doc.published ? { published: doc.published } : {}) });
  const l = labelDoc(doc, analysis);
  labelled.push(l);
  if (dump.size) show(doc, analysis, l);
  if (recordsPath) collect(doc, analysis, l);
}
if (recordsPath) writeFileSync(recordsPath, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const t = totals(labelled);
const f = (x) => x.toFixed(3);
console.log(`documents ${docs.length} (${(docs.length / seconds).toFixed(0)} docs/s in-process); gold ${t.gold}; predicted detected ${t.detected} spurious ${t.spurious}`);
console.log(`detection P=${f(t.P)} R=${f(t.R)} F1=${f(t.detF1)}; speaker ${t.speakerOk}/${t.speakerGold} = ${f(t.speaker)}`);
if (corpus === "spkatt") console.log(`recall/form ${Object.entries(t.byForm).map(([k, v]) => `${k} ${v.hit}/${v.gold}`).join("  ")}`);
console.log(`${corpus}: F1=${f(t.F1)} (detection F1=${f(t.detF1)})`);

function context(doc, set) {
  if (!set.size) return "";
  const pos = [...set].sort((a, b) => a - b);
  const [a, b] = doc.corpus === "spkatt" ? [doc.tokens[pos[0]][2], doc.tokens[pos.at(-1)][3]] : [pos[0], pos.at(-1) + 1];
  return doc.text.slice(a, b);
}
function sentenceAround(analysis, start) {
  const s = analysis.sentences?.find((x) => x.start <= start && start < x.end + 1);
  return s ? s.text.replace(/\s+/g, " ") : "";
}
function show(doc, analysis, l) {
  const lines = [];
  if (dump.has("missed")) {
    for (const g of l.gold) {
      if (g.event.nested || g.found >= 0) continue;
      if (formFilter && g.event.form !== formFilter) continue;
      lines.push(`MISS [${g.event.form}] src=«${g.source}» cue=«${context(doc, g.event.cue)}»\n      msg=«${g.text.slice(0, 300)}»`);
      for (const p of l.preds) {
        const n = [...p.content].filter((x) => g.event.message.has(x)).length;
        if (n) lines.push(`      near(${p.label}, ${(2 * n / (p.content.size + g.event.message.size)).toFixed(2)}): cue=«${p.attribution.cue.text}» «${p.attribution.content.map((c) => c.text).join(" | ").slice(0, 300)}»`);
      }
    }
  }
  for (const p of l.preds) {
    const a = p.attribution;
    const what = `cue=«${a.cue.text}» spk=«${a.speaker?.text ?? "∅"}» ${a.type} rule=${a.rule ?? "?"} conf=${a.confidence ?? "?"}\n      content=«${a.content.map((c) => c.text).join(" | ").slice(0, 300)}»`;
    if (p.label === "spurious" && dump.has("spurious")) lines.push(`FALSE ${what}\n      sent=«${sentenceAround(analysis, a.cue.start).slice(0, 300)}»`);
    if (p.label === "wrong-speaker" && dump.has("speaker")) {
      const g = l.gold[p.gold];
      if (!formFilter || g.event.form === formFilter) lines.push(`SPEAKER gold=«${g.source}» ${what}`);
    }
  }
  const out = grep ? lines.filter((x) => x.includes(grep)) : lines;
  if (out.length) console.log(`## ${doc.id}\n${out.join("\n")}\n`);
}

/** One record per gold event and per prediction, for ad-hoc error counts (jq, node -e). */
function collect(doc, analysis, l) {
  for (const g of l.gold) {
    if (g.event.nested) continue;
    const near = l.preds.map((p) => ({ p, n: [...p.content].filter((x) => g.event.message.has(x)).length })).filter((x) => x.n > 0).map(({ p, n }) => ({ label: p.label, dice: (2 * n) / (p.content.size + g.event.message.size), cue: p.attribution.cue.text, content: p.attribution.content.map((c) => c.text).join(" | "), speaker: p.attribution.speaker?.text ?? null }));
    records.push({ kind: "gold", doc: doc.id, form: g.event.form, found: g.found >= 0, right: g.right, cue: context(doc, g.event.cue), source: g.source, message: g.text, near });
  }
  for (const p of l.preds) {
    const a = p.attribution;
    records.push({ kind: "pred", doc: doc.id, label: p.label, type: a.type, rule: a.rule ?? null, confidence: a.confidence ?? null, cue: a.cue.text, speaker: a.speaker?.text ?? null, speakerKind: a.speaker?.kind ?? null, content: a.content.map((c) => c.text).join(" | "), gold: p.gold >= 0 ? l.gold[p.gold].source : null, sentence: sentenceAround(analysis, a.cue.start) });
  }
}
