import type { Token } from "../../../model/types.js";
import { isOrgWord, type Lexicon } from "../lexicon.js";
import type { LexMatch } from "../match.js";
import { lookupRole, type RoleIndex } from "../role-index.js";
import type { WordHints } from "./features.js";

/** A set of common-noun forms (a Bloom filter for German); absent for languages without one. */
export interface NounSet {
  has(word: string): boolean;
}

/** Shortest head noun and shortest rest in a compound ("Selbst" + "darstellung"). */
const MIN_TAIL = 4;
const MIN_COMPOUND_HEAD = 3;

/** Whether a capitalised word ends in a known noun: a compound of ordinary nouns. */
export function hasNounTail(nouns: NounSet, word: string): boolean {
  for (let k = MIN_COMPOUND_HEAD; k <= word.length - MIN_TAIL; k++) {
    if (word.charAt(k - 1) === "-") continue;
    if (nouns.has(word.charAt(k).toUpperCase() + word.slice(k + 1))) return true;
  }
  return false;
}

const GAZ_TYPE: Record<string, string> = { location: "LOC", organization: "ORG", media: "MED", person: "PER" };

/** The lexicon's hints for tokens [from, to), given the lexicon matches over them. */
export function wordHints(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  matches: readonly LexMatch[],
  lex: Lexicon,
  roles: RoleIndex,
  nouns: NounSet | null,
): WordHints[] {
  const hints: WordHints[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const word = text.slice(t.start, t.end);
    const isWord = t.kind === "word";
    const capital = isWord && /^\p{Lu}/u.test(word);
    const noun = capital && nouns !== null && nouns.has(word);
    hints.push({
      gaz: "",
      first: isWord ? (lex.firstNames.get(word.toLowerCase()) ?? "") : "",
      org: isWord && isOrgWord(lex, word),
      role: capital && lookupRole(roles, word) !== null,
      noun,
      nounTail: capital && !noun && nouns !== null && hasNounTail(nouns, word),
    });
  }
  for (const m of matches) {
    const e = m.entries[0]!;
    // A one-word name that is also a common noun ("Hof", "Halle", "Stern") is only a weak hint.
    const nounToo = m.to - m.from === 1 && hints[m.from - from]!.noun;
    const kind = e.form === "demonym" ? "DEM" : (GAZ_TYPE[e.type] ?? "X") + (e.ambiguous || nounToo ? "?" : "");
    for (let i = m.from; i < m.to; i++) {
      const h = hints[i - from];
      if (h) h.gaz = kind + (i === m.from ? "-B" : "-I");
    }
  }
  return hints;
}
