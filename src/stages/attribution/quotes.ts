import type { Token } from "../../model/types.js";
import type { Block } from "../../model/types.js";

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

interface Open {
  mark: string;
  token: Token;
  depth: number;
  words: number;
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
    for (; t < tokens.length && tokens[t]!.end <= block.end; t++) {
      const tok = tokens[t]!;
      if (tok.kind === "word" || tok.kind === "number") {
        for (const o of stack) o.words++;
        continue;
      }
      if (tok.kind !== "quote") continue;
      const mark = text.slice(tok.start, tok.end);
      const closes = findOpenerFor(stack, mark);
      if (closes >= 0 && !OPEN_ONLY.has(mark)) {
        const open = stack[closes]!;
        stack.length = closes;
        out.push({ start: open.token.start, end: tok.end, innerStart: open.token.end, innerEnd: tok.start, depth: open.depth, words: open.words, closed: true });
        continue;
      }
      if (CLOSE_ONLY.has(mark)) continue;
      if ((mark === '"' || mark === "'" || mark === "''") && !opensHere(text, tok)) continue;
      stack.push({ mark, token: tok, depth: stack.length, words: 0 });
    }
    // Unclosed quotations run to the end of their block.
    for (const open of stack) {
      if (open.words === 0) continue;
      out.push({ start: open.token.start, end: block.end, innerStart: open.token.end, innerEnd: block.end, depth: open.depth, words: open.words, closed: false });
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

/** The outermost quotation containing the offset, or undefined. */
export function quotationAt(quotes: readonly Quotation[], offset: number): Quotation | undefined {
  let best: Quotation | undefined;
  for (const q of quotes) {
    if (q.start > offset) break;
    if (offset < q.end && (!best || q.depth < best.depth)) best = q;
  }
  return best;
}
