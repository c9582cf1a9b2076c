/**
 * A Bloom filter over strings: a compact set that answers "maybe in it" or "surely not", used for the
 * German noun list (src/stages/entities/model/nouns-de.ts). Hashes are FNV-1a with two seeds, combined
 * by double hashing; the bit array ships as base64.
 */
export interface BloomFilter {
  bits: Uint8Array;
  /** Number of bits. */
  size: number;
  /** Number of hash functions. */
  hashes: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The second hash's seed, an arbitrary odd constant. */
const SECOND_SEED = 0x9747b28c;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h >>> 0;
}

function positions(filter: Pick<BloomFilter, "size" | "hashes">, s: string, visit: (bit: number) => boolean): boolean {
  const a = fnv1a(s, FNV_OFFSET);
  const b = fnv1a(s, SECOND_SEED) | 1;
  for (let k = 0; k < filter.hashes; k++) {
    if (!visit(((a + Math.imul(k, b)) >>> 0) % filter.size)) return false;
  }
  return true;
}

export function bloomHas(filter: BloomFilter, s: string): boolean {
  return positions(filter, s, (bit) => (filter.bits[bit >>> 3]! & (1 << (bit & 7))) !== 0);
}

/** A filter for `items` with about the given false-positive rate. */
export function buildBloom(items: Iterable<string>, count: number, falsePositiveRate: number): BloomFilter {
  const size = Math.ceil((-count * Math.log(falsePositiveRate)) / Math.LN2 ** 2);
  const hashes = Math.max(1, Math.round((size / count) * Math.LN2));
  const bits = new Uint8Array(Math.ceil(size / 8));
  const filter = { bits, size, hashes };
  for (const item of items) {
    positions(filter, item, (bit) => {
      bits[bit >>> 3]! |= 1 << (bit & 7);
      return true;
    });
  }
  return filter;
}

export function bloomFromBase64(base64: string, size: number, hashes: number): BloomFilter {
  return { bits: new Uint8Array(Buffer.from(base64, "base64")), size, hashes };
}

export function bloomToBase64(filter: BloomFilter): string {
  return Buffer.from(filter.bits).toString("base64");
}
