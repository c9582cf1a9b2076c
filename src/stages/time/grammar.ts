/**
 * Compiles a locale's time patterns (templates over slots, docs/time.md) into sticky regular
 * expressions, once per locale. The slots are the same for every language; their words come from the
 * locale (`time`, `calendar`, `numbers`).
 */
import type { Locale } from "../../locales/types.js";
import { escapeRegex } from "../../text/regex.js";
import { NOT_WORD_AFTER, allWords, phrasesSource } from "./words.js";

/** Slots whose match carries meaning: each is a named group, at most once per pattern. */
export const MEANING_SLOTS = [
  "day", "month", "monthNum", "year", "era", "weekday", "weekdays", "pod", "season", "mod", "approx",
  "count", "unit", "units", "yearNoun", "rel", "relNoun", "ref", "set", "every", "ago", "ahead", "later",
  "earlier", "decade", "decadeWord", "ordinal", "century", "hour", "minute", "meridiem", "zone", "namedTime", "yearPoint",
  "holiday", "nth", "into",
] as const;
export type MeaningSlot = (typeof MEANING_SLOTS)[number];

/** Slots that only glue parts together: non-capturing, any number of times per pattern. */
type GlueSlot = "glue" | "oclock" | "ordinalSuffix" | "colon" | "years";

/** Days 1–31, months 1–12, hours 0–24 and minutes 00–59 in digits, not followed by another digit. */
const DAY = String.raw`(?:3[01]|[12]\p{N}|0?[1-9])(?!\p{N})`;
const MONTH_NUMBER = String.raw`(?:1[0-2]|0?[1-9])(?!\p{N})`;
const HOUR = String.raw`(?:2[0-4]|[01]?\p{N})(?!\p{N})`;
const MINUTE = String.raw`[0-5]\p{N}(?!\p{N})`;
/** A year of one to four digits, not part of a longer number ("2.000" is not the year 2). */
const YEAR = String.raw`\p{N}{1,4}(?![\p{N}\p{L}]|[.,]\p{N})`;
/** Ordinals of centuries: one or two digits. */
const ORDINAL = String.raw`\p{N}{1,2}`;
/** A decade in digits before its ending: "194" of "1940er", "40" of "40s". */
const DECADE_DIGITS = String.raw`\p{N}{1,3}0`;
/** A count in digits, with a decimal part ("1,5", "1.5"). */
const COUNT_DIGITS = String.raw`\p{N}+(?:[.,]\p{N}+)?(?!\p{N})`;
/** The separator of hours and minutes. */
const CLOCK_COLON = "[:.]";
/** Month and weekday abbreviations are at most this long and need their period ("Jan.", "Fr."). */
const MAX_ABBREVIATION = 4;

export interface CompiledPattern {
  template: string;
  /** Matches lowercase text (`lowercaseInPlace`); the `d` flag gives the groups' offsets into the original. */
  readonly regex: RegExp;
}

export interface TimeGrammar {
  patterns: readonly CompiledPattern[];
  /** The patterns that can start with a word (lowercase, without a final period), in pattern order. */
  byWord: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** The patterns that can start with a number. */
  byNumber: readonly CompiledPattern[];
  /**
   * The patterns that can start with a compound beginning with a prefix ("Freitagabend", "Spätsommer"),
   * by the prefix's first two letters.
   */
  byPrefix: ReadonlyMap<string, readonly (readonly [string, readonly CompiledPattern[]])[]>;
}

const cache = new WeakMap<Locale, TimeGrammar>();

/** The compiled patterns of a locale and what can start them (built on first use, then cached). */
export function timeGrammar(locale: Locale): TimeGrammar {
  let grammar = cache.get(locale);
  if (!grammar) {
    const slots = slotSources(locale);
    const patterns = locale.time.patterns.map((t) => lazyPattern(t, slots));
    grammar = indexByStart(patterns, locale);
    cache.set(locale, grammar);
  }
  return grammar;
}

/** A pattern whose regular expression is built when first used: most texts need few of them. */
function lazyPattern(template: string, slots: Record<string, string>): CompiledPattern {
  let regex: RegExp | undefined;
  return {
    template,
    get regex() {
      return (regex ??= new RegExp(compileTemplate(template, slots), "duy"));
    },
  };
}

/** Compound prefixes are looked up by this many first letters. */
export const PREFIX_KEY = 2;
/** Slots that start with digits. */
const NUMERIC_SLOTS = new Set(["day", "monthNum", "year", "count", "hour", "ordinal", "decade"]);

/** The words a slot can start with; compounds' prefixes separately (only the slot's own lists are made). */
function slotStarts(locale: Locale, slot: string): { words: string[]; prefixes: string[] } {
  const t = locale.time;
  const weekdayNames = () => locale.calendar.weekdays.map((forms) => forms[0] ?? "");
  const lists: Record<string, () => string[]> = {
    month: () => locale.calendar.months.flat(),
    weekday: () => locale.calendar.weekdays.flat(),
    pod: () => allWords(t.partsOfDay),
    season: () => allWords(t.seasons),
    mod: () => allWords(t.modifiers),
    approx: () => allWords(t.approximators),
    count: () => [...allWords(locale.numbers.words), ...t.vagueCounts],
    unit: () => t.units.flatMap((u) => [...u.singular, ...u.plural]),
    units: () => t.units.flatMap((u) => u.plural),
    yearNoun: () => t.units.flatMap((u) => (u.unit === "year" ? u.singular : [])),
    rel: () => t.relatives.flatMap((r) => r.words),
    relNoun: () => t.relativeNouns.flatMap((r) => r.words),
    ref: () => allWords(t.references),
    set: () => allWords(t.sets),
    every: () => [...t.every],
    ago: () => [...t.ago],
    ahead: () => [...t.ahead],
    later: () => [...t.later],
    earlier: () => [...t.earlier],
    decadeWord: () => allWords(t.decadeWords),
    namedTime: () => allWords(t.namedTimes),
    yearPoint: () => allWords(t.yearPoints),
    holiday: () => allWords(t.holidays),
    glue: () => [...t.glue],
    nth: () => allWords(locale.numbers.ordinals),
    into: () => [...t.into],
  };
  const prefixes: Record<string, () => string[]> = {
    weekday: weekdayNames,
    weekdays: weekdayNames,
    season: () => allWords(t.seasonPrefixes),
  };
  return { words: lists[slot]?.() ?? [], prefixes: prefixes[slot]?.() ?? [] };
}

const TEMPLATE_ITEM = /\{(\w+)\}|\[|\]|[\p{L}'’]+|./gu;

/** What a template can start with: slot names and literal words, looking into leading optional parts. */
export function templateStarts(template: string): { slots: Set<string>; literals: Set<string> } {
  const items = [...template.matchAll(TEMPLATE_ITEM)].map((m) => (m[1] !== undefined ? { slot: m[1] } : { text: m[0] }));
  const slots = new Set<string>();
  const literals = new Set<string>();
  const visit = (i: number): void => {
    for (let k = i; k < items.length; k++) {
      const item = items[k] as { slot?: string; text?: string };
      if (item.slot !== undefined) return void slots.add(item.slot);
      if (item.text === "[") {
        visit(k + 1);
        k = closing(items, k);
        continue;
      }
      if (item.text === "]" || item.text === " " || item.text === "~") continue;
      return void literals.add((item.text ?? "").toLowerCase());
    }
  };
  visit(0);
  return { slots, literals };
}

/** The index of the "]" closing the "[" at `open`. */
function closing(items: readonly { text?: string }[], open: number): number {
  let depth = 0;
  for (let k = open; k < items.length; k++) {
    if (items[k]?.text === "[") depth++;
    if (items[k]?.text === "]" && --depth === 0) return k;
  }
  return items.length;
}

/** The first word of a phrase as a token shows it: lowercase, without a final period. */
function firstWord(phrase: string): string {
  return (phrase.toLowerCase().split(/\s+/)[0] ?? "").replace(/\.$/, "");
}

function indexByStart(patterns: readonly CompiledPattern[], locale: Locale): TimeGrammar {
  const byWord = new Map<string, CompiledPattern[]>();
  const byNumber: CompiledPattern[] = [];
  const prefixes = new Map<string, CompiledPattern[]>();
  const add = <K>(map: Map<K, CompiledPattern[]>, key: K, p: CompiledPattern) => {
    const list = map.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    map.set(key, list);
  };
  // Each slot's start words, found once (many patterns start with the same slots).
  const startsOf = new Map<string, { words: string[]; prefixes: string[] }>();
  for (const p of patterns) {
    const { slots, literals } = templateStarts(p.template);
    for (const literal of literals) add(byWord, literal, p);
    for (const slot of slots) {
      if (NUMERIC_SLOTS.has(slot) && !byNumber.includes(p)) byNumber.push(p);
      let starts = startsOf.get(slot);
      if (!starts) {
        const { words, prefixes } = slotStarts(locale, slot);
        starts = { words: [...new Set(words.map(firstWord))], prefixes };
        startsOf.set(slot, starts);
      }
      for (const w of starts.words) add(byWord, w, p);
      for (const prefix of starts.prefixes) add(prefixes, prefix, p);
    }
  }
  const byPrefix = new Map<string, [string, CompiledPattern[]][]>();
  for (const [prefix, list] of prefixes) {
    const key = prefix.slice(0, PREFIX_KEY);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), [prefix, list]]);
  }
  return { patterns, byWord, byNumber, byPrefix };
}

/** Names (bare) and abbreviations (with their period) of calendar entries, as one alternation. */
function calendarSource(entries: readonly (readonly string[])[]): { names: string; bareNames: string; abbreviations: string } {
  const names: string[] = [];
  const abbreviations: string[] = [];
  for (const forms of entries) {
    forms.forEach((form, i) => {
      if (i === 0 || form.length > MAX_ABBREVIATION) names.push(form);
      else abbreviations.push(form + ".");
    });
  }
  return { names: phrasesSource(names), bareNames: phrasesSource(names, false), abbreviations: phrasesSource(abbreviations) };
}

function named(name: MeaningSlot, source: string): string {
  return `(?<${name}>${source})`;
}

/** The regular-expression source of every slot for one locale. */
export function slotSources(locale: Locale): Record<MeaningSlot | GlueSlot, string> {
  const t = locale.time;
  const months = calendarSource(locale.calendar.months);
  const weekdays = calendarSource(locale.calendar.weekdays);
  const podWords = allWords(t.partsOfDay);
  const bare = (words: readonly string[]) => phrasesSource(words, false);
  const singular = t.units.flatMap((u) => u.singular);
  const plural = t.units.flatMap((u) => u.plural);
  const yearUnit = t.units.find((u) => u.unit === "year");
  return {
    day: named("day", DAY),
    month: named("month", `${months.names}|${months.abbreviations}`),
    monthNum: named("monthNum", MONTH_NUMBER),
    year: named("year", YEAR),
    era: named("era", phrasesSource(allWords(t.eras))),
    weekday: `(?:${named("weekday", weekdays.bareNames)}(?<weekdayPod>${bare(podWords)})?${NOT_WORD_AFTER}|(?<weekdayShort>${weekdays.abbreviations}))`,
    weekdays: `${named("weekdays", weekdays.bareNames)}(?:${bare(t.weekdaySetSuffixes)})${NOT_WORD_AFTER}`,
    pod: named("pod", phrasesSource(podWords)),
    season: `(?<seasonPrefix>${bare(allWords(t.seasonPrefixes))})?${named("season", phrasesSource(allWords(t.seasons)))}`,
    mod: named("mod", phrasesSource(allWords(t.modifiers))),
    approx: named("approx", phrasesSource(allWords(t.approximators))),
    count: named("count", `${COUNT_DIGITS}|${phrasesSource([...allWords(locale.numbers.words), ...t.vagueCounts])}`),
    unit: named("unit", phrasesSource([...singular, ...plural])),
    units: named("units", phrasesSource(plural)),
    yearNoun: named("yearNoun", phrasesSource(yearUnit?.singular ?? [])),
    rel: named("rel", phrasesSource(t.relatives.flatMap((r) => r.words))),
    relNoun: named("relNoun", phrasesSource(t.relativeNouns.flatMap((r) => r.words))),
    ref: named("ref", phrasesSource(allWords(t.references))),
    set: named("set", phrasesSource(allWords(t.sets))),
    every: named("every", phrasesSource(t.every)),
    ago: named("ago", phrasesSource(t.ago)),
    ahead: named("ahead", phrasesSource(t.ahead)),
    later: named("later", phrasesSource(t.later)),
    earlier: named("earlier", phrasesSource(t.earlier)),
    decade: `${named("decade", DECADE_DIGITS)}(?:${bare(t.decadeSuffixes)})${NOT_WORD_AFTER}`,
    decadeWord: named("decadeWord", phrasesSource(allWords(t.decadeWords))),
    ordinal: named("ordinal", ORDINAL),
    century: named("century", phrasesSource(t.centuryWords)),
    hour: named("hour", HOUR),
    minute: named("minute", MINUTE),
    meridiem: named("meridiem", phrasesSource(allWords(t.meridiem))),
    zone: named("zone", phrasesSource(allWords(t.zones))),
    namedTime: named("namedTime", phrasesSource(allWords(t.namedTimes))),
    yearPoint: named("yearPoint", phrasesSource(allWords(t.yearPoints))),
    glue: phrasesSource(t.glue),
    oclock: phrasesSource(t.oclock),
    ordinalSuffix: `(?:${bare(t.ordinalSuffixes)})`,
    colon: CLOCK_COLON,
    years: phrasesSource(yearUnit?.plural ?? []),
    holiday: named("holiday", phrasesSource(allWords(t.holidays))),
    nth: named("nth", phrasesSource(allWords(locale.numbers.ordinals))),
    into: named("into", phrasesSource(t.into)),
  };
}

const SLOT_REF = /^\{(\w+)\}/;

/**
 * A template as a regular-expression source for lowercase text: `{slot}` is the slot, `[…]` optional,
 * a space one or more white-space characters, `~` optional white space; anything else is literal.
 */
export function compileTemplate(template: string, slots: Record<string, string>): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i] ?? "";
    if (ch === "{") {
      const m = SLOT_REF.exec(template.slice(i));
      const source = m ? slots[m[1] ?? ""] : undefined;
      if (!m || source === undefined) throw new Error(`time pattern "${template}": unknown slot at ${i}`);
      out += `(?:${source})`;
      i += m[0].length;
      continue;
    }
    if (ch === "[") out += "(?:";
    else if (ch === "]") out += ")?";
    else if (ch === " ") out += String.raw`\s+`;
    else if (ch === "~") out += String.raw`\s*`;
    else out += escapeRegex(ch.toLowerCase());
    i++;
  }
  return out + (/[\p{L}\p{N}]$/u.test(template) ? NOT_WORD_AFTER : "");
}
