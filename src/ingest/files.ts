/**
 * Reading inputs from disk and stdin: the one place of ingest that does I/O. Each input becomes a job
 * (an article to analyse, or the typed error that stopped it), in input order, streamed.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { QuellenlageError, toQuellenlageError } from "../model/errors.js";
import { DEFAULT_MAX_LINE_BYTES, parseRecord, readLines } from "./jsonl.js";
import type { ArticleInput } from "./types.js";

/** Files larger than this are refused before they are read. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const TEXT_EXT = new Set([".txt", ".text", ".md"]);

export type InputFormat = "auto" | "text" | "html" | "jsonl";

export type Job = { id: string; article: ArticleInput } | { id: string; error: QuellenlageError };

export interface ReadOptions {
  /** How to read inputs whose extension does not say (and stdin). */
  inputFormat?: InputFormat;
  maxFileBytes?: number;
  maxLineBytes?: number;
  stdin?: AsyncIterable<Buffer | string> & { isTTY?: boolean };
}

export async function* readJobs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<Job> {
  for (const input of inputs) {
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
    .filter((e) => e.isFile() && [JSONL_EXT, HTML_EXT, TEXT_EXT].some((s) => s.has(extname(e.name).toLowerCase())))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

function formatOf(path: string, options: ReadOptions): InputFormat {
  const ext = extname(path).toLowerCase();
  if (options.inputFormat && options.inputFormat !== "auto") return options.inputFormat;
  if (JSONL_EXT.has(ext)) return "jsonl";
  if (HTML_EXT.has(ext)) return "html";
  if (TEXT_EXT.has(ext)) return "text";
  return "auto";
}

async function* fileJobs(path: string, options: ReadOptions): AsyncGenerator<Job> {
  const format = formatOf(path, options);
  if (format === "jsonl") {
    yield* jsonlJobs(createReadStream(path), path, dirname(resolve(path)), options);
    return;
  }
  try {
    const bytes = await readBounded(path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    yield { id: path, article: { id: path, bytes, ...(format !== "auto" ? { format } : {}) } };
  } catch (err) {
    yield { id: path, error: readError(err, path) };
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
  const format = options.inputFormat && options.inputFormat !== "auto" ? options.inputFormat : undefined;
  yield { id: "-", article: { id: "-", bytes, ...(format ? { format } : {}) } };
}

async function* jsonlJobs(stream: AsyncIterable<Buffer | string>, name: string, base: string, options: ReadOptions): AsyncGenerator<Job> {
  const maxLine = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
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
      };
      if (record.text !== undefined) yield { id: record.id, article: { id: record.id, text: record.text, ...meta } };
      else if (record.html !== undefined) yield { id: record.id, article: { id: record.id, html: record.html, ...meta } };
      else if (record.path !== undefined) {
        const path = resolve(base, record.path);
        try {
          const bytes = await readBounded(path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
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

async function readBounded(path: string, max: number): Promise<Buffer> {
  const info = await stat(path);
  if (info.isDirectory()) throw new QuellenlageError("E_READ", `${path} is a folder, not a file`);
  if (info.size > max) throw new QuellenlageError("E_TOO_LARGE", `file is ${info.size} bytes, more than the limit of ${max}`);
  return readFile(path);
}

function readError(err: unknown, input: string): QuellenlageError {
  if (err instanceof QuellenlageError) return err.withInput(input);
  const code = (err as NodeJS.ErrnoException)?.code;
  const why =
    code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a folder" : (err as Error)?.message ?? String(err);
  return new QuellenlageError("E_READ", `cannot read input: ${why}`, input, { cause: err });
}
