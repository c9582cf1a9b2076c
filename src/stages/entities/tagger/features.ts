/**
 * The features of the named-entity tagger, shared by training (scripts/train-ner.ts) and tagging, so both
 * see exactly the same thing. A sentence is a list of words plus, per word, the lexicon's hints.
 */

/** What the lexicons say about one word by itself, as short feature values (its lexicon match is apart). */
export interface WordHints {
  /** "m", "f", "u" if the word is a known first name, else "". */
  first: string;
  /** Whether the word (or its ending) is an organisation head ("Ministerium", "AG"). */
  org: boolean;
  /** Whether the word is a role noun ("Präsident", "Außenminister"). */
  role: boolean;
  /** Whether the word is a known common noun form ("Haus", "Regierungen"). */
  noun: boolean;
  /** Whether the word ends in one ("Selbstdarstellung" ends in "Darstellung"). */
  nounTail: boolean;
}

/** The tag set: BIO over the three GermEval types. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export type Tag = (typeof TAGS)[number];

/** Affix lengths used as features. */
const SUFFIX_LENGTHS = [2, 3, 4, 5] as const;
const PREFIX_LENGTH = 3;
/** Longest word shape kept (longer shapes are cut; runs are squashed anyway). */
const MAX_SHAPE = 6;

/** The word's shape with runs squashed: "Won-sik" → "Xx-x", "UN" → "X", "4,8" → "d,d". */
export function shapeOf(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length >= MAX_SHAPE) break;
  }
  return out;
}

/** Words as the features see them; lowercase forms and shapes are computed when first asked for. */
export interface SentenceView {
  words: readonly string[];
  lower: Array<string | undefined>;
  shapes: Array<string | undefined>;
  hints: readonly WordHints[];
  /** Per word, its part in a lexicon match: "LOC-B", "ORG-I", "DEM-B", "LOC?-B" (a weak one) …, or "". */
  gaz: readonly string[];
}

const shapes = new Map<string, string>();
/** Most words whose shape is remembered. */
const MAX_REMEMBERED_SHAPES = 100_000;

function rememberedShape(word: string): string {
  let sh = shapes.get(word);
  if (sh === undefined) {
    if (shapes.size > MAX_REMEMBERED_SHAPES) shapes.clear();
    sh = shapeOf(word);
    shapes.set(word, sh);
  }
  return sh;
}

export function sentenceView(words: readonly string[], hints: readonly WordHints[], gaz: readonly string[]): SentenceView {
  return { words, lower: new Array<string | undefined>(words.length), shapes: new Array<string | undefined>(words.length), hints, gaz };
}

/** The lowercase form of word i. */
export function lowerAt(s: SentenceView, i: number): string {
  return (s.lower[i] ??= s.words[i]!.toLowerCase());
}

/** The shape of word i. */
export function shapeAt(s: SentenceView, i: number): string {
  return (s.shapes[i] ??= rememberedShape(s.words[i]!));
}

/** The word before the first and after the last of a sentence, in neighbour features. */
export const BOUNDARY = "<s>";

/** Features of a word by itself (cached per word at tagging time): form, shape, affixes, hyphen parts. */
export function wordFeatures(w: string, lw: string, shape: string): string[] {
  const f = ["b", "w=" + w, "l=" + lw, "sh=" + shape, "pre=" + lw.slice(0, PREFIX_LENGTH)];
  for (const n of SUFFIX_LENGTHS) if (lw.length > n) f.push(`s${n}=` + lw.slice(-n));
  const hy = w.lastIndexOf("-");
  if (hy > 0 && hy < w.length - 1) f.push("hyL=" + lw.slice(hy + 1), "hyF=" + lw.slice(0, w.indexOf("-")));
  return f;
}

/** The neighbour slots whose word alone makes a feature ("p1=" + the word before, …), at their offsets. */
export const CONTEXT_SLOTS = [
  { prefix: "p1=", offset: -1 },
  { prefix: "p2=", offset: -2 },
  { prefix: "n1=", offset: 1 },
  { prefix: "n2=", offset: 2 },
] as const;

/** The lowercase word at offset `d` from i, or the boundary marker. */
export function neighbour(s: SentenceView, i: number, d: number): string {
  const j = i + d;
  return j >= 0 && j < s.words.length ? lowerAt(s, j) : BOUNDARY;
}

/** Features of the two tags before a word (scored once per pair of tags at tagging time). */
export function tagFeatures(prev: string, prev2: string): string[] {
  return ["t1=" + prev, "t12=" + prev2 + "|" + prev];
}

/**
 * Features of a word's own hints and whether it opens the sentence: the same wherever the word stands, so
 * tagging caches them with the word's features.
 */
export function ownHintFeatures(h: WordHints, shape: string, first: boolean): string[] {
  const at = first ? "y" : "n";
  const f = ["first=" + at + shape.charAt(0)];
  if (h.first) f.push("fn=" + h.first);
  if (h.org) f.push("org");
  if (h.role) f.push("role");
  if (h.noun) f.push("noun", "nounp=" + at);
  if (h.nounTail) f.push("ntail");
  if (shape.charAt(0) === "X" && !h.noun && !h.nounTail) f.push("unk=" + at);
  return f;
}

/** Features of word i that depend on its neighbours' hints, its lexicon match or the tag before it. */
export function tokenFeatures(s: SentenceView, i: number, prev: string): string[] {
  const shape = shapeAt(s, i);
  const h = s.hints[i]!;
  const gaz = s.gaz[i]!;
  const last = s.words.length - 1;
  const hp = i > 0 ? s.hints[i - 1]! : undefined;
  const hn = i < last ? s.hints[i + 1]! : undefined;
  const f: string[] = [];
  if (gaz) f.push("g=" + gaz, "gt=" + gaz + "|" + prev);
  if (h.first) f.push("fnn=" + (hn?.first ? "y" : "n") + (i < last ? shapeAt(s, i + 1) : BOUNDARY));
  if (hp?.first) f.push("pfn=" + shape);
  if (i > 0 && s.gaz[i - 1]) f.push("pg=" + s.gaz[i - 1]);
  if (i < last && s.gaz[i + 1]) f.push("ng=" + s.gaz[i + 1]);
  if (hn?.org) f.push("norg=" + shape);
  if (hp?.role) f.push("prole=" + shape);
  if (hp?.noun) f.push("pnoun");
  if (shape.charAt(0) === "X" && !h.noun && !h.nounTail) f.push("unkp=" + neighbour(s, i, -1), "unkn=" + neighbour(s, i, 1));
  return f;
}

/**
 * All features of word i given the two tags before it: the word's own, its neighbours' and the token's.
 * Training uses this list; tagging adds up the same features in parts (model.ts), caching the word parts.
 */
export function featuresAt(s: SentenceView, i: number, prev: string, prev2: string): string[] {
  const f = wordFeatures(s.words[i]!, lowerAt(s, i), shapeAt(s, i));
  for (const x of ownHintFeatures(s.hints[i]!, shapeAt(s, i), i === 0)) f.push(x);
  for (const slot of CONTEXT_SLOTS) f.push(slot.prefix + neighbour(s, i, slot.offset));
  for (const x of tagFeatures(prev, prev2)) f.push(x);
  for (const x of tokenFeatures(s, i, prev)) f.push(x);
  return f;
}
