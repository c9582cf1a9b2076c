/**
 * Word lists as regular-expression sources and lookup tables. Shared by the time and stance stages:
 * locale lists are lowercase phrases with single spaces; text is matched case-insensitively with any
 * white space between the words.
 */

/** Letters and digits: a word boundary is where neither is on the other side. */
export const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
export const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const SPACES = /\s+/g;

export function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, "\\$&");
}

/** Lowercase with single spaces: the form word lists are written in. */
export function foldWords(s: string): string {
  return s.toLowerCase().replace(SPACES, " ").trim();
}

/**
 * An alternation of phrases, longest first, spaces matching any white space (none needed after an
 * abbreviation's period: "v.Chr."), with a word boundary after phrases that end in a letter or digit
 * unless `boundary` is false (for the first part of a compound: "Freitag" of "Freitagabend").
 */
export function phrasesSource(phrases: readonly string[], boundary = true): string {
  const unique = [...new Set(phrases.map(foldWords))].filter((p) => p.length > 0);
  unique.sort((a, b) => b.length - a.length);
  const alternatives = unique.map((p) => {
    const words = p.split(" ");
    const body = words.map((w, i) => (i === 0 ? "" : words[i - 1]?.endsWith(".") ? String.raw`\s*` : String.raw`\s+`) + escapeRegex(w)).join("");
    return boundary && /[\p{L}\p{N}]$/u.test(p) ? body + NOT_WORD_AFTER : body;
  });
  return alternatives.length ? `(?:${alternatives.join("|")})` : "(?!)";
}

/** A table from folded phrase to value, from `{ value, words }` entries (the first entry wins a clash). */
export function lexiconTable<V>(entries: readonly { value: V; words: readonly string[] }[]): Map<string, V> {
  const table = new Map<string, V>();
  for (const e of entries) for (const w of e.words) if (!table.has(foldWords(w))) table.set(foldWords(w), e.value);
  return table;
}

/** All words of `{ words }` entries. */
export function allWords(entries: readonly { words: readonly string[] }[]): string[] {
  return entries.flatMap((e) => e.words);
}
