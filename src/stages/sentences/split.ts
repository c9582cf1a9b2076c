import type { Token } from "../../model/types.js";
import type { Locale } from "../../locales/types.js";

/** Closing marks that stay with the sentence before them: quotes and brackets after the full stop. */
const CLOSERS = new Set(["“", "”", '"', "»", "«", "‘", "’", "'", "''", "’’", "›", "‹", ")", "]"]);
const TERMINALS = /^(?:\.|…|\.\.\.|[!?]+)$/;
/** A sentence may start with a capital, a digit, an opening quote or bracket, or a dash. */
const SENTENCE_OPENER = /^[\p{Lu}\p{N}„“"«»‚‘'`([¿¡–—-]/u;
const UPPER_INITIAL = /^\p{Lu}$/u;
const ROMAN_NUMERAL = /^[IVX]{1,5}$/;
const DIGITS = /^\p{N}{1,3}$/u;
/**
 * A sentence has at most this many tokens: text without sentence punctuation (a list, a table, a text
 * pasted without full stops) would otherwise be one sentence as long as the text, and the stages read
 * each sentence's words against each other (candidates, frames, times), which costs the square of its
 * length. No sentence of the corpora the project measures comes near (the longest, of 235 words, has
 * fewer than 300 tokens). A longer run is cut after the last clause mark in its second half, else at
 * the limit.
 */
export const MAX_SENTENCE_TOKENS = 400;
const CUT_MARKS = new Set([";", ",", ":", "–", "—"]);

interface CompiledSentenceRules {
  abbreviations: Set<string>;
  /** The first pieces of abbreviations with several: "z." of "z.B.", "i." and "i.d." of "i.d.R.". */
  heads: Set<string>;
  ambiguous: Set<string>;
  maxPieces: number;
  starters: Set<string>;
  ordinalPreceders: Set<string>;
  months: Set<string>;
}

const compiled = new WeakMap<Locale, CompiledSentenceRules>();

function rulesFor(locale: Locale): CompiledSentenceRules {
  let rules = compiled.get(locale);
  if (!rules) {
    const squash = (s: string) => s.replace(/\s+/g, "");
    const ambiguous = new Set(locale.sentences.ambiguousAbbreviations.map(squash));
    const abbreviations = new Set(locale.sentences.abbreviations.map(squash).filter((a) => !ambiguous.has(a)));
    const pieces = (a: string) => a.split(".").length - 1;
    const heads = new Set<string>();
    for (const a of [...abbreviations, ...ambiguous]) {
      const parts = a.split(".").slice(0, -1);
      for (let k = 1; k < parts.length; k++) heads.add(parts.slice(0, k).join(".") + ".");
    }
    rules = {
      abbreviations,
      heads,
      ambiguous,
      maxPieces: Math.max(1, ...[...abbreviations, ...ambiguous].map(pieces)),
      starters: new Set(locale.sentences.sentenceStarters),
      ordinalPreceders: new Set(locale.sentences.ordinalPreceders),
      months: new Set(locale.calendar.months.flat()),
    };
    compiled.set(locale, rules);
  }
  return rules;
}

/**
 * Splits the tokens of one block into sentences. Returns the index ranges [from, to) of the tokens
 * of each sentence. A full stop ends a sentence unless it closes an abbreviation, an initial, a roman
 * numeral or an ordinal ("am 13. April"); closing quotes and brackets stay with the sentence they end;
 * a sentence never starts with a lowercase word or right after the mark without a space.
 */
export function splitSentences(text: string, tokens: readonly Token[], locale: Locale): Array<[number, number]> {
  const rules = rulesFor(locale);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const surface = text.slice(tok.start, tok.end);
    if (tok.kind !== "punct" || !TERMINALS.test(surface)) continue;
    // Closing quotes and brackets glued to the mark belong to this sentence.
    let j = i + 1;
    let glueEnd = tok.end;
    while (j < tokens.length && tokens[j]!.start === glueEnd && CLOSERS.has(text.slice(tokens[j]!.start, tokens[j]!.end))) {
      glueEnd = tokens[j]!.end;
      j++;
    }
    const next = tokens[j];
    if (next === undefined) break; // the block ends here anyway
    if (next.start === glueEnd) continue; // "Ende.Der", "tagesschau.de"
    const nextText = text.slice(next.start, next.end);
    if (!SENTENCE_OPENER.test(nextText)) continue;
    if (surface === "." && j === i + 1 && !periodEndsSentence(text, tokens, i, nextText, rules)) continue;
    if (surface === "." && j > i + 1 && isAbbreviationAt(text, tokens, i, rules) === "always") continue;
    pushCapped(out, text, tokens, from, j);
    from = j;
    i = j - 1;
  }
  if (from < tokens.length) pushCapped(out, text, tokens, from, tokens.length);
  return out;
}

/** Adds the sentence [from, to), cut into pieces of at most MAX_SENTENCE_TOKENS tokens. */
function pushCapped(out: Array<[number, number]>, text: string, tokens: readonly Token[], from: number, to: number): void {
  let start = from;
  while (to - start > MAX_SENTENCE_TOKENS) {
    let cut = start + MAX_SENTENCE_TOKENS;
    for (let k = cut - 1; k > start + MAX_SENTENCE_TOKENS / 2; k--) {
      const t = tokens[k]!;
      if (t.kind === "punct" && CUT_MARKS.has(text.slice(t.start, t.end))) {
        cut = k + 1;
        break;
      }
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, to]);
}

function periodEndsSentence(
  text: string,
  tokens: readonly Token[],
  i: number,
  nextText: string,
  rules: CompiledSentenceRules,
): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.end !== tokens[i]!.start) return true;
  const prevText = text.slice(prev.start, prev.end);
  const abbreviation = isAbbreviationAt(text, tokens, i, rules);
  if (abbreviation === "always") return false;
  if (continuesAbbreviation(text, tokens, i, rules)) return false;
  if (abbreviation === "ambiguous") return rules.starters.has(nextText.toLowerCase());
  if (prev.kind === "word" && UPPER_INITIAL.test(prevText)) return false;
  if (prev.kind === "word" && ROMAN_NUMERAL.test(prevText) && precededByName(text, tokens, i - 1)) return false;
  if (prev.kind === "number" && DIGITS.test(prevText)) {
    if (rules.months.has(nextText.toLowerCase())) return false;
    const before = tokens[i - 2];
    if (before !== undefined && rules.ordinalPreceders.has(text.slice(before.start, before.end).toLowerCase())) return false;
  }
  return true;
}

/** Whether the full stop at token `i` closes a listed abbreviation ("Dr.", "z. B.", "U.S."). */
function isAbbreviationAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  rules: CompiledSentenceRules,
): "always" | "ambiguous" | null {
  let candidate = ".";
  let k = i - 1;
  for (let piece = 0; piece < rules.maxPieces && k >= 0; piece++) {
    const word = tokens[k]!;
    if (word.kind !== "word" || word.end !== tokens[k + 1]!.start) break;
    candidate = text.slice(word.start, word.end) + candidate;
    const lowered = lowerFirst(candidate);
    if (rules.abbreviations.has(candidate) || rules.abbreviations.has(lowered)) return "always";
    if (rules.ambiguous.has(candidate) || rules.ambiguous.has(lowered)) return "ambiguous";
    // One piece further back: "z." before "B.", with at most one space between.
    const dot = tokens[k - 1];
    if (dot === undefined || text.slice(dot.start, dot.end) !== "." || k - 2 < 0) break;
    const gap = text.slice(dot.end, word.start);
    if (gap.length > 1 || (gap.length === 1 && gap !== " ")) break;
    candidate = "." + candidate;
    k -= 2;
  }
  return null;
}

/** Whether the full stop at token `i` ends the first piece of a longer abbreviation ("z." of "z. B."). */
function continuesAbbreviation(text: string, tokens: readonly Token[], i: number, rules: CompiledSentenceRules): boolean {
  const word = tokens[i - 1];
  if (word === undefined || word.kind !== "word") return false;
  let candidate = text.slice(word.start, word.end) + ".";
  for (let k = i + 1; rules.heads.has(candidate) || rules.heads.has(lowerFirst(candidate)); k += 2) {
    const next = tokens[k];
    const dot = tokens[k + 1];
    if (next === undefined || dot === undefined || next.kind !== "word" || dot.start !== next.end) return false;
    if (text.slice(dot.start, dot.end) !== "." || next.start - tokens[k - 1]!.end > 1) return false;
    candidate += text.slice(next.start, next.end) + ".";
    const c = lowerFirst(candidate);
    if (rules.abbreviations.has(candidate) || rules.abbreviations.has(c) || rules.ambiguous.has(candidate) || rules.ambiguous.has(c)) return true;
  }
  return false;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function precededByName(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.kind === "word" && /^\p{Lu}/u.test(text.slice(before.start, before.end));
}
