/**
 * The page's text as pieces, one per block element, in document order, each with what the markup says
 * about it: the kind its tag or class names, the furniture it lies in, how much of it is link text,
 * and where its element stands in the page. Which pieces make the article is decided by the caller.
 */
import type { BlockKind } from "../../model/types.js";
import type { FurnitureKind } from "./furniture.js";
import type { ElementStats } from "./score.js";
import type { HElement, HNode } from "./tree.js";

export interface Piece {
  text: string;
  /** The kind the markup names (tag or class), if any. */
  kind?: BlockKind;
  /** Where the kind came from (a tag or class word), kept as the block's reason. */
  hint?: string;
  /** Pre-order index of the block element the piece belongs to, and the element itself. */
  index: number;
  el: HElement;
  furniture: FurnitureKind | null;
  /** Characters of link text in the piece. */
  link: number;
}

const BLOCK_TAGS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt", "div", "section",
  "article", "header", "footer", "aside", "figure", "ul", "ol", "dl", "table", "tr", "td", "th", "main", "nav",
  "address", "caption", "details", "summary", "hr", "center", "tbody", "thead", "form", "fieldset", "picture",
]);
const KIND_BY_TAG: Readonly<Record<string, BlockKind>> = {
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
/** Two line breaks in a row (`<br><br>`) end a paragraph; one is a space. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
const WHITESPACE = /\s+/g;

const SPACE = /\s/;
/** The length of a text with each run of white space counted as one character (as `replace(/\s+/g, " ")` leaves it). */
function spacedLength(text: string): number {
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = SPACE.test(text[i]!);
    if (!space || !inSpace) n++;
    inSpace = space;
  }
  return n;
}

interface Context {
  el: HElement;
  index: number;
  kind: BlockKind | undefined;
  hint: string | undefined;
  furniture: FurnitureKind | null;
}

type Item = HNode | { close: HElement; block: boolean; link: boolean };

/** Every block of text below `root`, skipping elements without stats (hidden ones). */
export function piecesOf(root: HElement, stats: ReadonlyMap<HElement, ElementStats>): Piece[] {
  const pieces: Piece[] = [];
  const rootStats = stats.get(root);
  if (!rootStats) return pieces;
  const contexts: Context[] = [{ el: root, index: rootStats.index, kind: undefined, hint: undefined, furniture: rootStats.furniture }];
  let buffer = "";
  let link = 0;
  let linkDepth = 0;
  const flush = () => {
    if (buffer === "") {
      link = 0;
      return;
    }
    const ctx = contexts[contexts.length - 1]!;
    for (const part of buffer.includes("\n") ? buffer.split(PARAGRAPH_BREAK) : [buffer]) {
      const text = part.replace(WHITESPACE, " ").trim();
      if (!text) continue;
      pieces.push({
        text,
        ...(ctx.kind ? { kind: ctx.kind } : {}),
        ...(ctx.hint ? { hint: ctx.hint } : {}),
        index: ctx.index,
        el: ctx.el,
        furniture: ctx.furniture,
        link: Math.min(link, text.length),
      });
    }
    buffer = "";
    link = 0;
  };
  const stack: Item[] = [...root.children].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      buffer += item;
      if (linkDepth > 0) link += spacedLength(item);
      continue;
    }
    if ("close" in item) {
      if (item.link) linkDepth--;
      if (item.block) {
        flush();
        contexts.pop();
      }
      continue;
    }
    const el = item;
    if (el.tag === "br") {
      buffer += "\n";
      continue;
    }
    const s = stats.get(el);
    if (!s) continue;
    const marked = s.marked;
    const block = BLOCK_TAGS.has(el.tag) || marked !== null;
    const isLink = el.tag === "a";
    if (block) {
      flush();
      const parent = contexts[contexts.length - 1]!;
      const tagKind = KIND_BY_TAG[el.tag];
      const kind = marked ?? tagKind ?? parent.kind;
      const hint = marked ? `class: ${marked}` : tagKind ? el.tag : parent.hint;
      contexts.push({ el, index: s.index, kind, hint, furniture: s.furniture });
    }
    if (isLink) linkDepth++;
    stack.push({ close: el, block, link: isLink });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  flush();
  return pieces;
}
