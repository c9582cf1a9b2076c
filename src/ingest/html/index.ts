import type { Diagnostic } from "../../model/types.js";
import { normalizeText } from "../../text/normalize.js";
import type { SourceBlock } from "../../stages/stage.js";
import type { Ingested } from "../types.js";
import { piecesOf, type Piece } from "./blocks.js";
import { dom, readabilityModule } from "./dom.js";
import { isDateLine } from "./lines.js";
import { extractMetadata, parseLooseDate } from "./metadata.js";
import { analysePage } from "./score.js";
import { selectArticle, type Selected } from "./select.js";
import { MAX_NESTING, parseTree, withoutRawText } from "./tree.js";

export { MAX_NESTING } from "./tree.js";

/** Below this many characters of article text, the own extractor is taken to have missed: Readability.js tries. */
const MIN_ARTICLE_CHARS = 250;
/**
 * Readability.js is not asked about pages with more elements than this: its time grows faster than the
 * page (it took 9 s on a page of 130,000 empty paragraphs, and four times as long on twice that). News
 * pages have a few thousand (the most in the 681 pages of the extraction benchmarks: 9,748).
 */
const MAX_FALLBACK_ELEMENTS = 30_000;
/** Kinds that do not count as article text when judging whether the extractor found the article. */
const NOT_ARTICLE = new Set(["related", "boilerplate", "comment", "credit", "promo", "bio"]);
const SPACES = /[ ]{2,}/g;

export interface HtmlOptions {
  /** Where the page came from: a date in its path is a publication date of last resort. */
  url?: string | null;
}

/**
 * HTML to blocks: one parse into a light tree (src/ingest/html/tree.ts), metadata from what the parse
 * collected, the article found by scoring containers (score.ts) and read as blocks (blocks.ts,
 * select.ts). Readability.js on linkedom is the fallback when that finds too little text.
 * Hidden elements are never read.
 */
export function ingestHtml(html: string, options: HtmlOptions = {}): Ingested {
  const diagnostics: Diagnostic[] = [];
  const page = parseTree(html);
  if (page.flattened) {
    diagnostics.push({
      code: "W_HTML_TOO_DEEP",
      message: `markup nested deeper than ${MAX_NESTING} elements: the deeper elements were read as one`,
      severity: "warning",
      source: "ingest",
    });
  }
  const meta = extractMetadata(page.head, page.root, options.url ?? null);
  const analysis = analysePage(page.root);
  const pieces = piecesOf(page.root, analysis.stats);
  let selected = selectArticle(pieces, analysis);
  let byline: string | null = null;
  // Readability.js walks the DOM recursively: never on markup nested past the limit, nor on too many elements.
  if (articleChars(selected) < MIN_ARTICLE_CHARS && page.elements > MAX_FALLBACK_ELEMENTS) {
    diagnostics.push({
      code: "W_READABILITY_SKIPPED",
      message: `the page has ${page.elements} elements, more than the ${MAX_FALLBACK_ELEMENTS} Readability.js is asked to read`,
      severity: "warning",
      source: "ingest",
    });
  } else if (articleChars(selected) < MIN_ARTICLE_CHARS && !page.flattened) {
    const fallback = readabilityFallback(html, diagnostics);
    if (fallback && articleChars(fallback.selected) > articleChars(selected)) {
      const headline = selected.find((s) => s.kind === "headline");
      selected = headline && !fallback.selected.some((s) => s.kind === "headline") ? [headline, ...fallback.selected] : fallback.selected;
      byline = fallback.byline;
      diagnostics.push({ code: "I_READABILITY_FALLBACK", message: "the page's article was found by Readability.js", severity: "info", source: "ingest" });
    }
  }
  // Pages that render their text with scripts often carry it in JSON-LD: the last resort.
  const found = textChars(selected);
  if (found < MIN_ARTICLE_CHARS && meta.articleBody && meta.articleBody.length > MIN_ARTICLE_CHARS) {
    const body = blocksOfFragment(HAS_MARKUP.test(meta.articleBody) ? meta.articleBody : textAsMarkup(meta.articleBody));
    if (textChars(body) > found) {
      selected = [...selected.filter((s) => s.kind !== undefined && TOP_KINDS.has(s.kind)), ...body.map((b) => ({ ...b, hint: b.hint ?? "JSON-LD articleBody" }))];
      diagnostics.push({ code: "I_JSONLD_ARTICLE_BODY", message: "the page's text was read from its JSON-LD articleBody", severity: "info", source: "ingest" });
    }
  }
  const title = meta.title;
  if (title && !selected.some((s) => s.kind === "headline")) selected.unshift({ text: title, kind: "headline", hint: "title" });
  const out = assemble(selected);
  return {
    ...out,
    format: "html",
    meta: {
      title,
      published: meta.published ?? printedDate(pieces),
      modified: meta.modified,
      authors: meta.authors.length === 0 && byline ? [byline] : meta.authors,
      outlet: meta.outlet,
      language: meta.language,
      canonicalUrl: meta.canonicalUrl,
      ...(meta.genre ? { genre: meta.genre } : {}),
    },
    diagnostics,
  };
}

/** How many pieces after a headline a printed date line may come and still date the article. */
const DATE_LINE_REACH = 8;
/** How many of a page's h1 elements are looked behind (the first is sometimes a menu's). */
const DATE_LINE_HEADLINES = 3;

/**
 * The date a page prints on a line of its own near its headline ("Datum 28.01.2022", "dpa am
 * 25.01.2022"), for pages whose metadata gives none: the first such line after one of the first h1s.
 */
function printedDate(pieces: readonly Piece[]): string | null {
  let headlines = 0;
  for (let h = 0; h < pieces.length && headlines < DATE_LINE_HEADLINES; h++) {
    if (pieces[h]!.el.tag !== "h1") continue;
    headlines++;
    for (let i = h + 1; i < pieces.length && i <= h + DATE_LINE_REACH; i++) {
      const p = pieces[i]!;
      if (p.el.tag === "h1") break;
      if (!isDateLine(p.text)) continue;
      const date = parseLooseDate(p.text);
      if (date) return date;
    }
  }
  return null;
}

function articleChars(selected: readonly Selected[]): number {
  let n = 0;
  for (const s of selected) if (!s.kind || !NOT_ARTICLE.has(s.kind)) n += s.text.length;
  return n;
}

/** Characters of the article's text proper: not its headline, kicker, lead or captions, nor furniture. */
function textChars(selected: readonly Selected[]): number {
  let n = 0;
  for (const s of selected) if (!s.kind || TEXT_KINDS.has(s.kind)) n += s.text.length;
  return n;
}

/** Readability.js on a linkedom parse: its article's blocks, or null when it finds none. */
function readabilityFallback(html: string, diagnostics: Diagnostic[]): { selected: Selected[]; byline: string | null } | null {
  try {
    const { parseHTML } = dom();
    const { Readability } = readabilityModule();
    // Readability.js removes scripts and styles first: their contents need not be parsed (JSON-LD stays for its metadata).
    const { document } = parseHTML(asDocument(withoutRawText(html)));
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false, charThreshold: MIN_ARTICLE_CHARS }).parse();
    if (!article?.content) return null;
    return { selected: blocksOfFragment(article.content), byline: article.byline?.trim() || null };
  } catch (err) {
    diagnostics.push({
      code: "W_READABILITY_FAILED",
      message: `Readability.js could not read the page (${err instanceof Error ? err.message : String(err)})`,
      severity: "warning",
      source: "ingest",
    });
    return null;
  }
}

/** The blocks of a piece of markup that is all article (Readability.js's result, a JSON-LD articleBody), furniture left out. */
function blocksOfFragment(html: string): Selected[] {
  const content = parseTree(html);
  const analysis = analysePage(content.root);
  const pieces = piecesOf(content.root, analysis.stats).filter((p) => p.furniture === null);
  return pieces.map((p) => ({ text: p.text, ...(p.kind ? { kind: p.kind } : {}), ...(p.hint ? { hint: p.hint } : {}) }));
}

/** Kinds that make the article's text proper. */
const TEXT_KINDS = new Set(["body", "subheading", "list", "quote"]);
/** Kinds of the page's top kept when the text comes from JSON-LD. */
const TOP_KINDS = new Set(["kicker", "headline", "lead"]);
/** A JSON-LD articleBody written as markup ("<p>…</p>") rather than text. */
const HAS_MARKUP = /<\/?(?:p|br|div|h[2-6]|ul|li|blockquote)\b/i;
const LINE_BREAKS = /\r?\n/;
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ESCAPED = /[&<>]/g;

/** Plain text as markup: one paragraph a line. */
function textAsMarkup(text: string): string {
  return text
    .split(LINE_BREAKS)
    .filter((l) => l.trim())
    .map((l) => `<p>${l.replace(ESCAPED, (c) => ESCAPES[c]!)}</p>`)
    .join("");
}

/** linkedom reads a fragment ("<p>…</p>") without a body: fragments are wrapped into a document first. */
const HAS_DOCUMENT = /<(?:html|body|head)[\s>]/i;
function asDocument(html: string): string {
  return HAS_DOCUMENT.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** The pieces, normalised, joined by blank lines into the analysis text, with their blocks. */
function assemble(pieces: readonly Selected[]): { text: string; sourceBlocks: SourceBlock[] } {
  let text = "";
  const sourceBlocks: SourceBlock[] = [];
  for (const p of pieces) {
    const clean = normalizeText(p.text).text.replace(SPACES, " ").trim();
    if (!clean) continue;
    if (text) text += "\n\n";
    sourceBlocks.push({
      start: text.length,
      end: text.length + clean.length,
      ...(p.kind ? { kind: p.kind } : {}),
      ...(p.hint ? { hint: p.hint } : {}),
    });
    text += clean;
  }
  return { text, sourceBlocks };
}
