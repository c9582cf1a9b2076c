/**
 * The features of the named-entity tagger, shared by training (scripts/train-ner.ts) and tagging, so both
 * see exactly the same thing. A sentence is a list of words plus, per word, the lexicon's hints.
 */

/** What the lexicon says about one word, as short feature values. */
export interface WordHints {
  /** "LOC-B", "ORG-I", "MEDIA-B", "DEM" … from lexicon matches, or "". */
  gaz: string;
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

/** Words as the features see them: lowercase forms and shapes, computed once per sentence. */
export interface SentenceView {
  words: readonly string[];
  lower: readonly string[];
  shapes: readonly string[];
  hints: readonly WordHints[];
}

export function sentenceView(words: readonly string[], hints: readonly WordHints[]): SentenceView {
  return { words, lower: words.map((w) => w.toLowerCase()), shapes: words.map(shapeOf), hints };
}

const BOUNDARY = "<s>";

/**
 * The features of word i given the two tags before it. Feature names are short strings; the caller looks
 * each up in the model.
 */
export function featuresAt(s: SentenceView, i: number, prev: string, prev2: string): string[] {
  const w = s.words[i]!;
  const lw = s.lower[i]!;
  const shape = s.shapes[i]!;
  const h = s.hints[i]!;
  const p1 = i > 0 ? s.lower[i - 1]! : BOUNDARY;
  const p2 = i > 1 ? s.lower[i - 2]! : BOUNDARY;
  const n1 = i + 1 < s.words.length ? s.lower[i + 1]! : BOUNDARY;
  const n2 = i + 2 < s.words.length ? s.lower[i + 2]! : BOUNDARY;
  const sh1 = i > 0 ? s.shapes[i - 1]! : BOUNDARY;
  const shn = i + 1 < s.words.length ? s.shapes[i + 1]! : BOUNDARY;
  const hp = i > 0 ? s.hints[i - 1]! : undefined;
  const hn = i + 1 < s.words.length ? s.hints[i + 1]! : undefined;
  const f = [
    "b",
    "w=" + w,
    "l=" + lw,
    "sh=" + shape,
    "p1=" + p1,
    "p2=" + p2,
    "n1=" + n1,
    "n2=" + n2,
    "p1w=" + p1 + "|" + lw,
    "wn1=" + lw + "|" + n1,
    "shc=" + sh1 + "|" + shape + "|" + shn,
    "t1=" + prev,
    "t12=" + prev2 + "|" + prev,
    "t1w=" + prev + "|" + lw,
    "t1sh=" + prev + "|" + shape,
    "pre=" + lw.slice(0, PREFIX_LENGTH),
    "first=" + (i === 0 ? "y" : "n") + shape.charAt(0),
  ];
  for (const n of SUFFIX_LENGTHS) if (lw.length > n) f.push(`s${n}=` + lw.slice(-n));
  const hy = w.lastIndexOf("-");
  if (hy > 0 && hy < w.length - 1) {
    f.push("hyL=" + lw.slice(hy + 1), "hyF=" + lw.slice(0, w.indexOf("-")));
  }
  if (h.gaz) f.push("g=" + h.gaz, "gt=" + h.gaz + "|" + prev);
  if (h.first) f.push("fn=" + h.first, "fnn=" + (hn?.first ? "y" : "n") + shn);
  if (hp?.first) f.push("pfn=" + shape);
  if (hp?.gaz) f.push("pg=" + hp.gaz);
  if (hn?.gaz) f.push("ng=" + hn.gaz);
  if (h.org) f.push("org");
  if (hn?.org) f.push("norg=" + shape);
  if (hp?.role) f.push("prole=" + shape);
  if (h.role) f.push("role");
  if (h.noun) f.push("noun", "nounp=" + (i === 0 ? "y" : "n"));
  if (hp?.noun) f.push("pnoun");
  if (h.nounTail) f.push("ntail");
  if (shape.charAt(0) === "X" && !h.noun && !h.nounTail) {
    f.push("unk=" + (i === 0 ? "y" : "n"), "unkp=" + p1, "unkn=" + n1);
  }
  return f;
}
