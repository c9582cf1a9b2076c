/**
 * The concepts of a word, from its locale: the lexicon (src/locales/<code>/lexicon.ts) by exact form,
 * then by stem; German verbs with every form the morphology data knows; countries and their adjectives
 * from the places data; months and weekdays from the calendar; compounds by their longest known last
 * part ("Bundesregierung" → federal + government). Tables are built once per locale.
 */
import type { Locale } from "../locales/types.js";
import { fold, stem } from "./words.js";

export interface WordSense {
  /** Concept ids (language-neutral), empty when the word is unknown. */
  concepts: readonly string[];
  /** A function word (article, pronoun, preposition, auxiliary). */
  functionWord: boolean;
  /** The concepts are those of a compound's parts. */
  compound: boolean;
}

export interface Lexicon {
  locale: Locale;
  /** The sense of a folded word. */
  sense(folded: string): WordSense;
  /** The concepts of two folded words that make a phrase ("press release", "darüber hinaus"), or undefined. */
  phrase(first: string, second: string): readonly string[] | undefined;
}

/** Multi-word entries ("press_release") are written with "_": two-word ones are looked up as phrases, longer ones not at all. */
const PHRASE_JOINER = "_";
const PHRASE_WORDS = 2;
const CONCEPT_LINE = /^([^:]+):\s*(.*)$/;
/** Results kept per locale before the cache starts again. */
const SENSE_CACHE_LIMIT = 300_000;
const UNKNOWN: WordSense = { concepts: [], functionWord: false, compound: false };

interface Tables {
  exact: Map<string, string[]>;
  stems: Map<string, string[]>;
  /** Two-word phrases by the stems of their words ("press releas"). */
  phrases: Map<string, string[]>;
  /** The first words of the phrases (folded, as written): no other word starts one. */
  phraseStarts: Set<string>;
  functionIds: Set<string>;
}

function addTo(map: Map<string, string[]>, key: string, concept: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [concept]);
  else if (!list.includes(concept)) list.push(concept);
}

/** The "concept: word word" lines of a list, as [concept, words] (phrases with their words joined by "_"). */
export function conceptLines(lines: readonly string[]): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const line of lines) {
    const m = CONCEPT_LINE.exec(line);
    if (!m) continue;
    out.push([m[1]!.trim(), m[2]!.split(/\s+/).filter(Boolean)]);
  }
  return out;
}

const phraseKey = (first: string, second: string, locale: Locale) => `${stem(first, locale.compare)} ${stem(second, locale.compare)}`;

function buildTables(locale: Locale): Tables {
  const exact = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const phrases = new Map<string, string[]>();
  const phraseStarts = new Set<string>();
  const functionIds = new Set<string>();
  const addPhrase = (first: string, second: string, concept: string) => {
    phraseStarts.add(first);
    addTo(phrases, phraseKey(first, second, locale), concept);
  };
  const add = (word: string, concept: string) => {
    if (word.includes(PHRASE_JOINER)) {
      const parts = word.split(PHRASE_JOINER).map(fold);
      if (parts.length === PHRASE_WORDS) addPhrase(parts[0]!, parts[1]!, concept);
      return;
    }
    const f = fold(word);
    addTo(exact, f, concept);
    addTo(stems, stem(f, locale.compare), concept);
  };
  for (const [concept, words] of conceptLines(locale.lexicon.functionWords)) {
    functionIds.add(concept);
    for (const w of words) add(w, concept);
  }
  for (const [concept, words] of conceptLines(locale.lexicon.concepts)) {
    for (const w of words) {
      add(w, concept);
      if (w.includes(PHRASE_JOINER)) continue;
      const verb = locale.morphology.verb(w);
      if (!verb) continue;
      // A separable verb's finite forms are its stem part alone ("gab" of "bekanntgeben"): left out.
      const forms = verb.particle ? [...verb.participles, ...verb.nonFinite] : [...verb.indicative, ...verb.subjunctive, ...verb.conditional, ...verb.participles, ...verb.nonFinite];
      for (const form of forms) addTo(exact, fold(form), concept);
    }
  }
  for (const c of locale.places.countries) {
    const concept = `@country:${c.code}`;
    const demonyms = c.demonym ? locale.places.demonymEndings.map((ending) => c.demonym + ending) : [];
    for (const name of [c.name, ...(c.aliases ?? []), ...demonyms]) {
      const words = name.split(" ");
      if (words.length === 1) addTo(exact, fold(name), concept);
      else if (words.length === PHRASE_WORDS) addPhrase(fold(words[0]!), fold(words[1]!), concept);
    }
  }
  locale.calendar.months.forEach((names, i) => names.forEach((n) => addTo(exact, fold(n.replace(/\.$/, "")), `@month:${i + 1}`)));
  locale.calendar.weekdays.forEach((names, i) => names.forEach((n) => addTo(exact, fold(n.replace(/\.$/, "")), `@weekday:${i + 1}`)));
  return { exact, stems, phrases, phraseStarts, functionIds };
}

const cache = new WeakMap<Locale, Lexicon>();

/** The lexicon of a locale (built on first use). */
export function lexiconOf(locale: Locale): Lexicon {
  let lex = cache.get(locale);
  if (lex) return lex;
  const t = buildTables(locale);
  const senses = new Map<string, WordSense>();
  const direct = (w: string): string[] | undefined => t.exact.get(w) ?? t.stems.get(stem(w, locale.compare));
  const senseOf = (concepts: readonly string[], compound: boolean): WordSense => ({ concepts, functionWord: concepts.length > 0 && concepts.every((c) => t.functionIds.has(c)), compound });
  // A compound is read when both its last part and the rest (less a linking letter) are known words:
  // "Bundes|regierung", "Hafen|arbeiter"; a name is not taken apart ("Alex|ander").
  const compound = (w: string): string[] | undefined => {
    const c = locale.compare;
    const minPart = c.minCompoundPart;
    for (let k = minPart; k <= w.length - minPart; k++) {
      const head = direct(w.slice(k))?.filter((x) => !t.functionIds.has(x));
      if (!head?.length) continue;
      const modifier = w.slice(0, k);
      let found = direct(modifier);
      for (const link of c.compoundLinks) {
        if (found) break;
        if (modifier.endsWith(link) && modifier.length - link.length >= minPart) found = direct(modifier.slice(0, -link.length));
      }
      const mod = (found ?? []).filter((x) => !t.functionIds.has(x));
      if (mod.length) return [...new Set([...head, ...mod])];
    }
    return undefined;
  };
  lex = {
    locale,
    sense(w: string): WordSense {
      let s = senses.get(w);
      if (s) return s;
      const found = direct(w);
      const parts = found || !locale.compare.compounds ? undefined : compound(w);
      s = found ? senseOf(found, false) : parts ? senseOf(parts, true) : UNKNOWN;
      if (senses.size > SENSE_CACHE_LIMIT) senses.clear();
      senses.set(w, s);
      return s;
    },
    phrase(first: string, second: string) {
      return t.phraseStarts.has(first) ? t.phrases.get(phraseKey(first, second, locale)) : undefined;
    },
  };
  cache.set(locale, lex);
  return lex;
}
