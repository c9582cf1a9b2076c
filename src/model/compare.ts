/**
 * The comparison model `quellenlage-compare/1`: what `compare(a, b)` returns and `quellenlage compare`
 * prints — the relation of B to A, the direction where evidence gives it, the sentence alignment, the
 * reuse shares of B, and the changes claim by claim. docs/compare.md describes every field;
 * src/model/compare-schema.json is the machine-readable twin (tests validate outputs against it).
 * Spans index into the side's own `text` (UTF-16 code units, end exclusive), as in an analysis.
 */
import type { LanguageCode, Span } from "./types.js";

export const COMPARE_SCHEMA_VERSION = "quellenlage-compare/1" as const;
export type CompareSchemaVersion = typeof COMPARE_SCHEMA_VERSION;

export type Relation = "near-duplicate" | "rewrite" | "translation" | "same-story" | "unrelated";

/** `"a->b"`: A is B's source; `"b->a"`: B is A's source; `null`: the evidence does not tell. */
export type Direction = "a->b" | "b->a" | null;

export interface CompareSide {
  id: string;
  language: LanguageCode;
  published: string | null;
  title: string | null;
  /** The normalised text of the analysis; every span of this side indexes into it. */
  text: string;
}

/** Shares of B's characters (in sentences): aligned verbatim, aligned with edits or translated, new. */
export interface Reuse {
  verbatim: number;
  edited: number;
  new: number;
}

export type AlignmentKind = "identical" | "edited" | "translated";

/** A span of an alignment: several sentences for an n:m pair. */
export interface AlignedSpan {
  start: number;
  end: number;
  text?: string;
  /** Indices of the sentences covered (into the analysis's `sentences`), first and last. */
  sentences: [number, number];
}

export interface AlignmentPair {
  a: AlignedSpan;
  b: AlignedSpan;
  kind: AlignmentKind;
  /** How much the two sides share, in [0, 1] (words, stems, concepts, cognates, numbers). */
  similarity: number;
  /** Paired outside text order: the sentences were moved. */
  moved?: boolean;
}

export type ChangeOp =
  | "attribution_added"
  | "attribution_dropped"
  | "reattributed"
  | "anonymised"
  | "quote_to_paraphrase"
  | "paraphrase_to_quote"
  | "content_changed"
  | "hedge_added"
  | "hedge_removed"
  | "channel_changed"
  | "number_changed"
  | "date_changed"
  | "attributed_to_editorial"
  | "editorial_added"
  | "editorial_dropped"
  | "block_added"
  | "block_dropped";

/** The claim operations, as opposed to editorial and block changes. */
export const CLAIM_OPS: readonly ChangeOp[] = [
  "attribution_added",
  "attribution_dropped",
  "reattributed",
  "anonymised",
  "quote_to_paraphrase",
  "paraphrase_to_quote",
  "content_changed",
  "hedge_added",
  "hedge_removed",
  "channel_changed",
  "number_changed",
  "date_changed",
  "attributed_to_editorial",
];

export interface Change {
  op: ChangeOp;
  /** Where the change lies in A (the sentence, or the value), or null where A has nothing. */
  a: Span | null;
  b: Span | null;
  /** The ids of the attributions involved in each analysis (`a1`, …), null on a side without one. */
  attribution: { a: string | null; b: string | null };
  /** What changed, readably ("könnte → stated", "4.8 million → 5.8 million", "Peskow → officials"). */
  detail: string;
  /** For number and date changes: the two values. */
  values?: { a: string; b: string };
}

export interface Comparison {
  schema: CompareSchemaVersion;
  a: CompareSide;
  b: CompareSide;
  relation: Relation;
  direction: Direction;
  /** Why the direction is what it is: the evidence found (empty when it is null for want of any). */
  evidence: string[];
  similarity: number;
  reuse: Reuse;
  alignment: AlignmentPair[];
  changes: Change[];
}

/** One line of `quellenlage relate`: a pair of inputs that are related. */
export interface RelatedPair {
  a: string;
  b: string;
  relation: Exclude<Relation, "unrelated">;
  direction: Direction;
  similarity: number;
}
