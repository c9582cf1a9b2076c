/**
 * Finds temporal expressions in a sentence: at every token that can start one, the patterns of the
 * locale that can start with it are tried (sticky regular expressions over the text); the longest match
 * that passes the checks below wins, and the search goes on after it. Prepositions before it are read
 * as signals.
 */
import type { Locale } from "../../locales/types.js";
import type { Token } from "../../model/types.js";
import { YEARS_PER_CENTURY } from "./calendar-math.js";
import { PREFIX_KEY, timeGrammar, type CompiledPattern, type TimeGrammar } from "./grammar.js";
import { interpret, type Parsed } from "./interpret.js";
import { timeLexicon, type TimeLexicon } from "./lexicon.js";
import { foldWords, phraseBefore, startsUpper, wordAt } from "./words.js";

export interface Found {
  start: number;
  end: number;
  parsed: Parsed;
  /** Index of the first and last token of the match in the sentence's tokens. */
  first: number;
  last: number;
  /** The modifier of the preposition before it, "" for a plain one ("am"), undefined for none. */
  signal?: string;
}

/** Years written alone in digits are years only within this range (else a count: "2000 Soldaten"). */
const MIN_BARE_YEAR = 1000;
const MAX_BARE_YEAR = 2099;
const TWO_DIGITS = /^\p{N}{2}$/u;

interface Triggers {
  quantityWords: Set<string>;
  referenceWords: Set<string>;
  yearPrepositions: Set<string>;
  bareClockSignals: Set<string>;
}

/** Approximators that bound a number ("mehr als", "more than", "bis zu"): what follows is a count, never a bare year. */
const BOUNDS = new Set(["MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"]);
/**
 * Counts before an adjective and a plural noun are round ("1000 interne Unterlagen", "2000 neue Stellen");
 * a year there is any year ("1918 weiße Militäreinheiten").
 */
const ROUND_COUNT = 100;
/** A clock time written with a colon and nothing else ("20:31"). */
const BARE_CLOCK = /^\p{N}{1,2}:\p{N}{2}$/u;

const triggerCache = new WeakMap<Locale, Triggers>();

/** Words that tell a bare number is no year: units and scales after it, references before it. */
function triggers(locale: Locale): Triggers {
  let t = triggerCache.get(locale);
  if (t) return t;
  const quantityWords = new Set(
    [...locale.quantities.units.flatMap((u) => u.words), ...locale.numbers.scales.flatMap((s) => s.words)].map(foldWords),
  );
  t = {
    quantityWords,
    referenceWords: new Set(locale.quantities.referenceWords.map(foldWords)),
    yearPrepositions: new Set(locale.time.yearPrepositions.map(foldWords)),
    bareClockSignals: new Set(locale.time.bareClockSignals.map(foldWords)),
  };
  triggerCache.set(locale, t);
  return t;
}

const NO_PATTERNS: readonly CompiledPattern[] = [];
const WORD_PARTS = /[-'’]/;

/** The patterns that can start at a token, in pattern order (none for most tokens). */
function patternsAt(lowercase: string, token: Token, grammar: TimeGrammar): readonly CompiledPattern[] {
  if (token.kind === "number") return grammar.byNumber;
  if (token.kind !== "word") return NO_PATTERNS;
  const w = lowercase.slice(token.start, token.end);
  let seen = wordPatterns.get(grammar);
  if (!seen) wordPatterns.set(grammar, (seen = new Map()));
  let found = seen.get(w);
  if (found === undefined) {
    if (seen.size > MAX_REMEMBERED_WORDS) seen.clear();
    found = patternsOfWord(w, grammar);
    seen.set(w, found);
  }
  return found;
}

/** Each grammar's answers by word (news repeats its words), up to MAX_REMEMBERED_WORDS. */
const wordPatterns = new WeakMap<TimeGrammar, Map<string, readonly CompiledPattern[]>>();
const MAX_REMEMBERED_WORDS = 50_000;

function patternsOfWord(w: string, grammar: TimeGrammar): readonly CompiledPattern[] {
  const direct = grammar.byWord.get(w) ?? NO_PATTERNS;
  const head = WORD_PARTS.test(w) ? grammar.byWord.get(w.split(WORD_PARTS)[0] ?? "") : undefined;
  let prefixed: CompiledPattern[] | undefined;
  for (const [prefix, list] of grammar.byPrefix.get(w.slice(0, PREFIX_KEY)) ?? []) if (w.startsWith(prefix)) (prefixed ??= []).push(...list);
  if (!head && !prefixed) return direct;
  const found = new Set([...direct, ...(head ?? []), ...(prefixed ?? [])]);
  return grammar.patterns.filter((p) => found.has(p));
}

/** The preposition before token `i` ("seit", "bis zum"), as its modifier; undefined when there is none. */
function signalBefore(text: string, tokens: readonly Token[], i: number, lexicon: TimeLexicon): string | undefined {
  const signal = phraseBefore(text, tokens, i, lexicon.signals);
  if (signal !== null) return lexicon.signals.get(signal);
  return lexicon.glue.has(wordAt(text, tokens[i - 1]) ?? "") ? "" : undefined;
}

interface CheckContext {
  text: string;
  tokens: readonly Token[];
  /** Index of the match's first token and of the first token after it. */
  first: number;
  next: number;
  signal: string | undefined;
  locale: Locale;
  lexicon: TimeLexicon;
  triggers: Triggers;
  /** The match is a clock time of digits and a colon alone ("20:31"). */
  bareClock: boolean;
}

/** A year standing alone is a year only where the words around it say so ("1939 marschierte", "im Jahr 1939"). */
function bareYearOk(p: Parsed, c: CheckContext): boolean {
  if (p.yearNoun || p.era) return true;
  if (p.approx !== undefined && BOUNDS.has(p.approx)) return false;
  const year = p.year ?? 0;
  if ((p.yearDigits ?? 0) !== 4 || year < MIN_BARE_YEAR || year > MAX_BARE_YEAR) return false;
  const prev = wordAt(c.text, c.tokens[c.first - 1]);
  if (prev !== null && c.triggers.referenceWords.has(prev)) return false;
  if (p.mod) return true;
  const after = c.tokens[c.next];
  const afterText = after ? c.text.slice(after.start, after.end) : "";
  if (after && c.triggers.quantityWords.has(afterText.toLowerCase())) return false;
  if (!after || after.kind === "punct" || after.kind === "quote") return true;
  if (after.kind !== "word") return false;
  if (precededBy(c, c.triggers.yearPrepositions)) return true;
  // Where nouns are capitalised, a lowercase word or a singular noun after the number make it a year
  // ("1939 marschierte", "1998 Europameisterin"), a plural noun a count; elsewhere a preposition must say it.
  if (c.locale.time.capitalizedNouns) {
    const lower = afterText.toLowerCase();
    if (!startsUpper(afterText)) return year % ROUND_COUNT !== 0 || !adjectiveBeforePlural(lower, c.tokens[c.next + 1], c);
    return !c.locale.time.pluralEndings.some((e) => lower.endsWith(e));
  }
  return c.signal !== undefined || p.approx !== undefined;
}

/**
 * Whether a lowercase word after a number is an inflected adjective before a plural noun ("1000 interne
 * Unterlagen": a count, when the number is round), not a verb ("1990 wurde Deutschland", "1939
 * marschierten Truppen").
 */
function adjectiveBeforePlural(word: string, next: Token | undefined, c: CheckContext): boolean {
  const t = c.locale.time;
  if (!next || next.kind !== "word" || !t.adjectiveEndings.some((e) => word.endsWith(e))) return false;
  const noun = c.text.slice(next.start, next.end);
  if (!startsUpper(noun) || !t.pluralEndings.some((e) => noun.toLowerCase().endsWith(e))) return false;
  const tense = t.tense;
  if (tense.past.includes(word) || tense.future.includes(word) || tense.perfectAuxiliaries.includes(word)) return false;
  const pastForm = word.length >= tense.pastSuffixMinLength && tense.pastSuffixes.some((s) => word.endsWith(s)) && !tense.notPast.includes(word);
  return !pastForm;
}

/** Whether the one or two words before the match are one of the phrases. */
function precededBy(c: CheckContext, phrases: ReadonlySet<string>): boolean {
  return phraseBefore(c.text, c.tokens, c.first, phrases) !== null;
}

/** Checks a match that the patterns alone cannot: capitals, ambiguous words, bare years and parts of days. */
function acceptable(groups: Record<string, string | undefined>, p: Parsed, c: CheckContext): boolean {
  for (const name of ["month", "weekday", "weekdays", "weekdayShort"]) {
    const v = groups[name];
    if (v !== undefined && !startsUpper(v)) return false;
  }
  const relNoun = groups["relNoun"];
  if (relNoun !== undefined && c.lexicon.lowercaseOnly.has(foldWords(relNoun)) && startsUpper(relNoun)) return false;
  const month = groups["month"];
  const hasDayOrYear = p.day !== undefined || p.year !== undefined;
  if (month !== undefined && !hasDayOrYear && c.lexicon.ambiguousMonths.has(foldWords(month).replace(/\.$/, ""))) {
    if (c.signal === undefined && !p.mod && !p.approx && !p.relative) return false;
  }
  const calendarFree = p.month === undefined && p.day === undefined && p.season === undefined && p.decade === undefined && p.century === undefined;
  if (p.year !== undefined && calendarFree && !bareYearOk(p, c)) return false;
  // "um 20:31": a clock time without its word needs a preposition of clock times where the locale says so.
  if (c.bareClock && c.triggers.bareClockSignals.size > 0 && !precededBy(c, c.triggers.bareClockSignals)) return false;
  const podOnly = p.partOfDay !== undefined && p.day === undefined && p.weekday === undefined && !p.relativeNoun && p.hour === undefined;
  if (podOnly && c.signal === undefined && !p.mod && !p.approx) return false;
  return true;
}

/** Where expressions may start inside a token: its start, and after each slash of a number ("1940/1941"). */
function startsIn(text: string, token: Token): number[] {
  const starts = [token.start];
  if (token.kind !== "number") return starts;
  for (let k = token.start; k < token.end; k++) if (text[k] === "/") starts.push(k + 1);
  return starts;
}

/**
 * The temporal expressions of one sentence (its tokens), in text order. `lowercase` is the text from
 * `lowercaseInPlace`, made once per document.
 */
export function findInSentence(text: string, lowercase: string, tokens: readonly Token[], locale: Locale): Found[] {
  const grammar = timeGrammar(locale);
  const lexicon = timeLexicon(locale);
  const trig = triggers(locale);
  const sentenceEnd = tokens.at(-1)?.end ?? 0;
  const found: Found[] = [];
  let covered = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const patterns = patternsAt(lowercase, token, grammar);
    if (patterns.length === 0) continue;
    const signal = signalBefore(text, tokens, i, lexicon);
    for (const start of startsIn(text, token)) {
      if (start < covered) continue;
      const hit =
        yearAfterSlash(text, token, start, i, found.at(-1)) ??
        longestAcceptable(text, tokens, i, start, sentenceEnd, signal, { lowercase, locale, lexicon, triggers: trig, patterns });
      if (!hit) continue;
      found.push(hit);
      covered = hit.end;
    }
  }
  return found;
}

/** Two digits after a slash that follows a year ("1917/19"): the later year of the pair, in the same century. */
function yearAfterSlash(text: string, token: Token, start: number, i: number, previous: Found | undefined): Found | null {
  const two = text.slice(start, token.end);
  const year = previous?.parsed.year;
  if (start === token.start || !TWO_DIGITS.test(two) || !previous || previous.end !== start - 1 || year === undefined || previous.parsed.yearDigits !== 4) {
    return null;
  }
  const century = Math.floor(year / YEARS_PER_CENTURY) * YEARS_PER_CENTURY;
  return { start, end: token.end, parsed: { year: century + Number(two), yearDigits: 4 }, first: i, last: i };
}

interface Tables {
  /** The text in lowercase at the same offsets, for the patterns. */
  lowercase: string;
  locale: Locale;
  lexicon: TimeLexicon;
  triggers: Triggers;
  patterns: readonly CompiledPattern[];
}

/** A match's named groups as the original text has them (the patterns ran on its lowercase copy). */
function originalGroups(text: string, m: RegExpExecArray): Record<string, string | undefined> {
  const groups: Record<string, string | undefined> = {};
  for (const [name, span] of Object.entries(m.indices?.groups ?? {})) groups[name] = span ? text.slice(span[0], span[1]) : undefined;
  return groups;
}

/** The longest match at `start` that passes the checks, or null. */
function longestAcceptable(
  text: string,
  tokens: readonly Token[],
  i: number,
  start: number,
  sentenceEnd: number,
  signal: string | undefined,
  t: Tables,
): Found | null {
  const matches: RegExpExecArray[] = [];
  for (const pattern of t.patterns) {
    pattern.regex.lastIndex = start;
    const m = pattern.regex.exec(t.lowercase);
    if (m && m[0].length > 0 && start + m[0].length <= sentenceEnd) matches.push(m);
  }
  matches.sort((a, b) => b[0].length - a[0].length);
  for (const m of matches) {
    const end = start + m[0].length;
    let next = i;
    while (next < tokens.length && (tokens[next] as Token).start < end) next++;
    const groups = originalGroups(text, m);
    const parsed = interpret(groups, t.lexicon);
    const bareClock = parsed.hour !== undefined && BARE_CLOCK.test(m[0]);
    const check: CheckContext = { text, tokens, first: i, next, signal, locale: t.locale, lexicon: t.lexicon, triggers: t.triggers, bareClock };
    if (!acceptable(groups, parsed, check)) continue;
    return { start, end, parsed, first: i, last: Math.max(i, next - 1), ...(signal !== undefined ? { signal } : {}) };
  }
  return null;
}
