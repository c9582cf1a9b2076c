/**
 * Numbers in a sentence with their values, read with the article's locale: digits in the locale's
 * decimal convention ("4,8" = 4.8 in German, "4.8" in English; "1.000" = 1000 in German), a scale word
 * after them ("4,8 Millionen" = 4,800,000 = "4.8 million"), and number words ("zwei", "two"). A token
 * of digits with separators that is no number ("13.04.2024", "24/7") gives its runs of digits.
 */
import type { Locale } from "../locales/types.js";
import { parseDigits } from "../stages/stance/quantities.js";
import { fold, type WordToken } from "./words.js";

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Written in digits (a number word is "digits: false"). */
  digits: boolean;
  /** A four-digit whole number that may be a year. */
  year: boolean;
}

/** Number words below this are articles ("ein", "one") or too vague to compare. */
const MIN_WORD_VALUE = 2;
/** Years a four-digit number may be. */
const YEAR_MIN = 1000;
const YEAR_MAX = 2999;
const DIGIT_RUN = /\d+/g;

interface NumberTables {
  words: Map<string, number>;
  scales: Map<string, number>;
}

const cache = new WeakMap<Locale, NumberTables>();

function tables(locale: Locale): NumberTables {
  let t = cache.get(locale);
  if (!t) {
    const words = new Map<string, number>();
    for (const e of locale.numbers.words) if (e.value >= MIN_WORD_VALUE) for (const w of e.words) if (!w.includes(" ")) words.set(fold(w), e.value);
    const scales = new Map<string, number>();
    for (const e of locale.numbers.scales) for (const w of e.words) if (!w.includes(" ")) scales.set(fold(w.replace(/\.$/, "")), e.value);
    t = { words, scales };
    cache.set(locale, t);
  }
  return t;
}

function isYear(value: number, raw: string): boolean {
  return /^\d{4}$/.test(raw) && value >= YEAR_MIN && value <= YEAR_MAX;
}

/** The numbers among a sentence's tokens (positions in the article's text). */
export function numbersOf(text: string, tokens: readonly WordToken[], locale: Locale): NumberMention[] {
  const t = tables(locale);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === "number") {
      // A number in the other convention ("5,963,373" in a German text) is read in that one.
      const value = parseDigits(tok.raw, locale.numbers.decimal, locale.numbers.group) ?? parseDigits(tok.raw, locale.numbers.group, locale.numbers.decimal);
      if (value === null) {
        for (const m of tok.raw.matchAll(DIGIT_RUN)) {
          const start = tok.start + m.index;
          out.push({ start, end: start + m[0].length, text: m[0], value: Number(m[0]), digits: true, year: isYear(Number(m[0]), m[0]) });
        }
        continue;
      }
      const next = tokens[i + 1];
      const scale = next && next.kind === "word" ? t.scales.get(next.fold) : undefined;
      if (scale !== undefined && next) {
        out.push({ start: tok.start, end: next.end, text: text.slice(tok.start, next.end), value: value * scale, digits: true, year: false });
        i++;
      } else out.push({ start: tok.start, end: tok.end, text: tok.raw, value, digits: true, year: isYear(value, tok.raw) });
      continue;
    }
    const word = t.words.get(tok.fold);
    if (word === undefined) continue;
    const next = tokens[i + 1];
    const scale = next && next.kind === "word" ? t.scales.get(next.fold) : undefined;
    if (scale !== undefined && next) {
      out.push({ start: tok.start, end: next.end, text: text.slice(tok.start, next.end), value: word * scale, digits: false, year: false });
      i++;
    } else out.push({ start: tok.start, end: tok.end, text: tok.raw, value: word, digits: false, year: false });
  }
  return out;
}

/** A year written with two digits ("'88") and the century it is in. */
const CENTURY = 100;

/** Two values that are the same number (rounding to nine significant digits), or a year and its two last digits. */
export function sameValue(a: number, b: number): boolean {
  if (a === b || Math.abs(a - b) <= Math.abs(a) * 1e-9) return true;
  const [short, long] = a < b ? [a, b] : [b, a];
  return Number.isInteger(short) && short >= 0 && short < CENTURY && long >= YEAR_MIN && long <= YEAR_MAX && long % CENTURY === short;
}

/** A value as a fact-checker reads it ("4800000" → "4,800,000"; "4.8" stays). */
export function formatValue(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 10000 ? value.toLocaleString("en-US") : String(value);
}
