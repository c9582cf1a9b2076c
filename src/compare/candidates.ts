/**
 * Candidates across languages (and for stories told in other words): an inverted index over the keys
 * that mean the same in every language — concepts, names and other words no lexicon knows, cognates,
 * numbers. Keys found in many texts are left out (they tie nothing together); each text is scored
 * against the texts sharing its keys (cosine of idf-weighted key sets), and its best few partners in each
 * language above a floor become candidates (texts of its own language, which share far more keys, do not
 * crowd out its translations). No pair of texts is compared that shares no rare key.
 */
import { isNeutralKey, type DocProfile } from "./profile.js";

export const CANDIDATE_LIMITS = {
  /** Keys in more texts than this share of the batch are left out … */
  maxDocShare: 0.02,
  /** … but never keys in this many texts or fewer. */
  maxDocFloor: 40,
  /** Partners kept per text and language. */
  perDoc: 6,
  /** Lowest score of a candidate. */
  minScore: 0.1,
} as const;

/** The language-neutral keys of a profile, distinct. */
export function neutralKeys(p: DocProfile): Int32Array {
  const set = new Set<number>();
  for (const s of p.sentences) for (let k = 0; k < s.keys.length; k++) if (isNeutralKey(s.keys[k]!)) set.add(s.keys[k]!);
  return Int32Array.from(set);
}

/** Adds the anchor candidates (i < j, as i * count + j) of texts given by their neutral keys and languages. */
export function anchorCandidates(keys: readonly Int32Array[], languages: readonly string[], pairs: Set<number>): void {
  const count = keys.length;
  const df = new Map<number, number>();
  for (const ks of keys) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  const maxDf = Math.max(CANDIDATE_LIMITS.maxDocFloor, Math.ceil(CANDIDATE_LIMITS.maxDocShare * count));
  const idf = (k: number) => Math.log(count / df.get(k)!);
  const postings = new Map<number, number[]>();
  const norms = new Float64Array(count);
  keys.forEach((ks, doc) => {
    for (const k of ks) {
      const d = df.get(k)!;
      if (d < 2 || d > maxDf) continue;
      const w = idf(k);
      norms[doc] = norms[doc]! + w * w;
      const list = postings.get(k);
      if (list) list.push(doc);
      else postings.set(k, [doc]);
    }
  });
  const acc = new Float64Array(count);
  const touched: number[] = [];
  const best: { doc: number; score: number; language: string }[] = [];
  keys.forEach((ks, doc) => {
    for (const k of ks) {
      const list = postings.get(k);
      if (!list) continue;
      const w = idf(k);
      for (const other of list) {
        if (other === doc) continue;
        if (acc[other] === 0) touched.push(other);
        acc[other] = acc[other]! + w * w;
      }
    }
    best.length = 0;
    for (const other of touched) {
      const score = acc[other]! / Math.sqrt(norms[doc]! * norms[other]!);
      if (score >= CANDIDATE_LIMITS.minScore) best.push({ doc: other, score, language: languages[other]! });
      acc[other] = 0;
    }
    touched.length = 0;
    best.sort((x, y) => y.score - x.score || x.doc - y.doc);
    const kept = new Map<string, number>();
    for (const { doc: other, language } of best) {
      const n = kept.get(language) ?? 0;
      if (n >= CANDIDATE_LIMITS.perDoc) continue;
      kept.set(language, n + 1);
      pairs.add(doc < other ? doc * count + other : other * count + doc);
    }
  });
}
