import { QuellenlageError } from "../model/errors.js";
import { checkBytes } from "../arguments.js";

/** How much of the start of the bytes is inspected for binary content and for a `<meta charset>`. */
const SNIFF_BYTES = 8192;
const META_CHARSET_BYTES = 1024;
/**
 * How far a `<meta>` charset is looked for when the bytes are not valid UTF-8 and none was found in the
 * first 1024 bytes: pages (and web-archive copies of them) put it later, and browsers then re-decode.
 */
const LATE_META_CHARSET_BYTES = 65536;
/**
 * Bytes that are not valid UTF-8 but whose invalid sequences are at most this share of their non-ASCII
 * characters are UTF-8 with a few damaged bytes (a stray windows-1252 byte pasted in): decoded as UTF-8
 * with U+FFFD for each bad sequence, not as windows-1252, which would garble every other character.
 */
const MAX_REPAIRED_SHARE = 0.1;
/** Share of control characters (not tab, LF, CR, FF) above which input is binary. */
const MAX_CONTROL_SHARE = 0.05;

export interface Decoded {
  text: string;
  encoding: string;
  /** How the encoding was chosen ("sniffed": UTF-16 without a byte-order mark, told by its zero bytes). */
  via: "bom" | "declared" | "meta" | "utf-8" | "sniffed" | "fallback";
  /** Byte sequences that were not valid UTF-8 and were replaced by U+FFFD (UTF-8 with a few damaged bytes). */
  replaced?: number;
}

const ENCODING_ALIASES: Record<string, string> = {
  "utf8": "utf-8",
  "latin1": "windows-1252",
  "latin-1": "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "us-ascii": "windows-1252",
  "ascii": "windows-1252",
  "cp1252": "windows-1252",
};

/**
 * windows-1252's bytes 0x80–0x9F, which Node 20's TextDecoder gets wrong (it decodes them as the C1
 * controls of ISO-8859-1). The five undefined bytes stay C1 controls, as in the WHATWG table.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeSingleByte(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A label as WHATWG TextDecoder knows it, or null when it names no encoding we can decode. */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  const name = ENCODING_ALIASES[l] ?? l;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** Throws E_BINARY when the bytes are not text (NUL bytes or many control characters in the first 8 KB), saying what they look like. */
export function assertText(bytes: Uint8Array, input?: string): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  let firstNul = -1;
  let nuls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nuls++;
      if (firstNul < 0) firstNul = i;
    }
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (nuls > 0) {
    throw new QuellenlageError(
      "E_BINARY",
      `input is binary: ${describeBytes(bytes)}, with ${nuls} NUL byte${nuls === 1 ? "" : "s"} in its first ${n} bytes (the first at byte ${firstNul}); give a text, HTML or JSONL file`,
      input,
    );
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    throw new QuellenlageError(
      "E_BINARY",
      `input is binary: ${describeBytes(bytes)}, ${Math.round((100 * control) / n)} % of its first ${n} bytes control characters; give a text, HTML or JSONL file`,
      input,
    );
  }
}

/** Signatures of common binary formats, for saying what a refused input looks like. */
const SIGNATURES: ReadonlyArray<[string, number[] | string, number?]> = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", "GIF8"],
  ["a PDF document", "%PDF"],
  ["a ZIP archive (also .docx, .xlsx, .epub)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip data", [0x1f, 0x8b]],
  ["bzip2 data", "BZh"],
  ["xz data", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["a 7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["a RAR archive", "Rar!"],
  ["an ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["a Windows executable", "MZ"],
  ["a WebAssembly module", [0x00, 0x61, 0x73, 0x6d]],
  ["an SQLite database", "SQLite format 3"],
  ["a RIFF file (WAV, AVI, WebP)", "RIFF"],
  ["an Ogg stream", "OggS"],
  ["an MP4 or QuickTime video", "ftyp", 4],
  ["a UTF-32 text (little-endian byte-order mark), which is not read", [0xff, 0xfe, 0x00, 0x00]],
  ["a UTF-32 text (big-endian byte-order mark), which is not read", [0x00, 0x00, 0xfe, 0xff]],
];
/** Bytes shown of an input no signature names. */
const SHOWN_BYTES = 8;

/** What bytes look like: a known format by its signature, else their first bytes in hex. */
export function describeBytes(bytes: Uint8Array): string {
  for (const [name, sig, offset = 0] of SIGNATURES) {
    const expected = typeof sig === "string" ? [...sig].map((c) => c.charCodeAt(0)) : sig;
    if (expected.every((b, i) => bytes[offset + i] === b)) return `${name} (${bytes.length} bytes)`;
  }
  const head = [...bytes.subarray(0, SHOWN_BYTES)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return `${bytes.length} bytes starting ${head}${bytes.length > SHOWN_BYTES ? " …" : ""}`;
}

/**
 * UTF-16 without a byte-order mark: text of mostly Latin, Cyrillic, Greek or CJK letters in UTF-16 has
 * zero bytes on one side of its byte pairs (the high byte of ASCII characters: spaces, digits,
 * punctuation, Latin letters) and almost none on the other. Sniffed when at least MIN_UTF16_ZERO_SHARE
 * of the pairs in the first 8 KB have a zero on one side and at most MAX_UTF16_OTHER_ZERO_SHARE on the
 * other, and the pairs decode to text (no broken surrogates, few control characters).
 */
const MIN_UTF16_ZERO_SHARE = 0.1;
const MAX_UTF16_OTHER_ZERO_SHARE = 0.01;

export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  const pairs = n / 2;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const encoding =
    oddZero >= pairs * MIN_UTF16_ZERO_SHARE && evenZero <= pairs * MAX_UTF16_OTHER_ZERO_SHARE
      ? "utf-16le"
      : evenZero >= pairs * MIN_UTF16_ZERO_SHARE && oddZero <= pairs * MAX_UTF16_OTHER_ZERO_SHARE
        ? "utf-16be"
        : null;
  if (!encoding) return null;
  let head: string;
  try {
    // The sample may end inside a surrogate pair: only whole pairs before it are judged.
    head = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n - (n < bytes.length ? 2 : 0)));
  } catch {
    return null;
  }
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return head.length > 0 && control / head.length <= MAX_CONTROL_SHARE ? encoding : null;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** `<?xml version="1.0" encoding="ISO-8859-1"?>` at the start of an XML document (feeds). */
const XML_ENCODING = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i;
/** The charset parameter of a Content-Type header: `text/html; charset="iso-8859-1"`. */
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/** A charset declared in the markup's first 1024 bytes: a `<meta>` charset, or an XML declaration's encoding. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_CHARSET_BYTES)).toString("latin1");
  const m = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return m ? m[1]! : null;
}

/** The end of a document's head: where a `<meta>` no longer counts. */
const HEAD_END = /<\/head\s*>|<body[\s>]/i;
/** Every `<meta>` charset in a text, for the late scan (the first one naming a known encoding wins). */
const META_CHARSETS = new RegExp(META_CHARSET.source, "gi");

/** The first known encoding a `<meta>` in the head names within the first 64 KB, canonical; or null. */
function lateMetaEncoding(bytes: Uint8Array): string | null {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, LATE_META_CHARSET_BYTES)).toString("latin1");
  const end = HEAD_END.exec(head);
  if (end) head = head.slice(0, end.index);
  for (const m of head.matchAll(META_CHARSETS)) {
    const encoding = canonicalEncoding(m[1]!);
    if (encoding) return encoding;
  }
  return null;
}

/** UTF-8 with U+FFFD for invalid sequences, when they are few among its non-ASCII characters; else null. */
function repairedUtf8(bytes: Uint8Array): { text: string; replaced: number } | null {
  const text = new TextDecoder("utf-8").decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) nonAscii++;
  }
  return replaced <= MAX_REPAIRED_SHARE * (nonAscii + replaced) ? { text, replaced } : null;
}

/** The charset of an HTTP Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? CONTENT_TYPE_CHARSET.exec(contentType) : null;
  return m ? m[1]! : null;
}

/**
 * Bytes to text: a byte-order mark wins, then a declared charset (an HTTP header, or for HTML a
 * `<meta charset>` in the first 1024 bytes), then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: { declared?: string | null; html?: boolean; input?: string } = {},
): Decoded {
  checkBytes(bytes);
  const bom = bomOf(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, via: "bom" };
  }
  const declared = options.declared ? canonicalEncoding(options.declared) : null;
  // A header naming UTF-16 is believed; a <meta> naming UTF-16 cannot be right, since it was read as
  // ASCII: it counts as UTF-8 (WHATWG). Without a BOM or a header, UTF-16 shows in its zero bytes.
  if (declared?.startsWith("utf-16")) return { text: new TextDecoder(declared).decode(bytes), encoding: declared, via: "declared" };
  const utf16 = declared ? null : sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, via: "sniffed" };
  assertText(bytes, options.input);
  const meta = !declared && options.html ? metaCharset(bytes) : null;
  const chosen = declared ?? (meta ? canonicalEncoding(meta) : null);
  // A declared UTF-8 that is not valid UTF-8 is a wrong declaration: fall through to the sniffing below.
  if (chosen && chosen !== "utf-8" && !chosen.startsWith("utf-16")) {
    return { text: decodeSingleByte(bytes, chosen), encoding: chosen, via: declared ? "declared" : "meta" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", via: chosen ? (declared ? "declared" : "meta") : "utf-8" };
  } catch {
    // Not valid UTF-8. A <meta> further into the head may name the encoding; else the bytes may be UTF-8
    // with a few damaged sequences; else windows-1252, the web's most common legacy encoding.
    const late = !chosen && options.html ? lateMetaEncoding(bytes) : null;
    if (late && late !== "utf-8" && !late.startsWith("utf-16")) return { text: decodeSingleByte(bytes, late), encoding: late, via: "meta" };
    const repaired = repairedUtf8(bytes);
    if (repaired) return { text: repaired.text, encoding: "utf-8", via: chosen ? (declared ? "declared" : "meta") : late ? "meta" : "utf-8", replaced: repaired.replaced };
    return { text: decodeSingleByte(bytes, "windows-1252"), encoding: "windows-1252", via: "fallback" };
  }
}
