import type { ClauseLexicon } from "./lexicon.js";
import type { Draft } from "./segment.js";
import { TAG } from "./tagger.js";
import type { ClauseWord } from "./words.js";

/** A noun phrase among a clause's own words: word indices [from, to], its head, and the end of what attaches to it. */
export interface NounPhrase {
  from: number;
  to: number;
  head: number;
  /** Last word of the phrase with its genitives, "of"/"von" phrases and appositions. */
  extent: number;
  /** Whether a preposition governs it. */
  governed: boolean;
  /** Whether its first word (or the pronoun) cannot be nominative. */
  nonNominative: boolean;
  /** Whether an apposition between commas follows it (then the comma after it ends no adverbial). */
  apposition: boolean;
}

const NP_START = new Set<number>([TAG.DET, TAG.ADJ, TAG.NUM, TAG.NOUN, TAG.PROPN, TAG.PRON, TAG.REL]);
const NP_INNER = new Set<number>([TAG.ADJ, TAG.NUM, TAG.NOUN, TAG.PROPN]);
const HEADS = new Set<number>([TAG.NOUN, TAG.PROPN, TAG.PRON, TAG.NUM, TAG.REL]);

/** The noun phrases among the own words of a clause, in order. */
export function nounPhrases(words: readonly ClauseWord[], tags: Uint8Array, own: readonly number[], lex: ClauseLexicon, genitiveDeterminers: ReadonlySet<string>, attachments: ReadonlySet<string>): NounPhrase[] {
  const out: NounPhrase[] = [];
  const ownSet = { has: (i: number) => sortedHas(own, i) };
  let k = 0;
  while (k < own.length) {
    const i = own[k]!;
    const t = tags[i]!;
    if (!NP_START.has(t)) {
      k++;
      continue;
    }
    // A pronoun or relative pronoun is a phrase of its own.
    let j = k;
    if (t !== TAG.PRON && t !== TAG.REL) {
      // A determiner after a noun starts the next phrase ("dem Mann das Buch"); where nouns are capitalised
      // and compounds written as one word, so does a common noun after a noun ("machte Sanierung Spaß").
      while (j + 1 < own.length && continuesPhrase(words, tags, own[j]!, own[j + 1]!, lex)) j++;
    }
    // Adjectives after the last noun are no part of the phrase ("nannte Jana Weber besorgniserregend").
    while (j > k && tags[own[j]!] === TAG.ADJ) j--;
    const from = i;
    const to = own[j]!;
    const head = headOf(words, tags, from, to, lex);
    if (head < 0) {
      k = j + 1;
      continue;
    }
    const prev = own[k - 1];
    const governed = prev !== undefined && prev === from - 1 && tags[prev] === TAG.ADP;
    const first = words[from]!.lower;
    out.push({ from, to, head, extent: to, governed, nonNominative: lex.nonNominative.has(first) || (from !== head && lex.nonNominative.has(words[head]!.lower)), apposition: false });
    k = j + 1;
  }
  // Genitives and "of"/"von" phrases right after a phrase belong to it ("der Chef der Firma", "the head of the union").
  const merged: NounPhrase[] = [];
  let skipTo = -1;
  for (const np of out) {
    if (np.from <= skipTo) continue;
    const last = merged[merged.length - 1];
    if (last && !last.apposition && !last.governed && !np.governed && tags[last.head] !== TAG.PRON && tags[np.head] !== TAG.PRON && np.from === nextAfterComma(words, last.extent)) {
      // An apposition: a phrase between commas (with its genitives and prepositional phrases) after a noun
      // phrase ("Anna Berger, eine Lehrerin, …"; "Jana Weber, Sprecherin der Grünen im Landtag, nennt …").
      const end = appositionEnd(words, tags, own, np.from);
      if (end >= 0) {
        last.extent = end;
        last.apposition = true;
        skipTo = end;
        continue;
      }
    }
    if (last && !np.governed && np.from === last.extent + 1 && genitiveDeterminers.has(words[np.from]!.lower) && tags[last.head] !== TAG.PRON) {
      last.extent = np.extent;
      continue;
    }
    if (last && np.governed === last.governed && np.from === last.extent + 2 && ownSet.has(last.extent + 1) && tags[last.extent + 1] === TAG.CCONJ && lex.coordinators.has(words[last.extent + 1]!.lower)) {
      // Coordinated phrases are one phrase headed by the first ("the battles and demonstrations", "Peder and I").
      last.extent = np.extent;
      last.nonNominative = last.nonNominative && np.nonNominative;
      continue;
    }
    if (last && np.governed === last.governed && np.from === last.extent + 2 && words[last.extent + 1]!.text === "," && ownSet.has(np.extent + 1) && tags[np.extent + 1] === TAG.CCONJ && lex.coordinators.has(words[np.extent + 1]!.lower)) {
      // A list: "Rumsfeld, Wolfowitz and Feith".
      last.extent = np.extent;
      continue;
    }
    if (last && np.governed && np.from === last.extent + 2 && ownSet.has(np.from - 1) && attachments.has(words[np.from - 1]!.lower) && tags[last.head] !== TAG.PRON && !last.governed) {
      last.extent = np.extent;
      continue;
    }
    merged.push(np);
  }
  return merged;
}

/** The word after a comma that follows word `i` (abbreviation periods between: "Acme Corp., …"), or −1. */
function nextAfterComma(words: readonly ClauseWord[], i: number): number {
  let k = i + 1;
  while (words[k]?.text === ".") k++;
  return words[k]?.text === "," ? k + 1 : -1;
}

const APPOSITION_WORDS = new Set<number>([TAG.DET, TAG.ADJ, TAG.NUM, TAG.NOUN, TAG.PROPN, TAG.ADP, TAG.PART, TAG.ADV]);

/**
 * The last word of an apposition starting at word `from`: noun-phrase and preposition words up to a comma
 * or the end of the clause's own words, or −1 when a verb or anything else comes first.
 */
function appositionEnd(words: readonly ClauseWord[], tags: Uint8Array, own: readonly number[], from: number): number {
  let k = own.indexOf(from);
  if (k < 0) return -1;
  let end = -1;
  for (; k < own.length; k++) {
    const i = own[k]!;
    if (!APPOSITION_WORDS.has(tags[i]!)) return -1;
    end = i;
    const next = own[k + 1];
    if (next === undefined) return end;
    if (next !== i + 1) {
      let g = i + 1;
      while (words[g]?.text === ".") g++;
      return words[g]?.text === "," ? end : -1;
    }
  }
  return -1;
}

/** Whether sorted `xs` holds `x`. */
function sortedHas(xs: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return xs[lo] === x;
}

function continuesPhrase(words: readonly ClauseWord[], tags: Uint8Array, cur: number, next: number, lex: ClauseLexicon): boolean {
  const adjacent = next === cur + 1 || (next === cur + 2 && words[cur + 1]!.text === "." && lex.honorifics.has(words[cur]!.lower));
  if (!adjacent) return false;
  const t = tags[next]!;
  // An adverb between a determiner or adjective and an adjective ("die bereits ausgeschriebenen Gigawatt").
  if (t === TAG.ADV && (tags[cur] === TAG.DET || tags[cur] === TAG.ADJ) && tags[next + 1] === TAG.ADJ) return true;
  if (isPossessive(words, tags, next)) return true;
  if (!NP_INNER.has(t)) return false;
  if (lex.oneWordCompounds && t === TAG.NOUN && tags[cur] === TAG.NOUN) return false;
  return true;
}

function isPossessive(words: readonly ClauseWord[], tags: Uint8Array, i: number): boolean {
  return tags[i] === TAG.PART && (words[i]!.lower === "'s" || words[i]!.lower === "'");
}

/**
 * The head of words [from, to]: the last noun, or the first of a final run of names (flat names: "Anna
 * Berger", courtesy titles skipped: "Frau Berger" → Berger); a number only where no noun is ("Reader 4.0"
 * → Reader, "die 3" → 3).
 */
function headOf(words: readonly ClauseWord[], tags: Uint8Array, from: number, to: number, lex: ClauseLexicon): number {
  let hasNoun = false;
  for (let i = from; i <= to; i++) if (tags[i] !== TAG.NUM && HEADS.has(tags[i]!)) hasNoun = true;
  for (let i = to; i >= from; i--) {
    if (!HEADS.has(tags[i]!) || (hasNoun && tags[i] === TAG.NUM)) continue;
    if (tags[i] === TAG.PROPN) {
      let s = i;
      while (s - 1 >= from && tags[s - 1] === TAG.PROPN) s--;
      // A courtesy title is no part of the name ("Dr Joseph", "Frau Berger").
      while (s < i && lex.honorifics.has(words[s]!.lower)) s++;
      // Where the language says so, a common noun before the name heads the phrase ("die Firma Wintergartenbau").
      if (lex.nounBeforeNameHeads && s - 1 >= from && tags[s - 1] === TAG.NOUN) return s - 1;
      return s;
    }
    return i;
  }
  return -1;
}

export interface Roles {
  subject: NounPhrase | null;
  objects: NounPhrase[];
}

/** The subject and objects of a clause among its noun phrases. */
export function clauseRoles(words: readonly ClauseWord[], tags: Uint8Array, d: Draft, nps: readonly NounPhrase[], lex: ClauseLexicon, verbs: readonly number[]): Roles {
  if (d.finite < 0) return { subject: null, objects: nps.filter((np) => !np.governed) };
  const candidates = nps.filter((np) => !np.governed && !np.nonNominative && !lex.expletives.has(words[np.head]!.lower));
  let subject: NounPhrase | null = null;
  if (lex.verbSecond && d.conjunct !== null && d.words[0] === d.finite) {
    // A coordinated clause opening with its verb leaves its subject out ("… und teilte mit, …"): it shares the one before.
    subject = null;
  } else if (lex.verbSecond) {
    const lastVerb = verbs.length > 0 ? verbs[verbs.length - 1]! : d.finite;
    const before = candidates.filter((np) => np.from < Math.max(lastVerb, d.finite) || np.from < d.finite);
    const pool = before.length > 0 ? before : candidates;
    subject = pool.find((np) => lex.nominativePronouns.has(words[np.head]!.lower)) ?? pool[0] ?? null;
    if (subject && d.kind === "relative" && tags[subject.head] === TAG.REL) {
      // "die er kennt": a pronoun that is always nominative is the subject, the relative pronoun its object.
      const pronoun = pool.find((np) => np !== subject && lex.nominativePronouns.has(words[np.head]!.lower));
      if (pronoun) subject = pronoun;
    }
  } else {
    const beforeVerb = candidates.filter((np) => np.extent < d.finite && np.from > d.introducer);
    const rel = d.introducer >= 0 && tags[d.introducer] === TAG.REL && !lex.nonNominative.has(words[d.introducer]!.lower);
    const expletive = nps.some((np) => np.extent < d.finite && lex.expletives.has(words[np.head]!.lower));
    if (rel && !beforeVerb.some((np) => np.from > d.introducer)) {
      subject = nps.find((np) => np.head === d.introducer) ?? null;
    } else if (beforeVerb.length > 0) {
      // The first phrase after the last comma before the verb ("Yesterday, the man said"; "The item on the lists this year is").
      const comma = lastCommaBefore(words, d, d.finite, nps);
      const after = beforeVerb.filter((np) => np.from > comma);
      subject = after.findLast((np) => lex.nominativePronouns.has(words[np.head]!.lower)) ?? after[0] ?? beforeVerb[beforeVerb.length - 1]!;
    } else if (expletive || inverted(words, tags, d, lex)) {
      // Inverted ("said Miller", "is he", "there is a problem"): the first phrase after the finite verb.
      subject = candidates.find((np) => np.from > d.finite) ?? null;
    }
  }
  const objects = nps.filter((np) => np !== subject && !np.governed && np.head !== d.introducer);
  return { subject, objects };
}

/** The index of the last comma between the clause's first word and word `before` that ends an adverbial, −1 for none. */
function lastCommaBefore(words: readonly ClauseWord[], d: Draft, before: number, nps: readonly NounPhrase[]): number {
  for (let i = before - 1; i >= (d.words[0] ?? 0); i--) {
    if (words[i]!.text !== ",") continue;
    // Commas inside or closing an apposition do not count ("Acme Corp., the maker, last year pledged").
    if (nps.some((np) => np.apposition && np.from < i && i <= np.extent + 2)) continue;
    return i;
  }
  return -1;
}

/**
 * Whether a clause with no phrase before its finite verb names its subject after it: the clause opens with
 * the verb after a quotation or comma ("…," said Miller), or opens with an auxiliary or modal (a question:
 * "Is he …", "Did you …"). A coordinated clause ("… and went home") shares the subject before it instead.
 */
function inverted(words: readonly ClauseWord[], tags: Uint8Array, d: Draft, lex: ClauseLexicon): boolean {
  if (d.conjunct !== null) return false;
  const first = d.words.find((i) => i !== d.introducer && tags[i] !== TAG.WH);
  if (first === undefined) return false;
  const opensWithVerb = first === d.finite || (tags[first] === TAG.ADV && d.words[1] === d.finite);
  if (!opensWithVerb) return false;
  if (lex.auxiliaryForms.has(words[d.finite]!.lower)) return true;
  const before = words[first - 1];
  return before !== undefined && (before.kind === "quote" || before.text === ",");
}
