/**
 * Live-blog entries: a paragraph that opens with a timestamp ("14:32 Uhr: Die Polizei meldet …",
 * "12. Juni, 14:32 Uhr – …", "2:32 p.m. ET — …") or a line that is only one ("14:32", "Update 14:32 Uhr")
 * starts an entry; the entry's paragraphs, up to the next timestamp, carry its time as a TIMEX3 value.
 * Without the page calling itself a live blog, the timestamps must run newest first (a programme or an
 * agenda runs forward).
 * Timestamps are read with the time stage's patterns and resolved like reporting: against the date a
 * line of the blog gave last ("Mittwoch, 12. Juni 2024"), else the publication date.
 */
import type { BlockTime } from "../../model/types.js";
import type { Locale, TimeMod } from "../../locales/types.js";
import { tokenize } from "../sentences/tokenize.js";
import { coordinate } from "../time/coordination.js";
import { findInSentence, type Found } from "../time/extract.js";
import { remember } from "../time/index.js";
import { resolve, type Memory } from "../time/resolve.js";
import { parseIsoDay } from "../time/calendar-math.js";
import { lowercaseInPlace } from "../time/words.js";
import { alternatives } from "../../text/regex.js";

/** A timestamp stands within the first this many characters of its paragraph. */
const STAMP_REACH = 48;
/** A clock time in digits ("14:32", "14.32"), the cheap test before the patterns run. */
const CLOCK_DIGITS = /(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d])/u;
/** What may stand between the parts of a timestamp ("12. Juni, 14:32 Uhr") and after it before the entry's text. */
const BETWEEN_PARTS = /^[\s,|·–—-]*$/u;
const AFTER_STAMP = /^\s*(?:[:|–—-]\s*|$)/u;
/** A date line of the blog ("Mittwoch, 12. Juni 2024") is at most this long and has a digit. */
const DATE_LINE_MAX_CHARS = 48;
const DIGIT = /\p{N}/u;
/** After a date line's date, nothing but punctuation; after a timestamp that is a line of its own, the same. */
const NOTHING_MORE = /^[\s.,]*$/u;
const STAMP_ALONE = /^[\s:.|–—-]*$/u;

const cache = new WeakMap<Locale, { labels: Set<string>; bylines: RegExp }>();

/** A locale's date-line labels ("Update", "Aktualisiert") and its byline openers ("von", "by"), compiled once. */
function wordsOf(locale: Locale): { labels: Set<string>; bylines: RegExp } {
  let words = cache.get(locale);
  if (!words) {
    words = {
      labels: new Set(locale.structure.dateLineLabels.map((l) => l.toLowerCase())),
      bylines: new RegExp(`^(?:${alternatives(locale.structure.bylinePrefixes)})(?![\\p{L}])`, "iu"),
    };
    cache.set(locale, words);
  }
  return words;
}
/** An entry after its timestamp says at least this many words. */
export const ENTRY_MIN_WORDS = 4;
const WORD = /\S+/g;

function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** A blog shows at least this many timestamps … */
export const LIVEBLOG_MIN_ENTRIES = 3;
/** … newest first: at least this share of its steps from one timestamp to the next go back in time (a schedule goes forward). */
const NEWEST_FIRST_SHARE = 0.6;

/** Whether timestamps run newest first, as a live blog's do (an agenda or a game's schedule runs forward). */
export function newestFirst(stamps: readonly Stamp[]): boolean {
  let back = 0;
  for (let i = 1; i < stamps.length; i++) if (stamps[i]!.time.value < stamps[i - 1]!.time.value) back++;
  return stamps.length > 1 && back / (stamps.length - 1) >= NEWEST_FIRST_SHARE;
}

export interface Stamp {
  /** Index of the unit that holds the timestamp. */
  unit: number;
  time: BlockTime;
  /** The timestamp is all the paragraph says (a line of its own). */
  line: boolean;
}

interface Unitish {
  start: number;
  end: number;
  text: string;
}

/** The expressions at the start of a paragraph that make its timestamp (a date and a clock time), or null. */
function stampParts(found: readonly Found[], text: string, start: number, labels: ReadonlySet<string>): Found[] | null {
  const first = found[0];
  if (!first) return null;
  const before = text.slice(start, first.start).trim().toLowerCase().replace(/[:.]$/, "");
  if (before !== "" && !labels.has(before)) return null;
  const parts: Found[] = [first];
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    if (!BETWEEN_PARTS.test(text.slice(parts[parts.length - 1]!.end, f.start))) break;
    parts.push(f);
  }
  return parts.some((p) => p.parsed.hour !== undefined || p.parsed.namedTime !== undefined) ? parts : null;
}

/**
 * The timestamps of a text's paragraphs (`skip` tells the ones not to read: credits, teasers, promos),
 * resolved against the blog's date lines and the publication date; and the date lines themselves.
 */
export function liveStamps(text: string, units: readonly Unitish[], skip: (i: number) => boolean, locale: Locale, published: string | null): { stamps: Stamp[]; dateLines: number[] } {
  const publication = published ? parseIsoDay(published) : null;
  const { labels, bylines } = wordsOf(locale);
  const memory: Memory = {};
  const stamps: Stamp[] = [];
  const dateLines: number[] = [];
  let lowercase: string | null = null;
  units.forEach((u, i) => {
    if (skip(i)) return;
    const head = u.text.slice(0, STAMP_REACH);
    const clock = CLOCK_DIGITS.test(head);
    if (!clock && (u.text.length > DATE_LINE_MAX_CHARS || !DIGIT.test(u.text))) return;
    lowercase ??= lowercaseInPlace(text);
    const tokens = tokenize(text, u.start, u.end);
    const found = coordinate(text, findInSentence(text, lowercase, tokens, locale), locale);
    const resolveAll = (parts: readonly Found[]) => {
      let value: string | null = null;
      for (const f of parts) {
        const r = resolve(f.parsed, { mode: "news", publication, memory, tense: () => "past", ...(f.signal !== undefined ? { signal: f.signal as TimeMod | "" } : {}) });
        if (!r) continue;
        if (r.point && (r.type === "DATE" || r.type === "TIME")) remember(memory, r.point);
        value = r.value;
      }
      return value;
    };
    if (!clock) {
      // A date line of the blog: the day the entries below it were written.
      const parts = found.length > 0 && BETWEEN_PARTS.test(text.slice(u.start, found[0]!.start)) ? found : [];
      if (parts.length > 0 && NOTHING_MORE.test(text.slice(parts[parts.length - 1]!.end, u.end)) && parts.some((p) => p.parsed.day !== undefined) && resolveAll(parts) !== null) {
        dateLines.push(i);
      }
      return;
    }
    const parts = stampParts(found, text, u.start, labels);
    if (!parts) return;
    const end = parts[parts.length - 1]!.end;
    const rest = text.slice(end, u.end);
    if (!AFTER_STAMP.test(rest)) return;
    const entry = rest.replace(AFTER_STAMP, "");
    // "14:08 Uhr | von Anna Muster" is a date line with a byline; an entry says something.
    if (entry !== "" && (wordCount(entry) < ENTRY_MIN_WORDS || bylines.test(entry))) return;
    const value = resolveAll(parts);
    if (value === null) return;
    const start = parts[0]!.start;
    stamps.push({ unit: i, time: { start, end, text: text.slice(start, end), value }, line: STAMP_ALONE.test(rest) });
  });
  return { stamps, dateLines };
}
