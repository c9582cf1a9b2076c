import { TAGS, featuresAt, type SentenceView, type Tag } from "./features.js";

/**
 * A greedy averaged-perceptron tagger (one weight per feature and tag). The model file is text: a header
 * line `ner-perceptron/1 SCALE`, then one line per feature, `name<TAB>w0 w1 … w6` with integer weights
 * (the averaged weights times SCALE), tags in the order of `TAGS`; zero weights may be left empty.
 */
export interface TaggerModel {
  weights: Map<string, Int32Array>;
}

const HEADER = "ner-perceptron/1";

export function parseModel(text: string): TaggerModel {
  const weights = new Map<string, Int32Array>();
  const lines = text.split("\n");
  if (!lines[0]?.startsWith(HEADER)) throw new Error(`not a tagger model: expected a "${HEADER}" header`);
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    const tab = line.lastIndexOf("\t");
    if (tab < 0) continue;
    const ws = new Int32Array(TAGS.length);
    const parts = line.slice(tab + 1).split(" ");
    for (let t = 0; t < TAGS.length; t++) ws[t] = parts[t] ? Number(parts[t]) : 0;
    weights.set(line.slice(0, tab), ws);
  }
  return { weights };
}

export function serializeModel(weights: Map<string, ArrayLike<number>>, scale: number): string {
  const lines = [`${HEADER} ${scale}`];
  for (const [name, ws] of weights) {
    const ints = Array.from(ws, (w) => Math.round(w * scale));
    if (ints.every((x) => x === 0)) continue;
    lines.push(`${name}\t${ints.map((x) => (x === 0 ? "" : String(x))).join(" ")}`);
  }
  return lines.join("\n");
}

/** Whether tag `next` may follow tag `prev` in BIO (an I- only continues its own type). */
export function allowed(prev: string, next: Tag): boolean {
  if (!next.startsWith("I-")) return true;
  const type = next.slice(2);
  return prev === "B-" + type || prev === "I-" + type;
}

/** Scores of every tag for the given features. */
export function scoreTags(weights: ReadonlyMap<string, ArrayLike<number>>, features: readonly string[]): Float64Array {
  const scores = new Float64Array(TAGS.length);
  for (const f of features) {
    const ws = weights.get(f);
    if (!ws) continue;
    for (let t = 0; t < TAGS.length; t++) scores[t]! += ws[t]!;
  }
  return scores;
}

/** Tags a sentence left to right, each tag the best allowed one given the tags before it. */
export function tagSentence(weights: ReadonlyMap<string, ArrayLike<number>>, s: SentenceView): Tag[] {
  const tags: Tag[] = [];
  let prev = "<s>";
  let prev2 = "<s>";
  for (let i = 0; i < s.words.length; i++) {
    const scores = scoreTags(weights, featuresAt(s, i, prev, prev2));
    let best: Tag = "O";
    let bestScore = -Infinity;
    for (let t = 0; t < TAGS.length; t++) {
      const tag = TAGS[t]!;
      if (!allowed(prev, tag)) continue;
      if (scores[t]! > bestScore) {
        bestScore = scores[t]!;
        best = tag;
      }
    }
    tags.push(best);
    prev2 = prev;
    prev = best;
  }
  return tags;
}

/** Spans [from, to) and types of the entities in a BIO tag sequence. */
export function spansOf(tags: readonly string[]): Array<{ from: number; to: number; type: string }> {
  const out: Array<{ from: number; to: number; type: string }> = [];
  let open: { from: number; type: string } | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? "O";
    const continues = open && tag === "I-" + open.type;
    if (open && !continues) {
      out.push({ from: open.from, to: i, type: open.type });
      open = null;
    }
    if (tag.startsWith("B-") || (tag.startsWith("I-") && !open)) open = { from: i, type: tag.slice(2) };
  }
  return out;
}
