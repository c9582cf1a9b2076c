/**
 * A Bloom filter over strings: a compact set that answers "maybe in it" or "surely not", used for the
 * German noun list (src/stages/entities/model/nouns-de.bin). Hashes are FNV-1a with two seeds, combined
 * by double hashing. The file is two little-endian 32-bit words (the number of bits, the number of
 * hashes) and the bit array.
 */
import { STRING_SEED, mixChars } from "./tagger/hash.js";

export interface BloomFilter {
  bits: Uint8Array;
  /** Number of bits. */
  size: number;
  /** Number of hash functions. */
  hashes: number;
}

/** The second hash's seed, an arbitrary odd constant. */
const SECOND_SEED = 0x9747b28c;

/** FNV-1a of a string from a seed, unsigned (the tagger's hash, without its avalanche finish). */
function fnv1a(s: string, seed: number): number {
  return mixChars(seed, s, 0, s.length) >>> 0;
}

function positions(filter: Pick<BloomFilter, "size" | "hashes">, s: string, visit: (bit: number) => boolean): boolean {
  const a = fnv1a(s, STRING_SEED);
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

const HEADER_BYTES = 8;
const WORD_BYTES = 4;

export function bloomFromBytes(bytes: Uint8Array): BloomFilter {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(0, true);
  const hashes = view.getUint32(WORD_BYTES, true);
  const bits = bytes.subarray(HEADER_BYTES);
  if (bits.length * 8 < size) throw new Error("Bloom filter file is truncated");
  return { bits, size, hashes };
}

export function bloomToBytes(filter: BloomFilter): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + filter.bits.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, filter.size, true);
  view.setUint32(WORD_BYTES, filter.hashes, true);
  out.set(filter.bits, HEADER_BYTES);
  return out;
}
