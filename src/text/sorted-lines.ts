/**
 * Look-ups in large sorted word lists kept as one string (a data file read as it is): binary search over
 * character positions instead of a Set or Map of tens of thousands of strings, which would cost tens of
 * milliseconds and megabytes to build at start-up. Lines starting with "#" are comments and come first.
 */

/** An exact look-up of keys. */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

const NEWLINE = 10;
const TAB = 9;
const COMMENT = 0x23; // "#"

/** Where the data lines of a text begin, after its comment lines. */
export function bodyStart(text: string): number {
  let at = 0;
  while (at < text.length && text.charCodeAt(at) === COMMENT) {
    const nl = text.indexOf("\n", at);
    at = nl < 0 ? text.length : nl + 1;
  }
  return at;
}

/** Negative, 0 or positive as `key` sorts before, as or after the key of the line starting at `at`. */
function compareKey(key: string, text: string, at: number): number {
  for (let k = 0; ; k++) {
    const c = at + k < text.length ? text.charCodeAt(at + k) : NEWLINE;
    const lineKeyEnds = c === TAB || c === NEWLINE;
    if (k === key.length) return lineKeyEnds ? 0 : -1;
    if (lineKeyEnds) return 1;
    const d = key.charCodeAt(k) - c;
    if (d !== 0) return d;
  }
}

/** Most keys whose answer a sorted table remembers (news repeats its words) before it starts afresh. */
const MAX_REMEMBERED_KEYS = 100_000;

/**
 * A look-up in a text of "key<TAB>value" lines sorted by key (UTF-16 code units), by binary search over
 * character positions: nothing is built when the text is read; answers are remembered.
 */
export function sortedLines(text: string): Lookup<string> {
  const start = bodyStart(text);
  const find = (key: string): number => {
    let lo = start;
    let hi = text.length;
    while (lo < hi) {
      // The start of the line holding the middle: just after the newline before it, but not before `lo`
      // (a line start); found by the string's own search rather than character by character.
      const mid = (lo + hi) >>> 1;
      const line = mid > lo ? Math.max(lo, text.lastIndexOf("\n", mid - 1) + 1) : lo;
      const cmp = compareKey(key, text, line);
      if (cmp === 0) return line;
      if (cmp < 0) hi = line;
      else {
        const nl = text.indexOf("\n", line);
        lo = nl < 0 ? text.length : nl + 1;
      }
    }
    return -1;
  };
  const seen = new Map<string, string | null>();
  const valueOf = (key: string): string | null => {
    let v = seen.get(key);
    if (v === undefined) {
      if (seen.size > MAX_REMEMBERED_KEYS) seen.clear();
      const line = find(key);
      const nl = line < 0 ? -1 : text.indexOf("\n", line);
      v = line < 0 ? null : text.slice(line + key.length + 1, nl < 0 ? text.length : nl);
      seen.set(key, v);
    }
    return v;
  };
  return { get: (key) => valueOf(key) ?? undefined, has: (key) => valueOf(key) !== null };
}
