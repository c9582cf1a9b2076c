/**
 * Phrases matched over tokens: a locale's phrases are tokenized like the text, indexed by their first
 * token, and matched longest first. A `…` in a phrase is a gap inside the clause ("räumte … ein").
 */
import type { Token } from "../../model/types.js";
import { tokenize } from "../sentences/tokenize.js";
import { isClauseBreak } from "../time/tense.js";

const GAP = "…";

export interface Phrase<V> {
  /** Lowercase token texts before the gap. */
  head: readonly string[];
  /** Lowercase token texts after the gap (empty without a gap). */
  tail: readonly string[];
  value: V;
}

export type PhraseIndex<V> = Map<string, Phrase<V>[]>;

/** Lowercase token texts of a phrase as the tokenizer splits it. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => phrase.slice(t.start, t.end).toLowerCase());
}

/** An index of phrases by first token, longest first. */
export function phraseIndex<V>(entries: readonly { words: readonly string[]; value: V }[]): PhraseIndex<V> {
  const index: PhraseIndex<V> = new Map();
  for (const e of entries) {
    for (const w of e.words) {
      const tokens = phraseTokens(w);
      const gap = tokens.indexOf(GAP);
      const head = gap < 0 ? tokens : tokens.slice(0, gap);
      const tail = gap < 0 ? [] : tokens.slice(gap + 1);
      const first = head[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      list.push({ head, tail, value: e.value });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.head.length + b.tail.length - (a.head.length + a.tail.length));
  return index;
}

export interface PhraseMatch<V> {
  value: V;
  /** Token index of the first token and one past the head's last token. */
  from: number;
  to: number;
}

/**
 * The longest phrase starting at token `i` of a sentence (`words` are its tokens' lowercase texts),
 * a gapped phrase's tail found later in the same clause.
 */
export function matchPhrase<V>(text: string, tokens: readonly Token[], words: readonly string[], i: number, index: PhraseIndex<V>): PhraseMatch<V> | null {
  const candidates = index.get(words[i] ?? "");
  if (!candidates) return null;
  for (const p of candidates) {
    if (!p.head.every((w, k) => words[i + k] === w)) continue;
    const to = i + p.head.length;
    if (p.tail.length === 0 || tailInClause(text, tokens, words, to, p.tail)) return { value: p.value, from: i, to };
  }
  return null;
}

function tailInClause(text: string, tokens: readonly Token[], words: readonly string[], from: number, tail: readonly string[]): boolean {
  for (let k = from; k < tokens.length && !isClauseBreak(text, tokens[k] as Token); k++) {
    if (tail.every((w, n) => words[k + n] === w)) return true;
  }
  return false;
}
