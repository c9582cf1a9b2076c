/**
 * `relate`: every pair of related texts in a batch, without comparing all pairs. Candidates come from
 * MinHash/LSH over word shingles (near-duplicates and rewrites, fingerprint.ts, lsh.ts) and from an
 * index of language-neutral keys (translations and stories told anew, candidates.ts); each candidate is
 * aligned and judged as `compare` judges it (the same relation, direction and similarity). Each text is
 * kept as its lean profile and shingles, not as its analysis. Deterministic: the same inputs in the
 * same order give the same pairs.
 */
import type { RelatedPair } from "../model/compare.js";
import type { Analysis } from "../model/types.js";
import { alignSentences, CROSS_LINGUAL, MONOLINGUAL } from "./align.js";
import { anchorCandidates, neutralKeys } from "./candidates.js";
import { directionOf } from "./direction.js";
import { minhash } from "./fingerprint.js";
import { lshCandidates } from "./lsh.js";
import { leanProfileOf, type DocProfile } from "./profile.js";
import { mayReuse, relationOf, storyRelation } from "./relation.js";

export interface RelateStats {
  texts: number;
  candidates: number;
  related: number;
}

/** Collects texts one at a time (an analysis is reduced to what relating needs as it comes in) and relates them. */
export class Relater {
  private readonly profiles: DocProfile[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly keys: Int32Array[] = [];
  stats: RelateStats = { texts: 0, candidates: 0, related: 0 };

  add(analysis: Analysis): void {
    const { shingles, ...profile } = leanProfileOf(analysis, true);
    this.profiles.push(profile);
    this.signatures.push(minhash(shingles));
    this.keys.push(neutralKeys(profile));
  }

  get size(): number {
    return this.profiles.length;
  }

  /** Every related pair, in the order of the inputs (a before b). */
  pairs(): RelatedPair[] {
    const count = this.profiles.length;
    const candidates = new Set<number>();
    lshCandidates(this.signatures, candidates);
    anchorCandidates(
      this.keys,
      this.profiles.map((p) => p.language),
      candidates,
    );
    const out: RelatedPair[] = [];
    for (const key of [...candidates].sort((x, y) => x - y)) {
      const i = Math.floor(key / count);
      const j = key - i * count;
      const pair = judge(this.profiles[i]!, this.profiles[j]!);
      if (pair) out.push(pair);
    }
    this.stats = { texts: count, candidates: candidates.size, related: out.length };
    return out;
  }
}

/** The relation of two texts as `compare` finds it, or null when they are unrelated. */
export function judge(a: DocProfile, b: DocProfile): RelatedPair | null {
  const facts = mayReuse(a, b) ? relationOf(a, b, alignSentences(a.sentences, b.sentences, a.language === b.language ? MONOLINGUAL : CROSS_LINGUAL)) : storyRelation(a, b);
  if (facts.relation === "unrelated") return null;
  const { direction } = directionOf(a, b, facts.relation);
  return { a: a.id, b: b.id, relation: facts.relation, direction, similarity: facts.similarity };
}

/** Every related pair among the analyses. */
export function relate(analyses: Iterable<Analysis>): RelatedPair[] {
  const r = new Relater();
  for (const a of analyses) r.add(a);
  return r.pairs();
}
