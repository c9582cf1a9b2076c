/**
 * What an element is by its markup alone: page furniture (navigation, related teasers, comments,
 * promos, hidden text) or a part of the article the markup names (kicker, teaser, caption, credit).
 * Reads tag names, ARIA roles, `hidden`/`aria-hidden`/inline styles and the words of `class` and `id`
 * (src/locales/shared/page-furniture.ts).
 */
import {
  CONTENT_CLASS_WORDS,
  EMBED_CLASS_WORDS,
  FURNITURE_CLASS_WORDS,
  FURNITURE_ROLES,
  KIND_CLASS_WORDS,
  POPUP_CLASS_WORDS,
  TAXONOMY_CLASS_PREFIXES,
  type FurnitureKind,
} from "../../locales/shared/page-furniture.js";
import type { HElement } from "./tree.js";

export type { FurnitureKind } from "../../locales/shared/page-furniture.js";
export type MarkedKind = keyof typeof KIND_CLASS_WORDS;

/** Inline styles that hide an element. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Separators inside one class token: "post-comments", "share_bar". */
const TOKEN_PARTS = /[-_]+/;
const TOKEN_SPLIT = /\s+/;
/** Tags that are always furniture, whatever their class. */
const FURNITURE_TAGS: Readonly<Record<string, FurnitureKind>> = {
  nav: "navigation",
  aside: "navigation",
  footer: "navigation",
  form: "navigation",
  button: "navigation",
  iframe: "navigation",
  menu: "navigation",
  dialog: "navigation",
  input: "navigation",
};
/** Text elements whose class words count only as whole tokens: an id like "nav_section_2" on a heading is an anchor. */
const WHOLE_TOKEN_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "strong", "em", "b", "i", "blockquote", "figcaption", "li"]);

const PART_KIND = new Map<string, FurnitureKind>();
const TOKEN_KIND = new Map<string, FurnitureKind>();
for (const [kind, words] of Object.entries(FURNITURE_CLASS_WORDS) as Array<[FurnitureKind, readonly string[]]>) {
  for (const w of words) {
    TOKEN_KIND.set(w, kind);
    // Hidden-utility words count only as whole tokens ("hidden-xs" hides on small screens only).
    if (kind !== "hidden") PART_KIND.set(w, kind);
  }
}
const CONTENT_TOKENS = new Set(CONTENT_CLASS_WORDS);
const POPUP_PARTS = new Set(POPUP_CLASS_WORDS);
const EMBED_PARTS = new Set(EMBED_CLASS_WORDS);
const MARKED_TOKENS = new Map<string, MarkedKind>();
for (const [kind, words] of Object.entries(KIND_CLASS_WORDS) as Array<[MarkedKind, readonly string[]]>) {
  for (const w of words) MARKED_TOKENS.set(w, kind);
}

/** What the class and id words of an element say; computed once per distinct class and id value. */
interface ClassReading {
  /** Furniture by whole tokens or their parts, and by whole tokens only (for text elements); "content" when a content word wins. */
  byParts: FurnitureKind | "content" | null;
  byTokens: FurnitureKind | "content" | null;
  marked: MarkedKind | null;
}

/** Readings by "class\0id"; pages of one site repeat their class names, so the cache is small and hot. */
const readings = new Map<string, ClassReading>();
/** The cache is emptied when it holds this many readings, so a long run cannot grow it without bound. */
const MAX_CACHED_READINGS = 20_000;
const NO_READING: ClassReading = { byParts: null, byTokens: null, marked: null };

function readingOf(el: HElement): ClassReading {
  const cls = el.attrs["class"];
  const id = el.attrs["id"];
  if (!cls && !id) return NO_READING;
  const key = id ? `${cls ?? ""}\0${id}` : cls!;
  let reading = readings.get(key);
  if (!reading) {
    if (readings.size >= MAX_CACHED_READINGS) readings.clear();
    const tokens = `${cls ?? ""} ${id ?? ""}`.toLowerCase().split(TOKEN_SPLIT).filter((t) => t && !isTaxonomyToken(t));
    reading = { byParts: furnitureOfTokens(tokens, true), byTokens: furnitureOfTokens(tokens, false), marked: markedOfTokens(tokens) };
    readings.set(key, reading);
  }
  return reading;
}

function isPopupToken(token: string): boolean {
  if (POPUP_PARTS.has(token)) return true;
  const parts = token.split(TOKEN_PARTS);
  return parts.length > 1 && parts.some((p, i) => POPUP_PARTS.has(p) || (i + 1 < parts.length && POPUP_PARTS.has(`${p}-${parts[i + 1]}`)));
}

function isTaxonomyToken(token: string): boolean {
  return TAXONOMY_CLASS_PREFIXES.some((p) => token.startsWith(p));
}

function furnitureOfTokens(tokens: readonly string[], parts: boolean): FurnitureKind | "content" | null {
  let found: FurnitureKind | null = null;
  for (const t of tokens) {
    if (CONTENT_TOKENS.has(t) || isEmbedToken(t)) return "content";
    const whole = TOKEN_KIND.get(t);
    if (whole === "hidden" || isPopupToken(t)) return "hidden";
    if (found) continue;
    if (whole) found = whole;
    else if (parts && t.length > 2) found = kindOfParts(t.split(TOKEN_PARTS));
  }
  return found;
}

/**
 * The furniture a token's parts name: one part ("post-comments" → comments), or two parts in a row that
 * make a word of the list ("entry-author-bio-box" → author-bio).
 */
function kindOfParts(parts: readonly string[]): FurnitureKind | null {
  for (let i = 0; i < parts.length; i++) {
    const k = PART_KIND.get(parts[i]!) ?? (i + 1 < parts.length ? PART_KIND.get(`${parts[i]}-${parts[i + 1]}`) : undefined);
    if (k) return k;
  }
  return null;
}

function markedOfTokens(tokens: readonly string[]): MarkedKind | null {
  for (const t of tokens) {
    const whole = MARKED_TOKENS.get(t);
    if (whole) return whole;
    for (const part of t.split(TOKEN_PARTS)) {
      const k = MARKED_TOKENS.get(part);
      if (k) return k;
    }
  }
  return null;
}

/** Microdata naming the element the article's body (schema.org `articleBody`): it wins over furniture words in its class. */
const ARTICLE_BODY_PROPERTY = /(?:^|\s)articlebody(?:\s|$)/i;
export function isArticleBodyProperty(el: HElement): boolean {
  const prop = el.attrs["itemprop"];
  return prop !== undefined && ARTICLE_BODY_PROPERTY.test(prop);
}

/** Whether the tag alone makes an element furniture (nav, aside, footer, form, …). */
export function isFurnitureTag(tag: string): boolean {
  return Object.hasOwn(FURNITURE_TAGS, tag);
}

/** Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline style. */
export function isHidden(el: HElement): boolean {
  const a = el.attrs;
  if ("hidden" in a || a["aria-hidden"] === "true") return true;
  const style = a["style"];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * The furniture an element is by tag, role or class, or null for content. Hidden elements are
 * "hidden". A class naming the article's own parts ("entry-content", "article") wins over furniture
 * words on the same element.
 */
export function furnitureOf(el: HElement): FurnitureKind | null {
  return markupOf(el).furniture;
}

export interface Markup {
  furniture: FurnitureKind | null;
  /** The block kind the class names (`markedKindOf`). */
  marked: MarkedKind | null;
}

/** `furnitureOf` and `markedKindOf` at once, the class read once. */
export function markupOf(el: HElement): Markup {
  if (el.tag === "figcaption") return { furniture: furnitureOnly(el), marked: "caption" };
  const reading = readingOf(el);
  return { furniture: furnitureOnly(el, reading), marked: reading.marked };
}

/** Tags whose class may say what furniture they hold: an `aside` box may be a promo, a related box, an author's bio. */
const REFINED_BY_CLASS = new Set(["aside"]);
/** What such a class may say instead of the tag's navigation. */
const KEPT_FURNITURE = new Set<FurnitureKind>(["promo", "related", "bio", "comment", "ad"]);

function furnitureOnly(el: HElement, reading?: ClassReading): FurnitureKind | null {
  if (isHidden(el)) return "hidden";
  const byTag = FURNITURE_TAGS[el.tag];
  if (byTag && REFINED_BY_CLASS.has(el.tag)) {
    const byClass = (reading ?? readingOf(el)).byParts;
    if (byClass === "hidden") return "hidden";
    if (byClass !== null && byClass !== "content" && KEPT_FURNITURE.has(byClass)) return byClass;
  }
  if (byTag) return byTag;
  if (isArticleBodyProperty(el)) return null;
  const role = el.attrs["role"];
  if (role) {
    const byRole = FURNITURE_ROLES[role.toLowerCase()];
    if (byRole) return byRole;
  }
  reading ??= readingOf(el);
  const found = WHOLE_TOKEN_TAGS.has(el.tag) ? reading.byTokens : reading.byParts;
  if (found === "content") return null;
  return found ?? (el.tag === "header" ? "navigation" : null);
}

function isEmbedToken(token: string): boolean {
  return EMBED_PARTS.has(token) || token.split(TOKEN_PARTS).some((p) => EMBED_PARTS.has(p));
}

/** The block kind an element's class names (kicker, lead, caption, credit), or null. */
export function markedKindOf(el: HElement): MarkedKind | null {
  if (el.tag === "figcaption") return "caption";
  return readingOf(el).marked;
}

/**
 * Whether a class or id value has one of the words (lowercase) as a whole token or as a part of one
 * ("entry-date" has "date", "post_comments" has "comments").
 */
export function hasClassWord(value: string | undefined, words: ReadonlySet<string>): boolean {
  if (!value) return false;
  for (const token of value.toLowerCase().split(TOKEN_SPLIT)) {
    if (words.has(token)) return true;
    for (const part of token.split(TOKEN_PARTS)) if (words.has(part)) return true;
  }
  return false;
}

/** Whether the element's class or id names the article's own content ("entry-content", "article-body"). */
export function isContentMarked(el: HElement): boolean {
  if (isArticleBodyProperty(el)) return true;
  const cls = el.attrs["class"];
  const id = el.attrs["id"];
  if (!cls && !id) return false;
  return `${cls ?? ""} ${id ?? ""}`.toLowerCase().split(TOKEN_SPLIT).some((t) => CONTENT_TOKENS.has(t));
}
