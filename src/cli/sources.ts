/**
 * The inputs of `compare` and `relate`: anything `analyze` reads (analysed here, on idle cores for a
 * batch), and analyses already made — the JSON or JSONL that `quellenlage analyze` wrote (recognised by
 * their `"schema": "quellenlage/1"`), so a corpus is analysed once and compared many times. A path may
 * name one article of a file by its id: `corpus.jsonl#id`.
 */
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import { constants as zlibConstants, createGunzip, gunzipSync } from "node:zlib";
import type { AnalyzeOptions } from "../analyze.js";
import { readJobs, type Job, type ReadOptions } from "../ingest/files.js";
import { isGzip } from "../ingest/gzip.js";
import { readLines } from "../ingest/jsonl.js";
import { isSupportedLanguage } from "../locales/index.js";
import { QuellenlageError, toQuellenlageError } from "../model/errors.js";
import { SCHEMA_VERSION, type Analysis } from "../model/types.js";
import { analyzeInOrder, type Workers } from "../workers/pool.js";

export type Source = { id: string; analysis: Analysis } | { id: string; error: QuellenlageError };

export interface SourceOptions {
  analyze: AnalyzeOptions;
  read: ReadOptions;
  jobs: Workers;
}

/** Files that may hold analyses. */
const ANALYSIS_EXT = new Set([".json", ".jsonl", ".ndjson"]);
/** How far into a file its schema must show. */
const SNIFF_BYTES = 64 * 1024;
const SCHEMA_FIELD = new RegExp(`"schema"\\s*:\\s*"${SCHEMA_VERSION.replace("/", "\\/")}"`);
const URL_INPUT = /^https?:\/\//i;
/** `path#id`: one article of a file, by its id. */
const ID_SUFFIX = /^(.*)#([^#/]+)$/;

function innerExt(path: string): string {
  const p = path.toLowerCase().endsWith(".gz") ? path.slice(0, -3) : path;
  return extname(p).toLowerCase();
}

/** Whether a file holds analyses (JSON or JSONL of `quellenlage/1` objects) rather than articles. */
export function holdsAnalyses(path: string): boolean {
  if (URL_INPUT.test(path) || path === "-" || !ANALYSIS_EXT.has(innerExt(path))) return false;
  try {
    if (!statSync(path).isFile()) return false;
    const bytes = headOf(path);
    const head = (isGzip(bytes) ? gunzipSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH }) : bytes).toString("utf8").trimStart();
    return (head.startsWith("{") || head.startsWith("[")) && SCHEMA_FIELD.test(head);
  } catch {
    return false;
  }
}

/** The first bytes of a file. */
function headOf(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** A parsed value that is an analysis this version can read (enough of it to compare). */
export function asAnalysis(value: unknown, where: string): Analysis {
  const a = value as Partial<Analysis> | null;
  if (!a || typeof a !== "object" || a.schema !== SCHEMA_VERSION) throw new QuellenlageError("E_JSON", `not an analysis of schema ${SCHEMA_VERSION}`, where);
  if (typeof a.id !== "string" || typeof a.text !== "string" || !Array.isArray(a.blocks) || !Array.isArray(a.credits)) {
    throw new QuellenlageError("E_JSON", "an analysis needs id, text, blocks and credits", where);
  }
  if (!a.meta || !isSupportedLanguage(String(a.meta.language))) throw new QuellenlageError("E_JSON", "an analysis needs meta.language (de or en)", where);
  if (!Array.isArray(a.sentences)) throw new QuellenlageError("E_JSON", "the analysis has no sentences: analyse with the sentences stage to compare it", where);
  return a as Analysis;
}

/** The analyses of a JSON or JSONL file of analyses, streamed line by line for JSONL. */
async function* analysesOf(path: string): AsyncGenerator<Source> {
  const ext = innerExt(path);
  if (ext === ".json") {
    try {
      const bytes = readFileSync(path);
      const text = (isGzip(bytes) ? gunzipSync(bytes) : bytes).toString("utf8");
      const value: unknown = JSON.parse(text);
      const list = Array.isArray(value) ? value : [value];
      for (let k = 0; k < list.length; k++) {
        const where = list.length > 1 ? `${path}[${k}]` : path;
        try {
          const analysis = asAnalysis(list[k], where);
          yield { id: analysis.id, analysis };
        } catch (err) {
          yield { id: where, error: toQuellenlageError(err, where) };
        }
      }
    } catch (err) {
      yield { id: path, error: err instanceof QuellenlageError ? err : new QuellenlageError("E_JSON", `cannot read the analyses: ${(err as Error).message}`, path) };
    }
    return;
  }
  const file = createReadStream(path);
  const stream = isGzip(headOf(path)) ? file.pipe(createGunzip()) : file;
  try {
    for await (const raw of readLines(stream)) {
      const where = `${path}:${raw.line}`;
      try {
        if (!raw.bytes) throw new QuellenlageError("E_TOO_LARGE", `line is ${raw.length} bytes, too long`, where);
        const analysis = asAnalysis(JSON.parse(raw.bytes.toString("utf8")), where);
        yield { id: analysis.id, analysis };
      } catch (err) {
        yield { id: where, error: err instanceof QuellenlageError ? err : new QuellenlageError("E_JSON", `line is not valid JSON: ${(err as Error).message}`, where) };
      }
    }
  } finally {
    file.destroy();
  }
}

/** Articles read and analysed (on idle cores for a batch, in input order); with `only`, the one of that id. */
async function* analysedArticles(inputs: readonly string[], opts: SourceOptions, only?: string): AsyncGenerator<Source> {
  if (inputs.length === 0) return;
  const jobs: AsyncIterable<Job> = only === undefined ? readJobs(inputs, opts.read) : withId(readJobs(inputs, opts.read), only);
  for await (const outcome of analyzeInOrder(jobs, opts.analyze, opts.jobs)) {
    if (outcome.analysis) yield { id: outcome.id, analysis: outcome.analysis };
    else yield { id: outcome.id, error: outcome.error ?? new QuellenlageError("E_INTERNAL", "no analysis", outcome.id) };
  }
}

/**
 * Every input as analyses, in input order: files of analyses are read, everything else is analysed
 * (consecutive inputs of that kind together, so a batch uses the worker pool).
 */
export async function* readSources(inputs: readonly string[], opts: SourceOptions): AsyncGenerator<Source> {
  let pending: string[] = [];
  for (const input of inputs) {
    const picked = pickById(input);
    if (picked) {
      yield* analysedArticles(pending, opts);
      pending = [];
      yield* selected(picked.path, picked.id, opts);
      continue;
    }
    if (holdsAnalyses(input)) {
      yield* analysedArticles(pending, opts);
      pending = [];
      yield* analysesOf(input);
      continue;
    }
    pending.push(input);
  }
  if (pending.length) yield* analysedArticles(pending, opts);
}

/** `path#id` where `path` exists and the whole does not. */
function pickById(input: string): { path: string; id: string } | null {
  if (URL_INPUT.test(input) || existsSync(input)) return null;
  const m = ID_SUFFIX.exec(input);
  return m && existsSync(m[1]!) ? { path: m[1]!, id: m[2]! } : null;
}

async function* withId(jobs: AsyncIterable<Job>, id: string): AsyncGenerator<Job> {
  for await (const job of jobs) if (job.id === id) yield job;
}

async function* selected(path: string, id: string, opts: SourceOptions): AsyncGenerator<Source> {
  const all = holdsAnalyses(path) ? analysesOf(path) : analysedArticles([path], opts, id);
  for await (const s of all) {
    if ("analysis" in s && s.analysis.id === id) {
      yield s;
      return;
    }
  }
  yield { id: `${path}#${id}`, error: new QuellenlageError("E_USAGE", `${path} holds no article with the id "${id}"`, `${path}#${id}`) };
}
