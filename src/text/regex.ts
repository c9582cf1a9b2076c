/** Building regular expressions from word lists (locale data). */

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** A string that matches itself literally inside a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, "\\$&");
}

/**
 * An alternation of words, each matched literally, longest first (so that "Mehr zum Thema" wins over
 * "Mehr"), without repeats: the source of a group, without the group's brackets.
 */
export function alternatives(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

/** The source of a regular expression that finds any of the words or phrases as whole words (not inside a longer word or number). */
export function wholeWords(words: Iterable<string>): string {
  return `(?<![\\p{L}\\p{N}])(?:${alternatives(words)})(?![\\p{L}\\p{N}])`;
}
