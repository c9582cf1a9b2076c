import type { BlockKind } from "../../model/types.js";

/** Shape limits for the blocks at the top of an article and for subheadings. */
export const KICKER_MAX_WORDS = 4;
export const KICKER_MAX_CHARS = 40;
export const HEADLINE_MAX_WORDS = 25;
export const HEADLINE_MAX_CHARS = 220;
export const LEAD_MAX_CHARS = 700;
export const SUBHEADING_MAX_WORDS = 12;
export const SUBHEADING_MAX_CHARS = 100;
export const CAPTION_MAX_CHARS = 300;
/** A related-articles marker on its own line makes the next few short lines teasers too. */
export const RELATED_FOLLOWERS = 6;
export const TEASER_MAX_CHARS = 160;

const ENDS_PROSE = /[.!?…:;,]["“”»«'’)]*$/u;
const ENDS_STATEMENT = /[.…]["“”»«'’)]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;

export function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

export function isKickerLike(s: string): boolean {
  return wordCount(s) <= KICKER_MAX_WORDS && s.length <= KICKER_MAX_CHARS && !ENDS_PROSE.test(s) && !s.includes("\n");
}

export function isHeadlineLike(s: string): boolean {
  return (
    wordCount(s) <= HEADLINE_MAX_WORDS &&
    s.length <= HEADLINE_MAX_CHARS &&
    !ENDS_STATEMENT.test(s) &&
    !STARTS_LOWER.test(s) &&
    !s.includes("\n")
  );
}

export function isProse(s: string): boolean {
  return ENDS_PROSE.test(s) && wordCount(s) > KICKER_MAX_WORDS;
}

/** A caption written as one short sentence ("Die geplante Trasse am Hauptbahnhof."): at most this many words. */
export const CAPTION_SENTENCE_MAX_WORDS = 20;
const SENTENCE_INSIDE = /[.!?…]["“”»«'’)]*\s+\p{Lu}/u;

/** One short sentence on a line of its own, as captions are written. */
export function isCaptionSentence(s: string): boolean {
  return wordCount(s) <= CAPTION_SENTENCE_MAX_WORDS && !s.includes("\n") && !SENTENCE_INSIDE.test(s);
}

export function isSubheadingLike(s: string): boolean {
  return wordCount(s) <= SUBHEADING_MAX_WORDS && s.length <= SUBHEADING_MAX_CHARS && !ENDS_PROSE.test(s) && !STARTS_LOWER.test(s);
}

/** Kinds that are not part of the article's reporting text flow. */
export const ASIDE_KINDS: ReadonlySet<BlockKind> = new Set(["credit", "caption", "related", "boilerplate", "comment", "promo", "bio"]);
