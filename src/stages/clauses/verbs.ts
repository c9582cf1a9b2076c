import type { ClauseMood } from "../../model/types.js";
import type { ClauseLexicon } from "./lexicon.js";
import type { Draft } from "./segment.js";
import { TAG } from "./tagger.js";
import type { ClauseWord } from "./words.js";

export interface VerbComplex {
  /** Word indices of the verb complex in order: finite verb, infinitives, participles, separable particle. */
  verbs: number[];
  lemma: string | null;
  mood: ClauseMood | null;
}

const NON_FINITE = new Set<number>([TAG.VINF, TAG.VPP, TAG.VGER]);

/** The verb complex of a clause, the lemma of its full verb (separable particle joined) and its mood. */
export function verbComplex(words: readonly ClauseWord[], tags: Uint8Array, d: Draft, lex: ClauseLexicon, sentenceEnd: string): VerbComplex {
  const verbs: number[] = [];
  let particle = -1;
  const own = d.words;
  const rightBracket = lex.verbSecond ? rightBracketStart(words, tags, d, lex) : own.length;
  for (let k = 0; k < own.length; k++) {
    const i = own[k]!;
    const t = tags[i]!;
    if (i === d.finite || NON_FINITE.has(t) || (k >= rightBracket && t !== TAG.PRT && !joins(words[i]!.lower, words[d.finite]!.lower, lex))) verbs.push(i);
    else if (d.finite >= 0 && i > d.finite && (t === TAG.PRT || (k >= rightBracket && joins(words[i]!.lower, words[d.finite]!.lower, lex))) && (!lex.verbSecond || isClauseFinal(words, tags, own, k))) particle = i;
  }
  if (particle >= 0) verbs.push(particle);
  verbs.sort((a, b) => a - b);
  // The full verb: the first verb that is no auxiliary or modal, else the last verb (copula, auxiliary used alone).
  const full = verbs.find((i) => i !== particle && !isAuxiliary(words[i]!.lower, lex)) ?? verbs.filter((i) => i !== particle).at(-1);
  let lemma: string | null = null;
  if (full !== undefined) {
    lemma = lemmaOf(words[full]!.lower, lex);
    if (particle >= 0 && full === d.finite && lemma && joins(words[particle]!.lower, words[full]!.lower, lex)) lemma = words[particle]!.lower + lemma;
  }
  return { verbs, lemma, mood: moodOf(words, d, lex, sentenceEnd) };
}

/**
 * Where the right bracket of a verb-second clause begins among its own words: the run of words at the
 * clause end after the finite verb that the morphology knows as participles or infinitives (or a separable
 * particle), whatever the tagger said ("hat mich schockiert", "fügte hinzu"). own.length when there is none.
 */
function rightBracketStart(words: readonly ClauseWord[], tags: Uint8Array, d: Draft, lex: ClauseLexicon): number {
  const own = d.words;
  let k = own.length;
  while (k - 1 >= 0 && own[k - 1]! > d.finite && d.finite >= 0) {
    const w = words[own[k - 1]!]!;
    const t = tags[own[k - 1]!]!;
    const last = k === own.length;
    const verbal = NON_FINITE.has(t) || t === TAG.PRT || (w.text === w.lower && (lex.participles.has(w.lower) || lex.markedInfinitives.has(w.lower) || (last && joins(w.lower, words[d.finite]!.lower, lex))));
    if (!verbal) break;
    k--;
  }
  return k;
}

/** Whether a particle and a finite form make a verb the morphology knows ("hinzu" + "fügte" → hinzufügen). */
function joins(particle: string, finite: string, lex: ClauseLexicon): boolean {
  if (!lex.particles.has(particle)) return false;
  const joined = particle + lemmaOf(finite, lex);
  let known = lex.verbMemo.get(joined);
  if (known === undefined) {
    if (lex.verbMemo.size >= MAX_REMEMBERED_LEMMAS) lex.verbMemo.clear();
    known = lex.locale.morphology.verb(joined) !== undefined;
    lex.verbMemo.set(joined, known);
  }
  return known;
}

function isClauseFinal(words: readonly ClauseWord[], tags: Uint8Array, own: readonly number[], k: number): boolean {
  for (let j = k + 1; j < own.length; j++) {
    const t = tags[own[j]!]!;
    if (!NON_FINITE.has(t) && t !== TAG.VFIN) return false;
  }
  return words[own[k]!] !== undefined;
}

function isAuxiliary(lower: string, lex: ClauseLexicon): boolean {
  return lex.auxiliaryForms.has(lower);
}

/** The lemma of a verb form: from the morphology data, else by the locale's rules, else the form itself. */
export function lemmaOf(lower: string, lex: ClauseLexicon): string {
  let lemma = lex.lemmaMemo.get(lower);
  if (lemma === undefined) {
    if (lex.lemmaMemo.size >= MAX_REMEMBERED_LEMMAS) lex.lemmaMemo.clear();
    lemma = findLemma(lower, lex);
    lex.lemmaMemo.set(lower, lemma);
  }
  return lemma;
}

const MAX_REMEMBERED_LEMMAS = 20_000;

function findLemma(lower: string, lex: ClauseLexicon): string {
  const known = lex.locale.morphology.lemmasOf(lower);
  if (known.length > 0) return known[0]!;
  for (const [pattern, replacement] of lex.lemmaRules) if (pattern.test(lower)) return lower.replace(pattern, replacement);
  return lower;
}

function moodOf(words: readonly ClauseWord[], d: Draft, lex: ClauseLexicon, sentenceEnd: string): ClauseMood | null {
  if (d.finite < 0) return null;
  const f = words[d.finite]!.lower;
  const firstPerson = d.words.some((i) => i !== d.finite && lex.firstPerson.has(words[i]!.lower) && Math.abs(i - d.finite) <= 2);
  if (!firstPerson && lex.subjunctive.has(f)) return "subjunctive1";
  if (lex.conditional.has(f) || lex.conditionalAuxiliaries.has(f)) return "subjunctive2";
  if (isImperative(d, sentenceEnd, lex)) return "imperative";
  return "indicative";
}

/**
 * A main clause opening the sentence with its finite verb, not a question: an imperative ("Go home.",
 * "Geh nach Hause!"). Where main clauses put the verb second, a verb first is also a question or a
 * condition, so only an exclamation mark tells it.
 */
export function isImperative(d: Draft, sentenceEnd: string, lex: ClauseLexicon): boolean {
  if (d.kind !== "main" || d.finite !== 0 || d.words[0] !== 0 || sentenceEnd === "?") return false;
  return !lex.verbSecond || sentenceEnd === "!";
}
