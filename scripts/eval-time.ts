/**
 * Measures the time stage on WikiWarsDE (German Wikipedia war narratives with inline TIMEX2 gold,
 * CC BY-SA 3.0; read from ../shared/data, never copied into the project):
 *
 *   npm run eval:time [-- --data DIR] [--split all|tune|held-out] [--errors N] [--anchoring auto|narrative|news]
 *
 * Each file's TEXT is analysed as plain German text with the anchoring the time stage chooses itself
 * (`auto`, as a user who passes no flag gets it: narrative anchoring, where relative expressions resolve
 * against the last date the text gave, when the text reads as a story told in its own time); the files'
 * 2011 DATETIME is not passed. The anchoring chosen is printed per file. The gold extents leave
 * prepositions out, as ours do. Reported:
 *  - extent precision, recall and F1, strict (same start and end) and relaxed (overlap), one-to-one;
 *  - value accuracy over every gold expression with a value: right when the prediction overlapping it
 *    has exactly the gold `val`; a missed expression counts as wrong.
 * Split: every third file in name order is held out (06_KoreanWar, 12_IranIraq, 17_AlgerianWar of the
 * ten files here); the rules were tuned on the other seven only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analyze.js";

interface Gold {
  start: number;
  end: number;
  text: string;
  value: string | null;
}

interface Prediction {
  start: number;
  end: number;
  text: string;
  value: string;
}

interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  valued: number;
  valueRight: number;
}

const HELD_OUT = new Set(["06_KoreanWar", "12_IranIraq", "17_AlgerianWar"]);
const TIMEX = /<TIMEX2([^>]*)>([^<]*)<\/TIMEX2>/g;
const VAL = /\bval="([^"]*)"/;
const TAG = /<[^>]+>/g;

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = option("--data", join(root, "..", "shared", "data", "wikiwarsde", "keyinline"));
const split = option("--split", "all");
const showErrors = Number(option("--errors", "0"));
const anchoringOption = option("--anchoring", "auto");
const anchoring = anchoringOption === "news" || anchoringOption === "narrative" ? anchoringOption : "auto";

/** The TEXT of a file with its TIMEX2 tags taken out, and the gold expressions at their offsets. */
function readKey(path: string): { text: string; gold: Gold[] } {
  const raw = readFileSync(path, "utf8");
  const from = raw.indexOf("<TEXT>");
  const to = raw.indexOf("</TEXT>");
  const body = raw.slice(from + "<TEXT>".length, to);
  const gold: Gold[] = [];
  let text = "";
  let last = 0;
  for (const m of body.matchAll(TIMEX)) {
    text += body.slice(last, m.index).replace(TAG, "");
    const inner = m[2] ?? "";
    const value = VAL.exec(m[1] ?? "")?.[1] ?? null;
    gold.push({ start: text.length, end: text.length + inner.length, text: inner, value: value === "" ? null : value });
    text += inner;
    last = (m.index ?? 0) + m[0].length;
  }
  text += body.slice(last).replace(TAG, "");
  return { text, gold };
}

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, strict: 0, relaxed: 0, valued: 0, valueRight: 0 };
}

function add(a: Counts, b: Counts): void {
  for (const k of Object.keys(a) as (keyof Counts)[]) a[k] += b[k];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function score(gold: readonly Gold[], predicted: readonly Prediction[], errors: string[]): Counts {
  const c = emptyCounts();
  c.gold = gold.length;
  c.predicted = predicted.length;
  const usedStrict = new Set<number>();
  const usedRelaxed = new Set<number>();
  for (const g of gold) {
    const strict = predicted.findIndex((p, i) => !usedStrict.has(i) && p.start === g.start && p.end === g.end);
    if (strict >= 0) {
      usedStrict.add(strict);
      c.strict++;
    }
    const relaxed = predicted.findIndex((p, i) => !usedRelaxed.has(i) && overlap(p, g));
    const hit = relaxed >= 0 ? predicted[relaxed] : undefined;
    if (hit) {
      usedRelaxed.add(relaxed);
      c.relaxed++;
    }
    if (g.value !== null) {
      c.valued++;
      if (hit && hit.value === g.value) c.valueRight++;
      else errors.push(`${hit ? "value " : "missed"} ${JSON.stringify(g.text)} gold ${g.value}${hit ? ` got ${hit.value} (${JSON.stringify(hit.text)})` : ""}`);
    }
    if (hit && strict < 0) errors.push(`extent ${JSON.stringify(g.text)} got ${JSON.stringify(hit.text)}`);
  }
  predicted.forEach((p, i) => {
    if (!usedRelaxed.has(i)) errors.push(`spurious ${JSON.stringify(p.text)} ${p.value}`);
  });
  return c;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function line(name: string, c: Counts): string {
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const sp = ratio(c.strict, c.predicted);
  const sr = ratio(c.strict, c.gold);
  const rp = ratio(c.relaxed, c.predicted);
  const rr = ratio(c.relaxed, c.gold);
  return (
    `${name.padEnd(22)} gold ${String(c.gold).padStart(4)} pred ${String(c.predicted).padStart(4)}  ` +
    `strict P=${sp.toFixed(3)} R=${sr.toFixed(3)} F1=${f1(sp, sr).toFixed(3)}  ` +
    `relaxed P=${rp.toFixed(3)} R=${rr.toFixed(3)} F1=${f1(rp, rr).toFixed(3)}  ` +
    `value acc=${ratio(c.valueRight, c.valued).toFixed(3)} (${c.valueRight}/${c.valued})`
  );
}

if (!existsSync(dataDir)) {
  console.error(`eval-time: ${dataDir} is absent (WikiWarsDE is not shipped with the project); pass --data DIR`);
  process.exit(2);
}
const files = readdirSync(dataDir).filter((f) => f.endsWith(".xml")).sort();
const totals = { all: emptyCounts(), tune: emptyCounts(), "held-out": emptyCounts() };
const started = performance.now();
for (const file of files) {
  const name = file.replace(/\.key\.xml$/, "");
  const part = HELD_OUT.has(name) ? "held-out" : "tune";
  if (split !== "all" && split !== part) continue;
  const { text, gold } = readKey(join(dataDir, file));
  const analysis = analyze({ id: name, text }, { language: "de", timeAnchoring: anchoring, stages: ["time"] });
  if (analysis.text !== text) throw new Error(`${name}: the normalised text differs from the file's; offsets would not line up`);
  const predicted = (analysis.times ?? []).map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value }));
  const errors: string[] = [];
  const c = score(gold, predicted, errors);
  add(totals.all, c);
  add(totals[part], c);
  console.log(`${line(`${name} (${part})`, c)}  ${analysis.meta.timeAnchoring?.value ?? "?"}`);
  for (const e of errors.slice(0, showErrors)) console.log(`    ${e}`);
}
const seconds = (performance.now() - started) / 1000;
console.log("");
if (split === "all") {
  console.log(line("tune (7 files)", totals.tune));
  console.log(line("held-out (3 files)", totals["held-out"]));
}
console.log(line(`${split} files`, totals.all));
console.log(`(anchoring ${anchoring === "auto" ? "auto: chosen per file, printed after each line" : anchoring}, ${seconds.toFixed(1)} s)`);
