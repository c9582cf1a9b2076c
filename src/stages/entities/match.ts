import type { Token } from "../../model/types.js";
import type { LexEntry, Lexicon } from "./lexicon.js";

/** A run of tokens [from, to) whose text is a lexicon surface. */
export interface LexMatch {
  from: number;
  to: number;
  entries: LexEntry[];
}

/** Extra white space a multi-word surface may have in the text beyond the single spaces of the lexicon. */
const MAX_EXTRA_SPACE = 4;
/** Longest demonyms in words ("South Korean"). */
const MAX_DEMONYM_WORDS = 2;

/** The text of tokens [from, to) with white space collapsed to one space. */
export function tokensText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return "";
  const raw = text.slice(first.start, last.end);
  return /\s\s|[\n\t]/.test(raw) ? raw.replace(/\s+/g, " ") : raw;
}

/**
 * Finds lexicon names (places, organisations, outlets, agencies) and demonyms in tokens [from, to),
 * longest first, left to right, without overlaps. A surface never crosses a line break.
 */
export function matchLexicon(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  /** The text of tokens [from, to), when the caller has it already. */
  words?: readonly string[],
): LexMatch[] {
  const out: LexMatch[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const word = words ? words[i - from]! : text.slice(t.start, t.end);
    let found: LexMatch | null = null;
    if (t.kind === "word" || t.kind === "number") {
      // A token is a word as firstWordOf cuts them ("U" of "U.S.", "US-Außenminister" whole).
      const longest = lex.firstWords.get(word);
      if (longest !== undefined) {
        // The tokens a surface of that length may span (white space in the text may be wider).
        let limit = i + 1;
        while (limit < to && tokens[limit]!.end - t.start <= longest + MAX_EXTRA_SPACE) limit++;
        for (let j = limit; j > i && !found; j--) {
          if (j - 1 > i && text.slice(tokens[i]!.start, tokens[j - 1]!.end).includes("\n")) continue;
          const entries = lex.surfaces.get(tokensText(text, tokens, i, j));
          if (entries) found = { from: i, to: j, entries };
        }
      }
      if (!found && lex.demonymFirstWords.has(word)) found = matchDemonym(text, tokens, i, to, lex);
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}

/** A demonym starting at token i, whose word is the first word of one. */
function matchDemonym(text: string, tokens: readonly Token[], i: number, to: number, lex: Lexicon): LexMatch | null {
  for (let j = Math.min(to, i + MAX_DEMONYM_WORDS); j > i; j--) {
    const entry = lex.demonyms.get(tokensText(text, tokens, i, j).toLowerCase());
    if (entry) return { from: i, to: j, entries: [entry] };
  }
  return null;
}
