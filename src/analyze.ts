import { QuellenlageError, toQuellenlageError } from "./model/errors.js";
import { SCHEMA_VERSION, type Analysis, type Diagnostic, type LanguageCode, type Meta, type StageName } from "./model/types.js";
import { DEFAULT_LANGUAGE, LOCALES, getLocale, isSupportedLanguage, SUPPORTED_LANGUAGES, type Locale } from "./locales/index.js";
import { decodeBytes, sniffUtf16 } from "./ingest/decode.js";
import { ingestHtml } from "./ingest/html/index.js";
import { isoDate } from "./ingest/html/metadata.js";
import { ingestText } from "./ingest/text.js";
import type { ArticleInput, Ingested, TimeAnchoringMode } from "./ingest/types.js";
import { STAGE_NAMES, resolveStages, runPipeline } from "./pipeline.js";
import type { Doc, SourceBlock, StageContext } from "./stages/stage.js";
import { paragraphsOf } from "./stages/structure/paragraphs.js";
import { blockFingerprint, boilerplateOf, siteKey, type SiteProfile } from "./ingest/profile.js";
import { identifyLanguage } from "./text/language.js";
import { checkAnalyzeOptions, checkArticleInput } from "./arguments.js";
import { Deadline } from "./deadline.js";

/** Texts longer than this (after extraction) are refused: no news article is that long. */
export const DEFAULT_MAX_CHARS = 2_000_000;

export interface AnalyzeOptions {
  /** Overrides the input's language and detection. */
  language?: LanguageCode;
  /** Overrides the input's publication date (`YYYY-MM-DD`). */
  published?: string;
  /** Only these stages (and what they need). */
  stages?: readonly string[];
  /** Keep the tokens in the output. */
  tokens?: boolean;
  /** Keep the clauses (the clauses stage's working data) in the output. */
  clauses?: boolean;
  /**
   * How relative times are anchored: on the publication date (news), on the last date the text gave
   * (narrative), or decided from the text (auto, the default). Wins over the input's own `timeAnchoring`.
   */
  timeAnchoring?: TimeAnchoringMode;
  /** Longest text accepted, in characters. */
  maxChars?: number;
  /** Boilerplate learned across pages of the input's site (src/ingest/profile.ts). */
  siteProfile?: SiteProfile;
  /**
   * Time limit in milliseconds: past it the analysis stops with `E_TIMEOUT`. Checked between the stages
   * and between the sentences inside them (src/deadline.ts); none by default.
   */
  timeoutMs?: number;
}

const ALL_LOCALES = SUPPORTED_LANGUAGES.map((c) => LOCALES[c]);
const BYTES_LOOK_LIKE_HTML = /^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--|<(?:div|p|article|section|h1)\b)/i;
/** Bytes (characters for UTF-16) of the start of an input looked at to tell markup from text. */
const HTML_SNIFF_BYTES = 512;

/**
 * Analyses one article. Throws a QuellenlageError (with a code) for input it cannot analyse, and
 * `E_ARGUMENT` for arguments of the wrong type (src/arguments.ts).
 */
export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  checkArticleInput(input);
  checkAnalyzeOptions(options, input.id);
  const opts = options ?? {};
  const deadline = Deadline.of(opts.timeoutMs);
  return finish(input, start(input, LAST_STAGE, opts, deadline), opts, deadline);
}

const LAST_STAGE = STAGE_NAMES[STAGE_NAMES.length - 1]!;

/**
 * The input read into text, blocks and metadata (with the site profile's boilerplate), refused when
 * too large or empty.
 */
function ingestForAnalysis(input: ArticleInput, options: AnalyzeOptions, deadline: Deadline | null): Ingested {
  const id = input.id ?? "input";
  try {
    resolveStages(options.stages);
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    refuseHuge(input, maxChars);
    deadline?.check("reading the input");
    const ingested = applySiteProfile(ingestArticle(input, id), input, options.siteProfile);
    deadline?.check("reading the input");
    if (ingested.text.length > maxChars) {
      throw new QuellenlageError(
        "E_TOO_LARGE",
        `text has ${ingested.text.length} characters, more than the limit of ${maxChars}; split it or raise --max-chars`,
      );
    }
    if (ingested.text.trim().length === 0) {
      throw new QuellenlageError("E_EMPTY", `input holds no text to analyse: ${emptyReason(input, ingested)}`);
    }
    return ingested;
  } catch (err) {
    throw toQuellenlageError(err, id);
  }
}

/**
 * `analyze` as far as stage `last` (the stages asked for up to it, in pipeline order): a document of
 * plain data that `analyzeFrom` finishes, in this thread or another (src/workers/pool.ts).
 */
export function analyzeUntil(input: ArticleInput, last: StageName, options: AnalyzeOptions = {}): Doc {
  checkArticleInput(input);
  checkAnalyzeOptions(options, input.id);
  return start(input, last, options ?? {}, Deadline.of(options?.timeoutMs));
}

/** The rest of `analyze` for a document `analyzeUntil` began: the stages asked for that have not run. */
export function analyzeFrom(input: ArticleInput, doc: Doc, options: AnalyzeOptions = {}): Analysis {
  checkAnalyzeOptions(options, input.id);
  return finish(input, doc, options ?? {}, Deadline.of(options?.timeoutMs));
}

function start(input: ArticleInput, last: StageName, options: AnalyzeOptions, deadline: Deadline | null): Doc {
  const ingested = ingestForAnalysis(input, options, deadline);
  const id = input.id ?? "input";
  try {
    const upTo = STAGE_NAMES.indexOf(last);
    const stages = resolveStages(options.stages).filter((s) => STAGE_NAMES.indexOf(s) <= upTo);
    const doc = startDoc(input, ingested, options);
    return runPipeline(doc, contextOf(input, doc, options, deadline), stages);
  } catch (err) {
    throw toQuellenlageError(err, id);
  }
}

function finish(input: ArticleInput, doc: Doc, options: AnalyzeOptions, deadline: Deadline | null): Analysis {
  const id = input.id ?? "input";
  try {
    const stages = resolveStages(options.stages).filter((s) => !doc.stages.includes(s));
    return toAnalysis(runPipeline(doc, contextOf(input, doc, options, deadline), stages), options);
  } catch (err) {
    throw toQuellenlageError(err, id);
  }
}

/** The caller's option wins, then the input's own field; "auto" (or nothing) leaves it to the time stage. */
function anchoringMode(option: TimeAnchoringMode | undefined, given: TimeAnchoringMode | null | undefined): TimeAnchoringMode {
  if (option && option !== "auto") return option;
  return given ?? "auto";
}

/**
 * Every locale, the document's language's first: one array per language, made once, so that the stages'
 * tables compiled per locale list (WeakMaps keyed by it) are compiled once, not per document.
 */
const LOCALES_FIRST = new Map<LanguageCode, readonly Locale[]>();
function localesFirst(language: LanguageCode): readonly Locale[] {
  let locales = LOCALES_FIRST.get(language);
  if (!locales) {
    locales = [getLocale(language), ...ALL_LOCALES.filter((l) => l.code !== language)];
    LOCALES_FIRST.set(language, locales);
  }
  return locales;
}

/** The stages' context of a document: its language's locale first, its publication date, the anchoring, the deadline. */
function contextOf(input: ArticleInput, doc: Doc, options: AnalyzeOptions, deadline: Deadline | null): StageContext {
  const language = doc.meta.language;
  return {
    locale: getLocale(language),
    locales: localesFirst(language),
    published: doc.meta.published,
    timeAnchoring: anchoringMode(options.timeAnchoring, input.timeAnchoring),
    ...(deadline ? { checkpoint: deadline.checkpoint } : {}),
  };
}

/** The document the stages start from: text, metadata (language and date chosen), diagnostics. */
function startDoc(input: ArticleInput, ingested: Ingested, options: AnalyzeOptions): Doc {
  const diagnostics: Diagnostic[] = [...ingested.diagnostics];
  const { language, languageSource } = chooseLanguage(input, options, ingested, diagnostics);
  const published = choosePublished(input, options, ingested);
  const meta: Meta = {
    language,
    languageSource,
    published,
    title: input.title ?? ingested.meta.title ?? null,
    outlet: ingested.meta.outlet ?? null,
    url: input.url ?? ingested.meta.url ?? null,
    authors: ingested.meta.authors ?? [],
    format: ingested.format,
    ...(ingested.meta.modified !== undefined ? { modified: ingested.meta.modified } : {}),
    ...(ingested.meta.canonicalUrl !== undefined ? { canonicalUrl: ingested.meta.canonicalUrl } : {}),
    ...(ingested.encoding ? { encoding: ingested.encoding } : {}),
    ...(ingested.meta.genre ? { genre: ingested.meta.genre } : {}),
  };
  const doc: Doc = {
    id: input.id ?? "input",
    schema: SCHEMA_VERSION,
    stages: [] as StageName[],
    meta,
    text: ingested.text,
    blocks: [],
    credits: [],
    diagnostics,
    ...(ingested.sourceBlocks ? { sourceBlocks: ingested.sourceBlocks } : {}),
  };
  return doc;
}

/**
 * Refuses input so large that even after extraction it could not fit the limit, before any work is
 * done on it: normalisation only shrinks text, and no page is more than RAW_TO_TEXT_RATIO times its text.
 */
const RAW_TO_TEXT_RATIO = 40;
function refuseHuge(input: ArticleInput, maxChars: number): void {
  const size = typeof input.text === "string" ? input.text.length : typeof input.html === "string" ? input.html.length / RAW_TO_TEXT_RATIO : input.bytes ? input.bytes.length / RAW_TO_TEXT_RATIO : 0;
  if (size > maxChars) {
    throw new QuellenlageError("E_TOO_LARGE", `input is larger than the limit of ${maxChars} characters of text; split it or raise --max-chars`);
  }
}

/** What an input without text looked like, for the E_EMPTY message. */
function emptyReason(input: ArticleInput, ingested: Ingested): string {
  const size = typeof input.text === "string" ? input.text.length : typeof input.html === "string" ? input.html.length : (input.bytes?.length ?? 0);
  const unit = input.bytes ? "bytes" : "characters";
  if (size === 0) return `it is empty (0 ${unit})`;
  if (ingested.format === "html") return `a page of ${size} ${unit} whose markup holds no text outside scripts, styles and page furniture`;
  return `its ${size} ${unit} are white space and invisible characters only`;
}

/** The input's blocks as ingest delivered them (HTML), or the plain text's paragraphs. */
export function sourceBlocksOf(ingested: Ingested): SourceBlock[] {
  return ingested.sourceBlocks ?? paragraphsOf(ingested.text);
}

/** Blocks the site profile knows as the site's boilerplate become boilerplate blocks. */
function applySiteProfile(ingested: Ingested, input: ArticleInput, profile: SiteProfile | undefined): Ingested {
  if (!profile) return ingested;
  const known = boilerplateOf(profile, siteKey(input.url ?? ingested.meta.canonicalUrl));
  if (known.size === 0) return ingested;
  let matched = false;
  const blocks = sourceBlocksOf(ingested).map((b) => {
    if (!known.has(blockFingerprint(ingested.text.slice(b.start, b.end)))) return b;
    matched = true;
    return { ...b, kind: "boilerplate" as const, hint: "site profile: recurs across the site's pages" };
  });
  return matched ? { ...ingested, sourceBlocks: blocks } : ingested;
}

/** Ingest alone (decoding, extraction, metadata), without the analysis stages. */
export function ingestArticle(input: ArticleInput, id = input.id ?? "input"): Ingested {
  if (typeof input.text === "string") return ingestText(input.text);
  if (typeof input.html === "string") return ingestHtml(input.html, { url: input.url ?? null });
  if (input.bytes instanceof Uint8Array) {
    // UTF-16 without a byte-order mark is markup or not by its characters, not its bytes.
    const utf16 = input.format === undefined && !input.charset ? sniffUtf16(input.bytes) : null;
    const head = utf16 ? new TextDecoder(utf16).decode(input.bytes.subarray(0, 2 * HTML_SNIFF_BYTES)) : Buffer.from(input.bytes.subarray(0, HTML_SNIFF_BYTES)).toString("latin1");
    const sniffHtml = input.format === "html" || (input.format === undefined && BYTES_LOOK_LIKE_HTML.test(head));
    const decoded = decodeBytes(input.bytes, { declared: input.charset ?? null, html: sniffHtml, input: id });
    const ingested = sniffHtml ? ingestHtml(decoded.text, { url: input.url ?? null }) : ingestText(decoded.text);
    if (decoded.via === "sniffed") {
      ingested.diagnostics.push({
        code: "I_ENCODING_SNIFFED",
        message: `input has no byte-order mark and declares no charset: read as ${decoded.encoding.toUpperCase()} by its zero bytes`,
        severity: "info",
        source: "ingest",
      });
    }
    if (decoded.via === "fallback") {
      ingested.diagnostics.push({
        code: "W_ENCODING_FALLBACK",
        message: "input is not valid UTF-8 and declares no charset: decoded as windows-1252",
        severity: "warning",
        source: "ingest",
      });
    }
    if (decoded.replaced) {
      ingested.diagnostics.push({
        code: "W_ENCODING_REPAIRED",
        message: `input is UTF-8 with ${decoded.replaced} invalid byte sequence${decoded.replaced === 1 ? "" : "s"}, each replaced by U+FFFD`,
        severity: "warning",
        source: "ingest",
      });
    }
    return { ...ingested, encoding: decoded.encoding };
  }
  throw new QuellenlageError("E_ARGUMENT", "an article needs exactly one of text, html or bytes");
}

function chooseLanguage(
  input: ArticleInput,
  options: AnalyzeOptions,
  ingested: Ingested,
  diagnostics: Diagnostic[],
): { language: LanguageCode; languageSource: Meta["languageSource"] } {
  const given = options.language ?? input.language ?? null;
  if (given) {
    if (!isSupportedLanguage(given)) {
      throw new QuellenlageError("E_LANGUAGE", `language "${given}" is not supported; supported: ${SUPPORTED_LANGUAGES.join(", ")}`);
    }
    return { language: given, languageSource: "given" };
  }
  const guess = identifyLanguage(ingested.text);
  if (guess) {
    if (!guess.reliable) {
      diagnostics.push({ code: "I_LANGUAGE_UNSURE", message: `language identified as "${guess.language}" with low confidence`, severity: "info", source: "ingest" });
    }
    return { language: guess.language, languageSource: "detected" };
  }
  const declared = ingested.meta.language;
  if (declared && isSupportedLanguage(declared)) return { language: declared, languageSource: "given" };
  diagnostics.push({ code: "W_LANGUAGE_DEFAULT", message: `language not identified: analysed as "${DEFAULT_LANGUAGE}"`, severity: "warning", source: "ingest" });
  return { language: DEFAULT_LANGUAGE, languageSource: "default" };
}

function choosePublished(input: ArticleInput, options: AnalyzeOptions, ingested: Ingested): string | null {
  for (const [value, where] of [
    [options.published, "--published"],
    [input.published, "published"],
  ] as const) {
    if (value === undefined || value === null) continue;
    const date = isoDate(value);
    if (!date || !/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value)) {
      throw new QuellenlageError("E_DATE", `${where} "${value}" is not a date of the form YYYY-MM-DD`);
    }
    return date;
  }
  return ingested.meta.published ?? null;
}

/**
 * The output object: working fields dropped, tokens and clauses kept only on request, and the parts in one order
 * whatever the order of the stages that made them (the order of earlier versions' output, so that
 * outputs compare line by line; a part not named here comes last).
 */
function toAnalysis(doc: Doc, options: AnalyzeOptions): Analysis {
  const { sourceBlocks: _sourceBlocks, tokens, clauses, id, schema, stages, meta, text, blocks, credits, diagnostics, sentences, entities, attributions, times, hedges, quantities, ...others } =
    doc;
  return {
    id,
    schema,
    stages,
    meta,
    text,
    blocks,
    credits,
    diagnostics,
    ...(sentences ? { sentences } : {}),
    ...(entities ? { entities } : {}),
    ...(attributions ? { attributions } : {}),
    ...(times ? { times } : {}),
    ...(hedges ? { hedges } : {}),
    ...(quantities ? { quantities } : {}),
    ...others,
    ...(options.tokens && tokens ? { tokens } : {}),
    ...(options.clauses && clauses ? { clauses } : {}),
  };
}
