/**
 * Checks of what callers of the library hand over. JavaScript callers (and TypeScript callers with
 * data from outside) can pass anything: a wrong type is refused with a QuellenlageError `E_ARGUMENT`
 * that names the argument, what it should be and what it was, before any work is done. Values of the
 * right type that are wrong (an unsupported language, a malformed date, an unknown stage) keep their own
 * codes (`E_LANGUAGE`, `E_DATE`, `E_USAGE`), raised where they are read.
 */
import { QuellenlageError } from "./model/errors.js";

/** How a value looks, for messages: `null`, `an array`, `a number (42)`, `a string ("…")`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Uint8Array) return `${value.constructor.name} of ${value.length} bytes`;
  switch (typeof value) {
    case "string":
      return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)})`;
    case "number":
    case "boolean":
    case "bigint":
      return `a ${typeof value} (${String(value)})`;
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      return `an object (${(value as object).constructor?.name ?? "no prototype"})`;
  }
}

function refuse(what: string, expected: string, value: unknown, input?: string): never {
  throw new QuellenlageError("E_ARGUMENT", `${what} must be ${expected}, got ${describeValue(value)}`, input);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(o: Record<string, unknown>, key: string, owner: string, input?: string, nullable = true): void {
  const v = o[key];
  if (v === undefined || (nullable && v === null) || typeof v === "string") return;
  refuse(`${owner}.${key}`, nullable ? "a string or null" : "a string", v, input);
}

const ARTICLE_SOURCES = ["text", "html", "bytes"] as const;

/** An article: an object with exactly one of `text` (string), `html` (string) or `bytes` (Uint8Array), and string metadata. */
export function checkArticleInput(input: unknown): void {
  if (!isRecord(input)) refuse("the article", "an object with text, html or bytes", input);
  const id = input["id"];
  if (id !== undefined && typeof id !== "string") refuse("article.id", "a string", id);
  const where = typeof id === "string" ? id : undefined;
  const given = ARTICLE_SOURCES.filter((k) => input[k] !== undefined && input[k] !== null);
  if (given.length !== 1) {
    throw new QuellenlageError(
      "E_ARGUMENT",
      `an article needs exactly one of text, html or bytes, got ${given.length ? given.join(" and ") : "none"}`,
      where,
    );
  }
  const source = given[0]!;
  const value = input[source];
  if (source === "bytes" ? !(value instanceof Uint8Array) : typeof value !== "string") {
    refuse(`article.${source}`, source === "bytes" ? "a Uint8Array (or Buffer)" : "a string", value, where);
  }
  for (const key of ["url", "published", "language", "title"]) optionalString(input, key, "article", where);
  if (source === "bytes") {
    const format = input["format"];
    if (format !== undefined && format !== "html" && format !== "text") refuse("article.format", '"html" or "text"', format, where);
    optionalString(input, "charset", "article", where);
  }
}

/** The options of `analyze`: an object (or nothing) whose fields have their documented types. */
export function checkAnalyzeOptions(options: unknown, input?: string): void {
  if (options === undefined || options === null) return;
  if (!isRecord(options)) refuse("the options", "an object", options, input);
  for (const key of ["language", "published"]) optionalString(options, key, "options", input, false);
  const stages = options["stages"];
  if (stages !== undefined && !(Array.isArray(stages) && stages.every((s) => typeof s === "string"))) {
    refuse("options.stages", "an array of stage names", stages, input);
  }
  if (options["tokens"] !== undefined && typeof options["tokens"] !== "boolean") refuse("options.tokens", "a boolean", options["tokens"], input);
  const anchoring = options["timeAnchoring"];
  if (anchoring !== undefined && anchoring !== "news" && anchoring !== "narrative" && anchoring !== "auto") refuse("options.timeAnchoring", '"news", "narrative" or "auto"', anchoring, input);
  const maxChars = options["maxChars"];
  if (maxChars !== undefined && !(Number.isInteger(maxChars) && (maxChars as number) > 0)) refuse("options.maxChars", "a positive integer", maxChars, input);
  const timeout = options["timeoutMs"];
  if (timeout !== undefined && !(typeof timeout === "number" && timeout > 0 && !Number.isNaN(timeout))) {
    refuse("options.timeoutMs", "a positive number of milliseconds", timeout, input);
  }
  const profile = options["siteProfile"];
  if (profile !== undefined && !(isRecord(profile) && isRecord(profile["sites"]))) refuse("options.siteProfile", "a site profile (see --save-site-profile)", profile, input);
}

/** A list of stage names, as `resolveStages` takes it. */
export function checkStageList(stages: unknown): void {
  if (stages !== undefined && stages !== null && !(Array.isArray(stages) && stages.every((s) => typeof s === "string"))) {
    refuse("the stages", "an array of stage names", stages);
  }
}

/** The inputs of `readJobs`: an array of paths, URLs or "-". */
export function checkInputList(inputs: unknown): void {
  if (!Array.isArray(inputs) || !inputs.every((s) => typeof s === "string")) refuse("the inputs", "an array of paths, URLs or \"-\"", inputs);
}

/** An analysis handed to a writer or to `toMarkdown`: at least an object with text, meta and blocks. */
export function checkAnalysis(value: unknown): void {
  if (!isRecord(value) || typeof value["text"] !== "string" || !isRecord(value["meta"]) || !Array.isArray(value["blocks"])) {
    refuse("the analysis", "an analysis as analyze() returns it", value);
  }
}

/** Bytes to decode. */
export function checkBytes(value: unknown, what = "the bytes"): void {
  if (!(value instanceof Uint8Array)) refuse(what, "a Uint8Array (or Buffer)", value);
}
