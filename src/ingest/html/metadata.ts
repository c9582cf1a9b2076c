/**
 * Article metadata from the page itself: JSON-LD `NewsArticle` (also inside `@graph`), OpenGraph and
 * `<meta>` tags, `<time>`, `<html lang>`, `<link rel=canonical>`, bylines marked in the markup, and
 * dates in the URL. Reads what the tree builder collected (src/ingest/html/tree.ts); no DOM needed.
 */
import type { HeadData, HElement } from "./tree.js";
import { elements, textOf } from "./tree.js";
import { hasClassWord } from "./furniture.js";
import { FURNITURE_CLASS_WORDS, METADATA_CLASS_WORDS } from "../../locales/shared/page-furniture.js";
import { LOCALES } from "../../locales/index.js";
import { decodeCharacterReferences } from "../../text/entities.js";
import { alternatives, escapeRegex } from "../../text/regex.js";

export interface PageMeta {
  title: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  outlet: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
  /** The article's text as JSON-LD `articleBody` gives it (pages that render their text with scripts), or null. */
  articleBody: string | null;
}

/** JSON-LD types that describe the page's article (news types first when several are on a page). */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;
const NEWS_TYPES = /Article|Posting/;
/** `<meta>` names and properties that carry each field, strongest first. */
const PUBLISHED_KEYS = [
  "article:published_time", "og:article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date",
  "dcterms.created", "publish-date", "publish_date", "pubdate", "publication_date", "sailthru.date", "parsely-pub-date", "og:published_time", "date.created",
];
const MODIFIED_KEYS = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "dc.date.modified"];
const AUTHOR_KEYS = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator"];
const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "headline"];
const OUTLET_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher"];
/** Separators between an article title and the site name in `<title>`: "Titel | Site", "Titel - Site". */
const TITLE_SITE_SEPARATOR = /\s+[|–—:«»·•-]\s+|\s+[-|]{2}\s+/;
/** A title part shorter than this is a site name, not the article's title. */
const MIN_TITLE_PART_CHARS = 15;
/** A date in a URL path: /2019/04/30/ or /2019-04-30-. */
const URL_DATE = /\/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?=[/_.-]|$)/;
/** Author names longer than this are not names but prose. */
const MAX_AUTHOR_CHARS = 80;
/** Separators between a byline's name and its date: "·", "|", ",", " - ". */
const AUTHOR_PART_SEPARATOR = /\s*[·|•,]\s*|\s+[-–—]\s+/;

interface AuthorPatterns {
  /** "Von Anna Muster", "By Jane Doe", "Text: …": the locales' byline and credit prefixes, any case. */
  prefix: RegExp;
  /** "at 18:52", "um 14:30 Uhr" after a name: a time preposition of the locales and a clock time. */
  trailingTime: RegExp;
}

let authorPatterns: AuthorPatterns | undefined;

function authorPatternsOf(): AuthorPatterns {
  if (!authorPatterns) {
    const locales = Object.values(LOCALES);
    const prefixes = locales.flatMap((l) => [...l.structure.bylinePrefixes, ...l.structure.articleCreditPrefixes]);
    const prepositions = locales.flatMap((l) => l.time.signals.filter((s) => s.value === "").flatMap((s) => s.words)).filter((w) => !w.includes(" "));
    authorPatterns = {
      prefix: new RegExp(`^(?:${alternatives(prefixes)})\\s*:?\\s+`, "iu"),
      trailingTime: new RegExp(`\\s+(?:${alternatives(prepositions)})\\s+\\d{1,2}[:.]\\d{2}.*$`, "iu"),
    };
  }
  return authorPatterns;
}
/** Elements around which a name is not the article's author: comments and forms. */
const COMMENT_WORDS: ReadonlySet<string> = new Set(FURNITURE_CLASS_WORDS.comment);
const FORM_TAGS = new Set(["form", "label", "input", "textarea"]);

/** Markup that marks a byline: itemprop/rel author, or a class naming the author. */
const AUTHOR_WORDS: ReadonlySet<string> = new Set(METADATA_CLASS_WORDS.author);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function asArray(x: Json | undefined): Json[] {
  return x === undefined || x === null ? [] : Array.isArray(x) ? x : [x];
}

/** A JSON-LD value as a string (an object's `name`), its character references decoded ("&#8211;"). */
function str(x: Json | undefined): string | null {
  const s = typeof x === "string" ? x : x && typeof x === "object" && !Array.isArray(x) && typeof x["name"] === "string" ? x["name"] : null;
  return s === null ? null : decodeCharacterReferences(s).trim() || null;
}

/** Every JSON-LD object of an article type on the page, `@graph` members included, news types first. */
function jsonLdArticles(scripts: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script) as Json;
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
  const isNews = (o: JsonObject) => Number(asArray(o["@type"]).some((t) => typeof t === "string" && NEWS_TYPES.test(t)));
  return out.sort((a, b) => isNews(b) - isNews(a));
}

/** The `<meta>` values by lowercase name, property or itemprop; the first of each kept. */
function metaMap(head: HeadData): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of head.metas) {
    const content = m["content"]?.trim();
    if (!content) continue;
    for (const key of [m["property"], m["name"], m["itemprop"]]) {
      if (key && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
    }
  }
  return map;
}

function firstOf(map: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = map.get(k);
    if (v) return v;
  }
  return null;
}

/** A date-time string to `YYYY-MM-DD` (the date as written, no time zone shift), or null. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function validDate(y: number, mo: number, d: number): string | null {
  // setUTCFullYear keeps years below 100 as written (Date.UTC would read 0001 as 1901).
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Month names of every locale, lowercase, to their number (1–12). */
const MONTHS = new Map<string, number>(
  Object.values(LOCALES).flatMap((l) => l.calendar.months.flatMap((names, i) => names.map((n) => [n, i + 1] as const))),
);
/** "30.04.2019", "30. April 2019", "April 30, 2019", "30 April 2019": dates as pages print them. */
const NUMERIC_DMY = /\b([0-3]?\d)\.\s?([01]?\d)\.\s?((?:19|20)\d{2})\b/;
const NAMED_DMY = /\b([0-3]?\d)\.?\s+(\p{L}{3,10})\.?\s+((?:19|20)\d{2})\b/u;
const NAMED_MDY = /\b(\p{L}{3,10})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/u;

/** A date as a page prints it ("30.04.2019", "30. April 2019", "April 30, 2019", ISO) to `YYYY-MM-DD`. */
export function parseLooseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = isoDate(s);
  if (iso) return iso;
  const n = NUMERIC_DMY.exec(s);
  if (n) return validDate(Number(n[3]), Number(n[2]), Number(n[1]));
  const dmy = NAMED_DMY.exec(s);
  const dmyMonth = dmy ? MONTHS.get(dmy[2]!.toLowerCase()) : undefined;
  if (dmy && dmyMonth) return validDate(Number(dmy[3]), dmyMonth, Number(dmy[1]));
  const mdy = NAMED_MDY.exec(s);
  const mdyMonth = mdy ? MONTHS.get(mdy[1]!.toLowerCase()) : undefined;
  if (mdy && mdyMonth) return validDate(Number(mdy[3]), mdyMonth, Number(mdy[2]));
  return null;
}

/** The date in a URL's path ("/2019/04/30/slug"), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = URL_DATE.exec(url);
  return m ? validDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The article's title out of a `<title>` that also names the site: the longest part. */
export function cleanTitle(title: string): string {
  const parts = title.split(TITLE_SITE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.length >= MIN_TITLE_PART_CHARS ? longest : title.trim();
}

function cleanAuthor(name: string): string | null {
  // "Posted by Anna at 18:52", "29. Juni 2017 · von Tobi", "Janic Cathomen, 01.12.2021": the name without dates.
  const { prefix, trailingTime } = authorPatternsOf();
  const parts = name
    .replace(/\s+/g, " ")
    .split(AUTHOR_PART_SEPARATOR)
    .map((p) => p.trim().replace(prefix, "").replace(trailingTime, "").trim())
    .filter((p) => p && parseLooseDate(p) === null);
  const clean = (parts[0] ?? "").replace(prefix, "").trim();
  if (!clean || clean.length > MAX_AUTHOR_CHARS || /^https?:/i.test(clean) || clean.startsWith("@")) return null;
  return clean;
}

/** Author names marked in the body: `itemprop="author"`, `rel="author"`, or a byline class. */
function markedAuthors(root: HElement): string[] {
  const out: string[] = [];
  for (const el of elements(root)) {
    const a = el.attrs;
    const marked = a["itemprop"] === "author" || a["rel"] === "author" || (hasClassWord(a["class"], AUTHOR_WORDS) && el.tag !== "div" && el.tag !== "section");
    if (!marked || !isBylineContext(el)) continue;
    const name = cleanAuthor(textOf(el));
    if (name && !out.includes(name)) out.push(name);
    if (out.length > 0) break;
  }
  return out;
}

function isBylineContext(el: HElement): boolean {
  for (let p: HElement | null = el; p; p = p.parent) {
    if (FORM_TAGS.has(p.tag) || hasClassWord(`${p.attrs["class"] ?? ""} ${p.attrs["id"] ?? ""}`, COMMENT_WORDS)) return false;
  }
  return true;
}

/**
 * The article's title from the candidates: JSON-LD's headline (without a part naming the outlet); else an
 * h1 that the page's title names too, unless it is the site's own h1 (the outlet's name, or a part of the
 * title beside a longer one: "Post | Blog name" with the blog's name as the first h1); else the OpenGraph
 * or `<title>` title without the site's name.
 */
function chooseTitle(ldHeadline: string | null, metaTitle: string | null, h1s: readonly string[], pageTitle: string, outlet: string | null): string | null {
  if (ldHeadline) return withoutOutletPart(ldHeadline, outlet);
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const titles = [metaTitle, pageTitle].filter((t): t is string => Boolean(t));
  const title = metaTitle ?? (pageTitle || null);
  const stripped = title ? withoutSiteName(title, outlet) : null;
  const siteParts = new Set<string>(outlet ? [fold(outlet)] : []);
  for (const t of titles) {
    const parts = t.split(TITLE_SITE_SEPARATOR).map(fold).filter(Boolean);
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), "");
    if (longest.length >= MIN_TITLE_PART_CHARS) for (const p of parts) if (p !== longest) siteParts.add(p);
  }
  const articleH1s = h1s.filter((h) => !siteParts.has(fold(h)));
  const same = stripped ? articleH1s.find((h) => fold(h) === fold(stripped)) : undefined;
  if (same) return same;
  const named = articleH1s.find((h) => titles.some((t) => fold(t).includes(fold(h))));
  if (named) return named;
  return stripped ?? articleH1s[0] ?? h1s[0] ?? null;
}

/** A headline without a first or last part that is the outlet's name ("… - ERFOLG Magazin"); otherwise as it is. */
function withoutOutletPart(headline: string, outlet: string | null): string {
  const site = outlet?.trim();
  if (!site) return headline.trim();
  const name = escapeRegex(site);
  const sep = TITLE_SITE_SEPARATOR.source;
  return headline.replace(new RegExp(`(?:${sep})${name}\\s*$|^\\s*${name}(?:${sep})`, "iu"), "").trim();
}

/** A title without the part that names the site: the outlet's name, or else the shorter end part. */
export function withoutSiteName(title: string, outlet: string | null): string {
  const parts = title.split(TITLE_SITE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = outlet?.toLowerCase().trim();
  if (site) {
    const kept = parts.filter((p) => p.toLowerCase() !== site && !p.toLowerCase().includes(site) && !site.includes(p.toLowerCase()));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(" - ");
  }
  return cleanTitle(title);
}

/** Class and id words of elements that print the article's date. */
const DATE_WORDS: ReadonlySet<string> = new Set(METADATA_CLASS_WORDS.date);
/** Elements longer than this (characters) hold more than a date line. */
const MAX_DATE_ELEMENT_CHARS = 200;

/** A date printed in an element the markup marks as a date or byline ("Veröffentlicht am 30.04.2019"). */
function markedDate(root: HElement): string | null {
  for (const el of elements(root)) {
    const cls = `${el.attrs["class"] ?? ""} ${el.attrs["id"] ?? ""}`;
    if (!hasClassWord(cls, DATE_WORDS) && el.tag !== "time") continue;
    const text = textOf(el);
    if (text.length > MAX_DATE_ELEMENT_CHARS) continue;
    const date = parseLooseDate(text);
    if (date) return date;
  }
  return null;
}

/** How many of a page's h1 elements are title candidates (a page with more lists teasers). */
const MAX_H1S = 5;

/** The texts of the page's first h1 elements, in order, without repeats. */
function headingsOne(root: HElement): string[] {
  const out: string[] = [];
  for (const el of elements(root)) {
    if (el.tag !== "h1") continue;
    const t = textOf(el).replace(/\s+/g, " ").trim();
    if (t && !out.includes(t)) out.push(t);
    if (out.length === MAX_H1S) break;
  }
  return out;
}

/** Metadata from the collected head data and the body tree; `url` is where the page came from, if known. */
export function extractMetadata(head: HeadData, root: HElement, url?: string | null): PageMeta {
  const ld = jsonLdArticles(head.jsonLd);
  const first = <T>(f: (o: JsonObject) => T | null): T | null => {
    for (const o of ld) {
      const v = f(o);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const meta = metaMap(head);
  const ldAuthors = first((o) => {
    const names = asArray(o["author"]).map(str).map((n) => (n ? cleanAuthor(n) : null)).filter((n): n is string => n !== null);
    return names.length ? names : null;
  });
  const metaAuthor = firstOf(meta, AUTHOR_KEYS);
  const metaAuthors = metaAuthor ? [metaAuthor].map(cleanAuthor).filter((n): n is string => n !== null) : [];
  const pubTime = head.times.find((t) => t.attrs["itemprop"] === "datePublished" || "pubdate" in t.attrs) ?? head.times[0];
  const h1s = headingsOne(root);
  const lang = head.lang ?? meta.get("og:locale") ?? meta.get("content-language") ?? meta.get("language") ?? null;
  const canonical = head.links.find((l) => l["rel"]?.toLowerCase().split(/\s+/).includes("canonical"))?.["href"] ?? null;
  return {
    title: chooseTitle(first((o) => str(o["headline"])), firstOf(meta, TITLE_KEYS), h1s, head.title, first((o) => str(o["publisher"])) ?? firstOf(meta, OUTLET_KEYS)),
    published:
      parseLooseDate(first((o) => str(o["datePublished"]))) ??
      parseLooseDate(firstOf(meta, PUBLISHED_KEYS)) ??
      parseLooseDate(pubTime?.datetime) ??
      dateFromUrl(url ?? canonical) ??
      markedDate(root),
    modified: parseLooseDate(first((o) => str(o["dateModified"])) ?? firstOf(meta, MODIFIED_KEYS)),
    authors: ldAuthors ?? (metaAuthors.length ? metaAuthors : markedAuthors(root)),
    outlet: first((o) => str(o["publisher"])) ?? firstOf(meta, OUTLET_KEYS),
    language: lang ? lang.trim().slice(0, 2).toLowerCase() || null : null,
    canonicalUrl: canonical ?? meta.get("og:url") ?? null,
    description: firstOf(meta, ["description", "og:description", "twitter:description"]),
    articleBody: first((o) => (typeof o["articleBody"] === "string" ? o["articleBody"].trim() || null : null)),
  };
}
