/**
 * Trains the German named-entity tagger (a greedy averaged perceptron, src/stages/entities/tagger/) on the
 * even-numbered sentences of GermEval 2014 dev (CC BY 4.0) and writes src/stages/entities/model/ner-de.ts.
 * Prints token-level span F1 on the odd-numbered (held-out) sentences as a quick check; the real measure
 * is `npm run eval:ner`.
 *
 *   node --import tsx scripts/train-ner.ts [--iterations N] [--dry-run]
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { de } from "../src/locales/de/index.js";
import type { Token } from "../src/model/types.js";
import { lexiconFor } from "../src/stages/entities/lexicon.js";
import { matchLexicon } from "../src/stages/entities/match.js";
import { nounSet } from "../src/stages/entities/resources.js";
import { roleIndexFor } from "../src/stages/entities/role-index.js";
import { TAGS, featuresAt, sentenceView, type SentenceView } from "../src/stages/entities/tagger/features.js";
import { gazetteerTags, wordHints } from "../src/stages/entities/tagger/hints.js";
import { allowed, mayStartAt, scoreTags, serializeModel, spansOf, tagSentence } from "../src/stages/entities/tagger/model.js";
import { addScores, formatScores, germEvalHalf, readGermEval, sentenceFromWords, type GoldSentence, type GoldSpan, type Scores } from "./ner-data.js";

const GERMEVAL = fileURLToPath(new URL("../../shared/data/germeval2014/NER-de-dev.tsv", import.meta.url));
const OUT = fileURLToPath(new URL("../src/stages/entities/model/ner-de.ts", import.meta.url));
const DEFAULT_ITERATIONS = 10;
/** Copies of each training sentence with its entities replaced (see augment). */
const AUGMENT_COPIES = Number(process.env.AUGMENT ?? 4);
/** Weights are stored as integers: the averaged weight times this. */
const SCALE = 20;
/** Seed of the shuffling between iterations, so that training is reproducible. */
const SEED = 20140;
/** Models averaged into the shipped one (each with other replacements and shuffles). */
const ENSEMBLE = Number(process.env.ENSEMBLE ?? 3);

/**
 * Word dropout: while training, the features that name the word itself are left out now and then, so the
 * tagger also learns from shape, affixes, context and the lexicon's hints what it will need for unseen words.
 */
const WORD_DROPOUT = Number(process.env.DROPOUT ?? 0.3);
const WORD_FEATURE = /^(?:w|l|p1w|wn1|t1w)=/;

const args = process.argv.slice(2);
const iterations = Number(args[args.indexOf("--iterations") + 1]) || DEFAULT_ITERATIONS;
const dryRun = args.includes("--dry-run");

interface Example {
  view: SentenceView;
  gold: string[];
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
  const hints = wordHints(s.text, tokens, 0, tokens.length, lex, roles, nounSet("de"));
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

function train(examples: Example[], seed: number): Map<string, Float64Array> {
  const n = TAGS.length;
  const weights = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let clock = 0;
  const update = (f: string, tag: number, delta: number) => {
    let w = weights.get(f);
    if (!w) {
      w = new Float64Array(n);
      weights.set(f, w);
      totals.set(f, new Float64Array(n));
      stamps.set(f, new Float64Array(n));
    }
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    tot[tag]! += (clock - st[tag]!) * w[tag]!;
    st[tag] = clock;
    w[tag]! += delta;
  };
  const random = rng(seed);
  const order = examples.map((_, i) => i);
  for (let it = 0; it < iterations; it++) {
    let errors = 0;
    let count = 0;
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      let prev = "<s>";
      let prev2 = "<s>";
      for (let i = 0; i < ex.gold.length; i++) {
        clock++;
        if (prev === "O" && !mayStartAt(ex.view, i)) {
          // Tagged O without scoring, as at run time (see mayStartName).
          count++;
          if (ex.gold[i] !== "O") errors++;
          prev2 = prev;
          prev = "O";
          continue;
        }
        const feats = featuresAt(ex.view, i, prev, prev2).filter((f) => !(WORD_FEATURE.test(f) && random() < WORD_DROPOUT));
        const scores = scoreTags(weights, feats);
        let guess = 0;
        let best = -Infinity;
        for (let t = 0; t < n; t++) {
          if (!allowed(prev, TAGS[t]!)) continue;
          if (scores[t]! > best) {
            best = scores[t]!;
            guess = t;
          }
        }
        const truth = TAGS.indexOf(ex.gold[i] as (typeof TAGS)[number]);
        if (guess !== truth) {
          errors++;
          for (const f of feats) {
            update(f, truth, 1);
            update(f, guess, -1);
          }
        }
        count++;
        prev2 = prev;
        prev = TAGS[guess]!;
      }
    }
    console.error(`iteration ${it + 1}: token error rate ${(errors / count).toFixed(4)}`);
  }
  // Average.
  for (const [f, w] of weights) {
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    for (let t = 0; t < n; t++) {
      tot[t]! += (clock - st[t]!) * w[t]!;
      w[t] = tot[t]! / clock;
    }
  }
  return weights;
}

function spansFromTags(s: GoldSentence, tags: readonly string[]): GoldSpan[] {
  return spansOf(tags).map((sp) => ({ start: s.tokens[sp.from]!.start, end: s.tokens[sp.to - 1]!.end, type: sp.type as GoldSpan["type"] }));
}

/**
 * Mention replacement: copies of the training sentences with each entity swapped for another entity of
 * the same type from the training half, so that the tagger learns contexts rather than memorising names.
 */
function augment(sentences: GoldSentence[], copies: number, seed: number): GoldSentence[] {
  const pools = new Map<string, string[][]>();
  for (const s of sentences) {
    for (const sp of spansOf(s.tags)) {
      const words = s.tokens.slice(sp.from, sp.to).map((t) => t.text);
      if (!pools.has(sp.type)) pools.set(sp.type, []);
      pools.get(sp.type)!.push(words);
    }
  }
  const random = rng(seed);
  const out: GoldSentence[] = [];
  for (const s of sentences) {
    const spans = spansOf(s.tags);
    if (!spans.length) continue;
    for (let c = 0; c < copies; c++) {
      const words: string[] = [];
      const labels: string[] = [];
      let i = 0;
      for (const sp of spans) {
        for (; i < sp.from; i++) {
          words.push(s.tokens[i]!.text);
          labels.push(s.tags[i]!);
        }
        const pool = pools.get(sp.type)!;
        const pick = pool[Math.floor(random() * pool.length)]!;
        pick.forEach((w, k) => {
          words.push(w);
          labels.push((k === 0 ? "B-" : "I-") + sp.type);
        });
        i = sp.to;
      }
      for (; i < s.tokens.length; i++) {
        words.push(s.tokens[i]!.text);
        labels.push(s.tags[i]!);
      }
      out.push(sentenceFromWords(words, labels));
    }
  }
  return out;
}

function main(): void {
  const all = readGermEval(GERMEVAL);
  const trainSet = germEvalHalf(all, "train");
  const testSet = germEvalHalf(all, "test");
  console.error(`GermEval 2014 dev: ${all.length} sentences; training on ${trainSet.length} (even), held out ${testSet.length} (odd)`);
  // Several models, each on its own mention replacements and shuffles, averaged into one.
  const weights = new Map<string, Float64Array>();
  for (let m = 0; m < ENSEMBLE; m++) {
    const augmented = augment(trainSet, AUGMENT_COPIES, SEED + 2 * m + 1);
    const examples = [...trainSet, ...augmented].map((s) => ({ view: viewOf(s), gold: s.tags }));
    for (const [f, w] of train(examples, SEED + 2 * m)) {
      const sum = weights.get(f) ?? new Float64Array(TAGS.length);
      for (let t = 0; t < TAGS.length; t++) sum[t]! += w[t]! / ENSEMBLE;
      weights.set(f, sum);
    }
  }
  const text = serializeModel(weights, SCALE);
  const scores: Scores = {};
  const quantised = new Map<string, Float64Array>();
  for (const [f, w] of weights) quantised.set(f, Float64Array.from(w, (x) => Math.round(x * SCALE)));
  const misses: string[] = [];
  for (const s of testSet) {
    const pred = spansFromTags(s, tagSentence(quantised, viewOf(s)));
    addScores(scores, s.spans, pred);
    if (process.env.SHOW_ERRORS) {
      const k = (x: GoldSpan) => `${x.start}:${x.end}:${x.type}`;
      const g = new Set(s.spans.map(k));
      const p = new Set(pred.map(k));
      for (const x of pred) if (!g.has(k(x))) misses.push(`FP ${x.type} ${s.text.slice(x.start, x.end)}`);
      for (const x of s.spans) if (!p.has(k(x))) misses.push(`FN ${x.type} ${s.text.slice(x.start, x.end)}`);
    }
  }
  if (misses.length) console.log(misses.join("\n"));
  console.error(formatScores("tagger alone, held-out half (odd sentences), exact outer spans:", scores));
  console.error(`model: ${text.split("\n").length - 1} features, ${(text.length / 1024).toFixed(0)} KiB`);
  if (dryRun) return;
  writeFileSync(
    OUT,
    `/**
 * GENERATED by scripts/train-ner.ts: a greedy averaged-perceptron tagger for PER, ORG, LOC, trained on the
 * even-numbered sentences of GermEval 2014 dev (Benikova et al., CC BY 4.0; see NOTICE). Do not edit.
 */
export const NER_MODEL_DE = ${JSON.stringify(text)};
`,
  );
  console.error(`wrote ${OUT}`);
}

main();
