/**
 * A locale's time words as lookup tables (folded word → meaning), built once per locale.
 */
import type { Lexeme, Locale, RelativeNoun, RelativeWords, TimeMod, TimeUnit } from "../../locales/types.js";
import { foldWords, lexiconTable } from "./words.js";

export interface UnitMeaning {
  unit: TimeUnit;
  plural: boolean;
}

export interface TimeLexicon {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  partsOfDay: Map<string, string>;
  namedTimes: Map<string, string>;
  seasons: Map<string, string>;
  seasonPrefixes: Map<string, TimeMod>;
  modifiers: Map<string, TimeMod | "">;
  yearPoints: Map<string, TimeMod | "">;
  approximators: Map<string, TimeMod>;
  relatives: Map<string, RelativeWords>;
  relativeNouns: Map<string, RelativeNoun>;
  references: Map<string, string>;
  sets: Map<string, string>;
  eras: Map<string, "BC" | "AD">;
  decadeWords: Map<string, number>;
  holidays: Map<string, string>;
  meridiem: Map<string, "am" | "pm">;
  zones: Map<string, string>;
  units: Map<string, UnitMeaning>;
  numbers: Map<string, number>;
  ordinals: Map<string, number>;
  vagueCounts: Set<string>;
  signals: Map<string, TimeMod | "">;
  glue: Set<string>;
  ambiguousMonths: Set<string>;
  lowercaseOnly: Set<string>;
}

const cache = new WeakMap<Locale, TimeLexicon>();

/** Index of each calendar entry's forms (with and without a period for abbreviations). */
function calendarTable(entries: readonly (readonly string[])[]): Map<string, number> {
  const table = new Map<string, number>();
  entries.forEach((forms, i) => {
    for (const f of forms) {
      table.set(foldWords(f), i);
      table.set(foldWords(f) + ".", i);
    }
  });
  return table;
}

function entriesTable<E extends { words: readonly string[] }>(entries: readonly E[]): Map<string, E> {
  return lexiconTable(entries.map((e) => ({ value: e, words: e.words })));
}

function unitTable(locale: Locale): Map<string, UnitMeaning> {
  const table = new Map<string, UnitMeaning>();
  for (const u of locale.time.units) {
    for (const w of u.singular) table.set(foldWords(w), { unit: u.unit, plural: false });
  }
  // A form that is both (German "Jahre") counts as plural: singular only where it is a year noun.
  for (const u of locale.time.units) {
    for (const w of u.plural) table.set(foldWords(w), { unit: u.unit, plural: true });
  }
  return table;
}

export function timeLexicon(locale: Locale): TimeLexicon {
  let lexicon = cache.get(locale);
  if (lexicon) return lexicon;
  const t = locale.time;
  const table = <V>(entries: readonly Lexeme<V>[]) => lexiconTable(entries);
  lexicon = {
    months: calendarTable(locale.calendar.months),
    weekdays: calendarTable(locale.calendar.weekdays),
    partsOfDay: table(t.partsOfDay),
    namedTimes: table(t.namedTimes),
    seasons: table(t.seasons),
    seasonPrefixes: table(t.seasonPrefixes),
    modifiers: table(t.modifiers),
    yearPoints: table(t.yearPoints),
    approximators: table(t.approximators),
    relatives: entriesTable(t.relatives),
    relativeNouns: entriesTable(t.relativeNouns),
    references: table(t.references),
    sets: table(t.sets),
    eras: table(t.eras),
    decadeWords: table(t.decadeWords),
    holidays: table(t.holidays),
    meridiem: table(t.meridiem),
    zones: table(t.zones),
    units: unitTable(locale),
    numbers: table(locale.numbers.words),
    ordinals: table(locale.numbers.ordinals),
    vagueCounts: new Set(t.vagueCounts.map(foldWords)),
    signals: table(t.signals),
    glue: new Set(t.glue.map(foldWords)),
    ambiguousMonths: new Set(t.ambiguousMonths.map(foldWords)),
    lowercaseOnly: new Set(t.lowercaseOnly.map(foldWords)),
  };
  cache.set(locale, lexicon);
  return lexicon;
}
