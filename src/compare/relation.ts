/**
 * What the alignment says about two texts: how much of each is reused (verbatim, with edits, translated),
 * how alike they are, and their relation: `near-duplicate` (the same text with small edits), `rewrite`
 * (same language, sentences reused with edits), `translation` (another language, rendered sentence by
 * sentence), `same-story` (no reused sentences, but the same names and numbers), or `unrelated`.
 */
import type { AlignmentKind, Relation, Reuse } from "../model/compare.js";
import type { Bead } from "./align.js";
import type { DocProfile, SentenceFeature } from "./profile.js";
import { sharedAnchors, type SharedAnchors } from "./anchors.js";
import { matchedInText } from "./similarity.js";

/** Sentences of these block kinds are page furniture: they neither make nor break a relation. */
export const FURNITURE_BLOCKS: ReadonlySet<string> = new Set(["boilerplate", "promo", "bio", "related", "credit", "comment", "caption"]);

export const RELATION_THRESHOLDS = {
  /**
   * One language: a near-duplicate is the same text but for small edits — the characters changed (those
   * of unaligned sentences, and of aligned ones in proportion to what they do not share) are at most
   * this share of both texts' characters …
   */
  nearDuplicate: 0.1,
  /** … plus this many, so that a short text may take one short sentence more or less … */
  nearAllowance: 60,
  /**
   * … where no more than this many sentences (or groups of aligned sentences) differ: a short text with
   * changes all through it is a rewrite, however few characters each change takes.
   */
  nearAllowanceBeads: 2,
  /** One language: beads at least this similar count as reused sentences. */
  reusedSentence: 0.45,
  /** A rewrite reuses at least this share of one text … */
  rewriteShare: 0.3,
  /** … in at least this many beads. */
  rewriteBeads: 2,
  /** Across languages: beads at least this similar count as translated. */
  translatedSentence: 0.12,
  /** A translation renders at least this share of the shorter text … */
  translationShare: 0.6,
  /** … and at least this share of the longer one … */
  translationOther: 0.25,
  /**
   * … and the two are at least this similar (each text's characters in aligned sentences, weighted by how
   * alike they are): a translation renders the text sentence by sentence, two thirds of it at least; a
   * stretch of one story joined loosely to a stretch of another, or a text that shares a few templated
   * sentences with another's translation, is none (every WMT22 translation pair of the tuning half: 0.74
   * or more).
   */
  translationSimilarity: 0.65,
  /** A translated bead this similar counts fully towards the similarity; less similar ones in proportion. */
  translationFull: 0.35,
  /** Same story: shared anchors weighing at least this (names and numbers 1, countries and months ½) … */
  storyAnchors: 3,
  /** … making at least this share of the smaller text's anchors … */
  storyShare: 0.25,
  /** … with at least this many names among them. */
  storyNames: 1,
  /** The similarity of a same-story pair: this times the share of anchors. */
  storyWeight: 0.5,
} as const;

/**
 * Texts that share less than this (the share of a text's token weight matched anywhere in the other)
 * cannot reuse each other's sentences: across languages the smaller of the two shares, in one language
 * the larger (a short text reused in a long one). Measured on WMT22 even-numbered documents: every
 * translation pair shares at least 0.29, fewer than one unrelated pair in a hundred 0.21.
 */
export const REUSE_FLOOR = { cross: 0.18, same: 0.2 } as const;

/** The share of A's token weight that B's keys match anywhere. */
function matchedShare(a: DocProfile, b: DocProfile): number {
  let m = 0;
  for (const s of a.sentences) m += matchedInText(s, b);
  return a.weight ? m / a.weight : 0;
}

/**
 * In one language, a sentence whose words are found in the other text to less than this share (of its
 * token weight) cannot be one reused with edits …
 */
const REUSED_SENTENCE_FLOOR = 0.5;
/** … and texts in which such sentences make less than this share of both cannot be rewrites of each other. */
const REUSED_TEXT_FLOOR = 0.15;

/** The share of a text's characters in sentences whose words the other text has for the most part. */
function reusableShare(a: DocProfile, b: DocProfile): number {
  let reusable = 0;
  for (const s of a.sentences) if (s.weight > 0 && matchedInText(s, b) >= REUSED_SENTENCE_FLOOR * s.weight) reusable += s.end - s.start;
  return a.chars ? reusable / a.chars : 0;
}

/** Whether two texts share enough words that one may reuse the other (else only the same story is possible). */
export function mayReuse(a: DocProfile, b: DocProfile): boolean {
  if (a.language !== b.language) return Math.min(matchedShare(a, b), matchedShare(b, a)) >= REUSE_FLOOR.cross;
  if (Math.max(matchedShare(a, b), matchedShare(b, a)) < REUSE_FLOOR.same) return false;
  return Math.max(reusableShare(a, b), reusableShare(b, a)) >= REUSED_TEXT_FLOOR;
}

export interface RelationFacts {
  relation: Relation;
  similarity: number;
  reuse: Reuse;
  /** Kind of each bead, in order. */
  kinds: AlignmentKind[];
}

function chars(ss: readonly SentenceFeature[], from: number, to: number, onlyArticle: boolean): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const s = ss[i]!;
    if (onlyArticle && !isArticle(s)) continue;
    n += s.end - s.start;
  }
  return n;
}

/** A sentence of the article proper (not page furniture). */
export function isArticle(s: SentenceFeature): boolean {
  return s.voice !== "boilerplate" && !FURNITURE_BLOCKS.has(s.blockKind);
}

/** The kind of a bead: the same words, edited, or translated. */
export function beadKind(a: DocProfile, b: DocProfile, bead: Bead): AlignmentKind {
  if (a.language !== b.language) return "translated";
  if (bead.a1 - bead.a0 !== bead.b1 - bead.b0) return "edited";
  for (let k = 0; k < bead.a1 - bead.a0; k++) if (a.sentences[bead.a0 + k]!.norm !== b.sentences[bead.b0 + k]!.norm) return "edited";
  return "identical";
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function isSameStory(story: SharedAnchors): boolean {
  const T = RELATION_THRESHOLDS;
  return story.shared >= T.storyAnchors && story.share >= T.storyShare && story.names >= T.storyNames;
}

/** The relation of two texts that reuse nothing: the same story, or unrelated. */
export function storyRelation(a: DocProfile, b: DocProfile): RelationFacts {
  const T = RELATION_THRESHOLDS;
  const story = sharedAnchors(a, b);
  const same = isSameStory(story);
  return { relation: same ? "same-story" : "unrelated", similarity: same ? round3(story.share * T.storyWeight) : 0, reuse: { verbatim: 0, edited: 0, new: 1 }, kinds: [] };
}

/** Relation, similarity and reuse of B against A from their alignment. */
export function relationOf(a: DocProfile, b: DocProfile, beads: readonly Bead[]): RelationFacts {
  const T = RELATION_THRESHOLDS;
  const cross = a.language !== b.language;
  const kinds = beads.map((bd) => beadKind(a, b, bd));
  const totalA = chars(a.sentences, 0, a.sentences.length, true);
  const totalB = chars(b.sentences, 0, b.sentences.length, true);
  const allB = chars(b.sentences, 0, b.sentences.length, false);

  let verbatimB = 0;
  let editedB = 0;
  let reusedA = 0;
  let reusedB = 0;
  let reusedBeads = 0;
  let weighted = 0;
  beads.forEach((bd, k) => {
    // A pair made for its place alone reuses nothing.
    if (bd.weak) return;
    const ca = chars(a.sentences, bd.a0, bd.a1, true);
    const cb = chars(b.sentences, bd.b0, bd.b1, true);
    const cbAll = chars(b.sentences, bd.b0, bd.b1, false);
    if (kinds[k] === "identical") verbatimB += cbAll;
    else editedB += cbAll;
    const reused = cross ? bd.similarity >= T.translatedSentence : bd.similarity >= T.reusedSentence;
    if (reused) {
      reusedA += ca;
      reusedB += cb;
      if (ca + cb > 0) reusedBeads++;
    }
    const quality = kinds[k] === "identical" ? 1 : cross ? Math.min(1, bd.similarity / T.translationFull) : bd.similarity;
    weighted += (ca + cb) * quality;
  });
  const reuse: Reuse = {
    verbatim: allB ? round3(verbatimB / allB) : 0,
    edited: allB ? round3(editedB / allB) : 0,
    new: 0,
  };
  reuse.new = round3(Math.max(0, 1 - reuse.verbatim - reuse.edited));
  const total = totalA + totalB;
  const shareA = totalA ? reusedA / totalA : 0;
  const shareB = totalB ? reusedB / totalB : 0;
  let relation: Relation = "unrelated";
  let similarity = total ? weighted / total : 0;
  const changedBeads = kinds.filter((k) => k !== "identical").length;
  const allowance = changedBeads <= T.nearAllowanceBeads ? T.nearAllowance : 0;
  if (!cross && total > 0 && total - weighted <= T.nearDuplicate * total + allowance) relation = "near-duplicate";
  else if (!cross && reusedBeads >= T.rewriteBeads && Math.max(shareA, shareB) >= T.rewriteShare) relation = "rewrite";
  else if (cross && Math.max(shareA, shareB) >= T.translationShare && Math.min(shareA, shareB) >= T.translationOther && similarity >= T.translationSimilarity) relation = "translation";
  else {
    const story = sharedAnchors(a, b);
    if (isSameStory(story)) {
      relation = "same-story";
      similarity = Math.max(similarity, story.share * T.storyWeight);
    }
  }
  return { relation, similarity: round3(Math.min(1, similarity)), reuse, kinds };
}
