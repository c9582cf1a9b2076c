/**
 * Quantities: numbers in digits or words with their scale ("4,8 Millionen"), unit ("Prozent", "€") or
 * counted noun ("Artilleriegranaten"), and the bound words before them ("bis zu" upper, "mehr als"
 * lower, "rund" approximate). Numbers in dates and times, ordinals, references ("Resolution 2231") and
 * compounds ("48-stündig") are not quantities. Words come from the locale (`numbers`, `quantities`).
 */
import type { Locale, QuantityBound } from "../../locales/types.js";
import type { Quantity, Span, Token } from "../../model/types.js";
import { overlaps } from "../../model/span.js";
import { lexiconTable, startsUpper } from "../time/words.js";
import { matchPhrase, phraseIndex, phraseTokens, type PhraseIndex } from "./phrases.js";

/** Number words below this are articles or too common to be claims ("ein", "one"). */
const MIN_WORD_NUMBER = 2;
/** Adjectives allowed between a number and its noun ("300 getötete Soldaten"). */
const MAX_ADJECTIVES = 2;
/** Digits grouped by thousands. */
const GROUP_DIGITS = 3;
/** Separators inside a number token that make it no quantity (clock times, references, dates). */
const NOT_A_MEASURE = /[:/]/;

interface QuantityTables {
  /** Bound phrases as token lists, to match backwards from a number. */
  boundPhrases: { tokens: string[]; bound: QuantityBound }[];
  units: PhraseIndex<string>;
  scales: PhraseIndex<number>;
  fractions: PhraseIndex<number>;
  numberWords: Map<string, number>;
  vague: PhraseIndex<number>;
  connectors: Set<string>;
  references: Set<string>;
  notNouns: Set<string>;
}

const cache = new WeakMap<Locale, QuantityTables>();

function tables(locale: Locale): QuantityTables {
  let t = cache.get(locale);
  if (!t) {
    const q = locale.quantities;
    t = {
      boundPhrases: q.bounds.flatMap((b) => b.words.map((w) => ({ tokens: phraseTokens(w), bound: b.value }))).sort((a, b) => b.tokens.length - a.tokens.length),
      units: phraseIndex(q.units),
      scales: phraseIndex(locale.numbers.scales),
      fractions: phraseIndex(locale.numbers.fractions),
      numberWords: lexiconTable(locale.numbers.words),
      vague: phraseIndex(q.vagueMagnitudes),
      connectors: new Set(q.countConnectors),
      references: new Set(q.referenceWords.map((w) => w.toLowerCase())),
      notNouns: new Set(q.notNouns),
    };
    cache.set(locale, t);
  }
  return t;
}

/**
 * A number written in digits, read with the locale's separators ("4,8" → 4.8, "1.000" → 1000 in
 * German); a group separator not followed by groups of three digits is taken as a decimal point ("1.5").
 */
export function parseDigits(raw: string, decimal: string, group: string): number | null {
  const [whole = "", ...fraction] = raw.split(decimal);
  if (fraction.length > 1) return null;
  let digits = whole;
  const groups = whole.split(group);
  if (groups.length > 1) {
    if (groups.slice(1).every((g) => g.length === GROUP_DIGITS)) digits = groups.join("");
    else if (fraction.length === 0 && groups.length === 2) digits = groups.join(".");
    else return null;
  }
  const n = Number(fraction.length ? `${digits}.${fraction[0]}` : digits);
  return Number.isFinite(n) ? n : null;
}

interface Scan {
  text: string;
  tokens: readonly Token[];
  words: readonly string[];
  locale: Locale;
  t: QuantityTables;
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Ordinals ("13." before a word, "13th"), references ("Nr. 5") and compounds ("48-stündig") are no quantities. */
function excluded(s: Scan, i: number): boolean {
  const token = s.tokens[i] as Token;
  const next = s.tokens[i + 1];
  const nextWord = s.words[i + 1] ?? "";
  if (token.kind === "number" && NOT_A_MEASURE.test(s.words[i] ?? "")) return true;
  if (adjacent(token, next) && s.locale.time.ordinalSuffixes.includes(nextWord) && i + 2 < s.tokens.length) return true;
  if (adjacent(token, next) && nextWord === "-" && s.tokens[i + 2]?.kind === "word") return true;
  const before = s.words[i - 1] ?? "";
  const twoBefore = s.words[i - 2] ?? "";
  return s.t.references.has(before) || (before === "." && s.t.references.has(`${twoBefore}.`));
}

interface NumberAt {
  value: number;
  vague: boolean;
  /** Index of the number's last token (a vague magnitude may have several: "tens of thousands"). */
  last: number;
}

/** The value of the number at token i (digits, a number word or a vague magnitude), or null. */
function numberAt(s: Scan, i: number): NumberAt | null {
  const token = s.tokens[i] as Token;
  const word = s.words[i] ?? "";
  if (token.kind === "number") {
    const value = parseDigits(word, s.locale.numbers.decimal, s.locale.numbers.group);
    return value === null ? null : { value, vague: false, last: i };
  }
  if (token.kind !== "word") return null;
  const vague = matchPhrase(s.text, s.tokens, s.words, i, s.t.vague);
  if (vague) return { value: vague.value, vague: true, last: vague.to - 1 };
  const n = s.t.numberWords.get(word);
  return n !== undefined && n >= MIN_WORD_NUMBER ? { value: n, vague: false, last: i } : null;
}

/**
 * The counted noun after token `from`: skips a connector ("of") and a few adjectives; nouns are
 * capitalised where the locale says so, elsewhere a capitalised word before another is a proper
 * adjective ("four African countries").
 */
function countedNoun(s: Scan, from: number): number | null {
  const capitalized = s.locale.time.capitalizedNouns;
  const endings = s.locale.quantities.adjectiveEndings;
  const start = s.t.connectors.has(s.words[from] ?? "") ? from + 1 : from;
  for (let k = start, skipped = 0; k < s.tokens.length && skipped <= MAX_ADJECTIVES; k++, skipped++) {
    const token = s.tokens[k] as Token;
    const word = s.words[k] ?? "";
    if (token.kind !== "word" || s.t.notNouns.has(word)) return null;
    const raw = s.text.slice(token.start, token.end);
    const adjective = endings.some((e) => word.endsWith(e)) || (!capitalized && startsUpper(raw));
    if (capitalized) {
      if (startsUpper(raw)) return k;
      if (!adjective) return null;
      continue;
    }
    const following = s.tokens[k + 1];
    const nextIsWord = following?.kind === "word" && !s.t.notNouns.has(s.words[k + 1] ?? "");
    if (adjective && nextIsWord && skipped < MAX_ADJECTIVES) continue;
    return k;
  }
  return null;
}

/** A bare number right after a capitalised word inside a sentence is part of a name ("Apollo 11", "Boeing 737"). */
function isName(s: Scan, i: number): boolean {
  const before = s.tokens[i - 1];
  return i > 1 && before !== undefined && before.kind === "word" && startsUpper(s.text.slice(before.start, before.end));
}

/** The bound phrase that ends right before token `i`, as [bound, index of its first token]. */
function boundBefore(s: Scan, i: number): [QuantityBound, number] | null {
  for (const p of s.t.boundPhrases) {
    const from = i - p.tokens.length;
    if (from >= 0 && p.tokens.every((w, k) => s.words[from + k] === w)) return [p.bound, from];
  }
  return null;
}

/** The quantities of one sentence (its tokens and their lowercase texts); `blocked` are spans they may not overlap (times). */
export function findQuantities(text: string, tokens: readonly Token[], words: readonly string[], locale: Locale, blocked: readonly Span[]): Quantity[] {
  const s: Scan = { text, tokens, words, locale, t: tables(locale) };
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (blocked.some((b) => overlaps(b, token)) || excluded(s, i)) continue;
    const number = numberAt(s, i);
    if (!number) continue;
    let first = i;
    let last = number.last;
    let value = number.value;
    let unit: string | undefined;
    const scale = number.vague ? null : matchPhrase(text, tokens, s.words, last + 1, s.t.scales);
    const fraction = number.vague || scale ? null : matchPhrase(text, tokens, s.words, last + 1, s.t.fractions);
    if (scale) {
      value *= scale.value;
      last = scale.to - 1;
    } else if (fraction) {
      value /= fraction.value;
      last = fraction.to - 1;
    }
    const symbol = i > 0 ? matchPhrase(text, tokens, s.words, i - 1, s.t.units) : null;
    const after = matchPhrase(text, tokens, s.words, last + 1, s.t.units);
    if (symbol && symbol.to === i) {
      unit = symbol.value;
      first = i - 1;
    } else if (after) {
      unit = after.value;
      last = after.to - 1;
    } else {
      const noun = countedNoun(s, last + 1);
      if (noun !== null) {
        unit = text.slice((tokens[noun] as Token).start, (tokens[noun] as Token).end);
        last = noun;
      } else if (token.kind === "word" && !number.vague && !scale && !fraction) continue;
    }
    const bound = boundBefore(s, first);
    if (bound) first = bound[1];
    else if (!scale && !fraction && !after && !(symbol && symbol.to === i) && isName(s, i)) continue;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      ...(unit !== undefined ? { unit } : {}),
      bound: bound ? bound[0] : number.vague ? "lower" : "exact",
    });
    i = last;
  }
  return out;
}
