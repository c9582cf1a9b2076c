/**
 * Which of the page's pieces make the article: everything inside the chosen container(s), with
 * furniture inside it kept under its own kind (related teasers, comments, promos) or dropped
 * (navigation); the headline when it stands outside the container, with a kicker before it and the
 * teaser between it and the text (Readability drops both).
 */
import type { BlockKind } from "../../model/types.js";
import type { FurnitureKind } from "./furniture.js";
import type { Piece } from "./blocks.js";
import type { HElement } from "./tree.js";
import type { PageAnalysis } from "./score.js";
import { isDateLine, isNavigationLine, isPrintedMarkup } from "./lines.js";

/** What furniture inside the article becomes; null: dropped. */
const FURNITURE_BLOCK: Readonly<Record<FurnitureKind, BlockKind | null>> = {
  navigation: null,
  hidden: null,
  related: "related",
  comment: "comment",
  promo: "promo",
  ad: "boilerplate",
  bio: "bio",
};
/** Between the headline and the text: at most this many pieces, each at most this long, are the teaser region. */
const MAX_TOP_PIECES = 4;
const MAX_TOP_PIECE_CHARS = 700;
const TEASER_TAGS = new Set(["p", "h2", "h3"]);
/** An unmarked piece in the teaser region is kept when it is prose of at least this many words. */
const TOP_PROSE_MIN_WORDS = 12;
/** A short piece made mostly of link text is a link list (tags, "more" links), not article text. */
/** A teaser the markup names has at least this many words (a one-word "lead" is a label). */
const LEAD_MIN_WORDS = 6;
/** A kicker ("Verkehr", "Ukraine-Krieg") is a few words. */
const KICKER_MAX_WORDS = 6;
/** After the article, a piece is still prose when it ends like a sentence with this many words, or is this long. */
const TAIL_SENTENCE_MIN_WORDS = 3;
const TAIL_PROSE_MIN_WORDS = 12;
/** The article's last paragraph has at least this many words. */
const LAST_PARAGRAPH_MIN_WORDS = 6;
const LINK_LIST_DENSITY = 0.7;
const LINK_LIST_MAX_CHARS = 200;
const ENDS_PROSE = /[.!?…:"“”»«')]$/u;

export interface Selected {
  text: string;
  kind?: BlockKind;
  hint?: string;
}

function words(s: string): number {
  return s.split(" ").length;
}

function inside(p: Piece, el: HElement, analysis: PageAnalysis): boolean {
  const s = analysis.stats.get(el)!;
  return p.index >= s.index && p.index < s.end;
}

/** The article's pieces in document order, with their kinds. */
export function selectArticle(pieces: readonly Piece[], analysis: PageAnalysis): Selected[] {
  const { roots, h1 } = analysis;
  const inRoot = (p: Piece) => roots.some((r) => inside(p, r, analysis));
  const out: Selected[] = [];
  const h1Outside = h1 !== null && !roots.some((r) => isAncestor(r, h1));
  const firstRoot = pieces.findIndex(inRoot);
  if (h1Outside && h1) {
    const head = pieces.findIndex((p) => inside(p, h1, analysis));
    if (head >= 0 && (firstRoot < 0 || head < firstRoot)) {
      const before = pieces[head - 1];
      if (before && before.kind === "kicker" && before.furniture === null) out.push(asSelected(before));
      for (let i = head; i < pieces.length && inside(pieces[i]!, h1, analysis); i++) {
        const p = pieces[i]!;
        out.push(p.kind === "kicker" ? asSelected(p) : { text: p.text, kind: "headline", hint: "h1" });
      }
      out.push(...teaserRegion(pieces, head, firstRoot, h1, analysis));
    } else if (head >= 0) out.push({ text: pieces[head]!.text, kind: "headline", hint: "h1" });
  }
  let leadSeen = out.some((s) => s.kind === "lead");
  let headlineSeen = out.some((s) => s.kind === "headline");
  for (const p of pieces) {
    if (!inRoot(p)) continue;
    if (analysis.besides.some((b) => inside(p, b, analysis))) {
      out.push({ text: p.text, kind: "boilerplate", hint: "beside the article" });
      continue;
    }
    if (p.furniture !== null) {
      const kind = FURNITURE_BLOCK[p.furniture];
      if (kind) out.push({ text: p.text, kind, hint: `class: ${p.furniture}` });
      continue;
    }
    if (isLinkList(p)) {
      out.push({ text: p.text, kind: "boilerplate", hint: "link list" });
      continue;
    }
    const line = lineKind(p);
    if (line) {
      out.push({ text: p.text, kind: "boilerplate", hint: line });
      continue;
    }
    let kind = p.kind;
    if (kind === "lead") kind = leadSeen || words(p.text) < LEAD_MIN_WORDS ? undefined : "lead";
    if (kind === "kicker" && words(p.text) > KICKER_MAX_WORDS) kind = undefined;
    if (kind === "headline") kind = headlineSeen ? "subheading" : "headline";
    if (kind === "lead") leadSeen = true;
    if (kind === "headline") headlineSeen = true;
    out.push({ text: p.text, ...(kind ? { kind, hint: p.hint ?? p.el.tag } : {}) });
  }
  markTail(out);
  return withoutRepeats(out);
}

/** An address printed as the link's text: the author shows where something is, menus do not. */
const PRINTED_URL = /^(?:https?:\/\/|www\.)\S+$/iu;
/** An item of the article's own numbered list ("3) Blade Runner", "12. The Wall"). */
const NUMBERED_ITEM = /^\(?\d{1,3}[.)]\s/u;

/** A short piece made mostly of link text, not a sentence, a printed address or a numbered item: tags, "more" links, menus. */
function isLinkList(p: Piece): boolean {
  if (p.text.length > LINK_LIST_MAX_CHARS || p.link / p.text.length < LINK_LIST_DENSITY || ENDS_PROSE.test(p.text)) return false;
  return !PRINTED_URL.test(p.text) && !NUMBERED_ITEM.test(p.text);
}

/** Kinds whose pieces are not judged as lines: a quoted post's date and a caption's list of items belong to them. */
const LINES_KEPT = new Set<BlockKind>(["quote", "caption"]);
/** Elements of code, whose lines look like anything. */
const CODE_TAGS = new Set(["pre", "code"]);

/** Why a piece is a page's line rather than text (a date line, markup printed as text, a navigation line), or null. */
function lineKind(p: Piece): string | null {
  if ((p.kind && LINES_KEPT.has(p.kind)) || CODE_TAGS.has(p.el.tag)) return null;
  if (isDateLine(p.text)) return "date line";
  if (isPrintedMarkup(p.text)) return "markup printed as text";
  if (isNavigationLine(p.text)) return "navigation line";
  return null;
}

/** A quote this long that the body says word for word is a pull quote, set twice for design. */
const PULL_QUOTE_MIN_CHARS = 30;
/** Kinds whose exact repeats on one page are copies (responsive images, lightboxes), not text said twice. */
const REPEATS_DROPPED = new Set<BlockKind>(["caption", "headline", "kicker", "lead"]);

/** The page's repeated captions (and headline, kicker, lead) once, at their first place; pull quotes that repeat the text, never. */
function withoutRepeats(out: readonly Selected[]): Selected[] {
  const seen = new Set<string>();
  const prose = out.filter((s) => s.kind === undefined || s.kind === "body").map((s) => s.text);
  return out.filter((s) => {
    if (s.kind === "quote" && s.text.length >= PULL_QUOTE_MIN_CHARS && prose.some((p) => p !== s.text && p.includes(s.text))) return false;
    if (!s.kind || !REPEATS_DROPPED.has(s.kind)) return true;
    const key = `${s.kind} ${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Kinds a trailing piece keeps even when it is not prose: furniture already named, the parts of the top,
 * and the items of a list or a quote (an article may end with a list of results; a teaser list is told by
 * its links or its markup).
 */
const TAIL_KEEPS = new Set<BlockKind>(["related", "comment", "boilerplate", "promo", "bio", "caption", "credit", "headline", "kicker", "lead", "list", "quote"]);

function isProsePiece(s: Selected): boolean {
  const n = words(s.text);
  return (ENDS_PROSE.test(s.text) && n >= TAIL_SENTENCE_MIN_WORDS) || n >= TAIL_PROSE_MIN_WORDS;
}

/**
 * What follows the article's last prose paragraph and is not prose itself (headings of teaser
 * lists, labels, link lines) is page furniture: a subheading that introduces no text is no subheading.
 */
function markTail(out: Selected[]): void {
  let last = -1;
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    if ((s.kind === undefined || s.kind === "body" || s.kind === "list" || s.kind === "quote") && isProsePiece(s) && words(s.text) >= LAST_PARAGRAPH_MIN_WORDS) last = i;
  }
  if (last < 0) return;
  for (let i = last + 1; i < out.length; i++) {
    const s = out[i]!;
    if (s.kind !== undefined && TAIL_KEEPS.has(s.kind)) continue;
    if (isProsePiece(s)) continue;
    out[i] = { text: s.text, kind: "boilerplate", hint: "after the article" };
  }
}

/** Pieces after the headline and before the text: a teaser the page marks, or prose. */
function teaserRegion(pieces: readonly Piece[], head: number, firstRoot: number, h1: HElement, analysis: PageAnalysis): Selected[] {
  const out: Selected[] = [];
  const stop = firstRoot < 0 ? Math.min(pieces.length, head + MAX_TOP_PIECES * 2) : firstRoot;
  for (let i = head; i < stop && out.length < MAX_TOP_PIECES; i++) {
    const p = pieces[i]!;
    if (inside(p, h1, analysis) || p.furniture !== null || p.text.length > MAX_TOP_PIECE_CHARS) continue;
    if (isDateLine(p.text)) continue;
    const marked = (p.kind === "lead" && words(p.text) >= LEAD_MIN_WORDS) || p.kind === "kicker" || p.kind === "caption";
    // A teaser is a paragraph, or a subtitle set as h2 or h3 ("dek"), long enough to be prose, without links.
    const prose = TEASER_TAGS.has(p.el.tag) && words(p.text) >= TOP_PROSE_MIN_WORDS && p.link === 0;
    if (marked || prose) out.push({ text: p.text, kind: p.kind === "kicker" ? "kicker" : p.kind === "caption" ? "caption" : "lead", hint: p.hint ?? "p" });
  }
  return out;
}

function asSelected(p: Piece): Selected {
  return { text: p.text, ...(p.kind ? { kind: p.kind } : {}), ...(p.hint ? { hint: p.hint } : {}) };
}

function isAncestor(a: HElement, b: HElement): boolean {
  for (let p: HElement | null = b; p; p = p.parent) if (p === a) return true;
  return false;
}
