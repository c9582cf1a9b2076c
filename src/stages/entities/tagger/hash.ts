/**
 * 32-bit feature hashes: a feature is a template number mixed with its values (characters of a word,
 * small integers), computed without building the feature's name as a string. FNV-1a over UTF-16 code
 * units, finished with MurmurHash3's avalanche so that the low bits index a table well.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const AVALANCHE_1 = 0x85ebca6b;
const AVALANCHE_2 = 0xc2b2ae35;
const SHIFT_1 = 16;
const SHIFT_2 = 13;

/** The start of a feature's hash: its template. */
export function hashStart(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
}

/** Mixes one integer (a code unit, a tag index, a hash of a value) into a hash. */
export function mix(h: number, value: number): number {
  return Math.imul(h ^ value, FNV_PRIME);
}

/** Mixes the code units [from, to) of a string into a hash. */
export function mixChars(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The final hash of a feature: well spread, never 0 (0 marks an empty slot in a model's table). */
export function finish(h: number): number {
  h ^= h >>> SHIFT_1;
  h = Math.imul(h, AVALANCHE_1);
  h ^= h >>> SHIFT_2;
  h = Math.imul(h, AVALANCHE_2);
  h ^= h >>> SHIFT_1;
  return h === 0 ? 1 : h;
}

/** Where the hash of a string as a value begins. */
export const STRING_SEED = FNV_OFFSET;

/** The hash of a whole string as a value (mixed into features with `mix`). */
export function hashString(s: string): number {
  return finish(mixChars(STRING_SEED, s, 0, s.length));
}
