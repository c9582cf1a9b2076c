/**
 * Fetching a URL safely (the one ingest module that opens network connections). Guarded against
 * server-side request forgery:
 *  - only http and https, no credentials in the URL;
 *  - the host's addresses are resolved once, every one must be public unicast (fetch/address.ts), and
 *    the connection goes to the address that was checked: the resolution is pinned through the
 *    socket's `lookup`, so a second DNS answer (rebinding) never gets a say; IP literals are checked
 *    before any connection; the connected socket's peer address is checked once more;
 *  - every redirect is a new URL that passes the same checks, up to `maxRedirects`;
 *  - limits on time (whole exchange), size (bytes on the wire and after decompression) and the
 *    content type (HTML, XHTML, XML feeds, plain text).
 */
import * as http from "node:http";
import * as https from "node:https";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP, type LookupFunction, type Socket } from "node:net";
import { QuellenlageError } from "../../model/errors.js";
import { charsetFromContentType } from "../decode.js";
import { DEFAULT_MAX_INFLATED_BYTES, decodeContentEncoding } from "../gzip.js";
import { isPublicAddress } from "./address.js";

export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Bytes on the wire, before decompression. */
export const DEFAULT_MAX_FETCH_BYTES = 16 * 1024 * 1024;
/** Content types we read: the part before any parameters, lowercase. */
export const READABLE_TYPES: ReadonlySet<string> = new Set([
  "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
  "application/xml", "text/xml", "application/rdf+xml", "application/feed+json",
]);
/** Host names that name this machine or its network, refused before any lookup. */
const LOCAL_HOST = /(?:^|\.)(?:localhost|localdomain|local|internal|home\.arpa)\.?$/i;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const NOT_MODIFIED = 304;
/** Validators must be one header line of printable characters (and spaces); anything else is not sent. */
const HEADER_SAFE = /^[\x20-\x7e\u0080-\uffff]{1,1024}$/;
const USER_AGENT = "quellenlage (+https://www.npmjs.com/package/quellenlage)";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** How host names become addresses; tests inject their own. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Opens the request; tests inject one that refuses anything but loopback. */
export type RequestFunction = (url: URL, options: http.RequestOptions) => http.ClientRequest;

export interface FetchOptions {
  maxRedirects?: number;
  timeoutMs?: number;
  maxBytes?: number;
  maxInflatedBytes?: number;
  resolver?: Resolver;
  request?: RequestFunction;
  /**
   * Which addresses may be connected to (default: public unicast only). Tests stand in a loopback
   * listener for a public server with it; nothing else should change it.
   */
  isAllowedAddress?: (address: string) => boolean;
  /** Content types accepted (default READABLE_TYPES). */
  accept?: ReadonlySet<string>;
  /**
   * A conditional request (`watch`): the validators of the copy we have. A 304 answer then resolves
   * with `notModified` and no bytes instead of failing.
   */
  conditional?: { etag?: string | null; lastModified?: string | null };
}

export interface Fetched {
  /** The URL asked for, and the one the content came from after redirects. */
  requested: string;
  url: string;
  status: number;
  contentType: string;
  /** The charset the Content-Type header names, if any. */
  charset: string | null;
  bytes: Uint8Array;
  redirects: string[];
  /** The validators the server sent (ETag, Last-Modified), for the next conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  /** A 304 to a conditional request: the copy we have is current. */
  notModified?: boolean;
}

const systemResolver: Resolver = async (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

const defaultRequest: RequestFunction = (url, options) => (url.protocol === "https:" ? https.request(url, options) : http.request(url, options));

/** The URL parsed and checked for scheme, credentials and host form; IP literals must be public. */
export function checkUrl(raw: string, allowed: (address: string) => boolean = isPublicAddress): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new QuellenlageError("E_FETCH_URL", `"${raw}" is not a URL`, raw);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new QuellenlageError("E_FETCH_URL", `only http and https URLs are fetched, not ${url.protocol}`, raw);
  }
  if (url.username || url.password) {
    throw new QuellenlageError("E_FETCH_URL", "URLs with credentials (user@host) are refused", raw);
  }
  const host = hostOf(url);
  if (!host) throw new QuellenlageError("E_FETCH_URL", "the URL has no host", raw);
  if (isIP(host)) {
    if (!allowed(host)) throw new QuellenlageError("E_FETCH_BLOCKED", `${host} is not a public address`, raw);
  } else if (LOCAL_HOST.test(host) || !host.includes(".")) {
    throw new QuellenlageError("E_FETCH_BLOCKED", `${host} names a local host`, raw);
  }
  return url;
}

/** The host without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
}

/** Resolves a host and refuses it unless every address is public; returns the address to connect to. */
export async function resolvePublic(
  hostname: string,
  resolver: Resolver,
  input: string,
  allowed: (address: string) => boolean = isPublicAddress,
): Promise<ResolvedAddress> {
  if (isIP(hostname)) {
    if (!allowed(hostname)) throw new QuellenlageError("E_FETCH_BLOCKED", `${hostname} is not a public address`, input);
    return { address: hostname, family: isIP(hostname) };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolver(hostname);
  } catch (err) {
    throw new QuellenlageError("E_FETCH_FAILED", `cannot resolve ${hostname}: ${(err as Error).message}`, input, { cause: err });
  }
  if (addresses.length === 0) throw new QuellenlageError("E_FETCH_FAILED", `${hostname} has no address`, input);
  const blocked = addresses.find((a) => !allowed(a.address));
  if (blocked) throw new QuellenlageError("E_FETCH_BLOCKED", `${hostname} resolves to ${blocked.address}, not a public address`, input);
  return addresses[0]!;
}

/** A socket lookup that answers with the one address already checked: the connection is pinned to it. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
}

/** Fetches a URL under the guards above; redirects are followed and each one checked again. */
export async function fetchUrl(raw: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const redirects: string[] = [];
  const allowed = options.isAllowedAddress ?? isPublicAddress;
  let url = checkUrl(raw, allowed);
  for (;;) {
    const pinned = await resolvePublic(hostOf(url), options.resolver ?? systemResolver, raw, allowed);
    const response = await exchange(url, pinned, options, raw);
    if (REDIRECT_STATUS.has(response.status) && response.location) {
      if (redirects.length >= maxRedirects) throw new QuellenlageError("E_FETCH_REDIRECTS", `more than ${maxRedirects} redirects`, raw);
      let next: string;
      try {
        next = new URL(response.location, url).href;
      } catch {
        throw new QuellenlageError("E_FETCH_URL", `redirect to an invalid URL "${response.location}"`, raw);
      }
      redirects.push(next);
      url = checkUrl(next, allowed);
      continue;
    }
    if (response.status === NOT_MODIFIED && options.conditional) {
      return { requested: raw, url: url.href, status: NOT_MODIFIED, contentType: response.contentType, charset: null, bytes: new Uint8Array(0), redirects, etag: response.etag, lastModified: response.lastModified, notModified: true };
    }
    if (response.status < 200 || response.status >= 300) {
      throw new QuellenlageError("E_FETCH_STATUS", `the server answered ${response.status}`, raw);
    }
    const bytes = decodeContentEncoding(response.body, response.encoding, options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES, raw);
    return { requested: raw, url: url.href, status: response.status, contentType: response.contentType, charset: charsetFromContentType(response.contentType), bytes, redirects, etag: response.etag, lastModified: response.lastModified };
  }
}

interface RawResponse {
  status: number;
  location: string | null;
  contentType: string;
  encoding: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
}

/** If-None-Match and If-Modified-Since for the validators of the copy we have. */
function conditionalHeaders(conditional: FetchOptions["conditional"]): Record<string, string> {
  const headers: Record<string, string> = {};
  if (conditional?.etag && HEADER_SAFE.test(conditional.etag)) headers["if-none-match"] = conditional.etag;
  if (conditional?.lastModified && HEADER_SAFE.test(conditional.lastModified)) headers["if-modified-since"] = conditional.lastModified;
  return headers;
}

/** One request and its response, within the time and size limits; the body is read only for a 2xx answer. */
function exchange(url: URL, pinned: ResolvedAddress, options: FetchOptions, input: string): Promise<RawResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FETCH_BYTES;
  const accept = options.accept ?? READABLE_TYPES;
  const request = options.request ?? defaultRequest;
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const fail = (err: QuellenlageError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(err);
    };
    const req = request(url, {
      method: "GET",
      lookup: pinnedLookup(pinned),
      agent: false,
      headers: { "user-agent": USER_AGENT, accept: [...accept].join(", "), "accept-encoding": "gzip, deflate, br", ...conditionalHeaders(options.conditional) },
    });
    const timer = setTimeout(() => fail(new QuellenlageError("E_FETCH_TIMEOUT", `no complete answer within ${timeoutMs} ms`, input)), timeoutMs);
    req.on("socket", (socket: Socket) => {
      socket.on("connect", () => {
        // The peer we actually reached must be public too (a last check below the lookup).
        const peer = socket.remoteAddress;
        if (peer && !(options.isAllowedAddress ?? isPublicAddress)(peer)) fail(new QuellenlageError("E_FETCH_BLOCKED", `connected to ${peer}, not a public address`, input));
      });
    });
    req.on("error", (err) => fail(new QuellenlageError("E_FETCH_FAILED", `request failed: ${err.message}`, input, { cause: err })));
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers["content-type"] ?? "");
      const location = typeof res.headers.location === "string" ? res.headers.location : null;
      const done = (body: Buffer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const etag = typeof res.headers.etag === "string" ? res.headers.etag : null;
        const lastModified = typeof res.headers["last-modified"] === "string" ? res.headers["last-modified"] : null;
        resolve({ status, location, contentType, encoding: (res.headers["content-encoding"] as string | undefined) ?? null, body, etag, lastModified });
      };
      if (status < 200 || status >= 300) {
        res.resume();
        done(Buffer.alloc(0));
        req.destroy();
        return;
      }
      const type = contentType.split(";")[0]!.trim().toLowerCase();
      if (!accept.has(type)) return fail(new QuellenlageError("E_FETCH_TYPE", `content type "${type || "none"}" is not a page or feed`, input));
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) return fail(new QuellenlageError("E_TOO_LARGE", `the answer is ${declared} bytes, more than ${maxBytes}`, input));
      const parts: Buffer[] = [];
      let length = 0;
      res.on("data", (chunk: Buffer) => {
        length += chunk.length;
        if (length > maxBytes) return fail(new QuellenlageError("E_TOO_LARGE", `the answer passed ${maxBytes} bytes`, input));
        parts.push(chunk);
      });
      res.on("end", () => done(Buffer.concat(parts, length)));
      res.on("error", (err) => fail(new QuellenlageError("E_FETCH_FAILED", `reading the answer failed: ${err.message}`, input, { cause: err })));
    });
    req.end();
  });
}
