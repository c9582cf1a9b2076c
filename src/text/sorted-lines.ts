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
 * Keys a table looks up by bisecting its characters before it indexes its lines. One article asks a
 * table a few hundred new keys, where the index (a few milliseconds for the largest table) would not pay;
 * a batch asks tens of thousands, where bisecting by characters (finding the start of the line around
 * each middle character) cost a fresh process about 0.4 s over 881 documents more than the index.
 */
const LOOKUPS_BEFORE_INDEX = 2_000;

/** Where each line of `text` from `start` begins, and `text.length` after the last. */
function lineStarts(text: string, start: number): Int32Array {
  let lines = 0;
  for (let at = start; at < text.length; lines++) {
    const nl = text.indexOf("\n", at);
    at = nl < 0 ? text.length : nl + 1;
  }
  const starts = new Int32Array(lines + 1);
  let i = 0;
  for (let at = start; at < text.length; i++) {
    starts[i] = at;
    const nl = text.indexOf("\n", at);
    at = nl < 0 ? text.length : nl + 1;
  }
  starts[lines] = text.length;
  return starts;
}

/**
 * A look-up in a text of "key<TAB>value" lines sorted by key (UTF-16 code units), by binary search: over
 * character positions at first (nothing is built when the text is read), over an index of its lines
 * once it has been asked LOOKUPS_BEFORE_INDEX keys. Answers are remembered.
 */
export function sortedLines(text: string): Lookup<string> {
  const start = bodyStart(text);
  /** The start of the line with `key`, or -1: bisecting characters. */
  const findByChars = (key: string): number => {
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
  /** The value of the line with `key`, or null: bisecting the lines' index. */
  const findByLines = (key: string, starts: Int32Array): string | null => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const cmp = compareKey(key, text, starts[mid]!);
      if (cmp === 0) {
        const end = starts[mid + 1]!;
        return text.slice(starts[mid]! + key.length + 1, text.charCodeAt(end - 1) === NEWLINE ? end - 1 : end);
      }
      if (cmp < 0) hi = mid;
      else lo = mid + 1;
    }
    return null;
  };
  let starts: Int32Array | null = null;
  let asked = 0;
  const seen = new Map<string, string | null>();
  const valueOf = (key: string): string | null => {
    let v = seen.get(key);
    if (v === undefined) {
      if (seen.size > MAX_REMEMBERED_KEYS) seen.clear();
      if (!starts && ++asked > LOOKUPS_BEFORE_INDEX) starts = lineStarts(text, start);
      if (starts) v = findByLines(key, starts);
      else {
        const line = findByChars(key);
        const nl = line < 0 ? -1 : text.indexOf("\n", line);
        v = line < 0 ? null : text.slice(line + key.length + 1, nl < 0 ? text.length : nl);
      }
      seen.set(key, v);
    }
    return v;
  };
  return { get: (key) => valueOf(key) ?? undefined, has: (key) => valueOf(key) !== null };
}
