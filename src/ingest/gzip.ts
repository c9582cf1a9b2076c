/**
 * Decompression with an output cap: a small input that inflates without end (a "zip bomb") is
 * refused once its output passes the cap, without the whole output ever being held.
 */
import { brotliDecompressSync, constants, gunzipSync, inflateSync } from "node:zlib";
import { QuellenlageError } from "../model/errors.js";

/** No decompressed input grows beyond this many bytes, whatever its ratio. */
export const DEFAULT_MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/**
 * Text and HTML compress about 3 to 15 times; beyond this ratio (and past the floor below, so small
 * inputs are never judged by ratio) an input is refused as a decompression bomb.
 */
export const MAX_INFLATE_RATIO = 100;
export const INFLATE_RATIO_FLOOR = 1024 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The most bytes `compressed` bytes may inflate to: the ratio limit, at least the floor, at most `max`. */
export function inflateLimit(compressed: number, max = DEFAULT_MAX_INFLATED_BYTES): number {
  return Math.min(max, Math.max(INFLATE_RATIO_FLOOR, compressed * MAX_INFLATE_RATIO));
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

type Codec = "gzip" | "deflate" | "br";
const CODECS: Readonly<Record<string, Codec>> = { gzip: "gzip", "x-gzip": "gzip", deflate: "deflate", br: "br" };

function run(codec: Codec, bytes: Uint8Array, limit: number): Buffer {
  const options = { maxOutputLength: limit };
  if (codec === "gzip") return gunzipSync(bytes, options);
  if (codec === "deflate") return inflateSync(bytes, options);
  return brotliDecompressSync(bytes, { ...options, params: { [constants.BROTLI_PARAM_SIZE_HINT]: 0 } });
}

/** Inflates gzip (also several members one after another), deflate or brotli, refusing output past the limit. */
export function inflateCapped(bytes: Uint8Array, codec: Codec = "gzip", max = DEFAULT_MAX_INFLATED_BYTES, input?: string): Buffer {
  const limit = inflateLimit(bytes.length, max);
  try {
    return run(codec, bytes, limit);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof RangeError || code === "ERR_BUFFER_TOO_LARGE") {
      throw new QuellenlageError("E_TOO_LARGE", `${codec} data inflates past ${limit} bytes (from ${bytes.length}): refused as a decompression bomb`, input);
    }
    throw new QuellenlageError("E_DECOMPRESS", `${codec} data is corrupt: ${(err as Error).message}`, input, { cause: err });
  }
}

/** Undoes an HTTP Content-Encoding (gzip, deflate, br, identity), capped; unknown codings are an error. */
export function decodeContentEncoding(bytes: Uint8Array, encoding: string | null | undefined, max = DEFAULT_MAX_INFLATED_BYTES, input?: string): Uint8Array {
  const coding = (encoding ?? "identity").trim().toLowerCase();
  if (coding === "" || coding === "identity") return bytes;
  const codec = CODECS[coding];
  if (!codec) throw new QuellenlageError("E_DECOMPRESS", `unknown content encoding "${coding}"`, input);
  return inflateCapped(bytes, codec, max, input);
}
