/**
 * A light element tree built in one pass over htmlparser2's events: about eight times faster than a
 * full DOM here, and all the extractor needs. While it builds, it collects what the metadata reader
 * wants (`<title>`, `<meta>`, `<link>`, JSON-LD, `<html lang>`, `<time datetime>`), and it drops what
 * never holds article text (scripts, styles, templates, SVG). Nesting deeper than `MAX_NESTING` is
 * flattened into the deepest allowed element, so no walk over the tree can be driven arbitrarily deep.
 */
import { QuellenlageError } from "../../model/errors.js";
import { htmlParser } from "./dom.js";

/** Deeper markup than this is not a page but an attack on parsers: deeper elements are flattened. */
export const MAX_NESTING = 512;
/**
 * Markup with more elements than this is refused (E_TOO_LARGE): each costs memory in the tree and time
 * in every walk over it, and news pages have a few thousand (the most in the 681 pages of the extraction
 * benchmarks: 9,748); a 64 MB file of empty paragraphs would have twenty million.
 */
export const MAX_ELEMENTS = 500_000;

export interface HElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: HNode[];
  parent: HElement | null;
  depth: number;
}
/** A text node is its (entity-decoded) string. */
export type HNode = HElement | string;

/** What the page's head (and a few body elements) say about the article, collected while parsing. */
export interface HeadData {
  title: string;
  lang: string | null;
  metas: Array<Readonly<Record<string, string>>>;
  links: Array<Readonly<Record<string, string>>>;
  jsonLd: string[];
  times: Array<{ datetime: string; attrs: Readonly<Record<string, string>> }>;
}

export interface ParsedPage {
  root: HElement;
  head: HeadData;
  /** Whether elements nested deeper than MAX_NESTING were flattened. */
  flattened: boolean;
  /** Start tags in the markup (kept or not). */
  elements: number;
}

/** Elements whose content is never article text (their text is not kept in the tree). */
const DROPPED = new Set([
  "script", "style", "noscript", "template", "svg", "math", "object", "embed", "canvas", "select", "textarea", "option",
  // Ruby annotations: the reading set above the characters (furigana), and the parentheses for browsers without ruby.
  "rt", "rp",
]);
/** Elements that have no content and no end tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const JSON_LD_TYPE = "application/ld+json";

/**
 * The start of a comment, or the start of a script or style start tag (its end is found by
 * `startTagEnd`, quoted attribute values read whole). The contents of scripts and styles are never kept;
 * cutting them out before the parse spares the tokenizer a third to a half of a typical page's characters.
 */
const RAW_TEXT_START = /<!--|<(script|style)(?=[\s/>])/gi;
const RAW_TEXT_END: Readonly<Record<string, RegExp>> = { script: /<\/script[\s/>]/gi, style: /<\/style[\s/>]/gi };
const COMMENT_END = "-->";
/** A script whose contents are data the metadata reads. */
const KEEPS_CONTENT = /\btype\s*=\s*["']?\s*application\/ld\+json/i;

/** The markup with the contents of scripts (but JSON-LD) and styles left out; comments are skipped over as the tokenizer does. */
export function withoutRawText(html: string): string {
  let out = "";
  let from = 0;
  RAW_TEXT_START.lastIndex = 0;
  for (let m = RAW_TEXT_START.exec(html); m !== null; m = RAW_TEXT_START.exec(html)) {
    if (m[1] === undefined) {
      const end = html.indexOf(COMMENT_END, m.index + 4);
      if (end < 0) break;
      RAW_TEXT_START.lastIndex = end + COMMENT_END.length;
      continue;
    }
    // A start tag that never ends (a quote never closed) holds the rest of the page: nothing more to cut.
    const tagEnd = startTagEnd(html, m.index + m[0].length);
    if (tagEnd < 0) break;
    const name = m[1].toLowerCase();
    const close = RAW_TEXT_END[name]!;
    close.lastIndex = tagEnd;
    const c = close.exec(html);
    if (c === null) break;
    if (!(name === "script" && KEEPS_CONTENT.test(html.slice(m.index, tagEnd))) && c.index > tagEnd) {
      out += html.slice(from, tagEnd);
      from = c.index;
    }
    RAW_TEXT_START.lastIndex = c.index + c[0].length;
  }
  return from === 0 ? html : out + html.slice(from);
}

/**
 * Where a start tag whose attributes begin at `from` ends (past its ">"), a quoted value (single or double
 * quotes) read whole; -1 when it does not end. A loop rather than a regular expression: one that failed
 * on an unclosed quote would be tried again at every later tag, each time to the end of the page.
 */
function startTagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === GT) return i + 1;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const close = html.indexOf(c === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}
const GT = 0x3e;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

export function parseTree(html: string): ParsedPage {
  const root: HElement = { tag: "#root", attrs: {}, children: [], parent: null, depth: 0 };
  const head: HeadData = { title: "", lang: null, metas: [], links: [], jsonLd: [], times: [] };
  let current = root;
  let flattened = false;
  // Inside a dropped element: its name and nesting count (nested same-name elements in noscript etc.).
  let dropTag: string | null = null;
  let dropDepth = 0;
  let capture: "title" | "jsonld" | null = null;
  let captured = "";
  // How many opened elements were flattened into `current` and still wait for their end tag.
  let overflow = 0;
  let elements = 0;

  const Parser = htmlParser();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++elements > MAX_ELEMENTS) {
          throw new QuellenlageError("E_TOO_LARGE", `the page has more than ${MAX_ELEMENTS} elements (a news page has a few thousand); it is not read`);
        }
        if (dropTag !== null) {
          if (name === dropTag) dropDepth++;
          return;
        }
        if (name === "meta") head.metas.push(attrs);
        else if (name === "link") head.links.push(attrs);
        else if (name === "html" && attrs["lang"]) head.lang = attrs["lang"];
        else if (name === "time" && attrs["datetime"]) head.times.push({ datetime: attrs["datetime"], attrs });
        if (name === "title" && head.title === "") {
          capture = "title";
          captured = "";
        } else if (name === "script" && attrs["type"]?.toLowerCase() === JSON_LD_TYPE) {
          capture = "jsonld";
          captured = "";
        }
        if (DROPPED.has(name)) {
          if (!VOID.has(name)) {
            dropTag = name;
            dropDepth = 1;
          }
          return;
        }
        if (name === "head" || name === "html" || name === "body" || name === "title") return;
        if (current.depth >= MAX_NESTING) {
          flattened = true;
          if (!VOID.has(name)) overflow++;
          return;
        }
        const el: HElement = { tag: name, attrs, children: [], parent: current, depth: current.depth + 1 };
        current.children.push(el);
        if (!VOID.has(name)) current = el;
      },
      ontext(text) {
        if (capture !== null) {
          captured += text;
          return;
        }
        if (dropTag !== null) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === "string") current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (capture === "title" && name === "title") {
          head.title = captured.trim();
          capture = null;
        } else if (capture === "jsonld" && name === "script") {
          head.jsonLd.push(captured);
          capture = null;
        }
        if (dropTag !== null) {
          if (name === dropTag && --dropDepth === 0) dropTag = null;
          return;
        }
        if (VOID.has(name) || name === "head" || name === "html" || name === "body" || name === "title") return;
        if (overflow > 0) {
          overflow--;
          return;
        }
        // htmlparser2 reports implied closes too, so the element being closed is normally `current`;
        // a stray end tag with no open element of that name is ignored.
        let el: HElement | null = current;
        while (el && el !== root && el.tag !== name) el = el.parent;
        if (el && el !== root) current = el.parent ?? root;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(withoutRawText(html));
  parser.end();
  return { root, head, flattened, elements };
}

/** The elements below `root` (itself included) in document order, walked without recursion. */
export function* elements(root: HElement): Generator<HElement> {
  const stack: HElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c !== "string") stack.push(c);
    }
  }
}

/** All text below an element, concatenated as written (no separators added), without the elements `skip` names. */
export function textOf(root: HElement, skip?: (el: HElement) => boolean): string {
  let out = "";
  const stack: HNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === "string") {
      out += n;
      continue;
    }
    if (skip && n !== root && skip(n)) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
