import type { Diagnostic, LanguageCode, Meta } from "../model/types.js";
import type { SourceBlock } from "../stages/stage.js";

/** How relative times are anchored: news, narrative, or decided from the text. */
export type TimeAnchoringMode = "news" | "narrative" | "auto";

/** Metadata the caller knows (JSONL fields, CLI flags); the input's own metadata fills the rest. */
export interface GivenMeta {
  url?: string | null;
  published?: string | null;
  language?: LanguageCode | null;
  title?: string | null;
  /** How this input's relative times are anchored (a JSONL line's `timeAnchoring`); an option given to `analyze` wins. */
  timeAnchoring?: TimeAnchoringMode | null;
}

/** One article as the caller hands it over: exactly one of text, html or bytes. */
export type ArticleInput = GivenMeta & { id?: string } & (
    | { text: string; html?: never; bytes?: never }
    | { html: string; text?: never; bytes?: never }
    | {
        bytes: Uint8Array;
        /** "html" or "text"; sniffed from the bytes when absent. */
        format?: "html" | "text";
        /** A charset declared outside the bytes (an HTTP header). */
        charset?: string | null;
        text?: never;
        html?: never;
      }
  );

/** What ingest makes of an input: normalised text, metadata found in it, and its blocks if it has markup. */
export interface Ingested {
  text: string;
  format: Meta["format"];
  meta: Partial<Omit<Meta, "format" | "language" | "languageSource">> & { language?: string | null };
  sourceBlocks?: SourceBlock[];
  diagnostics: Diagnostic[];
  encoding?: string;
}
