import type { Analysis, BlockKind, StageName, Token } from "../model/types.js";
import type { Locale } from "../locales/types.js";

/**
 * A block as the input delivered it (an HTML element, a line of a plain-text file), before the
 * structure stage decides its kind. `kind` is the input's own hint, if it has one.
 */
export interface SourceBlock {
  start: number;
  end: number;
  kind?: BlockKind;
  /** Where the hint came from (an element name or class), kept as the block's reason. */
  hint?: string;
}

/**
 * The document as it moves through the stages: the analysis so far, plus working data that is not
 * part of the output (`tokens` leave it only when asked for; `sourceBlocks` never).
 */
export interface Doc extends Analysis {
  sourceBlocks?: SourceBlock[];
  tokens?: Token[];
}

export interface StageContext {
  /** The locale of the document's language. */
  locale: Locale;
  /** All locales, for stages that also read cues of other languages (credits on a German page in English). */
  locales: readonly Locale[];
  /** The publication date as `YYYY-MM-DD`, if known: the anchor of relative times. */
  published: string | null;
  /** How relative times are anchored; "auto" lets the time stage decide from the text. */
  timeAnchoring: "news" | "narrative" | "auto";
  /**
   * Throws `E_TIMEOUT` once the analysis is past its time limit (src/deadline.ts). The pipeline calls it
   * before each stage, stages once per block or sentence in their long loops; absent when there is no limit.
   */
  checkpoint?: (where?: string) => void;
}

/**
 * A stage is a pure function over the document: it returns a new document with its own fields added
 * and never changes what earlier stages produced (the stance stage fills in `attribution.hedges`).
 */
export interface Stage {
  name: StageName;
  /** Stages whose output this one reads; they run first even when not asked for. */
  needs: readonly StageName[];
  run(doc: Doc, ctx: StageContext): Doc;
}
