/**
 * Dates joined into a range or a list share what only the last one says: "Mai/Juni 1940" and
 * "10. Juli bis 31. Oktober 1940" give the first part the year 1940; "zwischen dem 15. und 21. Mai"
 * makes "15." a date in May. The connectors ("bis", "und", "/", "to") come from the locale.
 */
import type { Locale } from "../../locales/types.js";
import type { Found } from "./extract.js";
import { escapeRegex } from "../../text/regex.js";
import { foldWords, phrasesSource } from "./words.js";

interface Connectors {
  words: Set<string>;
  /** A bare day before a connector, at the end of the text before a date ("15. und "). */
  dayBefore: RegExp;
}

const cache = new WeakMap<Locale, Connectors>();
/** A list comma joins dates too ("Mai, Juni und Juli 1940"). */
const LIST_COMMA = ",";
/**
 * How far before a date a bare first day is looked for ("15. und " is a few characters; this leaves room
 * for runs of white space). Looking back only this far keeps each search short however long the text
 * before the date is: the text before a sentence's first date reaches back to the start of the document.
 */
const DAY_BEFORE_REACH = 256;

function connectors(locale: Locale): Connectors {
  let c = cache.get(locale);
  if (!c) {
    const list = [...locale.time.rangeConnectors, LIST_COMMA];
    const suffixes = locale.time.ordinalSuffixes.map(escapeRegex).join("|");
    const day = String.raw`(?<![\p{N}.,])(\p{N}{1,2}(?:${suffixes})?)`;
    c = {
      words: new Set(list.map(foldWords)),
      dayBefore: new RegExp(`${day}\\s*${phrasesSource(list, false)}\\s*$`, "giu"),
    };
    cache.set(locale, c);
  }
  return c;
}

/** A year given without its era, joined to one with an era ("Jahr 478/477 v. Chr."). */
function eraless(f: Found, g: Found): boolean {
  return f.parsed.year !== undefined && f.parsed.era === undefined && g.parsed.era !== undefined;
}

function monthless(f: Found): boolean {
  const p = f.parsed;
  return p.day !== undefined && p.month === undefined && p.year === undefined && p.weekday === undefined;
}

function undated(f: Found): boolean {
  const p = f.parsed;
  const calendar = p.month !== undefined || p.season !== undefined;
  return calendar && p.year === undefined && !p.relative && !p.relativeNoun && p.count === undefined;
}

/** The expressions of a sentence with years shared along ranges and lists, and bare first days added. */
export function coordinate(text: string, found: readonly Found[], locale: Locale): Found[] {
  const c = connectors(locale);
  const out = [...found];
  for (let i = out.length - 2; i >= 0; i--) {
    const f = out[i] as Found;
    const g = out[i + 1] as Found;
    const between = foldWords(text.slice(f.end, g.start));
    if (!c.words.has(between)) continue;
    const { year, yearDigits, era } = g.parsed;
    if (eraless(f, g) && era) out[i] = { ...f, parsed: { ...f.parsed, era } };
    // "in der Nacht vom 5. zum 6. Januar 1918": a day without its month takes the month (and year) of the next.
    if (monthless(f) && g.parsed.month !== undefined && g.parsed.day !== undefined) {
      out[i] = { ...f, parsed: { ...f.parsed, month: g.parsed.month, ...(year !== undefined ? { year } : {}), ...(yearDigits !== undefined ? { yearDigits } : {}), ...(era ? { era } : {}) } };
      continue;
    }
    if (!undated(f) || year === undefined) continue;
    out[i] = { ...f, parsed: { ...f.parsed, year, ...(yearDigits !== undefined ? { yearDigits } : {}), ...(era ? { era } : {}) } };
  }
  return withBareFirstDays(text, out, c);
}

/** "15." in "zwischen dem 15. und 21. Mai": a day number joined to a date that has a month. */
function withBareFirstDays(text: string, found: readonly Found[], c: Connectors): Found[] {
  const out: Found[] = [];
  let previousEnd = 0;
  for (const g of found) {
    if (g.parsed.day !== undefined && g.parsed.month !== undefined) {
      const before = text.slice(previousEnd, g.start);
      // The search starts DAY_BEFORE_REACH characters before the date; the look-behind still sees the text before that.
      c.dayBefore.lastIndex = Math.max(0, before.length - DAY_BEFORE_REACH);
      const m = c.dayBefore.exec(before);
      if (m && m[1] !== undefined) {
        const start = previousEnd + m.index;
        const { day: _day, partOfDay: _pod, ...rest } = g.parsed;
        const { signal: _signal, ...position } = g;
        out.push({ ...position, start, end: start + m[1].length, parsed: { ...rest, day: Number.parseInt(m[1], 10) } });
      }
    }
    out.push(g);
    previousEnd = g.end;
  }
  return out;
}
