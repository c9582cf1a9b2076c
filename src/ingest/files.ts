/**
 * Reading inputs from disk and stdin: the one place of ingest that does I/O. Each input becomes a job
 * (an article to analyse, or the typed error that stopped it), in input order, streamed.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { checkInputList } from "../arguments.js";
import { PathGuard } from "./paths.js";
import { createGunzip } from "node:zlib";
import { QuellenlageError, toQuellenlageError } from "../model/errors.js";
import { decodeBytes } from "./decode.js";
import { looksLikeFeed, parseFeed } from "./feed.js";
import type { FetchOptions } from "./fetch/index.js";
import { inflateCapped, isGzip } from "./gzip.js";
import { DEFAULT_MAX_LINE_BYTES, parseRecord, readLines } from "./jsonl.js";
import type { ArticleInput } from "./types.js";
import { DEFAULT_MAX_RECORD_BYTES, pageOfRecord, readWarcRecords } from "./warc.js";

/** Files larger than this are refused before they are read. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const TEXT_EXT = new Set([".txt", ".text", ".md"]);
const FEED_EXT = new Set([".xml", ".rss", ".atom", ".rdf"]);
const WARC_EXT = new Set([".warc"]);
const GZIP_EXT = ".gz";
/** Inputs that are URLs rather than paths. */
const URL_INPUT = /^https?:\/\//i;
/** A URL of any scheme ("file:///etc/hostname", "ftp://host/x"): only http and https are read. */
const ANY_URL = /^([a-z][a-z0-9+.-]*):\/\//i;

export type InputFormat = "auto" | "text" | "html" | "jsonl" | "feed" | "warc";

export type Job = { id: string; article: ArticleInput } | { id: string; error: QuellenlageError };

export interface ReadOptions {
  /** How to read inputs whose extension does not say (and stdin). */
  inputFormat?: InputFormat;
  maxFileBytes?: number;
  maxLineBytes?: number;
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  /** How URL inputs (and feed items' links, with `followFeedLinks`) are fetched. */
  fetch?: FetchOptions;
  /** Fetch each feed item's page instead of analysing the content the feed carries. */
  followFeedLinks?: boolean;
  /** WARC records larger than this are skipped with an error. */
  maxRecordBytes?: number;
  /**
   * Folders the files named by JSONL records' `path` may also lie in (their real path, symlinks
   * resolved); the JSONL file's own folder always may (for JSONL on stdin: the working directory).
   */
  allowPaths?: readonly string[];
}

export async function* readJobs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<Job> {
  checkInputList(inputs);
  for (const input of inputs) {
    if (URL_INPUT.test(input)) {
      yield* urlJobs(input, options);
      continue;
    }
    const scheme = ANY_URL.exec(input);
    if (scheme) {
      yield { id: input, error: schemeError(scheme[1]!, input, "inputs") };
      continue;
    }
    if (input === "-") {
      yield* stdinJobs(options);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      yield { id: input, error: readError(err, input) };
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listFolder(input)) yield* fileJobs(file, options);
    } else yield* fileJobs(input, options);
  }
}

/** The files of a folder with a known extension, recursively, sorted by path. */
async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && [JSONL_EXT, HTML_EXT, TEXT_EXT, FEED_EXT, WARC_EXT].some((s) => s.has(extname(innerName(e.name)).toLowerCase())))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** A file name without a trailing `.gz`: "page.html.gz" → "page.html". */
function innerName(name: string): string {
  return name.toLowerCase().endsWith(GZIP_EXT) ? name.slice(0, -GZIP_EXT.length) : name;
}

function formatOf(path: string, options: ReadOptions): InputFormat {
  const ext = extname(innerName(path)).toLowerCase();
  if (options.inputFormat && options.inputFormat !== "auto") return options.inputFormat;
  if (JSONL_EXT.has(ext)) return "jsonl";
  if (HTML_EXT.has(ext)) return "html";
  if (TEXT_EXT.has(ext)) return "text";
  if (FEED_EXT.has(ext)) return "feed";
  if (WARC_EXT.has(ext)) return "warc";
  return "auto";
}

async function* fileJobs(path: string, options: ReadOptions): AsyncGenerator<Job> {
  const format = formatOf(path, options);
  const gzipped = path.toLowerCase().endsWith(GZIP_EXT) || (await startsWithGzip(path));
  if (format === "warc") {
    yield* warcJobs(path, gzipped, options);
    return;
  }
  if (format === "jsonl") {
    const stream = createReadStream(path);
    yield* jsonlJobs(gzipped ? stream.pipe(createGunzip()) : stream, path, dirname(resolve(path)), options);
    return;
  }
  try {
    const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const bytes = readInflated(path, max, path);
    if (format === "feed" || (format === "auto" && looksLikeFeed(Buffer.from(bytes.subarray(0, 2048)).toString("latin1")))) {
      yield* feedJobs(bytes, null, path, options);
      return;
    }
    yield { id: path, article: { id: path, bytes, ...(format === "html" || format === "text" ? { format } : {}) } };
  } catch (err) {
    yield { id: path, error: readError(err, path) };
  }
}

async function startsWithGzip(path: string): Promise<boolean> {
  try {
    const handle = await open(path, "r");
    try {
      const head = Buffer.alloc(2);
      await handle.read(head, 0, 2, 0);
      return isGzip(head);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** A URL: fetched under the SSRF guard; a feed becomes its items, anything else one page. */
async function* urlJobs(url: string, options: ReadOptions): AsyncGenerator<Job> {
  let fetched;
  try {
    // The fetching code (and node's http, https and dns) is loaded only when a URL is read.
    const { fetchUrl } = await import("./fetch/index.js");
    fetched = await fetchUrl(url, options.fetch);
  } catch (err) {
    yield { id: url, error: readError(err, url) };
    return;
  }
  const head = Buffer.from(fetched.bytes.subarray(0, 2048)).toString("latin1");
  if (/(?:rss|atom|rdf)\+xml|\/xml/i.test(fetched.contentType) || looksLikeFeed(head)) {
    yield* feedJobs(fetched.bytes, fetched.charset, url, options);
    return;
  }
  const format = /text\/plain/i.test(fetched.contentType) ? "text" : "html";
  yield { id: url, article: { id: url, url: fetched.url, bytes: fetched.bytes, format, charset: fetched.charset } };
}

/** A feed's items, each an article; with `followFeedLinks`, each item's page is fetched instead. */
async function* feedJobs(bytes: Uint8Array, charset: string | null, id: string, options: ReadOptions): AsyncGenerator<Job> {
  let feed;
  try {
    feed = parseFeed(decodeBytes(bytes, { declared: charset, html: true, input: id }).text);
  } catch (err) {
    yield { id, error: readError(err, id) };
    return;
  }
  if (feed.items.length === 0) {
    yield { id, error: new QuellenlageError("E_FEED", "the feed has no items", id) };
    return;
  }
  for (const item of feed.items) {
    if (options.followFeedLinks && item.url && URL_INPUT.test(item.url)) {
      yield* urlJobs(item.url, { ...options, followFeedLinks: false });
      continue;
    }
    yield {
      id: item.id,
      article: { id: item.id, html: item.html, ...(item.url ? { url: item.url } : {}), ...(item.title ? { title: item.title } : {}), ...(item.published ? { published: item.published } : {}) },
    };
  }
}

/** A WARC file's HTML and text pages, streamed record by record (gzip members inflated on the way). */
async function* warcJobs(path: string, gzipped: boolean, options: ReadOptions): AsyncGenerator<Job> {
  const file = createReadStream(path);
  const stream = gzipped ? file.pipe(createGunzip()) : file;
  try {
    for await (const item of readWarcRecords(stream, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES)) {
      if ("error" in item) {
        yield { id: item.error.input ?? path, error: item.error };
        continue;
      }
      let page;
      try {
        page = pageOfRecord(item.record);
      } catch (err) {
        const id = item.record.headers.get("warc-target-uri") ?? path;
        yield { id, error: readError(err, id) };
        continue;
      }
      if (!page) continue;
      const format = /text\/plain/i.test(page.contentType) ? "text" : "html";
      yield { id: page.url, article: { id: page.url, url: page.url, bytes: page.bytes, format, charset: page.charset } };
    }
  } catch (err) {
    yield { id: path, error: readError(err, path) };
  } finally {
    file.destroy();
  }
}

async function* stdinJobs(options: ReadOptions): AsyncGenerator<Job> {
  const stdin = options.stdin ?? process.stdin;
  if (options.inputFormat === "jsonl") {
    yield* jsonlJobs(stdin, "-", process.cwd(), options);
    return;
  }
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    length += buf.length;
    if (length > max) {
      yield { id: "-", error: new QuellenlageError("E_TOO_LARGE", `stdin holds more than ${max} bytes`, "-") };
      return;
    }
    parts.push(buf);
  }
  const bytes = Buffer.concat(parts, length);
  const format = options.inputFormat;
  if (format === "feed" || (format !== "html" && format !== "text" && looksLikeFeed(bytes.subarray(0, 2048).toString("latin1")))) {
    yield* feedJobs(bytes, null, "-", options);
    return;
  }
  if (format === "warc") {
    yield { id: "-", error: new QuellenlageError("E_USAGE", "read web archives from a file, not stdin", "-") };
    return;
  }
  yield { id: "-", article: { id: "-", bytes, ...(format === "html" || format === "text" ? { format } : {}) } };
}

async function* jsonlJobs(stream: AsyncIterable<Buffer | string>, name: string, base: string, options: ReadOptions): AsyncGenerator<Job> {
  const maxLine = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const guard = new PathGuard([base, ...(options.allowPaths ?? [])]);
  let lines;
  try {
    lines = readLines(stream, maxLine);
    for await (const raw of lines) {
      const where = `${name}:${raw.line}`;
      let record;
      try {
        record = parseRecord(raw, where, maxLine);
      } catch (err) {
        yield { id: where, error: toQuellenlageError(err, where) };
        continue;
      }
      const meta = {
        ...(record.url !== undefined ? { url: record.url } : {}),
        ...(record.published !== undefined ? { published: record.published } : {}),
        ...(record.language !== undefined ? { language: record.language } : {}),
        ...(record.title !== undefined ? { title: record.title } : {}),
        ...(record.timeAnchoring !== undefined ? { timeAnchoring: record.timeAnchoring } : {}),
      };
      if (record.text !== undefined) yield { id: record.id, article: { id: record.id, text: record.text, ...meta } };
      else if (record.html !== undefined) yield { id: record.id, article: { id: record.id, html: record.html, ...meta } };
      else if (record.path !== undefined) {
        try {
          const scheme = ANY_URL.exec(record.path);
          if (scheme) throw schemeError(scheme[1]!, record.path, "paths");
          const path = guard.check(resolve(base, record.path), record.path);
          const bytes = readInflated(path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, record.id);
          const format = formatOf(path, {});
          yield { id: record.id, article: { id: record.id, bytes, ...(format === "html" || format === "text" ? { format } : {}), ...meta } };
        } catch (err) {
          yield { id: record.id, error: readError(err, record.id) };
        }
      }
    }
  } catch (err) {
    yield { id: name, error: readError(err, name) };
  }
}

/**
 * A page file (a file argument or the file a JSONL record points to), read at once and, when gzipped
 * ("page.html.gz"), inflated under the same cap. Read synchronously: a corpus of small pages read with
 * the promise API waits several turns of the event loop per file (open, stat, read, close), which the
 * analysis in the same thread cannot overlap; a page read whole from the disk cache takes a fraction of that.
 */
function readInflated(path: string, max: number, input: string): Uint8Array {
  const info = statSync(path);
  if (info.isDirectory()) throw new QuellenlageError("E_READ", `${path} is a folder, not a file`);
  if (info.size > max) throw new QuellenlageError("E_TOO_LARGE", `file is ${info.size} bytes, more than the limit of ${max}`);
  const bytes = readFileSync(path);
  return isGzip(bytes) ? inflateCapped(bytes, "gzip", max, input) : bytes;
}

/** A URL of a scheme that is not read: said as such, not as a missing file. */
function schemeError(scheme: string, value: string, where: "inputs" | "paths"): QuellenlageError {
  const lower = scheme.toLowerCase();
  const how =
    where === "paths"
      ? "a JSONL record's path names a file inside the JSONL file's folder (or one given with --allow-paths), not a URL"
      : lower === "file"
        ? `give the file's path instead (${JSON.stringify(fileUrlPath(value))})`
        : "only http:// and https:// URLs are fetched";
  return new QuellenlageError("E_SCHEME", `${JSON.stringify(value.length > 80 ? value.slice(0, 80) + "…" : value)} is a URL of the scheme ${lower}:, which is not read; ${how}`);
}

function fileUrlPath(value: string): string {
  try {
    return decodeURIComponent(new URL(value).pathname);
  } catch {
    return value.replace(ANY_URL, "");
  }
}

function readError(err: unknown, input: string): QuellenlageError {
  if (err instanceof QuellenlageError) return err.withInput(input);
  const code = (err as NodeJS.ErrnoException)?.code;
  const why =
    code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a folder" : (err as Error)?.message ?? String(err);
  return new QuellenlageError("E_READ", `cannot read input: ${why}`, input, { cause: err });
}
