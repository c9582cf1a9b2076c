/**
 * Trains the clauses stage's part-of-speech taggers (src/stages/clauses/tagger.ts) and writes
 * src/stages/clauses/model/pos-de.bin and pos-en.bin. Training data: the ODD-numbered sentences (1, 3,
 * 5, …) of Universal Dependencies German GSD dev and English EWT dev (../shared/data/ud/, CC BY-SA 4.0,
 * so the model files are CC BY-SA 4.0 too: see NOTICE). The even-numbered sentences are what
 * `npm run eval:clauses` measures on; this script never reads them. Each sentence's text is tokenised as
 * the pipeline does it and every word gets the tag of the UD word it starts with (scripts/ud.ts). The
 * training is deterministic (a fixed shuffling seed): the same data gives the same files.
 *
 *   node --import tsx scripts/train-clauses.ts [--iterations N] [--dry-run] [--cv]
 *
 * `--cv` compares settings without looking at the even-numbered sentences: it trains on the odd-numbered
 * sentences numbered 1 mod 4 and measures the whole stage on those numbered 3 mod 4.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES } from "../src/locales/index.js";
import type { LanguageCode } from "../src/model/types.js";
import { tokenize } from "../src/stages/sentences/tokenize.js";
import { clauseWords, type ClauseWord } from "../src/stages/clauses/words.js";
import {
  START_TAG,
  TAG,
  TAG_COUNT,
  TAGS,
  featureBuffer,
  isPunctuation,
  sentenceFeatures,
  serializeTaggerModel,
  wordFeatures,
  type SentenceFeatures,
} from "../src/stages/clauses/tagger.js";
import { UD_DIR, UD_FILES, isTrainingSentence, readUd, udTag, type UdSentence } from "./ud.js";

const MODEL_DIR = fileURLToPath(new URL("../src/stages/clauses/model/", import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : Number(args[i + 1]);
};
const ITERATIONS = option("--iterations", 8);
const DRY_RUN = args.includes("--dry-run");
/** The averaged weights are multiplied by this and rounded to 16-bit integers. */
const SCALE = 64;
/** Features none of whose scaled weights reaches this are left out of the file (keeps it compact). */
const PRUNE_BELOW = Number(process.env.PRUNE ?? 24);
/** Seed of the shuffling between iterations. */
const SEED = 20091;
/** Share of training words whose word-identity features are left out, so unseen words are learnt from affixes and hints. */
const WORD_DROPOUT = Number(process.env.DROPOUT ?? 0.1);
/** `--cv`: train on the odd-numbered sentences numbered 1 mod 4 and measure the stage on those numbered 3 mod 4; writes nothing. */
const CV = args.includes("--cv");

export interface Example {
  words: ClauseWord[];
  features: SentenceFeatures;
  gold: Uint8Array;
}

/** The pipeline's words of a UD sentence with the UD tag of the word each starts in. */
export function examplesOf(language: LanguageCode, sentences: readonly UdSentence[]): Example[] {
  const locale = LOCALES[language];
  return sentences.map((s) => {
    const tokens = tokenize(s.text);
    const words = clauseWords(s.text, tokens, 0, tokens.length, locale);
    const gold = new Uint8Array(words.length);
    words.forEach((w, i) => {
      const ud = s.words.find((u) => u.end > w.start && u.start < w.end) ?? null;
      gold[i] = TAG[ud ? (w.kind === "punct" || w.kind === "quote" ? "PUNCT" : udTag(ud)) : "PUNCT"];
    });
    return { words, features: sentenceFeatures(locale, words, false), gold };
  });
}

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

class Perceptron {
  readonly w = new Map<number, Float64Array>();
  private readonly total = new Map<number, Float64Array>();
  private readonly stamp = new Map<number, Float64Array>();
  clock = 0;
  score(ids: Int32Array, n: number, out: Float64Array): void {
    out.fill(0);
    for (let k = 0; k < n; k++) {
      const w = this.w.get(ids[k]!);
      if (w) for (let t = 0; t < TAG_COUNT; t++) out[t]! += w[t]!;
    }
  }
  update(f: number, t: number, d: number): void {
    let w = this.w.get(f);
    if (!w) {
      w = new Float64Array(TAG_COUNT);
      this.w.set(f, w);
      this.total.set(f, new Float64Array(TAG_COUNT));
      this.stamp.set(f, new Float64Array(TAG_COUNT));
    }
    const tot = this.total.get(f)!;
    const st = this.stamp.get(f)!;
    tot[t]! += (this.clock - st[t]!) * w[t]!;
    st[t] = this.clock;
    w[t]! += d;
  }
  averaged(): Map<number, Float64Array> {
    const out = new Map<number, Float64Array>();
    for (const [f, w] of this.w) {
      const tot = this.total.get(f)!;
      const st = this.stamp.get(f)!;
      out.set(f, Float64Array.from(w, (x, t) => (tot[t]! + (this.clock - st[t]!) * x) / this.clock));
    }
    return out;
  }
}

export function trainTagger(examples: readonly Example[], iterations = ITERATIONS): Map<number, Int16Array> {
  const p = new Perceptron();
  const random = rng(SEED);
  const order = examples.map((_, i) => i);
  const buf = featureBuffer();
  const scores = new Float64Array(TAG_COUNT);
  for (let it = 0; it < iterations; it++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let wrong = 0;
    let count = 0;
    for (const idx of order) {
      const ex = examples[idx]!;
      let prev = START_TAG;
      let prev2 = START_TAG;
      for (let i = 0; i < ex.gold.length; i++) {
        if (isPunctuation(ex.features, i)) {
          // Tagged PUNCT without the model at run time (tagger.ts tagWords).
          prev2 = prev;
          prev = TAG.PUNCT;
          continue;
        }
        wordFeatures(ex.features, i, prev, prev2, buf, random() >= WORD_DROPOUT);
        p.score(buf.ids, buf.n, scores);
        let best = 0;
        for (let t = 1; t < TAG_COUNT; t++) if (scores[t]! > scores[best]!) best = t;
        const gold = ex.gold[i]!;
        p.clock++;
        if (best !== gold) {
          wrong++;
          for (let k = 0; k < buf.n; k++) {
            p.update(buf.ids[k]!, gold, 1);
            p.update(buf.ids[k]!, best, -1);
          }
        }
        count++;
        prev2 = prev;
        prev = best;
      }
    }
    console.error(`  iteration ${it + 1}: training error ${(wrong / count).toFixed(4)}`);
  }
  const out = new Map<number, Int16Array>();
  for (const [f, w] of p.averaged()) {
    const ints = Int16Array.from(w, (x) => Math.max(-32767, Math.min(32767, Math.round(x * SCALE))));
    if (ints.some((x) => Math.abs(x) >= PRUNE_BELOW)) out.set(f, ints);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && CV) {
  const { evaluate } = await import("./eval-clauses.js");
  const { useClauseTagger } = await import("../src/stages/clauses/resources.js");
  const { parseTaggerModel } = await import("../src/stages/clauses/tagger.js");
  for (const language of ["de", "en"] as const) {
    const odd = readUd(join(UD_DIR, UD_FILES[language])).filter(isTrainingSentence);
    const model = parseTaggerModel(serializeTaggerModel(trainTagger(examplesOf(language, odd.filter((s) => s.number % 4 === 1)))));
    useClauseTagger(language, model);
    const sc = evaluate(language, odd.filter((s) => s.number % 4 === 3));
    const f = (c: { tp: number; fp: number; fn: number }) => ((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn)).toFixed(3);
    console.log(`${language} cv: subjects F1 ${f(sc.subjects)}, spans F1 ${f(sc.spans)}`);
  }
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const language of ["de", "en"] as const) {
    const sentences = readUd(join(UD_DIR, UD_FILES[language])).filter(isTrainingSentence);
    const examples = examplesOf(language, sentences);
    console.error(`${language}: ${sentences.length} odd-numbered sentences, ${examples.reduce((n, e) => n + e.gold.length, 0)} words, tags ${TAGS.length}`);
    const weights = trainTagger(examples);
    const bytes = serializeTaggerModel(weights);
    console.error(`${language}: ${weights.size} features, ${bytes.length} bytes`);
    if (!DRY_RUN) writeFileSync(join(MODEL_DIR, `pos-${language}.bin`), bytes);
  }
}
