/**
 * quellenlage: the public API. Everything exported here is pinned by test/api.test.ts.
 */
export { analyze, DEFAULT_MAX_CHARS, type AnalyzeOptions } from "./analyze.js";
export { PIPELINE, STAGE_NAMES, resolveStages, runPipeline } from "./pipeline.js";
export type { Doc, Stage, StageContext, SourceBlock } from "./stages/stage.js";
export * from "./model/types.js";
export { QuellenlageError, isQuellenlageError, type ErrorCode } from "./model/errors.js";
export { isValidSpan } from "./model/span.js";
export { LOCALES, SUPPORTED_LANGUAGES, DEFAULT_LANGUAGE, getLocale, isSupportedLanguage } from "./locales/index.js";
export type { Locale } from "./locales/types.js";
export type { ArticleInput, GivenMeta } from "./ingest/types.js";
export { readJobs, type Job, type InputFormat, type ReadOptions } from "./ingest/files.js";
export { decodeBytes, type Decoded } from "./ingest/decode.js";
export { toMarkdown } from "./format/markdown.js";
export { AnalysisWriter, OUTPUT_FORMATS, type OutputFormat } from "./format/writer.js";
export { compare, type CompareOptions } from "./compare/compare.js";
export { relate, Relater, type RelateStats } from "./compare/relate.js";
export * from "./model/compare.js";
export { comparisonToMarkdown } from "./format/compare-markdown.js";
