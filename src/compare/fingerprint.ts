/**
 * Fingerprints for near-duplicates: the set of word shingles (three consecutive folded words) of a
 * text's article sentences, hashed to 32 bits, and its MinHash signature — for each of K hash
 * functions the smallest hash of any shingle, so that two signatures agree in a share of places that
 * estimates the Jaccard resemblance of the two shingle sets (Broder 1997).
 */
import type { Analysis } from "../model/types.js";
import { hash32 } from "./profile.js";
import { wordTokens } from "./words.js";

/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Hash functions of a signature. */
export const SIGNATURE_LENGTH = 64;
/** Block kinds whose text is page furniture, not the article: left out of the shingles. */
const FURNITURE: ReadonlySet<string> = new Set(["boilerplate", "promo", "bio", "related", "credit", "comment"]);

/** The distinct shingle hashes of an analysis's article sentences, sorted. */
export function shinglesOf(analysis: Analysis): Uint32Array {
  const words: string[] = [];
  for (const s of analysis.sentences ?? []) {
    if (s.voice === "boilerplate" || FURNITURE.has(analysis.blocks[s.block]?.kind ?? "body")) continue;
    for (const t of wordTokens(analysis.text, s.start, s.end)) words.push(t.fold);
  }
  const set = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) set.add(hash32(words.join(" ")));
  } else for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  return Uint32Array.from(set).sort();
}

/** Murmur3's finaliser: mixes the bits of a 32-bit value. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seeds of the hash functions: a fixed sequence, so signatures are the same in every run. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** The MinHash signature of a shingle set (all 0xffffffff for an empty set). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix32(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The exact Jaccard resemblance and the containment of the smaller in the larger of two sorted shingle sets. */
export function resemblance(x: Uint32Array, y: Uint32Array): { jaccard: number; containment: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  const union = x.length + y.length - shared;
  return { jaccard: union ? shared / union : 0, containment: Math.min(x.length, y.length) ? shared / Math.min(x.length, y.length) : 0 };
}
