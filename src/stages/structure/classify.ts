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

const WORD = /\S+/g;

/**
 * The number of words (runs of characters other than white space) of s, counted no further than
 * `atMost + 1`: enough to compare with any limit up to `atMost` without going through a long paragraph.
 */
export function wordsUpTo(s: string, atMost: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n <= atMost && WORD.exec(s) !== null) n++;
  return n;
}

export function isKickerLike(s: string): boolean {
  return wordsUpTo(s, KICKER_MAX_WORDS) <= KICKER_MAX_WORDS && s.length <= KICKER_MAX_CHARS && !ENDS_PROSE.test(s) && !s.includes("\n");
}

export function isHeadlineLike(s: string): boolean {
  return (
    wordsUpTo(s, HEADLINE_MAX_WORDS) <= HEADLINE_MAX_WORDS &&
    s.length <= HEADLINE_MAX_CHARS &&
    !ENDS_STATEMENT.test(s) &&
    !STARTS_LOWER.test(s) &&
    !s.includes("\n")
  );
}

export function isProse(s: string): boolean {
  return ENDS_PROSE.test(s) && wordsUpTo(s, KICKER_MAX_WORDS) > KICKER_MAX_WORDS;
}

/** A caption written as one short sentence ("Die geplante Trasse am Hauptbahnhof."): at most this many words. */
export const CAPTION_SENTENCE_MAX_WORDS = 20;
const SENTENCE_INSIDE = /[.!?…]["“”»«'’)]*\s+\p{Lu}/u;

/** One short sentence on a line of its own, as captions are written. */
export function isCaptionSentence(s: string): boolean {
  return wordsUpTo(s, CAPTION_SENTENCE_MAX_WORDS) <= CAPTION_SENTENCE_MAX_WORDS && !s.includes("\n") && !SENTENCE_INSIDE.test(s);
}

export function isSubheadingLike(s: string): boolean {
  return wordsUpTo(s, SUBHEADING_MAX_WORDS) <= SUBHEADING_MAX_WORDS && s.length <= SUBHEADING_MAX_CHARS && !ENDS_PROSE.test(s) && !STARTS_LOWER.test(s);
}

/** Kinds that are not part of the article's reporting text flow. */
export const ASIDE_KINDS: ReadonlySet<BlockKind> = new Set(["credit", "caption", "related", "boilerplate", "comment", "promo", "bio"]);
