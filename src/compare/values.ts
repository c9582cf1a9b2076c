/**
 * Numbers and dates changed between two aligned stretches of text. A number written in digits on both
 * sides whose value has no equal on the other side is paired, in order, with such a number there:
 * `number_changed`, with both values ("4,8 Millionen" = "4.8 million" is no change; "4,8" → "5,8"
 * is). A numeral inside a date counts as a number too (the change is in the digits); clock times are
 * compared as times. A date of the time stage whose value differs while no numeral changed is
 * `date_changed` ("am Freitag" → "am Donnerstag").
 */
import type { Span, TimeExpression } from "../model/types.js";
import { formatValue, sameValue, type NumberMention } from "./numbers.js";
import { numbersOfSentence, type FullProfile } from "./profile.js";

export interface ValueChange {
  op: "number_changed" | "date_changed";
  a: Span;
  b: Span;
  values: { a: string; b: string };
  detail: string;
}

/** A date value precise enough to compare: a year, month or day without unknown parts. */
const SPECIFIC_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function inRange(x: { start: number; end: number }, from: number, to: number): boolean {
  return x.start >= from && x.end <= to;
}

function timesIn(p: FullProfile, from: number, to: number): TimeExpression[] {
  return (p.analysis.times ?? []).filter((t) => inRange(t, from, to));
}

/** A clock time with a value that says the hour ("T14:00"). */
const CLOCK_VALUE = /T\d{2}(?::\d{2})?/;
const isClock = (t: TimeExpression) => t.type === "TIME" && CLOCK_VALUE.test(t.value);
const DIGIT = /\d/;

/**
 * Clock times whose values differ ("2 PM" → "9 PM"; "2 PM" and "14:00" are the same time): a changed
 * numeral, so `number_changed`, unless no digit is written ("noon" → "midnight": `date_changed`).
 */
function clockChanges(a: FullProfile, b: FullProfile, ta: readonly TimeExpression[], tb: readonly TimeExpression[]): ValueChange[] {
  const clock = (t: TimeExpression) => CLOCK_VALUE.exec(t.value)![0];
  const xa = ta.filter((t) => !tb.some((u) => clock(u) === clock(t)));
  const xb = tb.filter((t) => !ta.some((u) => clock(u) === clock(t)));
  const out: ValueChange[] = [];
  for (let k = 0; k < Math.min(xa.length, xb.length); k++) {
    const x = xa[k]!;
    const y = xb[k]!;
    const op = DIGIT.test(x.text) || DIGIT.test(y.text) ? "number_changed" : "date_changed";
    out.push({ op, a: spanOf(a, x), b: spanOf(b, y), values: { a: x.value, b: y.value }, detail: `${x.text} → ${y.text} (${x.value} → ${y.value})` });
  }
  return out;
}

/** Numbers of sentences [s0, s1) of a profile, without those inside clock times. */
function numbersIn(p: FullProfile, s0: number, s1: number): NumberMention[] {
  const sentences = p.sentences.slice(s0, s1);
  if (sentences.length === 0) return [];
  const clock = timesIn(p, sentences[0]!.start, sentences[sentences.length - 1]!.end).filter(isClock);
  const numbers: NumberMention[] = [];
  for (let i = s0; i < s1; i++) numbers.push(...numbersOfSentence(p, i));
  return numbers.filter((n) => !clock.some((t) => n.start >= t.start && n.end <= t.end));
}

/** Values of `mine` with no equal among `theirs` (each of theirs matches once). */
function unmatched(mine: readonly NumberMention[], theirs: readonly NumberMention[]): NumberMention[] {
  const used = new Set<number>();
  const out: NumberMention[] = [];
  for (const n of mine) {
    const k = theirs.findIndex((m, i) => !used.has(i) && sameValue(m.value, n.value));
    if (k >= 0) used.add(k);
    else out.push(n);
  }
  return out;
}

const spanOf = (p: FullProfile, x: { start: number; end: number }): Span => ({ start: x.start, end: x.end, text: p.analysis.text.slice(x.start, x.end) });

/** The number and date changes between A's sentences [a0, a1) and B's [b0, b1). */
export function valueChanges(a: FullProfile, b: FullProfile, a0: number, a1: number, b0: number, b1: number): ValueChange[] {
  const out: ValueChange[] = [];
  const na = numbersIn(a, a0, a1);
  const nb = numbersIn(b, b0, b1);
  const ua = unmatched(na, nb).filter((n) => n.digits);
  const ub = unmatched(nb, na).filter((n) => n.digits);
  const pairs = Math.min(ua.length, ub.length);
  for (let k = 0; k < pairs; k++) {
    const x = ua[k]!;
    const y = ub[k]!;
    const values = { a: formatValue(x.value), b: formatValue(y.value) };
    out.push({ op: "number_changed", a: spanOf(a, x), b: spanOf(b, y), values, detail: `${x.text} → ${y.text}${x.text !== values.a || y.text !== values.b ? ` (${values.a} → ${values.b})` : ""}` });
  }
  if (a1 <= a0 || b1 <= b0) return out;
  const ta = timesIn(a, a.sentences[a0]!.start, a.sentences[a1 - 1]!.end);
  const tb = timesIn(b, b.sentences[b0]!.start, b.sentences[b1 - 1]!.end);
  out.push(...clockChanges(a, b, ta.filter(isClock), tb.filter(isClock)));
  const da = ta.filter((t) => t.type === "DATE" && SPECIFIC_DATE.test(t.value));
  const db = tb.filter((t) => t.type === "DATE" && SPECIFIC_DATE.test(t.value));
  const changedNumeral = (t: TimeExpression, list: readonly NumberMention[]) => list.some((n) => n.start >= t.start && n.end <= t.end);
  const da2 = da.filter((t) => !db.some((u) => u.value === t.value) && !changedNumeral(t, ua));
  const db2 = db.filter((t) => !da.some((u) => u.value === t.value) && !changedNumeral(t, ub));
  const datePairs = Math.min(da2.length, db2.length);
  for (let k = 0; k < datePairs; k++) {
    const x = da2[k]!;
    const y = db2[k]!;
    // A date made more or less precise ("im Juni" → "am 14. Juni") says nothing else.
    if (x.value.startsWith(y.value) || y.value.startsWith(x.value)) continue;
    out.push({ op: "date_changed", a: spanOf(a, x), b: spanOf(b, y), values: { a: x.value, b: y.value }, detail: `${x.text} → ${y.text} (${x.value} → ${y.value})` });
  }
  return out;
}
