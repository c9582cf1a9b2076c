import { QuellenlageError } from "../model/errors.js";
import { isSupportedLanguage } from "../locales/index.js";
import type { GivenMeta, TimeAnchoringMode } from "./types.js";

/** A JSONL line longer than this is refused (and skipped without being held in memory). */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** The line's bytes, or null when it was too long and skipped. */
  bytes: Buffer | null;
  length: number;
}

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxLineBytes`) in memory:
 * a longer line is skipped to its end and reported with `bytes: null`. Blank lines are not reported.
 */
export async function* readLines(stream: AsyncIterable<Buffer | Uint8Array | string>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let line = 1;
  const finish = function* (): Generator<RawLine> {
    if (overflow) yield { line, bytes: null, length };
    else if (length > 0) {
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
      if (!isBlank(bytes)) yield { line, bytes, length };
    }
    parts = [];
    length = 0;
    overflow = false;
    line++;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf(10, pos);
      const end = nl < 0 ? buf.length : nl;
      const piece = buf.subarray(pos, end);
      length += piece.length;
      if (!overflow) {
        if (length > maxLineBytes) {
          overflow = true;
          parts = [];
        } else if (piece.length) parts.push(Buffer.from(piece)); // copy: the chunk may be reused
      }
      if (nl < 0) break;
      yield* finish();
      pos = nl + 1;
    }
  }
  if (length > 0 || overflow) yield* finish();
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}

/** One JSONL record, checked: `id` and exactly one of `text`, `html`, `path`. */
export interface JsonlRecord extends GivenMeta {
  id: string;
  text?: string;
  html?: string;
  path?: string;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const ANCHORING_MODES: readonly TimeAnchoringMode[] = ["news", "narrative", "auto"];

function isAnchoringMode(value: string): value is TimeAnchoringMode {
  return (ANCHORING_MODES as readonly string[]).includes(value);
}

/** Characters of a refused line shown in its error. */
const SHOWN_LINE_CHARS = 40;

/** The start of a line, as JSON text (invalid UTF-8 shown as U+FFFD). */
function lineStart(bytes: Buffer): string {
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, 4 * SHOWN_LINE_CHARS));
  return JSON.stringify(text.length > SHOWN_LINE_CHARS ? text.slice(0, SHOWN_LINE_CHARS) + "…" : text);
}

/** Parses and checks one line; `where` names it in errors ("file.jsonl:12"). */
export function parseRecord(raw: RawLine, where: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES): JsonlRecord {
  if (raw.bytes === null) {
    throw new QuellenlageError("E_TOO_LARGE", `line is ${raw.length} bytes, more than the limit of ${maxLineBytes}`, where);
  }
  let value: unknown;
  try {
    value = JSON.parse(UTF8.decode(raw.bytes));
  } catch (err) {
    const why = err instanceof TypeError ? "is not valid UTF-8" : `is not valid JSON (${(err as Error).message})`;
    throw new QuellenlageError("E_JSON", `line ${why}; it starts ${lineStart(raw.bytes)}`, where);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new QuellenlageError("E_JSONL_FIELD", `line is not a JSON object but ${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}`, where);
  }
  const o = value as Record<string, unknown>;
  const rawId = o["id"];
  if (typeof rawId !== "string" && typeof rawId !== "number") {
    throw new QuellenlageError("E_JSONL_FIELD", 'line has no "id" (a string)', where);
  }
  const id = String(rawId);
  const sources = (["text", "html", "path"] as const).filter((k) => o[k] !== undefined && o[k] !== null);
  if (sources.length !== 1) {
    throw new QuellenlageError("E_JSONL_FIELD", `needs exactly one of "text", "html" or "path", has ${sources.length ? sources.join(", ") : "none"}`, id);
  }
  const source = sources[0]!;
  if (typeof o[source] !== "string") throw new QuellenlageError("E_JSONL_FIELD", `"${source}" must be a string`, id);
  const optional = (k: string): string | null => {
    const v = o[k];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string") throw new QuellenlageError("E_JSONL_FIELD", `"${k}" must be a string`, id);
    return v;
  };
  const language = optional("language");
  if (language !== null && !isSupportedLanguage(language)) {
    throw new QuellenlageError("E_LANGUAGE", `language "${language}" is not supported`, id);
  }
  const record: JsonlRecord = { id, [source]: o[source] as string };
  const url = optional("url");
  const published = optional("published");
  const title = optional("title");
  if (url !== null) record.url = url;
  if (published !== null) record.published = published;
  if (title !== null) record.title = title;
  if (language !== null && isSupportedLanguage(language)) record.language = language;
  const anchoring = optional("timeAnchoring");
  if (anchoring !== null) {
    if (!isAnchoringMode(anchoring)) throw new QuellenlageError("E_JSONL_FIELD", `"timeAnchoring" must be "news", "narrative" or "auto", got "${anchoring}"`, id);
    record.timeAnchoring = anchoring;
  }
  return record;
}
