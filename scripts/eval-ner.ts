/**
 * Exact-span F1 of the entities stage for PER, ORG and LOC, through `analyze()` (lexicons, tagger and rules
 * together, as in production), each sentence analysed on its own, its tokens joined by spaces; outer spans;
 * OTH (MISC) spans are not entities, and predictions overlapping them or GermEval's *deriv and *part labels
 * are left out (the strict figure counts them as wrong). Our `media` counts as ORG; demonym, pronoun and
 * title mentions and mentions inside a word ("US" of "US-Außenminister") are left out.
 *  - GermEval 2014 dev, 5-fold cross-validation: sentence i is in fold i mod 5; each fold's tagger is
 *    trained (scripts/ner-trainer.ts) on the other four folds and every other German corpus, as
 *    `npm run train:ner` trains the shipped one on all five.
 *  - UNER English EWT test, with the shipped English tagger (trained without it).
 *  - Europarl German and English (never trained on): out of domain, no target.
 * SmartData's dev set is not measured: it shares its documents with SmartData v1, which the German tagger
 * now trains on.
 *
 *   npm run eval:ner [-- --folds K] [--first-folds N] [--no-cv] [--only germeval|ewt|europarl]
 * (`--first-folds N`: only the first N of the K folds, a quicker check while developing.)
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analyze.js";
import { de } from "../src/locales/de/index.js";
import type { Analysis, LanguageCode } from "../src/model/types.js";
import { LOCALES } from "../src/locales/index.js";
import { taggerModel, useTaggerModel } from "../src/stages/entities/resources.js";
import { parseModel, spansOf, tagSentence } from "../src/stages/entities/tagger/model.js";
import { europarl, germanCorpora, unerEwt, type TrainSentence } from "./ner-corpora.js";
import { addScores, formatScores, overallF1, sentenceFromWords, type GoldSentence, type GoldSpan, type Scores } from "./ner-data.js";
import { DEFAULT_OPTIONS, LANGUAGE_OPTIONS, trainTagger, viewOfWords } from "./ner-trainer.js";

const DATA = fileURLToPath(new URL("../../shared/data/", import.meta.url));
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
 * Analyses sentences one by one and adds their exact-span scores: `scores` leaves out predictions on
 * OTH, *deriv and *part spans, `strict` counts them as wrong. Returns the number of sentences left out
 * because normalisation changed their length (a control character dropped), which would move offsets.
 */
export function scoreSentences(sentences: readonly GoldSentence[], language: LanguageCode, scores: Scores, strict: Scores, showErrors = SHOW_ERRORS): number {
  let skipped = 0;
  for (const [i, s] of sentences.entries()) {
    const a = analyze({ id: `sentence-${i}`, text: s.text }, { language, stages: ["entities"] });
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

function gold(s: TrainSentence): GoldSentence {
  return sentenceFromWords(s.words, s.tags);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};

function f1(scores: Scores, type = "ALL"): number {
  const s = scores[type] ?? { tp: 0, fp: 0, fn: 0 };
  return (2 * s.tp) / Math.max(1, 2 * s.tp + s.fp + s.fn);
}

/** GermEval dev, K-fold: each fold's tagger trained on the other folds and every other German corpus. */
function crossValidate(k: number): void {
  const all = germanCorpora();
  const germeval = all.filter((s) => s.corpus === "germeval");
  const others = all.filter((s) => s.corpus !== "germeval");
  const pooled: Scores = {};
  const strict: Scores = {};
  const perFold: number[] = [];
  const alone: Scores = {};
  const limit = Number(option("--first-folds") ?? k);
  for (let fold = 0; fold < limit; fold++) {
    const started = Date.now();
    const train = germeval.filter((_, i) => i % k !== fold);
    const model = parseModel(trainTagger([...train, ...others], de, { ...DEFAULT_OPTIONS, ...LANGUAGE_OPTIONS["de"] }));
    useTaggerModel("de", model);
    const heldOut = germeval.filter((_, i) => i % k === fold);
    const held = heldOut.map(gold);
    const scores: Scores = {};
    scoreSentences(held, "de", scores, strict);
    heldOut.forEach((s, i) => addScores(alone, held[i]!.spans, taggerSpans(held[i]!, tagSentence(model, viewOfWords(s.words, de)))));
    addInto(pooled, scores);
    perFold.push(f1(scores));
    console.log(`  fold ${fold + 1}: F1=${f1(scores).toFixed(3)} (PER ${f1(scores, "PER").toFixed(3)}, ORG ${f1(scores, "ORG").toFixed(3)}, LOC ${f1(scores, "LOC").toFixed(3)}; ${held.length} sentences, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  useTaggerModel("de", null, true);
  const mean = perFold.reduce((a, b) => a + b, 0) / perFold.length;
  console.log(`  (the tagger alone, without lexicon spans and rules: F1=${overallF1(alone).toFixed(3)})`);
  console.log(`GermEval 2014 dev, ${k}-fold cross-validation (all ${germeval.length} sentences, pooled; strict F1=${overallF1(strict).toFixed(3)}):`);
  console.log(formatScores("", pooled).slice(1));
  console.log(`  mean of the folds F1=${mean.toFixed(3)}`);
  summary.push(`GermEval CV F1=${mean.toFixed(3)}`);
}

/** The tagger's PER, ORG and LOC spans of a gold sentence as gold-like spans. */
function taggerSpans(s: GoldSentence, tags: readonly string[]): GoldSpan[] {
  return spansOf(tags)
    .filter((sp) => sp.type !== "OTH")
    .map((sp) => ({ start: s.tokens[sp.from]!.start, end: s.tokens[sp.to - 1]!.end, type: sp.type as GoldSpan["type"] }));
}

function addInto(into: Scores, from: Scores): void {
  for (const [type, s] of Object.entries(from)) {
    into[type] ??= { tp: 0, fp: 0, fn: 0 };
    into[type].tp += s.tp;
    into[type].fp += s.fp;
    into[type].fn += s.fn;
  }
}

function measure(title: string, language: LanguageCode, sentences: readonly TrainSentence[], key: string): void {
  const scores: Scores = {};
  const strict: Scores = {};
  const golds = sentences.map(gold);
  const skipped = scoreSentences(golds, language, scores, strict);
  const alone: Scores = {};
  const model = taggerModel(language);
  if (model) sentences.forEach((s, i) => addScores(alone, golds[i]!.spans, taggerSpans(golds[i]!, tagSentence(model, viewOfWords(s.words, LOCALES[language])))));
  console.log(
    `${title} (${sentences.length - skipped} sentences${skipped ? `, ${skipped} left out: text changed by normalisation` : ""}; strict F1=${overallF1(strict).toFixed(3)}; the tagger alone F1=${overallF1(alone).toFixed(3)}):`,
  );
  console.log(formatScores("", scores).slice(1));
  summary.push(`${key} F1=${overallF1(scores).toFixed(3)}`);
}

const summary: string[] = [];

function main(): void {
  if (process.argv[1] !== fileURLToPath(import.meta.url)) return;
  if (!existsSync(DATA + "ner") || !existsSync(DATA + "germeval2014")) {
    console.log("eval:ner: ../shared/data (GermEval 2014, ner/) is absent; nothing to measure");
    return;
  }
  const only = option("--only");
  if ((!only || only === "ewt") && !args.includes("--cv-only")) measure("UNER English EWT test (shipped English tagger)", "en", unerEwt("test"), "EWT test");
  if (!only || only === "europarl") {
    measure("Europarl German (out of domain, never trained on)", "de", europarl("de"), "Europarl de");
    measure("Europarl English (out of domain, never trained on)", "en", europarl("en"), "Europarl en");
  }
  if ((!only || only === "germeval") && !args.includes("--no-cv")) crossValidate(Number(option("--folds") ?? 5));
  console.log(`ner: ${summary.join(", ")}`);
}

main();
