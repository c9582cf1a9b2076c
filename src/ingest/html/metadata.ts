/**
 * Article metadata from the page itself: JSON-LD `NewsArticle` (also inside `@graph`), OpenGraph and
 * `<meta>` tags, `<time>`, `<html lang>`, `<link rel=canonical>`.
 */

/** The minimal DOM surface we read (linkedom's and the browser's documents both have it). */
export interface MiniElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
export interface MiniDocument {
  querySelectorAll(selector: string): ArrayLike<MiniElement> & Iterable<MiniElement>;
  querySelector(selector: string): MiniElement | null;
  documentElement: MiniElement | null;
}

export interface PageMeta {
  title: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  outlet: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|WebPage|Report)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function asArray(x: Json | undefined): Json[] {
  return x === undefined || x === null ? [] : Array.isArray(x) ? x : [x];
}

function str(x: Json | undefined): string | null {
  if (typeof x === "string") return x.trim() || null;
  if (x && typeof x === "object" && !Array.isArray(x) && typeof x["name"] === "string") return x["name"].trim() || null;
  return null;
}

/** Every JSON-LD object of an article type on the page, `@graph` members included. */
function jsonLdArticles(doc: MiniDocument): Array<{ [k: string]: Json }> {
  const out: Array<{ [k: string]: Json }> = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? "") as Json;
    } catch {
      continue;
    }
    const queue: Json[] = asArray(data);
    while (queue.length) {
      const item = queue.shift();
      if (!item || typeof item !== "object" || Array.isArray(item)) continue;
      if (item["@graph"]) queue.push(...asArray(item["@graph"]));
      const types = asArray(item["@type"]).filter((t): t is string => typeof t === "string");
      if (types.some((t) => ARTICLE_TYPES.test(t))) out.push(item);
    }
  }
  // News articles before generic pages.
  return out.sort((a, b) => Number(/Article|Posting/.test(String(b["@type"]))) - Number(/Article|Posting/.test(String(a["@type"]))));
}

function metaContent(doc: MiniDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`) ?? doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

/** A date-time string to `YYYY-MM-DD` (the date as written, no time zone shift), or null. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? `${y}-${mo}-${d}` : null;
}

export function extractMetadata(doc: MiniDocument): PageMeta {
  const ld = jsonLdArticles(doc);
  const first = <T>(f: (o: { [k: string]: Json }) => T | null): T | null => {
    for (const o of ld) {
      const v = f(o);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const ldAuthors = first((o) => {
    const names = asArray(o["author"]).map(str).filter((n): n is string => n !== null);
    return names.length ? names : null;
  });
  const metaAuthors = [...doc.querySelectorAll('meta[name="author"]')]
    .map((m) => m.getAttribute("content")?.trim())
    .filter((n): n is string => Boolean(n));
  const time = doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const titleEl = doc.querySelector("title")?.textContent?.trim() || null;
  return {
    title: first((o) => str(o["headline"])) ?? metaContent(doc, "og:title", "twitter:title") ?? titleEl,
    published: isoDate(first((o) => str(o["datePublished"])) ?? metaContent(doc, "article:published_time", "datePublished", "date", "pubdate", "dc.date") ?? time),
    modified: isoDate(first((o) => str(o["dateModified"])) ?? metaContent(doc, "article:modified_time", "dateModified")),
    authors: ldAuthors ?? metaAuthors,
    outlet: first((o) => str(o["publisher"])) ?? metaContent(doc, "og:site_name", "application-name"),
    language: doc.documentElement?.getAttribute("lang")?.trim().slice(0, 2).toLowerCase() || metaContent(doc, "og:locale")?.slice(0, 2).toLowerCase() || null,
    canonicalUrl: doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent(doc, "og:url"),
    description: metaContent(doc, "description", "og:description"),
  };
}
