import type { Token } from "../../model/types.js";
import type { Block } from "../../model/types.js";
import { SpanIndex } from "../../model/span-index.js";

/**
 * A quotation: from its opening mark to its closing mark (both included), or to the end of its block
 * when it is never closed. Nested quotations are listed too, with their depth.
 */
export interface Quotation {
  start: number;
  end: number;
  /** The text between the marks. */
  innerStart: number;
  innerEnd: number;
  depth: number;
  /** Number of words inside. */
  words: number;
  closed: boolean;
}

/** Which closing marks each opening mark takes (German „…“ may also close with ASCII " or ”). */
const CLOSERS: Record<string, readonly string[]> = {
  "„": ["“", '"', "”"],
  "“": ["”"],
  '"': ['"', "“", "”"],
  "»": ["«"],
  "«": ["»"],
  "‚": ["‘", "'", "’"],
  "‘": ["’"],
  "'": ["'"],
  "›": ["‹"],
  "‹": ["›"],
  "''": ["''", "’’", '"'],
  "‘‘": ["’’", "''"],
  "``": ["''", "’’"],
};
/** Marks that only ever open. */
const OPEN_ONLY = new Set(["„", "‚", "‘‘", "``"]);
/** Marks that only ever close (when something they close is open); otherwise they are apostrophes. */
const CLOSE_ONLY = new Set(["”", "’", "’’"]);
const LETTER = /\p{L}/u;
/**
 * Quotations open inside each other at most this deep („…‚…‘…“ is two); an opening mark beyond is not
 * one. Marks that never close would otherwise stack up, each quotation running to the end of its block
 * around all the later ones, and every look-up inside them would meet them all.
 */
export const MAX_QUOTATION_DEPTH = 8;

interface Open {
  mark: string;
  token: Token;
  depth: number;
  /** Words in the block before the opening mark. */
  wordsBefore: number;
}

/**
 * Finds the quotations of each block by pairing quote marks: a mark closes the innermost open quotation
 * it can close, otherwise it opens one (an ASCII " after a letter with nothing open is a stray mark).
 */
export function findQuotations(text: string, tokens: readonly Token[], blocks: readonly Block[]): Quotation[] {
  const out: Quotation[] = [];
  let t = 0;
  for (const block of blocks) {
    while (t < tokens.length && tokens[t]!.start < block.start) t++;
    const stack: Open[] = [];
    let words = 0;
    for (; t < tokens.length && tokens[t]!.end <= block.end; t++) {
      const tok = tokens[t]!;
      if (tok.kind === "word" || tok.kind === "number") {
        words++;
        continue;
      }
      if (tok.kind !== "quote") continue;
      const mark = text.slice(tok.start, tok.end);
      const closes = findOpenerFor(stack, mark);
      if (closes >= 0 && !OPEN_ONLY.has(mark)) {
        const open = stack[closes]!;
        stack.length = closes;
        out.push({ start: open.token.start, end: tok.end, innerStart: open.token.end, innerEnd: tok.start, depth: open.depth, words: words - open.wordsBefore, closed: true });
        continue;
      }
      if (CLOSE_ONLY.has(mark)) continue;
      if ((mark === '"' || mark === "'" || mark === "''") && !opensHere(text, tok)) continue;
      // "‘" glued to a letter before it is an apostrophe or an ʿayn ("in‘ Adi", "Sana‘a"), no opening mark.
      if (mark === "‘" && LETTER.test(text[tok.start - 1] ?? "")) continue;
      if (stack.length >= MAX_QUOTATION_DEPTH) continue;
      stack.push({ mark, token: tok, depth: stack.length, wordsBefore: words });
    }
    // Unclosed quotations run to the end of their block.
    for (const open of stack) {
      if (words === open.wordsBefore) continue;
      out.push({ start: open.token.start, end: block.end, innerStart: open.token.end, innerEnd: block.end, depth: open.depth, words: words - open.wordsBefore, closed: false });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function findOpenerFor(stack: readonly Open[], mark: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if ((CLOSERS[stack[i]!.mark] ?? []).includes(mark)) return i;
  }
  return -1;
}

/** An ASCII quote opens when it is not glued to a word before it, or is glued to one after it. */
function opensHere(text: string, tok: Token): boolean {
  const before = text[tok.start - 1];
  const after = text[tok.end];
  const spaceBefore = before === undefined || /[\s([{\u2013\u2014-]/.test(before);
  const wordAfter = after !== undefined && /[\p{L}\p{N}„"'(]/u.test(after);
  return spaceBefore || wordAfter;
}

/**
 * Look-ups over the quotations of a document, so that a question asked for every word or frame does not
 * scan them all (a long text has thousands). Built once per list, which is never changed after
 * findQuotations returns it; every look-up answers as the scan of the list it replaces did.
 */
interface QuotationIndex {
  spans: SpanIndex<Quotation>;
  byStart: Map<number, Quotation[]>;
  byEnd: Map<number, Quotation>;
  exact: Set<string>;
}

const indexes = new WeakMap<readonly Quotation[], QuotationIndex>();

function indexOf(quotes: readonly Quotation[]): QuotationIndex {
  let index = indexes.get(quotes);
  if (!index) {
    const byStart = new Map<number, Quotation[]>();
    const byEnd = new Map<number, Quotation>();
    for (const q of quotes) {
      const list = byStart.get(q.start);
      if (list) list.push(q);
      else byStart.set(q.start, [q]);
      if (!byEnd.has(q.end)) byEnd.set(q.end, q);
    }
    index = { spans: new SpanIndex(quotes), byStart, byEnd, exact: new Set(quotes.map((q) => `${q.start}:${q.end}`)) };
    indexes.set(quotes, index);
  }
  return index;
}

/** The outermost quotation containing the offset (the first of the list if several are), or undefined. */
export function quotationAt(quotes: readonly Quotation[], offset: number): Quotation | undefined {
  let best: Quotation | undefined;
  for (const q of indexOf(quotes).spans.overlappingItems(offset, offset + 1)) {
    if (!best || q.depth < best.depth) best = q;
  }
  return best;
}

/** The first quotation that starts at `start` (and has depth `depth`, if given). */
export function quotationStartingAt(quotes: readonly Quotation[], start: number, depth?: number): Quotation | undefined {
  return indexOf(quotes).byStart.get(start)?.find((q) => depth === undefined || q.depth === depth);
}

/** The first quotation that ends at `end`. */
export function quotationEndingAt(quotes: readonly Quotation[], end: number): Quotation | undefined {
  return indexOf(quotes).byEnd.get(end);
}

/** Whether some quotation spans exactly [start, end). */
export function isQuotation(quotes: readonly Quotation[], start: number, end: number): boolean {
  return indexOf(quotes).exact.has(`${start}:${end}`);
}

/** The quotations that start in [from, to), in list order. */
export function quotationsStartingIn(quotes: readonly Quotation[], from: number, to: number): Quotation[] {
  const spans = indexOf(quotes).spans;
  return spans.startingIn(from, to - 1).map((i) => spans.items[i]!);
}

/** The quotations that lie inside [start, end], in list order. */
export function quotationsInside(quotes: readonly Quotation[], start: number, end: number): Quotation[] {
  return indexOf(quotes).spans.inside(start, end);
}
