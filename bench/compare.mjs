// The compare part of `npm run bench` (`-- --only compare`):
//   1. a corpus of 10,000 articles: the SpkAtt-2023 texts, the 181 article-extraction-benchmark pages and
//      the WMT22 documents (10 lines each, originals and translations) from ../shared/data, each replicated
//      with planted edits (a few words replaced, a number changed, sometimes a sentence dropped or a line
//      added) until there are 10,000; analysed once through the CLI (`analyze --format jsonl`, timed
//      apart), then `quellenlage relate` over the analyses, timed, with its peak memory (/usr/bin/time);
//      near-duplicate precision and recall against the planted families (every pair within a family);
//   2. `compare` in-process on two analysed articles of about 1,000 words: a German text and a rewrite
//      of it, and a German text and its English translation (WMT22 documents joined).
// Nothing of the corpora is kept: the files are written to a temporary folder and removed.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { mulberry32 as random } from "../scripts/seeded-random.mjs";

/** Articles in the relate corpus. */
const CORPUS_SIZE = 10_000;
/** Words of each article of the compare timing. */
const COMPARE_WORDS = 1000;
/** A fixed seed: the corpus is the same in every run. */
const SEED = 17;
/** Edits: a word replaced per this many words (at least one); a sentence dropped or a line added with these chances. */
const WORDS_PER_EDIT = 150;
const DROP_CHANCE = 0.3;
const ADD_CHANCE = 0.3;
/** A sentence is dropped only from texts with at least this many. */
const DROP_MIN_SENTENCES = 15;


const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function wmtDocuments(dir) {
  const out = [];
  for (const [pair, sl, tl] of [["de-en", "de", "en"], ["en-de", "en", "de"]]) {
    const src = readFileSync(join(dir, `generaltest2022.${pair}.src.${sl}`), "utf8").replace(/\n$/, "").split("\n");
    const ref = readFileSync(join(dir, `generaltest2022.${pair}.ref.A.${tl}`), "utf8").replace(/\n$/, "").split("\n");
    for (let k = 0, n = 0; k < src.length; k += 10, n++) {
      out.push({ id: `wmt-${pair}-${n}-src`, text: src.slice(k, k + 10).join("\n\n"), language: sl });
      out.push({ id: `wmt-${pair}-${n}-ref`, text: ref.slice(k, k + 10).join("\n\n"), language: tl });
    }
  }
  return out;
}

export function benchmarkPages(dir) {
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  return Object.keys(truth)
    .filter((id) => existsSync(join(dir, "html", `${id}.html.gz`)))
    .sort()
    .map((id) => ({ id: `page-${id}`, html: gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8"), url: truth[id].url }));
}

const WORD = /\p{L}{6,}/gu;
const NUMBER = /(?<![\d.,])\d{1,4}(?![\d.,])/g;
const ADDED_LINE = { de: "Dieser Beitrag wurde zuletzt am Abend aktualisiert.", en: "This story was last updated in the evening." };
/** Markup whose content is no text: scripts, styles, comments. */
const NOT_TEXT = /<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<[^>]*>/gi;

/** The words of a text that edits may replace (in HTML, only words of text between tags), found once per article. */
const editableCache = new WeakMap();
function editableWords(doc) {
  let words = editableCache.get(doc);
  if (words) return words;
  const body = doc.text ?? doc.html;
  if (doc.text !== undefined) words = [...body.matchAll(WORD)].map((m) => [m.index, m[0]]);
  else {
    words = [];
    let at = 0;
    for (const tag of [...body.matchAll(NOT_TEXT), { index: body.length, 0: "" }]) {
      for (const m of body.slice(at, tag.index).matchAll(WORD)) words.push([at + m.index, m[0]]);
      at = tag.index + tag[0].length;
    }
  }
  editableCache.set(doc, words);
  return words;
}

/**
 * A copy with planted edits: words swapped with other words of the text, a number changed, a sentence
 * (a line) dropped, a line added. In HTML only text between tags is edited.
 */
function plantEdits(doc, rand) {
  const body = doc.text ?? doc.html;
  const words = editableWords(doc);
  if (words.length < 2) return null;
  let out = body;
  const edits = Math.max(1, Math.round(words.length / WORDS_PER_EDIT));
  const picked = new Set();
  for (let e = 0; e < edits; e++) picked.add(Math.floor(rand() * words.length));
  for (const k of [...picked].sort((a, b) => b - a)) {
    const [at, word] = words[k];
    const other = words[Math.floor(rand() * words.length)][1];
    out = out.slice(0, at) + other + out.slice(at + word.length);
  }
  if (doc.text !== undefined) {
    const numbers = [...out.matchAll(NUMBER)];
    if (numbers.length) {
      const m = numbers[Math.floor(rand() * numbers.length)];
      out = out.slice(0, m.index) + String(Number(m[0]) + 1 + Math.floor(rand() * 8)) + out.slice(m.index + m[0].length);
    }
    const lines = out.split("\n\n");
    if (lines.length >= DROP_MIN_SENTENCES && rand() < DROP_CHANCE) lines.splice(1 + Math.floor(rand() * (lines.length - 1)), 1);
    if (rand() < ADD_CHANCE) lines.push(ADDED_LINE[doc.language === "en" ? "en" : "de"]);
    out = lines.join("\n\n");
  }
  return out;
}

/** The corpus: the base articles and their copies, CORPUS_SIZE in all, with the family of each. */
export function buildCorpus(bases) {
  const rand = random(SEED);
  const items = bases.map((b, family) => ({ ...b, family }));
  for (let round = 0; items.length < CORPUS_SIZE; round++) {
    for (let family = 0; family < bases.length && items.length < CORPUS_SIZE; family++) {
      const base = bases[family];
      const edited = plantEdits(base, rand);
      if (edited === null) continue;
      const copy = { ...base, id: `${base.id}~${round + 1}`, family };
      if (base.text !== undefined) copy.text = edited;
      else copy.html = edited;
      items.push(copy);
    }
  }
  return items;
}

export function nearDuplicateScore(items, pairs) {
  const familyOf = new Map(items.map((d) => [d.id, d.family]));
  const sizes = new Map();
  for (const d of items) sizes.set(d.family, (sizes.get(d.family) ?? 0) + 1);
  let gold = 0;
  for (const n of sizes.values()) gold += (n * (n - 1)) / 2;
  const near = pairs.filter((p) => p.relation === "near-duplicate");
  const right = near.filter((p) => familyOf.get(p.a) === familyOf.get(p.b)).length;
  const inFamily = pairs.filter((p) => familyOf.get(p.a) === familyOf.get(p.b));
  const byRelation = {};
  for (const p of inFamily) byRelation[p.relation] = (byRelation[p.relation] ?? 0) + 1;
  return { gold, predicted: near.length, right, precision: right / Math.max(1, near.length), recall: right / Math.max(1, gold), inFamily: byRelation };
}

/** Two articles of about `words` words: consecutive WMT22 documents joined (source and translation, or a source and a rewrite of it). */
function longPair(wmt, kind, analyze) {
  const src = wmt.filter((d) => d.id.startsWith("wmt-de-en") && d.id.endsWith("-src"));
  const ref = wmt.filter((d) => d.id.startsWith("wmt-de-en") && d.id.endsWith("-ref"));
  const take = (docs) => {
    const parts = [];
    let n = 0;
    for (const d of docs) {
      if (n >= COMPARE_WORDS) break;
      parts.push(d.text);
      n += d.text.split(/\s+/).length;
    }
    return parts.join("\n\n");
  };
  const a = take(src);
  const b = kind === "translation" ? take(ref) : plantEdits({ text: a, language: "de" }, random(SEED + 1));
  return [analyze({ id: "a", text: a, language: "de" }), analyze({ id: "b", text: b, language: kind === "translation" ? "en" : "de" })];
}

export async function benchCompare({ root, cli, spkattTexts }) {
  const data = join(root, "..", "shared", "data");
  const wmtDir = join(data, "wmt22");
  const aebDir = join(data, "extraction", "article-extraction-benchmark");
  const spkatt = spkattTexts();
  if (!spkatt || !existsSync(wmtDir) || !existsSync(join(aebDir, "ground-truth.json"))) {
    console.log("compare       skipped: ../shared/data (spkatt2023-task2, wmt22, article-extraction-benchmark) is absent");
    return;
  }
  const wmt = wmtDocuments(wmtDir);
  const bases = [...spkatt.map((d) => ({ id: `spkatt-${d.id}`, text: d.text, language: "de", ...(d.published ? { published: d.published } : {}) })), ...benchmarkPages(aebDir), ...wmt];
  const items = buildCorpus(bases);
  const work = mkdtempSync(join(tmpdir(), "quellenlage-bench-compare-"));
  try {
    const corpus = join(work, "corpus.jsonl");
    writeFileSync(corpus, items.map(({ family: _f, ...d }) => JSON.stringify(d)).join("\n") + "\n");
    const analyses = join(work, "analyses.jsonl");
    let load = loadavg()[0] ?? 0;
    let t0 = process.hrtime.bigint();
    const out = openSync(analyses, "w");
    spawnSync(process.execPath, [cli, "analyze", corpus, "--format", "jsonl"], { stdio: ["ignore", out, "ignore"] });
    closeSync(out);
    const analyseSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    let analysed = 0;
    const bytes = readFileSync(analyses);
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) analysed++;
    console.log(
      `compare       analysis of the relate corpus (apart): ${analysed}/${items.length} articles (${bases.length} originals: ${spkatt.length} SpkAtt, 181 pages, ${wmt.length} WMT22; the rest copies with planted edits) in ${analyseSeconds.toFixed(1)} s through the CLI (--jobs auto), ${(statSync(analyses).size / 1e6).toFixed(0)} MB of analyses; load average ${load.toFixed(2)} on ${availableParallelism()} cores`,
    );
    load = loadavg()[0] ?? 0;
    t0 = process.hrtime.bigint();
    const rel = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, "relate", analyses, "--format", "jsonl"], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30, encoding: "utf8" });
    const relateSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const peakKb = Number(rel.stderr.trim().split("\n").at(-1));
    const pairs = rel.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
    const s = nearDuplicateScore(items, pairs);
    const relations = {};
    for (const p of pairs) relations[p.relation] = (relations[p.relation] ?? 0) + 1;
    console.log(
      `compare       relate over ${analysed} analyses: ${relateSeconds.toFixed(1)} s (target ≤ 60), peak memory ${(peakKb / 1024).toFixed(0)} MB, exit ${rel.status}; pairs ${JSON.stringify(relations)}; load average ${load.toFixed(2)}`,
    );
    console.log(
      `compare       near-duplicates on the planted edits: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (target ≥ 0.95; ${s.right} right of ${s.predicted} predicted, ${s.gold} planted pairs; planted pairs found as ${JSON.stringify(s.inFamily)})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const { analyze, compare } = await import(join(root, "dist", "index.js"));
  for (const kind of ["rewrite", "translation"]) {
    const [a, b] = longPair(wmt, kind, analyze);
    const fresh = () => [JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))];
    const [wa, wb] = fresh();
    compare(wa, wb); // warm-up (the lexicon tables are built once per process)
    const times = [];
    let result;
    for (let i = 0; i < 5; i++) {
      const [x, y] = fresh();
      const t = process.hrtime.bigint();
      result = compare(x, y);
      times.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
    const words = (x) => x.text.split(/\s+/).length;
    console.log(
      `compare       compare() in-process, ${kind}: ${words(a)} and ${words(b)} words (${a.sentences.length}/${b.sentences.length} sentences): ${median(times).toFixed(3)} s (target ≤ 0.5; median of 5, analyses parsed anew each time), relation ${result.relation}, ${result.changes.length} changes; load average ${(loadavg()[0] ?? 0).toFixed(2)}`,
    );
  }
}
