/**
 * Measures HTML extraction and metadata in-process, with the scorer's rules (../shared/eval/score-extraction.mjs):
 * main text = every block but the kinds in NOT_MAIN (the scorer's list: furniture, credits, captions, promos, bios); trafilatura-style must/must-not snippets, or
 * Zyte-style bag-of-words against a gold body. Reports the first and second half of each corpus (by id,
 * the tuning split is the first half of trafilatura-eval) and the whole, and title/date/author accuracy
 * against trafilatura-eval's gold fields on a tuning and a held-out part of their own (FNV-1a of the page's
 * URL: even tuning, odd held out; see metadataPart).
 *
 *   npm run eval:extract                          # both corpora
 *   npm run eval:extract -- --corpus trafilatura-eval --details 20   # the 20 worst pages of the tuning half
 *   SHOW_METADATA=author npm run eval:extract -- --corpus trafilatura-eval   # wrong authors of the tuning part
 *   SHOW_METADATA=date SHOW_METADATA_PART=held-out npm run eval:extract -- --corpus trafilatura-eval
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { analyze } from "../src/analyze.js";
import type { Analysis } from "../src/model/types.js";

const DATA = join(process.cwd(), "..", "shared", "data", "extraction");
/** Exactly the kinds ../shared/eval/score-extraction.mjs leaves out of the main text. */
const NOT_MAIN: ReadonlySet<string> = new Set(["boilerplate", "related", "navigation", "comment", "comments", "advertisement", "footer", "credit", "caption", "promo", "bio", "byline"]);

interface Page {
  id: string;
  url: string;
  file: string;
  with?: string[];
  without?: string[];
  body?: string;
  gold?: { title?: string; author?: string | string[] | null; date?: string | null };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const details = Number(opt("--details") ?? "0");
const only = opt("--corpus");

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim().toLowerCase();
const words = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];

function loadPages(dir: string): { pages: Page[]; traf: boolean } | null {
  if (existsSync(join(dir, "evaldata.json"))) {
    const ev = JSON.parse(readFileSync(join(dir, "evaldata.json"), "utf8")) as Record<string, { file: string; with?: string[]; without?: string[]; title?: string; author?: string | string[] | null; date?: string | null }>;
    const pages = Object.entries(ev).map(([url, e]) => ({
      id: e.file,
      url,
      file: join(dir, "html", `${e.file}.gz`),
      with: e.with ?? [],
      without: e.without ?? [],
      ...(e.title !== undefined ? { gold: { title: e.title, author: e.author ?? "", date: e.date ?? "" } } : {}),
    }));
    return { pages: pages.filter((p) => existsSync(p.file)).sort((a, b) => a.id.localeCompare(b.id)), traf: true };
  }
  if (existsSync(join(dir, "ground-truth.json"))) {
    const gt = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody?: string; url: string }>;
    const pages = Object.entries(gt).map(([id, e]) => ({ id, url: e.url, file: join(dir, "html", `${id}.html.gz`), body: e.articleBody ?? "" }));
    return { pages: pages.filter((p) => existsSync(p.file)).sort((a, b) => a.id.localeCompare(b.id)), traf: false };
  }
  return null;
}

function countPage(p: Page, main: string, traf: boolean): Counts {
  const text = norm(main);
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  if (traf) {
    for (const w of p.with ?? []) if (text.includes(norm(w))) c.tp++;
    else c.fn++;
    for (const w of p.without ?? []) if (text.includes(norm(w))) c.fp++;
    return c;
  }
  const gold = new Map<string, number>();
  const goldWords = words(p.body ?? "");
  for (const w of goldWords) gold.set(w, (gold.get(w) ?? 0) + 1);
  let overlap = 0;
  let predicted = 0;
  for (const w of words(text)) {
    predicted++;
    const left = gold.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      gold.set(w, left - 1);
    }
  }
  return { tp: overlap, fp: predicted - overlap, fn: goldWords.length - overlap };
}

function f1(cs: readonly Counts[]): string {
  const tp = cs.reduce((n, c) => n + c.tp, 0);
  const fp = cs.reduce((n, c) => n + c.fp, 0);
  const fn = cs.reduce((n, c) => n + c.fn, 0);
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`;
}

/** With SHOW_METADATA=title (or date, author) in the environment, every wrong value of that field is printed. */
const SHOW_METADATA = process.env["SHOW_METADATA"];

const fold = (s: string | null | undefined) => norm(s ?? "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * The metadata split: FNV-1a (32 bit) of the page's URL, even → tuning part, odd → held-out part. Stable
 * under reordering and independent of the extraction halves (which split by file id).
 */
function metadataPart(url: string): "tuning" | "held-out" {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "tuning" : "held-out";
}

/** With SHOW_METADATA_PART=tuning (or held-out), only that part's wrong values are printed. */
const SHOW_METADATA_PART = process.env["SHOW_METADATA_PART"] ?? "tuning";

function metadataAccuracy(pages: readonly Page[], analyses: ReadonlyArray<Analysis | null>): void {
  const parts = ["tuning", "held-out", "all"] as const;
  const fields = Object.fromEntries(["title", "date", "author"].map((f) => [f, Object.fromEntries(parts.map((p) => [p, [0, 0]]))])) as Record<string, Record<string, [number, number]>>;
  pages.forEach((p, i) => {
    const g = p.gold;
    const a = analyses[i];
    if (!g) return;
    const part = metadataPart(p.url);
    const check = (field: string, ok: boolean) => {
      for (const k of [part, "all"]) {
        fields[field]![k]![1]++;
        if (ok) fields[field]![k]![0]++;
      }
      if (!ok && SHOW_METADATA === field && (SHOW_METADATA_PART === "all" || SHOW_METADATA_PART === part)) {
        const got = field === "title" ? a?.meta.title : field === "date" ? a?.meta.published : a?.meta.authors?.join("; ");
        const want = field === "title" ? g.title : field === "date" ? g.date : [g.author ?? ""].flat().join("; ");
        console.log(`  ${field} ${p.file}: got ${JSON.stringify(got ?? null)} want ${JSON.stringify(want ?? null)}`);
      }
    };
    check("title", fold(a?.meta.title) === fold(g.title));
    check("date", (a?.meta.published ?? "") === (g.date ?? ""));
    const authors = fold((a?.meta.authors ?? []).join(" ")).split(" ").filter(Boolean).sort().join(" ");
    const goldAuthors = fold([g.author ?? ""].flat().join(" ").replace(/;/g, " ")).split(" ").filter(Boolean).sort().join(" ");
    check("author", authors === goldAuthors);
  });
  for (const [field, byPart] of Object.entries(fields)) {
    const cells = parts.map((k) => {
      const [ok, n] = byPart[k]!;
      return `${k} ${ok}/${n} = ${(ok / Math.max(1, n)).toFixed(3)}`;
    });
    console.log(`  metadata ${field.padEnd(7)} ${cells.join("   ")} exact (after case and punctuation folding)`);
  }
}

for (const corpus of ["trafilatura-eval", "article-extraction-benchmark"]) {
  if (only && only !== corpus) continue;
  const loaded = loadPages(join(DATA, corpus));
  if (!loaded) {
    console.log(`${corpus}: skipped, ../shared/data/extraction/${corpus} is absent`);
    continue;
  }
  const { pages, traf } = loaded;
  const t0 = performance.now();
  const analyses = pages.map((p) => {
    try {
      return analyze({ id: p.id, url: p.url, bytes: gunzipSync(readFileSync(p.file)), format: "html" }, { stages: ["structure"] });
    } catch {
      return null;
    }
  });
  const seconds = (performance.now() - t0) / 1000;
  const mains = analyses.map((a) => (a?.blocks ?? []).filter((b) => !NOT_MAIN.has(b.kind)).map((b) => b.text).join("\n"));
  const counts = pages.map((p, i) => countPage(p, mains[i]!, traf));
  const half = Math.ceil(pages.length / 2);
  console.log(`${corpus}: ${pages.length} pages, ${(pages.length / seconds).toFixed(1)} pages/s in-process (structure stage only)`);
  console.log(`  first half  (${half}, tuning)  ${f1(counts.slice(0, half))}`);
  console.log(`  second half (${pages.length - half}, held out) ${f1(counts.slice(half))}`);
  console.log(`  whole                  ${f1(counts)}`);
  if (traf) metadataAccuracy(pages, analyses);
  if (details > 0) {
    const worst = counts
      .map((c, i) => ({ c, i }))
      .slice(0, half)
      .filter(({ c }) => c.fp + c.fn > 0)
      .sort((a, b) => b.c.fp + b.c.fn - (a.c.fp + a.c.fn))
      .slice(0, details);
    for (const { c, i } of worst) {
      const p = pages[i]!;
      const text = norm(mains[i]!);
      console.log(`\n## ${p.id} fp=${c.fp} fn=${c.fn} chars=${mains[i]!.length}`);
      if (traf) {
        for (const w of p.with ?? []) {
          if (text.includes(norm(w))) continue;
          const block = analyses[i]?.blocks.find((b) => norm(b.text).includes(norm(w)));
          console.log(`  missed: ${w}  [${block ? `${block.kind} ${block.reason ?? ""}` : "not in the text"}]`);
        }
        for (const w of p.without ?? []) {
          if (!text.includes(norm(w))) continue;
          const block = analyses[i]?.blocks.find((b) => !NOT_MAIN.has(b.kind) && norm(b.text).includes(norm(w)));
          console.log(`  wrongly kept: ${w}  [${block ? `${block.kind} ${block.reason ?? ""}` : "across blocks"}]`);
        }
      }
    }
  }
}
