/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article with its link, title, date,
 * authors and whatever content the feed carries (full content where it has it, else the summary).
 * Pure: the caller reads or fetches the feed, and decides whether to fetch each item's page.
 */
import { htmlParser } from "./html/dom.js";
import { isoDate, parseLooseDate } from "./html/metadata.js";

export interface FeedItem {
  /** The item's link, else its guid, else its position. */
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  authors: string[];
  /** HTML (or text) of the item: `content:encoded` or Atom `content`, else the description or summary. */
  html: string;
  /** Whether `html` is the item's full content, not only a summary. */
  full: boolean;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** Bytes that look like a feed: an `<rss>`, `<feed>` or `<rdf:RDF>` root near the start. */
const FEED_ROOT = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)*<(?:rss|feed|rdf:RDF)\b/i;
const FEED_SNIFF_CHARS = 2048;
const ITEM_TAGS = new Set(["item", "entry"]);
const FULL_CONTENT = new Set(["content:encoded", "content"]);
const SUMMARY = new Set(["description", "summary"]);
const DATE_TAGS = ["pubdate", "published", "dc:date", "updated"];
const AUTHOR_TAGS = new Set(["dc:creator", "author", "name"]);

export function looksLikeFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, FEED_SNIFF_CHARS));
}

interface Draft {
  fields: Map<string, string>;
  link: string | null;
  authors: string[];
}

/** Parses a feed's text; items without any content or title are left out. */
export function parseFeed(xml: string): Feed {
  const items: FeedItem[] = [];
  let feedTitle: string | null = null;
  let draft: Draft | null = null;
  /** Open author elements (an author's name inside one is that author, not another). */
  let authorsOpen = 0;
  let text = "";
  const Parser = htmlParser();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        if (tag === "author") authorsOpen++;
        text = "";
        if (ITEM_TAGS.has(tag)) draft = { fields: new Map(), link: null, authors: [] };
        // Atom links: the alternate (or unmarked) one is the article.
        if (draft && tag === "link" && attrs["href"] && (!attrs["rel"] || attrs["rel"] === "alternate")) draft.link ??= attrs["href"];
      },
      ontext(t) {
        text += t;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (tag === "author") authorsOpen--;
        const value = text.trim();
        if (draft) {
          if (ITEM_TAGS.has(tag)) {
            const item = finish(draft, items.length);
            if (item) items.push(item);
            draft = null;
          } else if (tag === "link" && value) draft.link ??= value;
          else if (AUTHOR_TAGS.has(tag) && value && !(tag === "author" && authorsOpen > 0)) {
            if (!draft.authors.includes(value)) draft.authors.push(value);
          } else if (value && !draft.fields.has(tag)) draft.fields.set(tag, value);
        } else if (tag === "title" && feedTitle === null && value) feedTitle = value;
        text = "";
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { title: feedTitle, items };
}

function finish(d: Draft, position: number): FeedItem | null {
  const fullTag = [...FULL_CONTENT].find((t) => d.fields.has(t));
  const summaryTag = [...SUMMARY].find((t) => d.fields.has(t));
  const title = d.fields.get("title") ?? null;
  const body = (fullTag ? d.fields.get(fullTag) : summaryTag ? d.fields.get(summaryTag) : "") ?? "";
  if (!body && !title) return null;
  const dateRaw = DATE_TAGS.map((t) => d.fields.get(t)).find((v) => v !== undefined) ?? null;
  const url = d.link ?? d.fields.get("guid") ?? null;
  const heading = title ? `<h1>${escapeHtml(title)}</h1>` : "";
  return {
    id: url ?? d.fields.get("id") ?? `item ${position + 1}`,
    url,
    title,
    published: isoDate(dateRaw) ?? parseLooseDate(dateRaw),
    authors: d.authors,
    html: `<article>${heading}${body}</article>`,
    full: fullTag !== undefined,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
