/**
 * Word lists as regular-expression sources and lookup tables. Shared by the time and stance stages:
 * locale lists are lowercase phrases with single spaces; text is matched case-insensitively with any
 * white space between the words.
 */
import { escapeRegex } from "../../text/regex.js";

/** Letters and digits: a word boundary is where neither is on the other side. */
export const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
export const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const SPACES = /\s+/g;

/** Whether a word starts with a capital letter. */
export function startsUpper(s: string | undefined): boolean {
  return s !== undefined && s.length > 0 && s[0] !== s[0]?.toLowerCase();
}

/** The lowercase text of a word token, or null for another token or none. */
export function wordAt(text: string, token: WordToken | undefined): string | null {
  return token && token.kind === "word" ? text.slice(token.start, token.end).toLowerCase() : null;
}

type WordToken = { start: number; end: number; kind: string };

/** The `n` words right before token `i`, lowercase and joined by spaces; null where one of them is no word. */
export function wordsBefore(text: string, tokens: readonly WordToken[], i: number, n: number): string | null {
  const words: string[] = [];
  for (let k = i - n; k < i; k++) {
    const w = wordAt(text, tokens[k]);
    if (w === null) return null;
    words.push(w);
  }
  return words.join(" ");
}

/** The phrase of one or two words right before token `i` that the set holds, longest first; null for none. */
export function phraseBefore(text: string, tokens: readonly WordToken[], i: number, phrases: { has(key: string): boolean }): string | null {
  for (const n of [2, 1]) {
    const words = wordsBefore(text, tokens, i, n);
    if (words !== null && phrases.has(words)) return words;
  }
  return null;
}

/**
 * The text in lowercase, character for character at the same offsets: patterns compiled for lowercase
 * text run without the case-insensitive flag, which makes large Unicode alternations slow to compile.
 * The rare character whose lowercase is longer ("İ") stays as it is.
 */
export function lowercaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Lowercase with single spaces: the form word lists are written in. */
export function foldWords(s: string): string {
  return s.toLowerCase().replace(SPACES, " ").trim();
}

/**
 * An alternation of phrases, longest first, spaces matching any white space (none needed after an
 * abbreviation's period: "v.Chr."), with one word boundary after the phrases that end in a letter or
 * digit unless `boundary` is false (for the first part of a compound: "Freitag" of "Freitagabend").
 * The boundary stands once after the group, not after every phrase: regular expressions with hundreds
 * of Unicode classes take long to compile.
 */
export function phrasesSource(phrases: readonly string[], boundary = true): string {
  const unique = [...new Set(phrases.map(foldWords))].filter((p) => p.length > 0);
  unique.sort((a, b) => b.length - a.length);
  const body = (p: string) => {
    const words = p.split(" ");
    return words.map((w, i) => (i === 0 ? "" : words[i - 1]?.endsWith(".") ? String.raw`\s*` : String.raw`\s+`) + escapeRegex(w)).join("");
  };
  const wordEnd = unique.filter((p) => /[\p{L}\p{N}]$/u.test(p)).map(body);
  const otherEnd = unique.filter((p) => !/[\p{L}\p{N}]$/u.test(p)).map(body);
  // Phrases ending in punctuation first: "v. Chr." before "v. Chr", "a.m." before "a.m".
  const groups: string[] = [];
  if (otherEnd.length) groups.push(`(?:${otherEnd.join("|")})`);
  if (wordEnd.length) groups.push(`(?:${wordEnd.join("|")})${boundary ? NOT_WORD_AFTER : ""}`);
  return groups.length ? `(?:${groups.join("|")})` : "(?!)";
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
