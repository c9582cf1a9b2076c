/**
 * The tense around a time expression, from the verb forms nearest to it: in its clause first, then in
 * its sentence; present when nothing marks past or future. Word lists and endings come from the locale.
 */
import type { TenseLocale, WordSet } from "../../locales/types.js";
import type { Token } from "../../model/types.js";
import type { Tense } from "./resolve.js";
import { phraseBefore, wordAt } from "./words.js";

/** Punctuation that ends a clause. */
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—", "(", ")", "[", "]"]);

export interface TenseTables {
  future: Set<string>;
  futureSignals: Set<string>;
  past: Set<string>;
  notPast: Set<string>;
  determiners: Set<string>;
  perfectAuxiliaries: Set<string>;
  participles: Set<string>;
  /** Every participle the language's verb data knows ("niedergelegt", "mitgeteilt"), where it has such data. */
  knownParticiples: WordSet | null;
  data: TenseLocale;
}

const cache = new WeakMap<TenseLocale, TenseTables>();

/**
 * The tense tables of a locale; `knownParticiples` (the morphology's participles) recognises the
 * participles the prefix-and-suffix shapes miss, such as separable verbs' ("hat … niedergelegt").
 */
export function tenseTables(data: TenseLocale, knownParticiples: WordSet | null = null): TenseTables {
  let t = cache.get(data);
  if (!t) {
    t = {
      future: new Set(data.future),
      futureSignals: new Set(data.futureSignals),
      past: new Set(data.past),
      notPast: new Set(data.notPast),
      determiners: new Set(data.determiners),
      perfectAuxiliaries: new Set(data.perfectAuxiliaries),
      participles: new Set(data.participles),
      knownParticiples,
      data,
    };
    cache.set(data, t);
  }
  return t;
}

/** Whether a token ends a clause. */
export function isClauseBreak(text: string, token: Token): boolean {
  return token.kind === "quote" || (token.kind === "punct" && CLAUSE_BREAKS.has(text.slice(token.start, token.end)));
}

/** The token range [from, to) of the clause around tokens [first, last]. */
export function clauseAround(text: string, tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !isClauseBreak(text, tokens[from - 1] as Token)) from--;
  let to = last + 1;
  while (to < tokens.length && !isClauseBreak(text, tokens[to] as Token)) to++;
  return [from, to];
}

function isParticiple(word: string, t: TenseTables): boolean {
  if (t.participles.has(word) || t.knownParticiples?.has(word)) return true;
  return t.data.participlePrefixes.some((p) => word.startsWith(p)) && t.data.participleSuffixes.some((s) => word.endsWith(s)) && word.length >= t.data.pastSuffixMinLength;
}

/** The tense a word marks, if any; `clauseEnd` bounds the search for a participle after an auxiliary. */
function markerAt(text: string, tokens: readonly Token[], i: number, clauseEnd: number, t: TenseTables): Tense | null {
  const token = tokens[i] as Token;
  if (token.kind !== "word") return null;
  const raw = text.slice(token.start, token.end);
  const word = raw.toLowerCase();
  if (t.future.has(word)) return "future";
  if (t.past.has(word)) return "past";
  if (t.perfectAuxiliaries.has(word)) {
    for (let k = i + 1; k < clauseEnd; k++) {
      const w = tokens[k] as Token;
      if (w.kind === "word" && isParticiple(text.slice(w.start, w.end).toLowerCase(), t)) return "past";
    }
    return null;
  }
  if (raw !== word || word.length < t.data.pastSuffixMinLength || t.notPast.has(word)) return null;
  if (!t.data.pastSuffixes.some((s) => word.endsWith(s))) return null;
  if (t.determiners.has(wordAt(text, tokens[i - 1]) ?? "")) return null;
  return "past";
}

/** The marker nearest to [first, last] within [from, to), skipping the expression itself. */
function nearestMarker(text: string, tokens: readonly Token[], first: number, last: number, from: number, to: number, t: TenseTables): Tense | null {
  for (let d = 1; first - d >= from || last + d < to; d++) {
    const before = first - d;
    if (before >= from) {
      const m = markerAt(text, tokens, before, to, t);
      if (m) return m;
    }
    const after = last + d;
    if (after < to) {
      const m = markerAt(text, tokens, after, to, t);
      if (m) return m;
    }
  }
  return null;
}

/** Whether a preposition of the future stands right before the expression ("für Montag", "für den 14. Juni"). */
function futureSignalBefore(text: string, tokens: readonly Token[], first: number, t: TenseTables): boolean {
  return phraseBefore(text, tokens, first, t.futureSignals) !== null;
}

/**
 * The tense of the clause holding tokens [first, last] of a sentence: the nearest marker in the clause,
 * else in the sentence, else the fallback (present, unless the block says otherwise).
 */
export function tenseAt(text: string, sentenceTokens: readonly Token[], first: number, last: number, t: TenseTables, fallback: Tense = "present"): Tense {
  if (futureSignalBefore(text, sentenceTokens, first, t)) return "future";
  const [from, to] = clauseAround(text, sentenceTokens, first, last);
  return (
    nearestMarker(text, sentenceTokens, first, last, from, to, t) ??
    nearestMarker(text, sentenceTokens, first, last, 0, sentenceTokens.length, t) ??
    fallback
  );
}
