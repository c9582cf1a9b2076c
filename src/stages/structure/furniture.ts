/**
 * Page furniture told by the shape of the page rather than by cue phrases: a headline printed again as a
 * subheading, a gallery's title repeated over every picture, a gallery's picture counter ("Bild 3 von
 * 12", "Image 3 of 12"), a gallery label ("Bildergalerie: …"), and teasers set off by an arrow ("→ Alle
 * Infos im Liveblog", "▶ Video: Die Wahl in Bildern").
 */
import type { Locale } from "../../locales/types.js";
import { TEASER_ARROWS } from "../../locales/shared/page-furniture.js";
import { wordsUpTo } from "./classify.js";
import { alternatives, escapeRegex } from "../../text/regex.js";

/** A repeated line is short: at most this many characters (captions and prose repeat for other reasons). */
const REPEAT_MAX_CHARS = 160;
/** A gallery label line is at most this many words. */
const GALLERY_LINE_MAX_WORDS = 14;
/** An arrow teaser is at most this long and ends without a full stop. */
const ARROW_TEASER_MAX_CHARS = 200;
const ENDS_STATEMENT = /[.…]["“”»«'’)]*$/u;
const SPACES = /\s+/g;

interface FurnitureRules {
  counter: RegExp;
  galleryLine: RegExp;
  arrow: RegExp;
}

const compiled = new WeakMap<readonly Locale[], FurnitureRules>();

function rulesFor(locales: readonly Locale[]): FurnitureRules {
  let rules = compiled.get(locales);
  if (!rules) {
    const counters = locales.flatMap((l) => l.structure.galleryCounters);
    const labels = locales.flatMap((l) => l.structure.galleryLabels);
    const word = `(?:${alternatives([...counters, ...labels])})`;
    rules = {
      // "Bild 3 von 12", "3/12", "Foto: 2 / 10", "Image 3 of 12", "(3 of 12)".
      counter: new RegExp(`^\\(?(?:${word}\\s*:?\\s*)?\\d{1,3}\\s*(?:/|${word})\\s*\\d{1,3}\\)?\\s*[:.]?$`, "iu"),
      galleryLine: new RegExp(`^(?:${alternatives(labels)})(?:\\s*[:|–—-]\\s*|\\s+(?=\\p{Lu}))`, "iu"),
      arrow: new RegExp(`^\\s*(?:${TEASER_ARROWS.map(escapeRegex).join("|")})\\s*\\S`, "u"),
    };
    compiled.set(locales, rules);
  }
  return rules;
}

/** A line's key for finding repeats: spaces folded, case ignored. */
export function repeatKey(text: string): string | null {
  if (text.length > REPEAT_MAX_CHARS) return null;
  return text.replace(SPACES, " ").trim().toLowerCase();
}

/** Why a line is a gallery's furniture (a picture counter, a gallery label), or null. */
export function galleryReason(line: string, locales: readonly Locale[]): string | null {
  const rules = rulesFor(locales);
  const text = line.trim();
  if (rules.counter.test(text)) return "gallery counter";
  if (wordsUpTo(text, GALLERY_LINE_MAX_WORDS) <= GALLERY_LINE_MAX_WORDS && rules.galleryLine.test(text) && !ENDS_STATEMENT.test(text)) return "gallery label";
  return null;
}

/** Whether a line is a teaser set off by an arrow ("→ Alle Infos im Liveblog"): short and no statement. */
export function isArrowTeaser(line: string, locales: readonly Locale[]): boolean {
  const text = line.trim();
  return text.length <= ARROW_TEASER_MAX_CHARS && rulesFor(locales).arrow.test(text) && !ENDS_STATEMENT.test(text);
}

/** The text after a teaser arrow, for reading a related-articles marker behind it ("→ Lesen Sie auch: …"). */
export function withoutArrow(line: string): string {
  let text = line.trimStart();
  for (const arrow of TEASER_ARROWS) if (text.startsWith(arrow)) text = text.slice(arrow.length).trimStart();
  return text;
}
