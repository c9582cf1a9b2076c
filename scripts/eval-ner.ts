/**
 * Exact-span F1 of the entities stage for PER, ORG and LOC, through `analyze()` (lexicons, tagger and rules
 * together, as in production):
 *  - GermEval 2014 dev, held-out half: the odd-numbered sentences (the tagger trains on the even ones), each
 *    sentence analysed on its own as German, its tokens joined by spaces; outer spans; OTH and the *deriv
 *    and *part labels are not entities here. Our `media` counts as ORG; demonym, pronoun and title mentions
 *    and mentions inside a word ("US" of "US-Außenminister", a GermEval *part) are left out.
 *  - SmartData dev, all 228 documents (never trained on): types mapped as in scripts/ner-data.ts
 *    (SMARTDATA_TYPES); demonyms count as LOC there, since SmartData labels "griechische" a LOCATION.
 *
 *   npm run eval:ner            (needs ../shared/data; prints per-type and overall P, R, F1)
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analyze.js";
import type { Analysis } from "../src/model/types.js";
import {
  addScores,
  formatScores,
  germEvalHalf,
  overallF1,
  readGermEval,
  readSmartData,
  type GoldSentence,
  type GoldSpan,
  type Scores,
} from "./ner-data.js";

const DATA = fileURLToPath(new URL("../../shared/data/", import.meta.url));
const GERMEVAL = DATA + "germeval2014/NER-de-dev.tsv";
const SMARTDATA = DATA + "smartdata/dev.json.gz";

const TYPE: Record<string, GoldSpan["type"]> = { person: "PER", organization: "ORG", media: "ORG", location: "LOC" };

interface Options {
  /** Mention forms that count as names. */
  forms: ReadonlySet<string>;
  /** Token boundaries a mention must start and end on, if any (GermEval: no parts of words). */
  boundaries?: { starts: ReadonlySet<number>; ends: ReadonlySet<number> };
}

function predictedSpans(a: Analysis, opts: Options): GoldSpan[] {
  const out: GoldSpan[] = [];
  const seen = new Set<string>();
  for (const e of a.entities ?? []) {
    const type = TYPE[e.type];
    if (!type) continue;
    for (const m of e.mentions) {
      if (!opts.forms.has(m.form ?? "name")) continue;
      if (opts.boundaries && (!opts.boundaries.starts.has(m.start) || !opts.boundaries.ends.has(m.end))) continue;
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start: m.start, end: m.end, type });
    }
  }
  return out;
}

const NAME_FORMS = new Set(["name", "short", "acronym", "metonym"]);

/** With SHOW_ERRORS=1 in the environment, every wrong span is printed (for development). */
const SHOW_ERRORS = process.env["SHOW_ERRORS"] === "1";

function printErrors(text: string, gold: readonly GoldSpan[], predicted: readonly GoldSpan[]): void {
  const key = (x: GoldSpan) => `${x.start}:${x.end}:${x.type}`;
  const g = new Set(gold.map(key));
  const p = new Set(predicted.map(key));
  for (const x of predicted) if (!g.has(key(x))) console.log(`FP ${x.type} ${text.slice(x.start, x.end)}  | ${text}`);
  for (const x of gold) if (!p.has(key(x))) console.log(`FN ${x.type} ${text.slice(x.start, x.end)}  | ${text}`);
}

/**
 * Analyses GermEval sentences one by one and adds their exact-span scores: `scores` leaves out predictions
 * on OTH, *deriv and *part spans, `strict` counts them as wrong. Returns the number of sentences left out
 * because normalisation changed their length (a control character dropped), which would move offsets.
 */
export function scoreGermEval(sentences: readonly GoldSentence[], scores: Scores, strict: Scores, showErrors = SHOW_ERRORS): number {
  let skipped = 0;
  for (const [i, s] of sentences.entries()) {
    const a = analyze({ id: `germeval-${i}`, text: s.text }, { language: "de", stages: ["entities"] });
    if (a.text.length !== s.text.length) {
      skipped++;
      continue;
    }
    const boundaries = { starts: new Set(s.tokens.map((t) => t.start)), ends: new Set(s.tokens.map((t) => t.end)) };
    const predicted = predictedSpans(a, { forms: NAME_FORMS, boundaries });
    addScores(strict, s.spans, predicted);
    const scored = predicted.filter((p) => !s.ignored.some((o) => p.start < o.end && o.start < p.end));
    addScores(scores, s.spans, scored);
    if (showErrors) printErrors(s.text, s.spans, scored);
  }
  return skipped;
}

function evalGermEval(): Scores {
  const test = germEvalHalf(readGermEval(GERMEVAL), "test");
  const scores: Scores = {};
  const strict: Scores = {};
  const skipped = scoreGermEval(test, scores, strict);
  console.log(`GermEval 2014 dev, held-out half (odd sentences, ${test.length - skipped} sentences${skipped ? `, ${skipped} left out: text changed by normalisation` : ""}):`);
  console.log(`  (strict, predictions on OTH/deriv/part spans counted as wrong: F1=${overallF1(strict).toFixed(3)})`);
  return scores;
}

function evalSmartData(): Scores {
  const docs = readSmartData(SMARTDATA);
  const scores: Scores = {};
  let skipped = 0;
  for (const d of docs) {
    const a = analyze({ id: d.id, text: d.text }, { language: "de", stages: ["entities"] });
    // Normalisation may turn tabs or odd spaces into spaces (offsets stay); other changes move them.
    if (a.text.length !== d.text.length) {
      skipped++;
      continue;
    }
    addScores(scores, d.spans, predictedSpans(a, { forms: new Set([...NAME_FORMS, "demonym"]) }));
  }
  console.log(`SmartData dev (${docs.length - skipped} documents${skipped ? `, ${skipped} skipped: text changed by normalisation` : ""}):`);
  return scores;
}

function main(): void {
  if (process.argv[1] !== fileURLToPath(import.meta.url)) return;
  if (!existsSync(GERMEVAL) || !existsSync(SMARTDATA)) {
    console.log("eval:ner: ../shared/data (GermEval 2014, SmartData) is absent; nothing to measure");
    return;
  }
  const g = evalGermEval();
  console.log(formatScores("", g).slice(1));
  const sd = evalSmartData();
  console.log(formatScores("", sd).slice(1));
  console.log(`ner: GermEval F1=${overallF1(g).toFixed(3)} SmartData F1=${overallF1(sd).toFixed(3)}`);
}

main();
