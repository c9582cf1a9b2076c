/**
 * Fingerprints for near-duplicates: the set of word shingles (three consecutive folded words) of a
 * text's article sentences, hashed to 32 bits, and its MinHash signature — for each of K hash
 * functions the smallest hash of any shingle, so that two signatures agree in a share of places that
 * estimates the Jaccard resemblance of the two shingle sets (Broder 1997).
 */
import type { Analysis, Voice } from "../model/types.js";
import { hash32, wordTokens } from "./words.js";

/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Hash functions of a signature. */
export const SIGNATURE_LENGTH = 64;
/** Block kinds whose text is page furniture, not the article: left out of the shingles. */
const FURNITURE: ReadonlySet<string> = new Set(["boilerplate", "promo", "bio", "related", "credit", "comment"]);

/** Whether a sentence is page furniture rather than the article (left out of the shingles). */
export function isFurniture(voice: Voice | undefined, blockKind: string | undefined): boolean {
  return voice === "boilerplate" || FURNITURE.has(blockKind ?? "body");
}

/** The distinct shingle hashes of an analysis's article sentences, sorted. */
export function shinglesOf(analysis: Analysis): Uint32Array {
  const words: string[] = [];
  for (const s of analysis.sentences ?? []) {
    if (isFurniture(s.voice, analysis.blocks[s.block]?.kind)) continue;
    for (const t of wordTokens(analysis.text, s.start, s.end)) words.push(t.fold);
  }
  return shinglesOfWords(words);
}

/** The distinct shingle hashes of a run of folded words, sorted: each word hashed once, three combined. */
export function shinglesOfWords(words: readonly string[]): Uint32Array {
  const h = words.map(hash32);
  const set = new Set<number>();
  if (h.length < SHINGLE_WORDS) {
    if (h.length) set.add(mix32(h.reduce((acc, x) => Math.imul(acc ^ x, 0x01000193), 0x811c9dc5)));
  } else for (let i = 0; i + SHINGLE_WORDS <= h.length; i++) set.add(mix32(Math.imul(h[i]!, 0x9e3779b1) ^ Math.imul(h[i + 1]!, 0x85ebca77) ^ h[i + 2]!));
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
