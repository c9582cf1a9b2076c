import type { TokenKind } from "../../model/types.js";
import type { Doc } from "../stage.js";

/** A token as the attribution stage reads it. */
export interface Word {
  /** Index in the sentence's word list. */
  k: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
}

export interface SentenceView {
  index: number;
  block: number;
  start: number;
  end: number;
  words: Word[];
}

const CAPITAL = /^\p{Lu}/u;

/** The sentences with their words, in order. */
export function sentenceViews(doc: Doc): SentenceView[] {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const views: SentenceView[] = [];
  let t = 0;
  sentences.forEach((s, index) => {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const words: Word[] = [];
    for (let j = t; j < tokens.length && tokens[j]!.end <= s.end; j++) {
      const tok = tokens[j]!;
      const text = doc.text.slice(tok.start, tok.end);
      words.push({ k: words.length, start: tok.start, end: tok.end, text, lower: text.toLowerCase(), kind: tok.kind, cap: CAPITAL.test(text) });
    }
    views.push({ index, block: s.block, start: s.start, end: s.end, words });
  });
  return views;
}

/** Marks that separate clauses inside a sentence. */
export const CLAUSE_MARKS = new Set([",", ";", ":", "–", "—", "(", ")"]);
export const SENTENCE_END = new Set([".", "!", "?", "…", "...", "?!", "!?"]);

/**
 * Whether word j ends the sentence: a final mark with nothing but closing marks after it. A full stop
 * inside the sentence ("am 25. November", "Dr.") is not one: the sentence splitter decided that already.
 */
export function endsSentence(words: readonly Word[], j: number): boolean {
  if (!SENTENCE_END.has(words[j]?.text ?? "")) return false;
  for (let m = j + 1; m < words.length; m++) if (words[m]!.kind !== "quote" && words[m]!.text !== ")") return false;
  return true;
}

export function isPunct(w: Word | undefined, marks: ReadonlySet<string>): boolean {
  return w !== undefined && w.kind === "punct" && marks.has(w.text);
}

/** The index past the last word that is not final punctuation or a closing quote. */
export function contentEnd(words: readonly Word[], from: number, to: number): number {
  let e = to;
  while (e > from && (SENTENCE_END.has(words[e - 1]!.text) || words[e - 1]!.text === ",")) e--;
  return e;
}
