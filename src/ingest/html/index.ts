import type { BlockKind, Diagnostic } from "../../model/types.js";
import { normalizeText } from "../../text/normalize.js";
import type { SourceBlock } from "../../stages/stage.js";
import type { Ingested } from "../types.js";
import { dom, readabilityModule } from "./dom.js";
import { type MiniDocument, extractMetadata } from "./metadata.js";

/** Deeper markup than this is not a page but an attack on parsers: it is read as text with its tags stripped. */
export const MAX_NESTING = 512;

const BLOCK_TAGS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt", "div", "section",
  "article", "header", "footer", "aside", "figure", "ul", "ol", "dl", "table", "tr", "td", "th", "main", "nav",
  "address", "caption", "details", "summary", "hr", "br",
]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "iframe", "button", "form", "select", "textarea", "head"]);
const KIND_BY_TAG: Record<string, BlockKind> = {
  h1: "headline",
  h2: "subheading",
  h3: "subheading",
  h4: "subheading",
  h5: "subheading",
  h6: "subheading",
  blockquote: "quote",
  figcaption: "caption",
  li: "list",
};
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/**
 * HTML to blocks: metadata from the page, the main text from Readability.js (on linkedom), and the
 * headline from the page's h1 or title, which Readability drops. Hidden elements are never read.
 */
export function ingestHtml(html: string): Ingested {
  const diagnostics: Diagnostic[] = [];
  if (nestingDepth(html) > MAX_NESTING) {
    diagnostics.push({
      code: "W_HTML_TOO_DEEP",
      message: `markup nested deeper than ${MAX_NESTING} elements: read as text with tags stripped`,
      severity: "warning",
      source: "ingest",
    });
    const text = normalizeText(stripTags(html)).text.replace(/[ ]+/g, " ").replace(/ ?\n[ \n]*\n ?/g, "\n\n").trim();
    return { text, format: "html", meta: {}, diagnostics };
  }
  const { parseHTML } = dom();
  const { Readability } = readabilityModule();
  const { document } = parseHTML(asDocument(html));
  const meta = extractMetadata(document as unknown as MiniDocument);
  removeHidden(document as unknown as DomNode);
  const h1 = (document.querySelector("h1")?.textContent ?? "").trim();
  let pieces: Piece[] = [];
  let article: ReturnType<InstanceType<typeof Readability<string>>["parse"]> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
  } catch (err) {
    diagnostics.push({
      code: "W_READABILITY_FAILED",
      message: `Readability.js could not read the page (${err instanceof Error ? err.message : String(err)}): using the whole body`,
      severity: "warning",
      source: "ingest",
    });
  }
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    pieces = blocksOf(content.body as unknown as DomNode);
  } else {
    pieces = blocksOf(document.body as unknown as DomNode);
  }
  const headline = h1 || article?.title?.trim() || meta.title || "";
  if (headline && !pieces.some((p) => p.kind === "headline")) pieces.unshift({ text: headline, kind: "headline", hint: "h1" });
  const out = assemble(pieces);
  return {
    ...out,
    format: "html",
    meta: {
      title: meta.title ?? (headline || null),
      published: meta.published,
      modified: meta.modified,
      authors: article?.byline && meta.authors.length === 0 ? [article.byline.trim()] : meta.authors,
      outlet: meta.outlet ?? article?.siteName ?? null,
      language: meta.language ?? article?.lang ?? null,
      canonicalUrl: meta.canonicalUrl,
    },
    diagnostics,
  };
}

/** linkedom reads a fragment ("<p>…</p>") without a body: fragments are wrapped into a document first. */
const HAS_DOCUMENT = /<(?:html|body|head)[\s>]/i;
function asDocument(html: string): string {
  return HAS_DOCUMENT.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

interface Piece {
  text: string;
  kind?: BlockKind;
  hint?: string;
}

/** The pieces, normalised, joined by blank lines into the analysis text, with their blocks. */
function assemble(pieces: readonly Piece[]): { text: string; sourceBlocks: SourceBlock[] } {
  let text = "";
  const sourceBlocks: SourceBlock[] = [];
  for (const p of pieces) {
    const clean = normalizeText(p.text).text.replace(/[ ]{2,}/g, " ").trim();
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

/** Leaf text blocks of an element tree, in document order, walked without recursion. */
function blocksOf(root: DomNode | null): Piece[] {
  const pieces: Piece[] = [];
  if (!root) return pieces;
  let buffer = "";
  let bufferKind: BlockKind | undefined;
  let bufferTag = "";
  const flush = () => {
    const t = buffer.replace(/\s+/g, " ").trim();
    if (t) pieces.push({ text: t, ...(bufferKind ? { kind: bufferKind } : {}), ...(bufferTag ? { hint: bufferTag } : {}) });
    buffer = "";
  };
  // Each stack entry is a node, or a marker that closes a block element.
  const stack: Array<DomNode | { close: string; kind?: BlockKind }> = [root];
  const kinds: Array<BlockKind | undefined> = [];
  while (stack.length) {
    const item = stack.pop()!;
    if ("close" in item) {
      flush();
      kinds.pop();
      bufferKind = kinds[kinds.length - 1];
      bufferTag = "";
      continue;
    }
    if (item.nodeType === 3) {
      buffer += item.textContent ?? "";
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = item.nodeName.toLowerCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      const kind = KIND_BY_TAG[tag] ?? kinds[kinds.length - 1];
      kinds.push(kind);
      bufferKind = kind;
      bufferTag = KIND_BY_TAG[tag] ? tag : "";
      stack.push({ close: tag, ...(kind ? { kind } : {}) });
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return pieces;
}

function removeHidden(root: DomNode): void {
  const doc = root as unknown as { querySelectorAll(s: string): Iterable<{ getAttribute(n: string): string | null; remove(): void }> };
  for (const el of [...doc.querySelectorAll("[hidden], [aria-hidden='true'], [style]")]) {
    const style = el.getAttribute("style");
    if (style !== null && !HIDDEN_STYLE.test(style) && el.getAttribute("hidden") === null && el.getAttribute("aria-hidden") !== "true") continue;
    el.remove();
  }
}

/** The deepest element nesting in the markup, counted on the tags (void and self-closed tags aside). */
export function nestingDepth(html: string): number {
  const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li)$/i;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID.test(m[2]!) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Text of markup with its tags stripped; block tags become line breaks. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?(?:p|div|br|h[1-6]|li|tr|section|article|blockquote|figcaption)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}
