/**
 * The subject before its verb in a language whose nouns are not capitalised (English), read backwards
 * from the verb without a parser:
 *   Mayor Linda Carver said / the department said on Monday … / Clinton on Tuesday said
 *   Marley Anderson, 21, a junior from Las Vegas, said / Chris Cox, who runs the lobbying arm, said
 *   Six in 10 voters say / An earlier report in a New Hampshire paper said / Barkley, who said …
 *   Rubio thanked Miami and said … (the subject of the verb the cue is joined to)
 * What may stand between subject and verb: adverbs and time expressions ("on Tuesday"). The subject is
 * the noun phrase with its appositions; a relative clause between commas is left out, and a relative
 * pronoun right before the verb is the subject itself, with the phrase it refers to as antecedent.
 */
import { hasAdverbEnding, hasParticipleSuffix, hasPastFormEnding, type Lexicon } from "./lexicon.js";
import type { Range } from "./frame.js";
import { type Phrase, isBoundaryPunct, isVerb } from "./phrases.js";
import type { Word } from "./words.js";

/** Longest noun phrase read backwards, in words. */
const MAX_SUBJECT_WORDS = 14;
/** Longest apposition or relative clause between commas skipped before the verb, in words. */
const MAX_INSERTION_WORDS = 25;
/** Appositions in a row ("Marley Anderson, 21, a junior from Las Vegas,"). */
const MAX_APPOSITIONS = 3;
/** How far back a coordinated verb looks for the verb it is joined to. */
const COORDINATION_REACH = 30;

export interface SubjectFound {
  phrase: Phrase;
  /** For a relative pronoun subject: the phrase it refers to. */
  antecedent?: Phrase;
  /** The subject belongs to an earlier verb the cue is joined to ("… and said"). */
  coordinated?: boolean;
}

function isTimeWord(w: Word, lex: Lexicon, times: readonly Range[]): boolean {
  return lex.calendarWords.has(w.lower) || times.some((t) => t.start <= w.start && w.end <= t.end);
}

/**
 * "He formally announced", "Manafort directly said": a lowercase word in -ly after a word that is no
 * determiner is an adverb ("the family said", "the daily said" are nouns).
 */
function mannerAdverb(words: readonly Word[], j: number, lex: Lexicon): boolean {
  const w = words[j]!;
  const prev = words[j - 1];
  return !w.cap && w.kind === "word" && hasAdverbEnding(w.text, lex) && !lex.mediaHeads.includes(w.lower) && prev !== undefined && prev.kind === "word" && !lex.determiners.has(prev.lower);
}

/** Skips adverbs and time expressions right before `e` (exclusive end); the new end. */
function skipAdjuncts(words: readonly Word[], e: number, lex: Lexicon, times: readonly Range[]): number {
  let j = e;
  for (;;) {
    const w = words[j - 1];
    if (!w) return j;
    if ((lex.adverbs.has(w.lower) && !lex.pronouns.has(w.lower)) || isTimeWord(w, lex, times) || mannerAdverb(words, j - 1, lex)) {
      j--;
      continue;
    }
    // "on Tuesday", "in 2008": a preposition opening a time expression.
    if (lex.prepositions.has(w.lower) && j < e && isTimeWord(words[j]!, lex, times)) {
      j--;
      continue;
    }
    return j;
  }
}

/** A word that can stand inside a noun phrase read backwards. */
/** An acronym in capitals ("WHO", "US") is a name even when it spells a function word. */
const ACRONYM = /^\p{Lu}{2,}$/u;

function nounPhraseWord(words: readonly Word[], j: number, lex: Lexicon): boolean {
  const w = words[j]!;
  if (w.kind === "number") return true;
  // A hyphen between spaces is a dash ("SYDNEY (Reuters) - Australia's largest port operator").
  if (w.kind === "punct") return !isBoundaryPunct(w, words) && (w.text === "." || w.text === "-" || w.text === "&") || w.text === "(" || w.text === ")";
  if (w.kind !== "word") return false;
  if (ACRONYM.test(w.text)) return true;
  if (lex.complementizers.has(w.lower) || lex.subordinators.has(w.lower) || lex.pronouns.has(w.lower)) return false;
  // "A majority of her backers": a possessive is a determiner here, though "her" is also an object.
  if (lex.determiners.has(w.lower)) return true;
  if (lex.adverbs.has(w.lower) && !w.cap) return false;
  if (isVerb(w, lex) && !w.cap) return lex.determiners.has(words[j - 1]?.lower ?? "");
  return !pastVerb(words, j, lex);
}

/** Words a lowercase past form is followed by when it is a verb: an object or a clause, not a noun it modifies. */
function opensObject(w: Word | undefined, lex: Lexicon): boolean {
  if (!w) return true;
  if (w.kind !== "word") return w.kind === "number" || w.kind === "quote";
  return w.cap || lex.determiners.has(w.lower) || lex.complementizers.has(w.lower) || lex.prepositions.has(w.lower) || lex.pronouns.has(w.lower) || lex.adverbs.has(w.lower);
}

/**
 * "Rubio thanked Miami", "The council voted 6-1", "He voted for": a lowercase past form before an
 * object, a clause or a preposition is a verb; "Democratic registered voters", "a report published
 * Wednesday" are noun phrases.
 */
function pastVerb(words: readonly Word[], j: number, lex: Lexicon): boolean {
  const w = words[j]!;
  if (w.cap || !hasPastFormEnding(w.text, lex) || j === 0) return false;
  if (lex.determiners.has(words[j - 1]!.lower)) return false;
  const next = words[j + 1];
  return opensObject(next, lex) && !(next && lex.calendarWords.has(next.lower));
}

/** Where a noun phrase that ends at `end` (exclusive) begins, or -1; `from` is where its words start before trimming. */
function nounPhraseStart(words: readonly Word[], end: number, lex: Lexicon): number {
  let s = end;
  while (s > 0 && end - s < MAX_SUBJECT_WORDS) {
    const j = s - 1;
    if (!nounPhraseWord(words, j, lex) && !lex.coordinators.has(words[j]!.lower)) break;
    s = j;
  }
  // The phrase cannot open with a preposition or conjunction: "After the debate Clinton" starts at the
  // name after the prepositional phrase; "in 10" of "Six in 10" needs the number before it.
  while (s < end && (lex.prepositions.has(words[s]!.lower) || lex.conjunctions.has(words[s]!.lower) || words[s]!.kind === "punct" || (lex.calendarWords.has(words[s]!.lower) && lex.prepositions.has(words[s + 1]?.lower ?? "")))) {
    const after = introductoryPhraseEnd(words, s, end, lex);
    s = after > s ? after : s + 1;
  }
  if (s >= end) return -1;
  // "Clinton won Iowa and Sanders said": what does not open a clause is left off up to a coordinator.
  if (!opensClause(words, s, lex)) {
    for (let j = end - 1; j > s; j--) if (lex.coordinators.has(words[j]!.lower)) return j + 1 < end && opensClause(words, j + 1, lex) ? j + 1 : -1;
  }
  return s;
}

/** The end of a sentence-opening prepositional phrase "After the debate" before a capitalised subject. */
function introductoryPhraseEnd(words: readonly Word[], s: number, end: number, lex: Lexicon): number {
  if (!lex.prepositions.has(words[s]!.lower)) return s;
  for (let j = s + 2; j < end; j++) if (words[j]!.cap && !words[j - 1]!.cap && !lex.determiners.has(words[j - 1]!.lower)) return j;
  return s;
}

/** Whether word j may open a subject: the sentence start, or after a boundary. */
function opensClause(words: readonly Word[], j: number, lex: Lexicon): boolean {
  const prev = words[j - 1];
  if (!prev) return true;
  if (prev.kind === "quote" || isBoundaryPunct(prev, words) || prev.text === ":" || prev.text === ",") return true;
  return lex.conjunctions.has(prev.lower) || lex.complementizers.has(prev.lower) || lex.subordinators.has(prev.lower) || lex.adverbs.has(prev.lower) || lex.calendarWords.has(prev.lower);
}

const DASHES = new Set(["–", "—"]);

interface Insertion {
  /** Index of the opening comma or dash. */
  open: number;
  /** An apposition (a noun phrase or an age) belongs to the speaker; a relative clause, participle or adjunct does not. */
  apposition: boolean;
}

/**
 * For a comma or dash at `close` that ends an insertion (an apposition, an age, a relative clause, a
 * participle or prepositional phrase), where it opens; null otherwise.
 */
function insertionBefore(words: readonly Word[], close: number, lex: Lexicon): Insertion | null {
  const mark = words[close]!.text;
  for (let j = close - 1; j > 0 && close - j <= MAX_INSERTION_WORDS; j--) {
    const w = words[j]!;
    if (w.kind === "quote" || (isBoundaryPunct(w, words) && w.text !== "," && !DASHES.has(w.text))) return null;
    if (w.text !== "," && !DASHES.has(w.text)) continue;
    if (DASHES.has(mark) !== DASHES.has(w.text)) return null;
    const first = words[j + 1];
    if (!first || j + 1 >= close) return null;
    if (lex.relativePronouns.has(first.lower) || lex.prepositions.has(first.lower)) return { open: j, apposition: false };
    // "wearing a cowboy hat", "clad in a red cape": a participle opens it.
    if (!first.cap && first.kind === "word" && !lex.determiners.has(first.lower) && (hasParticipleSuffix(first.lower, lex) || hasPastFormEnding(first.text, lex) || lex.participles.has(first.lower))) return { open: j, apposition: false };
    // "a crane operator who has worked here for years": an apposition with a restrictive relative clause.
    let headEnd = close;
    for (let r = j + 2; r < close; r++) {
      if (lex.relativePronouns.has(words[r]!.lower) || lex.complementizers.has(words[r]!.lower)) {
        headEnd = r;
        break;
      }
    }
    const start = nounPhraseStart(words, headEnd, lex);
    return start === j + 1 ? { open: j, apposition: true } : null;
  }
  return null;
}

export function subjectBeforeVerb(words: readonly Word[], v: number, lex: Lexicon, times: readonly Range[]): SubjectFound | null {
  const e = skipAdjuncts(words, v, lex, times);
  if (e === 0) return null;
  const last = words[e - 1]!;
  // "Barkley, who said …": the relative pronoun is the subject; its antecedent stands before the comma.
  if (lex.relativePronouns.has(last.lower)) {
    const comma = words[e - 2]?.text === "," ? e - 2 : e - 1;
    const start = nounPhraseStart(words, comma, lex);
    return { phrase: { from: e - 1, to: e, pronoun: true }, ...(start >= 0 ? { antecedent: { from: start, to: comma } } : {}) };
  }
  if (lex.pronouns.has(last.lower)) return { phrase: { from: e - 1, to: e, pronoun: true } };
  // "… and said", "…, but later said": the cue is joined to an earlier verb and shares its subject.
  if (lex.conjunctions.has(last.lower)) return coordinatedSubject(words, e - 1, lex, times);
  // Insertions between the subject and the verb, nearest first.
  const chain: Insertion[] = [];
  const closing = last.text === "," || DASHES.has(last.text);
  let close = closing ? e - 1 : -1;
  while (close > 0 && chain.length < MAX_APPOSITIONS) {
    const ins = insertionBefore(words, close, lex);
    if (!ins) break;
    chain.push(ins);
    close = ins.open;
  }
  if (chain.length === 0) {
    if (closing) return null;
    const start = nounPhraseStart(words, e, lex);
    return start < 0 ? null : { phrase: { from: start, to: e } };
  }
  // The most insertions with a subject before them ("In Iowa, Woodrow Benford, 58, said" is Benford
  // with his age, not Iowa); the speaker runs over the appositions up to the first insertion that is not one.
  for (let n = chain.length; n >= 1; n--) {
    const headEnd = chain[n - 1]!.open;
    const start = nounPhraseStart(words, headEnd, lex);
    if (start < 0 || startsWithPreposition(words, start, headEnd, lex)) continue;
    let to = headEnd;
    for (let m = n - 1; m >= 0 && chain[m]!.apposition; m--) to = m === 0 ? e - 1 : chain[m - 1]!.open;
    return { phrase: { from: start, to } };
  }
  return null;
}

/** Whether the words before a phrase found at `start` make it the object of a preposition ("In Iowa"). */
function startsWithPreposition(words: readonly Word[], start: number, end: number, lex: Lexicon): boolean {
  let j = start - 1;
  while (j >= 0 && (nounPhraseWord(words, j, lex) && !lex.prepositions.has(words[j]!.lower))) j--;
  return j >= 0 && lex.prepositions.has(words[j]!.lower) && (j === 0 || opensClause(words, j, lex)) && end > start;
}

/**
 * "Rubio thanked Miami and said …", "He criticized Clinton, but said …": the subject of the nearest
 * finite verb before the conjunction in the same sentence.
 */
function coordinatedSubject(words: readonly Word[], conj: number, lex: Lexicon, times: readonly Range[]): SubjectFound | null {
  return subjectOfVerbBefore(words, conj, lex, times);
}

/** The subject of the nearest finite verb before position `at` in the sentence (quotations skipped), marked coordinated. */
export function subjectOfVerbBefore(words: readonly Word[], at: number, lex: Lexicon, times: readonly Range[]): SubjectFound | null {
  const conj = at;
  let quoted = false;
  for (let j = conj - 1; j > 0 && conj - j <= COORDINATION_REACH; j--) {
    const w = words[j]!;
    // Verbs inside a quotation are the quoted person's.
    if (w.kind === "quote") quoted = !quoted;
    if (quoted) continue;
    const verbal = (isVerb(w, lex) && !w.cap && !lex.determiners.has(words[j - 1]?.lower ?? "")) || pastVerb(words, j, lex);
    if (!verbal) continue;
    // An auxiliary before it ("has criticized") carries the subject.
    let v = j;
    while (v > 0 && lex.auxiliaries.has(words[v - 1]!.lower)) v--;
    const found = subjectBeforeVerb(words, v, lex, times);
    if (found && !found.coordinated) return { ...found, coordinated: true };
    return found;
  }
  return null;
}

/**
 * '"…," said Paul Pillar, a former analyst who teaches at Georgetown.': appositions after an inverted
 * subject, each between commas or up to the sentence end, as long as they read as noun phrases (a
 * restrictive relative clause inside one is part of it); a non-restrictive relative clause (", who …"),
 * a participle (", adding …"), an adjunct (", in a statement") or a verb ends the speaker.
 */
export function appositionsAfter(words: readonly Word[], to: number, lex: Lexicon): number {
  let end = to;
  while (words[end]?.text === "," || DASHES.has(words[end]?.text ?? "")) {
    const first = words[end + 1];
    if (!first || first.kind !== "word" && first.kind !== "number") return end;
    if (lex.relativePronouns.has(first.lower) || lex.prepositions.has(first.lower) || lex.complementizers.has(first.lower) || lex.subordinators.has(first.lower) || lex.conjunctions.has(first.lower)) return end;
    if (lex.adverbs.has(first.lower) || lex.pronouns.has(first.lower) || (isVerb(first, lex) && !first.cap) || lex.calendarWords.has(first.lower)) return end;
    if (!first.cap && (hasParticipleSuffix(first.lower, lex) || hasPastFormEnding(first.text, lex))) return end;
    let j = end + 1;
    let relative = false;
    while (j < words.length && words[j]!.text !== "," && !DASHES.has(words[j]!.text) && !(words[j]!.kind === "punct" && words[j]!.text !== "." && words[j]!.text !== "-" && words[j]!.text !== "(" && words[j]!.text !== ")" && words[j]!.text !== "&") && words[j]!.kind !== "quote") {
      const w = words[j]!;
      if (lex.relativePronouns.has(w.lower)) relative = true;
      else if (!relative && isVerb(w, lex) && !w.cap) return end;
      j++;
    }
    // The sentence's final full stop is not part of it.
    while (j > end + 1 && words[j - 1]!.text === "." && !words[j - 2]!.cap) j--;
    if (j <= end + 1) return end;
    end = j;
    if (words[j]?.text !== "," && !DASHES.has(words[j]?.text ?? "")) return end;
  }
  return end;
}
