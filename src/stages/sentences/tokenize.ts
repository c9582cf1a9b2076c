import type { Token, TokenKind } from "../../model/types.js";

/**
 * Words keep inner hyphens and apostrophes ("Won-sik", "US-Außenminister", "Putin's", "81-jährige"), the
 * apostrophe of a plural possessive ("the companies' association") and a trailing
 * hyphen of a suspended compound ("US- und EU-Vertreter"); numbers keep decimal commas, thousands
 * separators and clock/date punctuation ("4,8", "1.000", "13:45", "13.04.2024").
 */
const WORD = String.raw`(?:\p{N}+-(?=\p{L}))?\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*(?:-(?=[\s,])|(?<=s)['’](?=[\s,.;:]))?`;
const NUMBER = String.raw`\p{N}+(?:[.,:/]\p{N}+)*`;
/** A doubled single mark ('' ‘‘ ’’ ``) is one double quotation mark, as typewriter and newswire texts write it. */
const QUOTE = "''|‘‘|’’|``|[„“”\"«»‚‘’'‹›‟]";
const ELLIPSIS = String.raw`\.\.\.|…`;
const TERMINAL_RUN = String.raw`[!?]+`;
const TOKEN = new RegExp(`(${WORD})|(${NUMBER})|(${QUOTE})|(${ELLIPSIS}|${TERMINAL_RUN})|(\\p{P})|(\\S)`, "gu");

const KIND_BY_GROUP: readonly TokenKind[] = ["word", "number", "quote", "punct", "punct", "symbol"];

/** Tokens of `text` between `start` and `end`, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    if (m.index >= end) break;
    let kind: TokenKind = "symbol";
    for (let g = 1; g <= KIND_BY_GROUP.length; g++) {
      if (m[g] !== undefined) {
        kind = KIND_BY_GROUP[g - 1] ?? "symbol";
        break;
      }
    }
    tokens.push({ start: m.index, end: Math.min(m.index + m[0].length, end), kind });
  }
  return tokens;
}
