import type { Token, TokenKind } from "../../model/types.js";
import type { Locale } from "../../locales/types.js";

/** A word as the clauses stage reads it: a token, or part of one where a clitic is split off ("do|n't"). */
export interface ClauseWord {
  start: number;
  end: number;
  text: string;
  /** Lowercase, curly apostrophes straightened. */
  lower: string;
  kind: TokenKind;
}

const CURLY_APOSTROPHE = /[’‘]/g;

const cliticCache = new WeakMap<Locale, readonly string[]>();
function cliticsOf(locale: Locale): readonly string[] {
  let c = cliticCache.get(locale);
  if (!c) {
    // Longest first, so that "n't" is tried before "'t" would be.
    c = [...locale.clauses.clitics].sort((a, b) => b.length - a.length);
    cliticCache.set(locale, c);
  }
  return c;
}

function word(text: string, start: number, end: number, kind: TokenKind): ClauseWord {
  const t = text.slice(start, end);
  const lower = t.toLowerCase();
  return { start, end, text: t, lower: lower.includes("’") || lower.includes("‘") ? lower.replace(CURLY_APOSTROPHE, "'") : lower, kind };
}

/** The words of the tokens `tokens[from .. to)`, clitics split off. */
export function clauseWords(text: string, tokens: readonly Token[], from: number, to: number, locale: Locale): ClauseWord[] {
  const clitics = cliticsOf(locale);
  const out: ClauseWord[] = [];
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    const w = word(text, tok.start, tok.end, tok.kind);
    let split = false;
    if (clitics.length > 0 && tok.kind === "word") {
      for (const c of clitics) {
        if (w.lower.length > c.length && w.lower.endsWith(c)) {
          const at = tok.end - c.length;
          out.push(word(text, tok.start, at, "word"));
          out.push(word(text, at, tok.end, "word"));
          split = true;
          break;
        }
      }
    }
    if (!split) out.push(w);
  }
  return out;
}
