/**
 * Locality-sensitive hashing of MinHash signatures: the signature cut into bands of a few rows, each
 * band hashed into a bucket; two texts that share a bucket in any band are candidates. With b bands of
 * r rows, texts of resemblance s become candidates with probability 1 − (1 − s^r)^b: about ½ at
 * s = (1/b)^(1/r) (0.5 for 16 bands of 4), nearly always above 0.75, rarely below 0.3.
 */
import { SIGNATURE_LENGTH } from "./fingerprint.js";

export const LSH_BANDS = 16;
export const LSH_ROWS = SIGNATURE_LENGTH / LSH_BANDS;

/** Pairs (i < j, as i * count + j) of signatures that share a bucket in some band. */
export function lshCandidates(signatures: readonly Uint32Array[], pairs: Set<number>): void {
  const count = signatures.length;
  for (let band = 0; band < LSH_BANDS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, doc) => {
      if (sig[0] === 0xffffffff) return;
      const key = Array.from(sig.subarray(band * LSH_ROWS, (band + 1) * LSH_ROWS)).join(",");
      const list = buckets.get(key);
      if (list) list.push(doc);
      else buckets.set(key, [doc]);
    });
    for (const docs of buckets.values()) {
      for (let x = 0; x < docs.length; x++) for (let y = x + 1; y < docs.length; y++) pairs.add(docs[x]! * count + docs[y]!);
    }
  }
}
