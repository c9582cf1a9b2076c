/**
 * Pieces of a page that are not article text whatever element holds them, told by their words alone:
 * date lines ("23.10.2018", "Published 7:07 PM EST Nov 19, 2019 | Updated 8:12 PM", "By Anna Muster
 * on Monday, November 18th, 2019 at 11:08 a.m."). Label words are language data
 * (`dateLineLabels`, `dateLineFillers`, `bylinePrefixes` of every locale; months and weekdays from
 * the calendars): the page's language is not known yet when it is read.
 */
import { LOCALES } from "../../locales/index.js";
import { parseLooseDate } from "./metadata.js";

/** A piece that is a date and at most this many words ("05. Februar 2020", "23.10.2018 | 14:30") is a date line. */
const DATE_LINE_MAX_WORDS = 6;
/** A longer piece is a date line when it is labelled ("Published", "Updated", "By") and at most this long … */
const LABELLED_DATE_LINE_MAX_WORDS = 24;
/** … and holds at most this many other words (names of authors, time zones, a place). */
const DATE_LINE_MAX_OTHER_WORDS = 6;
/** Letter runs shorter than this are not counted as other words (ordinal suffixes "th", initials, "a.m."). */
const MIN_COUNTED_LETTERS = 3;
/** A time of day ("14:30", "14.30 Uhr", "7:07 PM", "11:08 a.m."), not the day and month of "23.10.2018". */
const TIME_OF_DAY = /(?<![\d.:])\d{1,2}[:.]\d{2}(?![.:]?\d)(?:\s*(?:uhr|[ap]\.?\s?m\.?|h)(?![\p{L}]))?/giu;
const ENDS_SENTENCE = /[.!?…]["“”»«'’)]*$/u;
const LETTER_RUN = /\p{L}+/gu;
const SPACES = /\s+/;

const ALL_LOCALES = Object.values(LOCALES);
const single = (words: readonly string[]) => words.filter((w) => !w.includes(" ")).map((w) => w.toLowerCase());
/** Words that make a line a date line: "published", "aktualisiert", and the single-word byline prefixes ("by", "von"). */
const LABELS = new Set(ALL_LOCALES.flatMap((l) => [...single(l.structure.dateLineLabels), ...single(l.structure.bylinePrefixes)]));
/** Words a date line is made of besides its label: fillers, month and weekday names. */
const FILLERS = new Set(
  ALL_LOCALES.flatMap((l) => [...l.structure.dateLineFillers, ...l.calendar.months.flat(), ...l.calendar.weekdays.flat()].map((w) => w.toLowerCase())),
);

function wordCount(text: string): number {
  return text.trim().split(SPACES).length;
}

/**
 * Whether a piece is the page's date line: a date with a time of day, a weekday or a label at most; or
 * a labelled line ("Published …", "Updated …", "By …") of a date, times and a few names, without a
 * sentence's end.
 */
export function isDateLine(text: string): boolean {
  const n = wordCount(text);
  if (n > LABELLED_DATE_LINE_MAX_WORDS) return false;
  const bare = text.replace(TIME_OF_DAY, " ");
  if (parseLooseDate(bare) === null) return false;
  if (n <= DATE_LINE_MAX_WORDS) return true;
  if (ENDS_SENTENCE.test(bare.trim())) return false;
  let labelled = false;
  let other = 0;
  for (const [w] of bare.toLowerCase().matchAll(LETTER_RUN)) {
    if (LABELS.has(w)) labelled = true;
    else if (w.length >= MIN_COUNTED_LETTERS && !FILLERS.has(w)) other++;
  }
  return labelled && other <= DATE_LINE_MAX_OTHER_WORDS;
}
