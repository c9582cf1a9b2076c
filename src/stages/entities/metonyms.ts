import type { Token } from "../../model/types.js";
import type { Lexicon } from "./lexicon.js";
import type { Candidate } from "./mentions.js";

/**
 * Marks capitals that stand for their government ("Washington warf vor", "in der er Washington vorwarf",
 * "dass Seoul … entdeckt habe") as metonyms: a capital not after a locative preposition ("in Washington")
 * that is next to a verb of saying or acting, or opens a clause as its subject. They stay places.
 */
export function markMetonyms(text: string, tokens: readonly Token[], candidates: Candidate[], lex: Lexicon, from: number, to: number): void {
  const { locativePrepositions: prepositions, agentVerbs: verbs, clauseOpeners: openers } = lex.sets;
  const word = (i: number) => (i >= from && i < to ? text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase() : "");
  for (const c of candidates) {
    if (c.type !== "location" || !c.capitalOf || c.form !== "name") continue;
    const before = word(c.from - 1);
    if (prepositions.has(before)) continue;
    if (verbs.has(word(c.to)) || verbs.has(before) || openers.has(before)) c.form = "metonym";
  }
}
