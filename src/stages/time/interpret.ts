/**
 * What a matched pattern says, slot by slot, before it is resolved against a reference date:
 * the words of each slot looked up in the locale's tables. Nothing here depends on the language.
 */
import type { RelativeNoun, RelativeWords, TimeMod, TimeUnit } from "../../locales/types.js";
import type { TimeLexicon } from "./lexicon.js";
import { foldWords } from "./words.js";

export type Direction = "ago" | "ahead" | "later" | "earlier";

export interface Parsed {
  year?: number;
  /** Digits the year was written with ("39" of "1.9.39" has 2). */
  yearDigits?: number;
  era?: "BC" | "AD";
  month?: number;
  day?: number;
  /** Monday = 0 … Sunday = 6. */
  weekday?: number;
  partOfDay?: string;
  season?: string;
  /** Part of a period: START, MID, END (from "Anfang", "Spätsommer", "Jahresende"). */
  mod?: TimeMod;
  /** A framing word without a part ("im Laufe des Jahres"). */
  framed?: boolean;
  approx?: TimeMod;
  /** NaN for vague counts ("mehrere"). */
  count?: number;
  unit?: TimeUnit;
  unitPlural?: boolean;
  yearNoun?: boolean;
  relative?: RelativeWords;
  relativeNoun?: RelativeNoun;
  reference?: string;
  set?: string;
  every?: boolean;
  /** A weekday as a recurrence ("montags"), Monday = 0. */
  weekdays?: number;
  direction?: Direction;
  /** Decade in digits ("194" for the 1940s; "4" when written "40er"). */
  decade?: number;
  decadeDigits?: number;
  /** An ordinal in words before a unit ("ersten Quartal" → 1). */
  nth?: number;
  /** Century ordinal as written ("20" of "20. Jahrhundert"). */
  century?: number;
  hour?: number;
  minute?: number;
  meridiem?: "am" | "pm";
  /** The UTC offset of a clock time ("+01:00", "Z"); "" for local time. */
  zone?: string;
  /** A clock time by name ("24:00" for "Mitternacht"). */
  namedTime?: string;
  yearPoint?: boolean;
  /** A part of the day leading into the day named ("Nacht zum Mittwoch"): it lies on the day before. */
  into?: boolean;
}

/** Number words and digits ("1,5" or "1.5" are one and a half) to a number; vague counts to NaN. */
export function countValue(word: string, lexicon: TimeLexicon): number | undefined {
  const folded = foldWords(word);
  if (/^\p{N}/u.test(folded)) return Number(folded.replace(",", "."));
  if (lexicon.vagueCounts.has(folded)) return Number.NaN;
  return lexicon.numbers.get(folded);
}

type Groups = Record<string, string | undefined>;

/** Reads the slots of one match. */
export function interpret(groups: Groups, lexicon: TimeLexicon): Parsed {
  const p: Parsed = {};
  const word = (name: string) => {
    const v = groups[name];
    return v === undefined ? undefined : foldWords(v);
  };
  readDate(p, groups, word, lexicon);
  readPeriodWords(p, word, lexicon);
  readRelative(p, groups, word, lexicon);
  readClock(p, word, lexicon);
  return p;
}

function readDate(p: Parsed, groups: Groups, word: (n: string) => string | undefined, lexicon: TimeLexicon): void {
  const year = groups["year"];
  if (year !== undefined) {
    p.year = Number(year);
    p.yearDigits = year.length;
  }
  const era = word("era");
  if (era) p.era = lexicon.eras.get(era);
  const month = word("month");
  if (month !== undefined) p.month = (lexicon.months.get(month) ?? 0) + 1;
  if (groups["monthNum"] !== undefined) p.month = Number(groups["monthNum"]);
  if (groups["day"] !== undefined) p.day = Number(groups["day"]);
  const weekday = word("weekday") ?? word("weekdayShort");
  if (weekday !== undefined) p.weekday = lexicon.weekdays.get(weekday);
  const weekdays = word("weekdays");
  if (weekdays !== undefined) p.weekdays = lexicon.weekdays.get(weekdays);
  if (groups["decade"] !== undefined) {
    p.decade = Math.floor(Number(groups["decade"]) / 10);
    p.decadeDigits = (groups["decade"] ?? "").length;
  }
  const decadeWord = word("decadeWord");
  if (decadeWord !== undefined) {
    p.decade = lexicon.decadeWords.get(decadeWord);
    p.decadeDigits = 1;
  }
  if (groups["century"] !== undefined && groups["ordinal"] !== undefined) p.century = Number(groups["ordinal"]);
  if (groups["yearNoun"] !== undefined) p.yearNoun = true;
  const nth = word("nth");
  if (nth !== undefined) p.nth = lexicon.ordinals.get(nth);
  const holiday = word("holiday");
  if (holiday !== undefined) {
    const [m, d] = (lexicon.holidays.get(holiday) ?? "").split("-").map(Number);
    if (m && d) {
      p.month = m;
      p.day = d;
    }
  }
}

function readPeriodWords(p: Parsed, word: (n: string) => string | undefined, lexicon: TimeLexicon): void {
  const pod = word("pod") ?? word("weekdayPod");
  if (pod !== undefined) p.partOfDay = lexicon.partsOfDay.get(pod);
  const season = word("season");
  if (season !== undefined) p.season = lexicon.seasons.get(season);
  const prefix = word("seasonPrefix");
  if (prefix !== undefined) p.mod = lexicon.seasonPrefixes.get(prefix);
  const mod = word("mod");
  if (mod !== undefined) {
    const value = lexicon.modifiers.get(mod);
    if (value) p.mod = value;
    else p.framed = true;
  }
  const yearPoint = word("yearPoint");
  if (yearPoint !== undefined) {
    p.yearPoint = true;
    const value = lexicon.yearPoints.get(yearPoint);
    if (value) p.mod = value;
  }
  const approx = word("approx");
  if (approx !== undefined) p.approx = lexicon.approximators.get(approx);
}

function readRelative(p: Parsed, groups: Groups, word: (n: string) => string | undefined, lexicon: TimeLexicon): void {
  const count = groups["count"];
  if (count !== undefined) p.count = countValue(count, lexicon);
  const unit = word("unit") ?? word("units");
  if (unit !== undefined) {
    const meaning = lexicon.units.get(unit);
    if (meaning) {
      p.unit = meaning.unit;
      p.unitPlural = meaning.plural;
    }
  }
  const rel = word("rel");
  if (rel !== undefined) p.relative = lexicon.relatives.get(rel);
  const relNoun = word("relNoun");
  if (relNoun !== undefined) p.relativeNoun = lexicon.relativeNouns.get(relNoun);
  const ref = word("ref");
  if (ref !== undefined) p.reference = lexicon.references.get(ref);
  const set = word("set");
  if (set !== undefined) p.set = lexicon.sets.get(set);
  if (groups["every"] !== undefined) p.every = true;
  if (groups["into"] !== undefined) p.into = true;
  for (const d of ["ago", "ahead", "later", "earlier"] as const) if (groups[d] !== undefined) p.direction = d;
}

function readClock(p: Parsed, word: (n: string) => string | undefined, lexicon: TimeLexicon): void {
  const hour = word("hour");
  if (hour !== undefined) p.hour = Number(hour);
  const minute = word("minute");
  if (minute !== undefined) p.minute = Number(minute);
  const meridiem = word("meridiem");
  if (meridiem !== undefined) p.meridiem = lexicon.meridiem.get(meridiem);
  const zone = word("zone");
  if (zone !== undefined) p.zone = lexicon.zones.get(zone);
  const named = word("namedTime");
  if (named !== undefined) p.namedTime = lexicon.namedTimes.get(named);
}
