/**
 * Pieces of a page that are not article text whatever element holds them, told by their words alone:
 * date lines ("23.10.2018", "Published 7:07 PM EST Nov 19, 2019 | Updated 8:12 PM", "By Anna Muster
 * on Monday, November 18th, 2019 at 11:08 a.m."), and markup that a page prints as text (an escaped
 * tracking pixel `<img src=…>`, a shortcode `[button link=…]`), and lines of labels between separators
 * (breadcrumbs "Blog › News › …", "Impressum | Datenschutz | Kontakt"). Label words are language data
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
const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

const ALL_LOCALES = Object.values(LOCALES);
const single = (words: readonly string[]) => words.filter((w) => !w.includes(" ")).map((w) => w.toLowerCase());
/** Words that make a line a date line: "published", "aktualisiert", and the single-word byline prefixes ("by", "von"). */
const LABELS = new Set(ALL_LOCALES.flatMap((l) => [...single(l.structure.dateLineLabels), ...single(l.structure.bylinePrefixes)]));
/** Words a date line is made of besides its label: fillers, month and weekday names. */
const FILLERS = new Set(
  ALL_LOCALES.flatMap((l) => [...l.structure.dateLineFillers, ...l.calendar.months.flat(), ...l.calendar.weekdays.flat()].map((w) => w.toLowerCase())),
);

/** Words, not counting separators ("|", "·", "–") standing alone. */
function wordCount(text: string): number {
  let n = 0;
  for (const token of text.trim().split(SPACES)) if (WORDLIKE.test(token)) n++;
  return n;
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

/** A tag or a shortcode with attributes, printed as text: `<img height="1" src="…">`, `[button link="…"]`. */
const PRINTED_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|\[\/?[a-z][a-z0-9_-]*(?:\s[^[\]]*)?\]/giu;
const ESCAPED_LT = /&lt;/g;
const ESCAPED_GT = /&gt;/g;
const HAS_ATTRIBUTE = /\s[a-z-]+\s*=/iu;
/** A piece whose characters are at least this share printed tags is markup, not text. */
const MARKUP_SHARE = 0.5;

/** Whether a piece is markup printed as text (escaped tags or shortcodes with attributes make up most of it). */
export function isPrintedMarkup(text: string): boolean {
  // Escaped twice in the page's source, markup reaches the text as "&lt;span …&gt;".
  const markup = text.replace(ESCAPED_LT, "<").replace(ESCAPED_GT, ">");
  let chars = 0;
  let attributes = false;
  for (const [tag] of markup.matchAll(PRINTED_TAG)) {
    chars += tag.length;
    if (!attributes && HAS_ATTRIBUTE.test(tag)) attributes = true;
  }
  return attributes && chars >= markup.length * MARKUP_SHARE;
}

/** Separators between the labels of a navigation line: "Start › Politik › Inland", "Impressum | Datenschutz". */
const NAVIGATION_SEPARATOR = /\s+[|›»>•·]\s+|^\s*[›»>]\s*/u;
/** A navigation line has at least this many labels … */
const NAVIGATION_MIN_PARTS = 3;
/** … each of at most this many words … */
const NAVIGATION_MAX_PART_WORDS = 6;
/** … and none ends like a sentence. */
const PART_ENDS_SENTENCE = /[.!?…:;]["“”»«'’)]*$/u;

/** Whether a piece is a line of short labels between separators: a breadcrumb trail, a footer's links, a list of sections. */
export function isNavigationLine(text: string): boolean {
  const parts = text.split(NAVIGATION_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < NAVIGATION_MIN_PARTS) return false;
  return parts.every((p) => LETTER.test(p) && wordCount(p) <= NAVIGATION_MAX_PART_WORDS && !PART_ENDS_SENTENCE.test(p));
}
