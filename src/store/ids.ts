/**
 * Stable ids of the store: derived from what identifies a thing (an article's URL or input id, a
 * version's content, a speaker's folded name), so the same input gives the same id in any store, on
 * any machine, in any order, and a rerun after a crash finds the rows it already wrote.
 */
import { createHash } from "node:crypto";

/** Hex digits kept of a SHA-256: 64 bits, no collision in any corpus this tool will see. */
const ID_HEX = 16;

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function shortHash(...parts: string[]): string {
  return sha256(parts.join("\u0000")).slice(0, ID_HEX);
}

/** An article: one URL (or input id, for texts without one). */
export const articleId = (key: string): string => `a_${shortHash(key)}`;
/** A version of an article: its content as first seen. */
export const versionId = (article: string, contentHash: string): string => `v_${shortHash(article, contentHash)}`;
/** A person or organisation across the corpus, from the folded name key. */
export const speakerId = (key: string): string => `s_${shortHash(key)}`;
/** An outlet: its host, or its folded name. */
export const outletId = (key: string): string => `o_${shortHash(key)}`;
/** An attribution of a version: stable while the version's analysis is. */
export const attributionId = (version: string, index: number): string => `${version}.q${index}`;

/** Query parameters that only track a click and never change the page. */
const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * A URL as an article key: lowercase scheme and host, no fragment, no tracking parameters, no
 * default port. Anything that does not parse as http(s) is kept as it is.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return raw;
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  return url.href;
}

/** The host of a URL without `www.`, or null. */
export function hostOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.hostname.replace(/^www\./i, "").toLowerCase() || null;
  } catch {
    return null;
  }
}
