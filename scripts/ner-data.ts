/**
 * Gold sentences and exact-span scores for the NER scripts (scripts/ner-corpora.ts reads every corpus,
 * scripts/eval-ner.ts measures).
 *
 * GermEval 2014 (CC BY 4.0): tab-separated `index, token, outer label, inner label`, a `#` line before each
 * sentence. Only the outer column is read; PER, ORG and LOC count, OTH is learnt (never scored), *deriv and
 * *part are O.
 */
import { readFileSync } from "node:fs";

export interface GoldSpan {
  start: number;
  end: number;
  type: "PER" | "ORG" | "LOC";
}

export interface GoldSentence {
  /** The tokens joined by single spaces. */
  text: string;
  tokens: Array<{ start: number; end: number; text: string }>;
  /** BIO tags over PER, ORG, LOC (outer spans). */
  tags: string[];
  /** BIO tags over PER, ORG, LOC and OTH (outer spans), what the tagger learns. */
  trainTags: string[];
  spans: GoldSpan[];
  /** Outer spans of the labels not scored (OTH, *deriv, *part): predictions overlapping them are ignored. */
  ignored: Array<{ start: number; end: number }>;
}

const GERMEVAL_TYPES = new Set(["PER", "ORG", "LOC"]);
/** The types the tagger learns: the scored ones and OTH (see TAGS in src/stages/entities/tagger/features.ts). */
const TRAINED_TYPES = new Set([...GERMEVAL_TYPES, "OTH"]);

export function readGermEval(path: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  const flush = () => {
    if (words.length) out.push(sentenceFromWords(words, labels));
    words = [];
    labels = [];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("#")) {
      flush();
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 3 || !cols[1]) {
      flush();
      continue;
    }
    words.push(cols[1]);
    labels.push(cols[2] ?? "O");
  }
  flush();
  return out;
}

export function sentenceFromWords(words: string[], labels: string[]): GoldSentence {
  const tokens: GoldSentence["tokens"] = [];
  let text = "";
  for (const w of words) {
    if (text) text += " ";
    tokens.push({ start: text.length, end: text.length + w.length, text: w });
    text += w;
  }
  const ignored: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < labels.length; i++) {
    const m = /^B-(\w+)$/.exec(labels[i]!);
    if (!m || GERMEVAL_TYPES.has(m[1]!)) continue;
    let j = i + 1;
    while (j < labels.length && labels[j] === "I-" + m[1]) j++;
    ignored.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end });
  }
  const tagsOf = (types: ReadonlySet<string>) => {
    const tags = labels.map((l) => {
      const m = /^([BI])-(\w+)$/.exec(l);
      return m && types.has(m[2]!) ? `${m[1]}-${m[2]}` : "O";
    });
    // An I- tag whose span was cut by an ignored label starts a span.
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]!;
      if (t.startsWith("I-") && tags[i - 1] !== t && tags[i - 1] !== "B-" + t.slice(2)) tags[i] = "B-" + t.slice(2);
    }
    return tags;
  };
  const tags = tagsOf(GERMEVAL_TYPES);
  const trainTags = tagsOf(TRAINED_TYPES);
  const spans: GoldSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (!t.startsWith("B-")) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === "I-" + t.slice(2)) j++;
    spans.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, type: t.slice(2) as GoldSpan["type"] });
  }
  return { text, tokens, tags, trainTags, spans, ignored };
}

/** Exact-span precision, recall and F1 per type and overall. */
export interface Scores {
  [type: string]: { tp: number; fp: number; fn: number };
}

export function addScores(scores: Scores, gold: readonly GoldSpan[], predicted: readonly GoldSpan[]): void {
  const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const bump = (type: string, field: "tp" | "fp" | "fn") => {
    for (const t of [type, "ALL"]) {
      scores[t] ??= { tp: 0, fp: 0, fn: 0 };
      scores[t][field]++;
    }
  };
  for (const p of predicted) bump(p.type, goldKeys.has(key(p)) ? "tp" : "fp");
  for (const g of gold) if (!predKeys.has(key(g))) bump(g.type, "fn");
}

export function formatScores(title: string, scores: Scores): string {
  const lines = [title];
  for (const type of ["PER", "ORG", "LOC", "ALL"]) {
    const s = scores[type] ?? { tp: 0, fp: 0, fn: 0 };
    const p = s.tp / Math.max(1, s.tp + s.fp);
    const r = s.tp / Math.max(1, s.tp + s.fn);
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    lines.push(`  ${type.padEnd(4)} P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)}  (gold ${s.tp + s.fn}, predicted ${s.tp + s.fp})`);
  }
  return lines.join("\n");
}

export function overallF1(scores: Scores): number {
  const s = scores["ALL"] ?? { tp: 0, fp: 0, fn: 0 };
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

