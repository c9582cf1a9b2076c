/**
 * Article metadata from the page itself: JSON-LD `NewsArticle` (also inside `@graph`), OpenGraph and
 * `<meta>` tags, `<time>`, `<html lang>`, `<link rel=canonical>`, bylines marked in the markup, and
 * dates in the URL. Reads what the tree builder collected (src/ingest/html/tree.ts); no DOM needed.
 */
import type { Genre } from "../../model/types.js";
import type { HeadData, HElement, HNode } from "./tree.js";
import { elements, textOf } from "./tree.js";
import { hasClassWord } from "./furniture.js";
import { FURNITURE_CLASS_WORDS, KIND_CLASS_WORDS, METADATA_CLASS_WORDS } from "../../locales/shared/page-furniture.js";
import { LEGAL_FORMS, OTHER_LANGUAGE_BYLINES, PLACEHOLDER_AUTHORS } from "../../locales/shared/bylines.js";
import { LOCALES } from "../../locales/index.js";
import { decodeCharacterReferences } from "../../text/entities.js";
import { alternatives } from "../../text/regex.js";

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
  /** The genre the page's JSON-LD type or section names (`LiveBlogPosting`, `OpinionNewsArticle`, "Meinung"), or null. */
  genre: Genre | null;
}

/** JSON-LD types that name a genre; a plain `NewsArticle` is a report unless the text shows otherwise. */
const GENRE_TYPES: Readonly<Record<string, Genre>> = {
  LiveBlogPosting: "liveblog",
  OpinionNewsArticle: "opinion",
  ReviewNewsArticle: "opinion",
  ReportageNewsArticle: "report",
  Report: "report",
  NewsArticle: "report",
};
/** `<meta>` names of the article's section. */
const SECTION_KEYS = ["article:section", "og:article:section", "section", "parsely-section"];

/** Every locale's genre words (a section is named in the page's language, not known yet), lowercase. */
let sectionGenres: Map<string, Genre> | null = null;
function sectionGenre(section: string | null): Genre | null {
  if (!section) return null;
  if (!sectionGenres) {
    sectionGenres = new Map();
    for (const l of Object.values(LOCALES)) {
      for (const [genre, words] of Object.entries(l.structure.genreWords) as Array<[Genre, readonly string[]]>) {
        for (const w of words) if (!sectionGenres.has(w)) sectionGenres.set(w.toLowerCase(), genre);
      }
    }
  }
  return sectionGenres.get(section.trim().toLowerCase()) ?? null;
}

/** The genre the article's JSON-LD type names, the most specific of its types first; else its section's. */
function pageGenre(ld: readonly JsonObject[], section: string | null): Genre | null {
  const types = ld.flatMap((o) => asArray(o["@type"])).filter((t): t is string => typeof t === "string");
  const specific = types.map((t) => GENRE_TYPES[t]).find((g) => g !== undefined && g !== "report");
  return specific ?? sectionGenre(section) ?? (types.some((t) => GENRE_TYPES[t] === "report") ? "report" : null);
}

/** JSON-LD types that describe the page's article (news types first when several are on a page). */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;
const NEWS_TYPES = /Article|Posting/;
/** `<meta>` names and properties that carry each field, strongest first. */
const PUBLISHED_KEYS = ["article:published_time", "og:article:published_time", "datepublished"];
/** `<meta>` names of a date that may be the publication date or another (a page's creation, its last change, a video's upload): after the article's microdata. */
const DATE_KEYS = [
  "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "publish-date", "publish_date", "pubdate", "publication_date",
  "sailthru.date", "parsely-pub-date", "og:published_time", "date.created", "uploaddate",
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
/**
 * Separators between the fields of a byline: names, dates, roles ("Anna Muster · 29. Juni 2017",
 * "Jane Doe, John Roe", "E. Muster / J. Beispiel").
 */
const AUTHOR_PART_SEPARATOR = /\s*[·|•,;]\s*|\s+[-–—/]\s+/;
/** Quotes and brackets around a whole author field ("'Jane Doe, John Roe'"). */
const ENCLOSING = /^["'“”„‚‘’«»([]+|["'“”„‚‘’«»)\]]+$/gu;
/** A token with a digit in it: a date or time, where names end ("Juana Pérez 4 mayo, 2022"). */
const DIGIT_TOKEN = /\S*\d/u;

interface AuthorPatterns {
  /** "Von Anna Muster", "By Jane Doe", "Text: …", "Par …": byline and credit prefixes of every locale and of other languages, any case. */
  prefix: RegExp;
  /** "Veröffentlicht am", "Posted by", "Publié le": a date-line label and its small words at the start. */
  label: RegExp;
  /** "at 18:52", "am 26/10/13", "4 mayo", "Lesezeit: 4 Min.": from a date line's words before the first token with a digit, or from a labelled field, to the end. */
  trailingDate: RegExp;
  /** " und ", " and ", " & ", " et ": between two names. */
  conjunction: RegExp;
  /** A name ending in a legal form ("… GmbH", "… Ltd."). */
  legalForm: RegExp;
  /** Lowercase particles of personal names ("von", "de", "bin"). */
  particles: ReadonlySet<string>;
  /** Determiners that may start an outlet's name ("The", "Die"), lowercase. */
  determiners: ReadonlySet<string>;
}

let authorPatterns: AuthorPatterns | undefined;

function authorPatternsOf(): AuthorPatterns {
  if (!authorPatterns) {
    const locales = Object.values(LOCALES);
    const others = Object.values(OTHER_LANGUAGE_BYLINES);
    const prefixes = [...locales.flatMap((l) => [...l.structure.bylinePrefixes, ...l.structure.articleCreditPrefixes]), ...others.flatMap((o) => o.prefixes)];
    const labels = [...locales.flatMap((l) => l.structure.dateLineLabels), ...others.flatMap((o) => o.dateLabels)];
    const prepositions = locales.flatMap((l) => l.time.signals.filter((s) => s.value === "").flatMap((s) => s.words)).filter((w) => !w.includes(" "));
    const fillers = [...locales.flatMap((l) => l.structure.dateLineFillers), ...others.flatMap((o) => o.dateFillers), ...prepositions];
    const conjunctions = [...locales.flatMap((l) => l.structure.bylineConjunctions), ...others.flatMap((o) => o.conjunctions)];
    const end = "(?![\\p{L}\\p{N}])\\s*:?\\s*";
    authorPatterns = {
      prefix: new RegExp(`^(?:${alternatives(prefixes)})(?:\\s*:?\\s+|\\s*:?$)`, "iu"),
      label: new RegExp(`^(?:${alternatives(labels)})${end}(?:(?:${alternatives([...labels, ...fillers])})${end})*`, "iu"),
      trailingDate: new RegExp(`(?:(?:\\s+(?:${alternatives([...labels, ...fillers])}):?)*\\s+${DIGIT_TOKEN.source}|\\s+[\\p{L}-]+:(?:\\s|$)).*$`, "iu"),
      conjunction: new RegExp(`\\s+(?:${alternatives(conjunctions)}|&)\\s+`, "iu"),
      legalForm: new RegExp(`(?:^|\\s)(?:${alternatives(LEGAL_FORMS)})$`, "u"),
      particles: new Set(locales.flatMap((l) => l.names.nameParticles)),
      determiners: new Set(locales.flatMap((l) => l.names.determiners)),
    };
  }
  return authorPatterns;
}
/** Account names of content systems ("admin", "Super User"): no author. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(PLACEHOLDER_AUTHORS);

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

/** Control characters, which JSON allows in no string but pages write into theirs (line breaks, tabs). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

/** A JSON-LD script's data, or null; a script with raw line breaks or tabs in its strings is read with spaces for them. */
function parseJsonLd(script: string): Json | null {
  try {
    return JSON.parse(script) as Json;
  } catch {
    try {
      return JSON.parse(script.replace(CONTROL_CHARACTERS, " ")) as Json;
    } catch {
      return null;
    }
  }
}

interface JsonLd {
  /** Objects of an article type, news types first. */
  articles: JsonObject[];
  /** Every object with an `@id` of its own, by that id. */
  byId: Map<string, JsonObject>;
  /** The first `datePublished` of an object of another type (a how-to, a recipe, a video), or null. */
  otherPublished: string | null;
}

/** Every JSON-LD object of an article type on the page, `@graph` members included, news types first; and every object by its `@id`. */
function jsonLdArticles(scripts: readonly string[]): JsonLd {
  const out: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  let otherPublished: string | null = null;
  for (const script of scripts) {
    const data = parseJsonLd(script);
    if (data === null) continue;
    const queue: Json[] = asArray(data);
    while (queue.length) {
      const item = queue.shift();
      if (!item || typeof item !== "object" || Array.isArray(item)) continue;
      if (item["@graph"]) queue.push(...asArray(item["@graph"]));
      const id = item["@id"];
      if (typeof id === "string" && !byId.has(id) && Object.keys(item).length > 1) byId.set(id, item);
      const types = asArray(item["@type"]).filter((t): t is string => typeof t === "string");
      if (types.some((t) => ARTICLE_TYPES.test(t))) out.push(item);
      else otherPublished ??= str(item["datePublished"]);
    }
  }
  const isNews = (o: JsonObject) => Number(asArray(o["@type"]).some((t) => typeof t === "string" && NEWS_TYPES.test(t)));
  return { articles: out.sort((a, b) => isNews(b) - isNews(a)), byId, otherPublished };
}

/** A JSON-LD node given by reference (`{"@id": …}` alone) as the node the page describes under that id. */
function resolved(x: Json, byId: ReadonlyMap<string, JsonObject>): Json {
  if (x && typeof x === "object" && !Array.isArray(x) && typeof x["@id"] === "string" && x["name"] === undefined) return byId.get(x["@id"]) ?? x;
  return x;
}

/** A name as a key for comparing it with the outlet's: lowercase letters and digits alone, without accents and a leading article. */
function nameKey(name: string): string {
  const words = name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").split(/\s+/).filter(Boolean);
  if (words.length > 1 && authorPatternsOf().determiners.has(words[0]!)) words.shift();
  return words.join("").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The host of a page's address; of the archived page's address for a copy in a web archive ("…/web/2013…/http://www.example.de/…"). */
function hostOf(url: string | null): string | null {
  const all = url?.match(/https?:\/\/[^/?#\s]+/gi);
  return all ? all[all.length - 1]!.replace(/^https?:\/\//i, "").replace(/:\d+$/, "").toLowerCase() : null;
}

/**
 * Keys of the names under which the site goes: the outlet and site names (and each part of one written
 * "LN - Lübecker Nachrichten") and the host without "www." and with or without its top-level domain
 * ("wien.orf.at": "wienorfat", "orfat", "wienorf", "orf").
 */
function outletKeys(names: readonly (string | null)[], url: string | null): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    keys.add(nameKey(name));
    for (const part of name.split(TITLE_SITE_SEPARATOR)) keys.add(nameKey(part));
  }
  const host = hostOf(url);
  if (host) {
    const labels = host.replace(/^www\d*\./, "").split(".").filter(Boolean);
    for (let i = 0; i < labels.length; i++) {
      if (i < labels.length - 1) keys.add(nameKey(labels.slice(i).join("")));
      keys.add(nameKey(labels.slice(i, -1).join("")));
    }
  }
  keys.delete("");
  return keys;
}

/** Whether `fuller` names the same person as `name`, maybe more fully ("Nils" → "Nils Pickert"). */
function sameOrFuller(fuller: string, name: string): boolean {
  const f = fuller.toLowerCase();
  const n = name.toLowerCase();
  return f === n || f.startsWith(`${n} `);
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

/** What cleanName gives for a field that is prose ("Departement für Wirtschaft"): no name, and no byline. */
const PROSE = false;

/**
 * One name out of a byline field: without prefixes and labels ("Von", "Posted by", "Veröffentlicht am")
 * and without a date or time after it; null for a field without a name, PROSE for words that are no name.
 */
function cleanName(field: string): string | null | typeof PROSE {
  const { prefix, label, trailingDate, particles } = authorPatternsOf();
  let name = field.trim();
  for (let before = ""; before !== name; ) {
    before = name;
    name = name.replace(prefix, "").replace(label, "").trim();
  }
  if (DIGIT_TOKEN.test(name.split(" ")[0] ?? "")) return null;
  name = name.replace(trailingDate, "").replace(/[\s,:;–—-]+$/u, "").trim();
  if (!name || name.length > MAX_AUTHOR_CHARS || /^https?:/i.test(name) || name.startsWith("@") || !/\p{L}/u.test(name)) return null;
  // Several words of which one is lowercase (not a particle such as "von", "de"): prose ("Nils Pickert ist freier Autor").
  const words = name.split(" ");
  if (words.length > 1 && words.some((w) => /^\p{Ll}/u.test(w) && !particles.has(w))) return PROSE;
  return name;
}

/** A further name in a list of fields: two or more words, each capitalised (or a lowercase particle), not a place or a role alone. */
function isFullName(name: string): boolean {
  const words = name.split(" ");
  return words.length >= 2 && words.length <= 5 && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[words.length - 1]!);
}

/**
 * The names in a byline or author field: "Anna Muster und Max Beispiel", "Jane Doe, John Roe",
 * "Posted by Anna at 18:52", "29. Juni 2017 · von Tobi", "Janic Cathomen, 01.12.2021". The first name
 * found counts; later fields count when they are full names ("Anna Muster, Berlin" is one author).
 */
export function authorNames(field: string): string[] {
  const { conjunction } = authorPatternsOf();
  const out: string[] = [];
  const fields = field.replace(/\s+/g, " ").trim().replace(ENCLOSING, "").split(AUTHOR_PART_SEPARATOR);
  for (const f of fields) {
    // Names joined by "und"/"and" when every part is a name; otherwise the field is one name (or none).
    const parts = f.split(conjunction).map(cleanName);
    for (const name of parts.every((p) => typeof p === "string") ? parts : [cleanName(f)]) {
      // Prose before any name: the field is a description ("Departement für Wirtschaft, Bildung und Forschung"), not a byline.
      if (name === PROSE && out.length === 0) return [];
      if (!name || out.includes(name)) continue;
      if (out.length > 0 && !isFullName(name)) continue;
      out.push(name);
    }
  }
  return out;
}

/** Author names marked in the body: `itemprop="author"`, `rel="author"`, or a byline class; the first such element with names that are people. */
function markedAuthors(root: HElement, isPerson: (name: string) => boolean): string[] {
  for (const el of elements(root)) {
    const a = el.attrs;
    const marked = a["itemprop"] === "author" || a["rel"] === "author" || hasClassWord(a["class"], AUTHOR_WORDS);
    if (!marked || !isBylineContext(el)) continue;
    const text = linesOf(el);
    // A container marked so is a byline when short; longer, it is an author box with a biography.
    if ((el.tag === "div" || el.tag === "section") && text.trim().length > MAX_AUTHOR_CHARS) continue;
    // The names of its first line that has any: "Sara Zinnecker" over "Stand: 05. Februar 2020", "Alle Artikel".
    for (const line of text.split("\n")) {
      const names = authorNames(line).filter(isPerson);
      if (names.length > 0) return names;
    }
  }
  return [];
}

/** Elements that start a new line of a byline box (its name, its role, its date). */
const LINE_TAGS = new Set(["div", "p", "br", "li", "section", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "td", "tr"]);

/** The text below an element with a line break where a block element (or `<br>`) starts or ends. */
function linesOf(root: HElement): string {
  let out = "";
  const stack: (HNode | null)[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === null || typeof n === "string") {
      out += n ?? "\n";
      continue;
    }
    const line = n !== root && LINE_TAGS.has(n.tag);
    if (line) {
      out += "\n";
      stack.push(null);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
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
function chooseTitle(ldHeadline: string | null, metaTitle: string | null, h1s: readonly string[], pageTitle: string, outlet: string | null, siteKeys: ReadonlySet<string>): string | null {
  const title = titleCandidate(ldHeadline, metaTitle, h1s, pageTitle, outlet, siteKeys);
  return title === null ? null : withoutKicker(title, h1s);
}

/** Words of a kicker at most: "Chronik", "Corona-Lockerungen", "SARS-2/COVID-19". */
const MAX_KICKER_WORDS = 4;
/** What ends a kicker written before the headline in one title: "Chronik: …", "Kücknitz - …". */
const KICKER_END = /^(\S.*?)\s*(?::|\s[-–—|])\s*$/u;

/**
 * A title that is a kicker and the headline in one ("Chronik: Lotte Tobisch ist tot") where the page's
 * h1 is the headline alone: the h1. Otherwise the title as it is.
 */
function withoutKicker(title: string, h1s: readonly string[]): string {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const t = fold(title);
  for (const h of h1s) {
    const f = fold(h);
    if (f.length === 0 || f.length >= t.length || !t.endsWith(f)) continue;
    const kicker = KICKER_END.exec(t.slice(0, t.length - f.length));
    if (kicker && kicker[1]!.split(" ").length <= MAX_KICKER_WORDS) return h;
  }
  return title;
}

function titleCandidate(ldHeadline: string | null, metaTitle: string | null, h1s: readonly string[], pageTitle: string, outlet: string | null, siteKeys: ReadonlySet<string>): string | null {
  if (ldHeadline) return withoutOutletPart(ldHeadline, siteKeys);
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const titles = [metaTitle, pageTitle].filter((t): t is string => Boolean(t));
  const title = metaTitle ?? (pageTitle || null);
  const stripped = title ? withoutSiteName(title, outlet, siteKeys) : null;
  const siteParts = new Set<string>(outlet ? [fold(outlet)] : []);
  for (const t of titles) {
    const parts = t.split(TITLE_SITE_SEPARATOR).map(fold).filter(Boolean);
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), "");
    if (longest.length >= MIN_TITLE_PART_CHARS) for (const p of parts) if (p !== longest) siteParts.add(p);
  }
  const articleH1s = h1s.filter((h) => !siteParts.has(fold(h)) && !siteKeys.has(nameKey(h)));
  const same = stripped ? articleH1s.find((h) => fold(h) === fold(stripped)) : undefined;
  if (same) return same;
  const named = articleH1s.find((h) => titles.some((t) => fold(t).includes(fold(h))));
  if (named) return withoutOutletPart(named, siteKeys);
  return stripped ?? articleH1s[0] ?? h1s[0] ?? null;
}

/**
 * A headline without first and last parts that name the site ("… - ERFOLG Magazin", "… | example.de",
 * "LN - …"): parts whose key is one of the site's (see outletKeys); otherwise as it is.
 */
function withoutOutletPart(headline: string, siteKeys: ReadonlySet<string>): string {
  let text = headline.trim();
  if (siteKeys.size === 0) return text;
  const separators = new RegExp(TITLE_SITE_SEPARATOR.source, "gu");
  for (let changed = true; changed; ) {
    changed = false;
    const cuts = [...text.matchAll(separators)];
    if (cuts.length === 0) break;
    const firstCut = cuts[0]!;
    const lastCut = cuts[cuts.length - 1]!;
    if (siteKeys.has(nameKey(text.slice(lastCut.index + lastCut[0].length)))) {
      text = text.slice(0, lastCut.index).trim();
      changed = true;
    } else if (siteKeys.has(nameKey(text.slice(0, firstCut.index)))) {
      text = text.slice(firstCut.index + firstCut[0].length).trim();
      changed = true;
    }
  }
  return text;
}

/** A title without the part that names the site: the outlet's name, or else the shorter end part; and without a remaining end part that is one of the site's names. */
export function withoutSiteName(title: string, outlet: string | null, siteKeys: ReadonlySet<string> = new Set()): string {
  const parts = title.split(TITLE_SITE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = outlet?.toLowerCase().trim();
  if (site) {
    const kept = parts.filter((p) => p.toLowerCase() !== site && !p.toLowerCase().includes(site) && !site.includes(p.toLowerCase()));
    if (kept.length > 0 && kept.length < parts.length) return withoutOutletPart(kept.join(" - "), siteKeys);
  }
  return withoutOutletPart(cleanTitle(title), siteKeys);
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

/** The date of the first element marked `itemprop="datePublished"` in the body: its `content` or `datetime`, else its text. */
function microdataPublished(root: HElement): string | null {
  for (const el of elements(root)) {
    if (el.attrs["itemprop"] !== "datePublished") continue;
    const date = parseLooseDate(el.attrs["content"] ?? el.attrs["datetime"] ?? textOf(el));
    if (date) return date;
  }
  return null;
}

/** How many of a page's h1 elements are title candidates (a page with more lists teasers). */
const MAX_H1S = 5;

/** Class words of a kicker inside a heading (`<h1><span class="dachzeile">…</span> …</h1>`). */
const KICKER_WORDS: ReadonlySet<string> = new Set(KIND_CLASS_WORDS.kicker);

/** An h1's text without the kicker the markup marks inside it. */
function textWithoutKicker(h1: HElement): string {
  return textOf(h1, (el) => hasClassWord(el.attrs["class"], KICKER_WORDS));
}

/** The texts of the page's first h1 elements, in order, without repeats. */
function headingsOne(root: HElement): string[] {
  const out: string[] = [];
  for (const el of elements(root)) {
    if (el.tag !== "h1") continue;
    const t = textWithoutKicker(el).replace(/\s+/g, " ").trim();
    if (t && !out.includes(t)) out.push(t);
    if (out.length === MAX_H1S) break;
  }
  return out;
}

/** Metadata from the collected head data and the body tree; `url` is where the page came from, if known. */
export function extractMetadata(head: HeadData, root: HElement, url?: string | null): PageMeta {
  const { articles: ld, byId, otherPublished } = jsonLdArticles(head.jsonLd);
  const first = <T>(f: (o: JsonObject) => T | null): T | null => {
    for (const o of ld) {
      const v = f(o);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const meta = metaMap(head);
  const canonical = head.links.find((l) => l["rel"]?.toLowerCase().split(/\s+/).includes("canonical"))?.["href"] ?? null;
  const ldPublisher = first((o) => str(resolved(o["publisher"] ?? null, byId)));
  const outlet = ldPublisher ?? firstOf(meta, OUTLET_KEYS);
  const siteKeys = outletKeys([ldPublisher, ...OUTLET_KEYS.map((k) => meta.get(k) ?? null)], url ?? canonical ?? meta.get("og:url") ?? null);
  const { legalForm } = authorPatternsOf();
  const isPerson = (name: string) => !siteKeys.has(nameKey(name)) && !legalForm.test(name) && !PLACEHOLDERS.has(name.toLowerCase());
  const names = (fields: readonly (string | null)[]) => [...new Set(fields.flatMap((f) => (f ? authorNames(f) : [])).filter(isPerson))];
  const ldAuthors = first((o) => {
    const found = names(asArray(o["author"]).map((a) => str(resolved(a, byId))));
    return found.length ? found : null;
  });
  const metaAuthors = AUTHOR_KEYS.map((k) => names([meta.get(k) ?? null])).find((n) => n.length > 0) ?? [];
  const marked = markedAuthors(root, isPerson);
  let authors = ldAuthors ?? (metaAuthors.length ? metaAuthors : marked);
  // A byline that names the same people more fully or names more of them: "Rudolf Fischer" in the metadata, "von Rudolf Fischer, Simon Kohler" printed.
  if (marked.length >= authors.length && marked.join() !== authors.join() && authors.every((n) => marked.some((m) => sameOrFuller(m, n)))) authors = marked;
  const pubTime = head.times.find((t) => t.attrs["itemprop"] === "datePublished" || "pubdate" in t.attrs) ?? head.times[0];
  const h1s = headingsOne(root);
  const lang = head.lang ?? meta.get("og:locale") ?? meta.get("content-language") ?? meta.get("language") ?? null;
  return {
    title: chooseTitle(first((o) => str(o["headline"])), firstOf(meta, TITLE_KEYS), h1s, head.title, outlet, siteKeys),
    published:
      parseLooseDate(first((o) => str(o["datePublished"]))) ??
      parseLooseDate(firstOf(meta, PUBLISHED_KEYS)) ??
      parseLooseDate(otherPublished) ??
      microdataPublished(root) ??
      parseLooseDate(firstOf(meta, DATE_KEYS)) ??
      parseLooseDate(pubTime?.datetime) ??
      dateFromUrl(url ?? canonical) ??
      markedDate(root),
    modified: parseLooseDate(first((o) => str(o["dateModified"])) ?? firstOf(meta, MODIFIED_KEYS)),
    authors,
    outlet,
    language: lang ? lang.trim().slice(0, 2).toLowerCase() || null : null,
    canonicalUrl: canonical ?? meta.get("og:url") ?? null,
    description: firstOf(meta, ["description", "og:description", "twitter:description"]),
    articleBody: first((o) => (typeof o["articleBody"] === "string" ? o["articleBody"].trim() || null : null)),
    genre: pageGenre(ld, first((o) => str(asArray(o["articleSection"])[0] ?? null)) ?? firstOf(meta, SECTION_KEYS)),
  };
}
