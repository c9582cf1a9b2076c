import { QuellenlageError } from "../model/errors.js";

/** How much of the start of the bytes is inspected for binary content and for a `<meta charset>`. */
const SNIFF_BYTES = 8192;
const META_CHARSET_BYTES = 1024;
/** Share of control characters (not tab, LF, CR, FF) above which input is binary. */
const MAX_CONTROL_SHARE = 0.05;

export interface Decoded {
  text: string;
  encoding: string;
  /** How the encoding was chosen. */
  via: "bom" | "declared" | "meta" | "utf-8" | "fallback";
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

/** Throws E_BINARY when the bytes are not text (NUL bytes or many control characters in the first 8 KB). */
export function assertText(bytes: Uint8Array, input?: string): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw new QuellenlageError("E_BINARY", "input is binary (it holds NUL bytes); give a text, HTML or JSONL file", input);
    }
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    throw new QuellenlageError("E_BINARY", "input is binary (too many control characters); give a text, HTML or JSONL file", input);
  }
}

/**
 * How far a `<meta>` charset is looked for in the head when the bytes are not UTF-8 and the first 1024
 * bytes declared nothing: browsers re-decode a page whose head names its charset late ("change the
 * encoding"); pages behind archive banners or long scripts do.
 */
const LATE_META_BYTES = 65_536;
const BODY_START = /<body[\s>]/i;
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

/** A `<meta>` charset in the head (before `<body>`) beyond the first 1024 bytes, or null. */
function lateMetaCharset(bytes: Uint8Array): string | null {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, LATE_META_BYTES)).toString("latin1");
  const body = BODY_START.exec(head);
  if (body) head = head.slice(0, body.index);
  const m = META_CHARSET.exec(head);
  return m ? canonicalEncoding(m[1]!) : null;
}

/** The charset of an HTTP Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? CONTENT_TYPE_CHARSET.exec(contentType) : null;
  return m ? m[1]! : null;
}

/**
 * Bytes to text: a byte-order mark wins, then a declared charset (an HTTP header, or for HTML a
 * `<meta charset>` in the first 1024 bytes), then UTF-8 if the bytes are valid UTF-8, then for HTML a
 * `<meta charset>` later in the head, else windows-1252.
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: { declared?: string | null; html?: boolean; input?: string } = {},
): Decoded {
  const bom = bomOf(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, via: "bom" };
  }
  const declared = options.declared ? canonicalEncoding(options.declared) : null;
  // A header naming UTF-16 is believed (bytes without a BOM can be UTF-16 only if someone says so);
  // a <meta> naming UTF-16 cannot be right, since it was read as ASCII: it counts as UTF-8 (WHATWG).
  if (declared?.startsWith("utf-16")) return { text: new TextDecoder(declared).decode(bytes), encoding: declared, via: "declared" };
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
    const late = !chosen && options.html ? lateMetaCharset(bytes) : null;
    if (late && late !== "utf-8" && !late.startsWith("utf-16")) return { text: decodeSingleByte(bytes, late), encoding: late, via: "meta" };
    return { text: decodeSingleByte(bytes, "windows-1252"), encoding: "windows-1252", via: "fallback" };
  }
}
