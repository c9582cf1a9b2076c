/**
 * Web archives (WARC 1.0/1.1), streamed: records are read one after another from a byte stream
 * (gzip members are inflated on the way by the caller), and only a record's own content is held,
 * up to a cap. A record beyond the cap is skipped to its end without being held, reported, and the
 * next record is read as usual. `response` and `resource` records that hold HTML or text become pages.
 */
import { QuellenlageError } from "../model/errors.js";
import { charsetFromContentType } from "./decode.js";
import { DEFAULT_MAX_INFLATED_BYTES, decodeContentEncoding } from "./gzip.js";

/** A record's content above this many bytes is skipped. */
export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** A WARC or HTTP header block longer than this is not one. */
const MAX_HEADER_BYTES = 64 * 1024;
const HEADER_END = Buffer.from("\r\n\r\n");
const WARC_VERSION = /^WARC\/1\.[01]$/;
const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const HTTP_STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/;

export interface WarcRecord {
  type: string;
  headers: ReadonlyMap<string, string>;
  content: Buffer;
}

export type WarcItem = { record: WarcRecord } | { error: QuellenlageError; offset: number };

export interface WarcPage {
  url: string;
  date: string | null;
  bytes: Uint8Array;
  contentType: string;
  charset: string | null;
  recordId: string | null;
}

function parseHeaders(block: string): { first: string; headers: Map<string, string> } {
  const lines = block.split("\r\n");
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { first: lines[0]!.trim(), headers };
}

/** Skips the CR and LF bytes between records. */
function skipNewlines(buf: Buffer): Buffer {
  let i = 0;
  while (i < buf.length && (buf[i] === 13 || buf[i] === 10)) i++;
  return i === 0 ? buf : buf.subarray(i);
}

/** The records of a WARC byte stream (already inflated), in order; a record past the cap is an error item. */
export async function* readWarcRecords(stream: AsyncIterable<Buffer | Uint8Array>, maxRecordBytes = DEFAULT_MAX_RECORD_BYTES): AsyncGenerator<WarcItem> {
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  let record: { type: string; headers: Map<string, string>; need: number; got: number; parts: Buffer[] | null; start: number } | null = null;
  for await (const chunk of stream) {
    const incoming = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    pending = pending.length ? Buffer.concat([pending, incoming]) : incoming;
    for (;;) {
      if (record === null) {
        pending = skipNewlines(pending);
        const end = pending.indexOf(HEADER_END);
        if (end < 0) {
          if (pending.length > MAX_HEADER_BYTES) throw new QuellenlageError("E_WARC", `no WARC record header at byte ${offset}`);
          break;
        }
        const { first, headers } = parseHeaders(pending.subarray(0, end).toString("utf8"));
        if (!WARC_VERSION.test(first)) throw new QuellenlageError("E_WARC", `expected a WARC/1.0 or 1.1 record at byte ${offset}, found "${first.slice(0, 40)}"`);
        const need = Number(headers.get("content-length"));
        if (!Number.isInteger(need) || need < 0) throw new QuellenlageError("E_WARC", `record at byte ${offset} has no valid Content-Length`);
        offset += end + HEADER_END.length;
        pending = pending.subarray(end + HEADER_END.length);
        record = { type: (headers.get("warc-type") ?? "").toLowerCase(), headers, need, got: 0, parts: need <= maxRecordBytes ? [] : null, start: offset };
      }
      const take = Math.min(record.need - record.got, pending.length);
      // Copy what is kept: `pending` may be a view of a large chunk that should not stay alive.
      if (record.parts && take > 0) record.parts.push(Buffer.from(pending.subarray(0, take)));
      record.got += take;
      offset += take;
      pending = pending.subarray(take);
      if (record.got < record.need) break;
      if (record.parts) yield { record: { type: record.type, headers: record.headers, content: Buffer.concat(record.parts, record.need) } };
      else {
        const id = record.headers.get("warc-target-uri") ?? record.headers.get("warc-record-id") ?? `byte ${record.start}`;
        yield { error: new QuellenlageError("E_TOO_LARGE", `WARC record of ${record.need} bytes is larger than the limit of ${maxRecordBytes}: skipped`, id), offset: record.start };
      }
      record = null;
    }
  }
  if (record !== null) throw new QuellenlageError("E_WARC", `the archive ends inside a record (at byte ${offset})`);
}

/** Undoes HTTP chunked transfer coding (archives keep the bytes as they came). */
export function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", pos);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(pos, lineEnd).toString("latin1").split(";")[0]!.trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The page a record holds (an HTML or text response or resource), or null for everything else. */
export function pageOfRecord(record: WarcRecord, maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES): WarcPage | null {
  const url = record.headers.get("warc-target-uri");
  if (!url) return null;
  const base = { url, date: record.headers.get("warc-date") ?? null, recordId: record.headers.get("warc-record-id") ?? null };
  if (record.type === "resource") {
    const contentType = record.headers.get("content-type") ?? "";
    if (!PAGE_TYPES.test(contentType)) return null;
    return { ...base, bytes: record.content, contentType, charset: charsetFromContentType(contentType) };
  }
  if (record.type !== "response" || !/application\/http/i.test(record.headers.get("content-type") ?? "application/http")) return null;
  const end = record.content.indexOf(HEADER_END);
  if (end < 0) return null;
  const { first, headers } = parseHeaders(record.content.subarray(0, end).toString("latin1"));
  const status = HTTP_STATUS_LINE.exec(first);
  if (!status || !status[1]!.startsWith("2")) return null;
  const contentType = headers.get("content-type") ?? "";
  if (!PAGE_TYPES.test(contentType)) return null;
  let body = record.content.subarray(end + HEADER_END.length);
  if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) body = dechunk(body);
  const bytes = decodeContentEncoding(body, headers.get("content-encoding"), maxInflatedBytes, url);
  return { ...base, bytes, contentType, charset: charsetFromContentType(contentType) };
}
