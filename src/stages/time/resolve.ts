/**
 * Resolves what a pattern said (`Parsed`) to a TIMEX3 type and value, against the references of its
 * place in the text: the publication date (news mode) and the dates the text mentioned before
 * (anaphoric expressions; every relative expression in narrative mode).
 */
import type { TimeExpression, TimeType } from "../../model/types.js";
import type { RelativeWords, TimeMod, TimeUnit } from "../../locales/types.js";
import { DAYS_PER_WEEK, MONTHS_PER_YEAR, YEARS_PER_CENTURY, addMonths, dayNumber, fromDayNumber, isoWeek, weekdayOf } from "./calendar-math.js";
import type { Parsed } from "./interpret.js";
import { formatDuration, formatPoint, type Point } from "./value.js";

export type Tense = "past" | "present" | "future";
export type Anchor = NonNullable<TimeExpression["anchor"]>;

/** The dates the text mentioned last, at each granularity (what anaphoric expressions count from). */
export interface Memory {
  year?: number;
  month?: { year: number; month: number };
  /** Day number (days since 1970-01-01). */
  day?: number;
}

export interface ResolveContext {
  mode: "news" | "narrative";
  /** The publication date as a day number; null when unknown or not to be used (boilerplate). */
  publication: number | null;
  memory: Memory;
  /** The tense of the expression's clause, computed on demand. */
  tense: () => Tense;
  /** The modifier lent by a preposition before the expression ("seit" → ON_OR_AFTER). */
  signal?: TimeMod | "";
}

export interface Resolution {
  type: TimeType;
  value: string;
  anchor: Anchor;
  mod?: string;
  /** The point, when the value is a date with a known year (it becomes a reference for what follows). */
  point?: Point;
}

type Need = "year" | "month" | "day";
type ReferenceKind = "deictic" | "anaphoric";

/** A reference date at some granularity. */
interface Reference {
  year: number;
  month?: number;
  day?: number;
  anchor: Anchor;
}

const MONTHS_PER_QUARTER = 3;
/** The part of the day that leads into the next day ("Nacht zum Mittwoch"). */
const NIGHT = "NI";
const YEARS_PER_DECADE = 10;
const NOON = 12;
/** Years of four digits are AD even in a narrative about antiquity (modern scholarship, excavations). */
const FULL_YEAR_DIGITS = 4;
/** Without a reference, two-digit years are read around this year ("39" → 1939, "05" → 2005). */
const TWO_DIGIT_YEAR_BASE = 2000;
/** Two-digit years within this many years after the reference year are read forward ("24" in 2020 → 2024). */
const TWO_DIGIT_YEAR_AHEAD = 10;
/** The month each season starts in, for choosing a season's year by tense. */
const SEASON_START_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const REFERENCE_VALUES = { past: "PAST_REF", present: "PRESENT_REF", future: "FUTURE_REF" } as const;

function fromDay(n: number, anchor: Anchor): Reference {
  const { year, month } = fromDayNumber(n);
  return { year, month, day: n, anchor };
}

/**
 * The reference of an expression: in news mode deictic expressions count from the publication date
 * and anaphoric ones from the last date mentioned (else the publication date); in narrative mode both
 * count from the last date mentioned. Null when there is none of the granularity needed.
 */
function referenceFor(ctx: ResolveContext, kind: ReferenceKind, need: Need): Reference | null {
  const publication = ctx.publication === null ? null : fromDay(ctx.publication, "publication");
  if (ctx.mode === "news" && kind === "deictic") return publication;
  const m = ctx.memory;
  if (need === "day" && m.day !== undefined) return fromDay(m.day, "narrative");
  if (need !== "year" && m.month) {
    if (need === "month" || !publication || ctx.mode === "narrative") return { ...m.month, anchor: "narrative" };
  }
  if (m.year !== undefined && (need === "year" || !publication || ctx.mode === "narrative")) return { year: m.year, anchor: "narrative" };
  return ctx.mode === "news" ? publication : null;
}

function modOf(p: Parsed, ctx: ResolveContext): string | undefined {
  return p.mod ?? p.approx ?? (ctx.signal ? ctx.signal : undefined);
}

function withMod(r: Resolution, mod: string | undefined): Resolution {
  return mod ? { ...r, mod } : r;
}

function dated(point: Point, anchor: Anchor, mod?: string): Resolution {
  const type: TimeType = point.clock !== undefined || point.partOfDay !== undefined ? "TIME" : "DATE";
  return withMod({ type, value: formatPoint(point), anchor, ...(point.year !== null ? { point } : {}) }, mod);
}

function unknown(point: Omit<Point, "year">, mod?: string): Resolution {
  return withMod({ type: point.clock !== undefined || point.partOfDay !== undefined ? "TIME" : "DATE", value: formatPoint({ year: null, ...point }), anchor: "none" }, mod);
}

/** The granularity a shift by a unit needs from its reference. */
function needOf(unit: TimeUnit): Need {
  if (unit === "year" || unit === "decade" || unit === "century") return "year";
  if (unit === "month" || unit === "quarter") return "month";
  return "day";
}

/** A point `n` units after the reference, at the unit's granularity (or the reference's, if coarser). */
function shift(ref: Reference, unit: TimeUnit, n: number): Point {
  if (!Number.isInteger(n)) {
    if (unit === "year") return shift(ref, "month", Math.round(n * MONTHS_PER_YEAR));
    if (unit === "week") return shift(ref, "day", Math.round(n * DAYS_PER_WEEK));
  }
  const step = Math.round(n);
  switch (unit) {
    case "year":
      return { year: ref.year + step };
    case "decade":
      return { year: null, decade: Math.floor((ref.year + step * YEARS_PER_DECADE) / YEARS_PER_DECADE) };
    case "century":
      return { year: null, century: Math.floor((ref.year + step * YEARS_PER_CENTURY) / YEARS_PER_CENTURY) };
    case "month":
    case "quarter": {
      if (ref.month === undefined) return { year: ref.year };
      const months = unit === "quarter" ? step * MONTHS_PER_QUARTER : step;
      const m = addMonths(ref.year, ref.month, months);
      return unit === "quarter" ? { year: m.year, quarter: Math.ceil(m.month / MONTHS_PER_QUARTER) } : m;
    }
    default:
      return shiftDays(ref, unit, step);
  }
}

function shiftDays(ref: Reference, unit: TimeUnit, step: number): Point {
  if (ref.day === undefined) return ref.month === undefined ? { year: ref.year } : { year: ref.year, month: ref.month };
  if (unit === "week" || unit === "weekend") {
    const w = isoWeek(ref.day + step * DAYS_PER_WEEK);
    return { year: w.year, week: w.week, ...(unit === "weekend" ? { weekend: true } : {}) };
  }
  const d = fromDayNumber(ref.day + (unit === "day" ? step : 0));
  return { year: d.year, month: d.month, day: d.day };
}

/** Resolves one expression; null when its words do not make a time after all. */
export function resolve(p: Parsed, ctx: ResolveContext): Resolution | null {
  if (!p.into || p.partOfDay !== NIGHT) return resolveParsed(p, ctx);
  // "Nacht zum Mittwoch": the night that ends on Wednesday lies on Tuesday.
  const r = resolveParsed({ ...p, into: false }, ctx);
  if (r?.point?.year != null && r.point.month !== undefined && r.point.day !== undefined) {
    const d = fromDayNumber(dayNumber(r.point.year, r.point.month, r.point.day) - 1);
    const point: Point = { ...r.point, year: d.year, month: d.month, day: d.day };
    return { ...r, point, value: formatPoint(point) };
  }
  if (r && r.anchor === "none" && p.weekday !== undefined) return resolveParsed({ ...p, into: false, weekday: (p.weekday + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK }, ctx);
  return r;
}

function resolveParsed(p: Parsed, ctx: ResolveContext): Resolution | null {
  if (p.reference) return { type: "DATE", value: p.reference, anchor: "absolute" };
  if (p.set !== undefined || p.every || p.weekdays !== undefined) return recurrence(p);
  if (p.nth !== undefined) return p.unit === "quarter" ? quarterDate(p, ctx) : null;
  if (p.count !== undefined && p.unit) return counted(p, ctx);
  if (p.relativeNoun) return relativeNoun(p, ctx);
  if (p.relative && p.unit) return relativeUnit(p, ctx);
  if (p.relative && p.weekday !== undefined) return weekdayDate(p, ctx);
  if (p.relative && p.partOfDay !== undefined) return relativeDay(p, ctx);
  if (p.relative && p.year === undefined && p.day === undefined && (p.month !== undefined || p.season !== undefined)) return relativeMonthOrSeason(p, ctx);
  if (p.unit && (p.mod || p.framed)) return periodOfReference(p, ctx);
  if (p.unit && p.unitPlural) return { type: "DURATION", value: formatDuration(Number.NaN, p.unit), anchor: "absolute" };
  if (p.hour !== undefined || p.namedTime !== undefined) return clockTime(p, ctx);
  if (p.century !== undefined) return centuryDate(p);
  if (p.decade !== undefined) return decadeDate(p, ctx);
  if (p.year === undefined && p.month === undefined && p.day !== undefined) return dayOfReference(p, ctx);
  if (p.year !== undefined || p.month !== undefined || p.season !== undefined || p.yearPoint) return calendarDate(p, ctx);
  if (p.weekday !== undefined) return weekdayDate(p, ctx);
  if (p.partOfDay !== undefined) return partOfDayOnly(p, ctx);
  return null;
}

function recurrence(p: Parsed): Resolution {
  if (p.set !== undefined) return { type: "SET", value: p.set, anchor: "absolute" };
  const weekday = p.weekdays ?? p.weekday;
  if (weekday !== undefined) return { type: "SET", value: formatPoint({ year: null, weekday: weekday + 1 }), anchor: "absolute" };
  return { type: "SET", value: formatDuration(p.count ?? 1, p.unit ?? "day"), anchor: "absolute" };
}

const DIRECTION: Readonly<Record<string, { sign: number; kind: ReferenceKind }>> = {
  ago: { sign: -1, kind: "deictic" },
  ahead: { sign: 1, kind: "deictic" },
  later: { sign: 1, kind: "anaphoric" },
  earlier: { sign: -1, kind: "anaphoric" },
};

/** "vor 24 Jahren", "zwei Tage später", "in zwei Wochen" as dates; without a direction, durations. */
function counted(p: Parsed, ctx: ResolveContext): Resolution {
  const unit = p.unit as TimeUnit;
  const count = p.count as number;
  const dir = p.direction ? DIRECTION[p.direction] : undefined;
  if (!dir || p.relative) {
    return withMod({ type: "DURATION", value: formatDuration(count, unit), anchor: "absolute" }, p.approx);
  }
  if (Number.isNaN(count)) return { type: "DATE", value: dir.sign < 0 ? REFERENCE_VALUES.past : REFERENCE_VALUES.future, anchor: "absolute" };
  const ref = referenceFor(ctx, dir.kind, needOf(unit));
  if (!ref) return unknown(unknownShape(unit), p.approx);
  // "zwei Wochen später" after a day is a day: counted on from the event, not a calendar week.
  if (dir.kind === "anaphoric" && unit === "week" && ref.day !== undefined) return dated(shift(ref, "day", dir.sign * count * DAYS_PER_WEEK), ref.anchor, p.approx);
  return dated(shift(ref, unit, dir.sign * count), ref.anchor, p.approx);
}

/** The shape of an unknown point at a unit's granularity ("XXXX-XX-XX", "XXXX-WXX", "XXXX"). */
function unknownShape(unit: TimeUnit): Omit<Point, "year"> {
  if (needOf(unit) === "day") return { unknownDay: true };
  return {};
}

function relativeNoun(p: Parsed, ctx: ResolveContext): Resolution {
  const noun = p.relativeNoun;
  if (!noun) return { type: "DATE", value: REFERENCE_VALUES.present, anchor: "absolute" };
  const partOfDay = p.partOfDay ?? noun.partOfDay;
  const today = noun.unit === "day" && noun.offset === 0 && !partOfDay;
  if (today && ctx.mode === "narrative") return { type: "DATE", value: REFERENCE_VALUES.present, anchor: "absolute" };
  const ref = referenceFor(ctx, noun.reference, needOf(noun.unit));
  const pod = partOfDay ? { partOfDay } : {};
  if (!ref) return unknown({ ...unknownShape(noun.unit), ...pod }, modOf(p, ctx));
  return dated({ ...shift(ref, noun.unit, noun.offset), ...pod }, ref.anchor, modOf(p, ctx));
}

/** "diese Woche", "vergangenen Monat", "am folgenden Tag", "Ende des vergangenen Jahres"; plurals are vague. */
function relativeUnit(p: Parsed, ctx: ResolveContext): Resolution {
  const rel = p.relative;
  const unit = p.unit as TimeUnit;
  if (!rel) return { type: "DATE", value: REFERENCE_VALUES.present, anchor: "absolute" };
  if (p.unitPlural) {
    const value = rel.offset < 0 ? REFERENCE_VALUES.past : rel.offset > 0 ? REFERENCE_VALUES.future : REFERENCE_VALUES.present;
    return { type: "DATE", value, anchor: "absolute" };
  }
  const ref = referenceFor(ctx, rel.reference, needOf(unit));
  if (!ref) return unknown(unknownShape(unit), modOf(p, ctx));
  const shifted = shift(ref, unit, rel.offset);
  // "im Herbst desselben Jahres": the month or season of the year counted.
  if (unit === "year" && shifted.year !== null && (p.month !== undefined || p.season !== undefined)) {
    return dated({ year: shifted.year, ...partialPoint(p) }, ref.anchor, modOf(p, ctx));
  }
  return dated(shifted, ref.anchor, modOf(p, ctx));
}

/** "Ende des Jahres", "im Laufe des Tages": a part of the period the text is at; plurals are vague durations. */
function periodOfReference(p: Parsed, ctx: ResolveContext): Resolution {
  const unit = p.unit as TimeUnit;
  if (p.unitPlural) return { type: "DURATION", value: formatDuration(Number.NaN, unit), anchor: "absolute" };
  const ref = referenceFor(ctx, "anaphoric", needOf(unit));
  if (!ref) return unknown(unknownShape(unit), p.mod);
  return dated(shift(ref, unit, 0), ref.anchor, p.mod);
}

/** "am Montag darauf", "the Friday before": the next or last such weekday counted from the date given. */
function weekdayAfter(p: Parsed): RelativeWords | null {
  if (p.relative || p.count !== undefined) return null;
  if (p.direction === "later") return { offset: 1, reference: "anaphoric", words: [] };
  if (p.direction === "earlier") return { offset: -1, reference: "anaphoric", words: [] };
  return null;
}

/** The day of a weekday: by tense (said → the last one, planned → the next one) or by "vergangenen"/"nächsten". */
function weekdayDate(p: Parsed, ctx: ResolveContext): Resolution {
  const weekday = p.weekday as number;
  const following = weekdayAfter(p);
  if (following) p = { ...p, relative: following };
  const kind = p.relative?.reference ?? "deictic";
  const ref = referenceFor(ctx, kind, "day");
  const pod = p.partOfDay ? { partOfDay: p.partOfDay } : {};
  if (!ref || ref.day === undefined) return unknown({ weekday: weekday + 1, ...pod }, modOf(p, ctx));
  const n = ref.day;
  const back = (weekdayOf(n) - weekday + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  const ahead = (weekday - weekdayOf(n) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  let day: number;
  if (p.relative && p.relative.offset < 0) day = n - (back || DAYS_PER_WEEK);
  else if (p.relative && p.relative.offset > 0) day = n + (ahead || DAYS_PER_WEEK);
  else if (p.relative) day = n - weekdayOf(n) + weekday;
  else day = ctx.tense() === "past" ? n - back : n + ahead;
  const d = fromDayNumber(day);
  return dated({ year: d.year, month: d.month, day: d.day, ...pod }, ref.anchor, modOf(p, ctx));
}

/** "im ersten Quartal (2023)": a quarter of the year given, else of the year the reference and tense point to. */
function quarterDate(p: Parsed, ctx: ResolveContext): Resolution {
  const quarter = p.nth as number;
  if (p.year !== undefined) return dated({ year: p.year, quarter }, "absolute", modOf(p, ctx));
  const ref = referenceFor(ctx, "deictic", "year");
  if (!ref) return unknown({ quarter }, modOf(p, ctx));
  // A quarter that has begun counts as past, one that has not ended as coming.
  const tense = ctx.mode === "news" ? ctx.tense() : "past";
  const month = tense === "past" ? (quarter - 1) * MONTHS_PER_QUARTER + 1 : quarter * MONTHS_PER_QUARTER;
  const year = ctx.mode === "news" ? yearFor({ ...p, month }, ref, tense) : ref.year;
  return dated({ year, quarter }, ref.anchor, modOf(p, ctx));
}

/** "am gleichen Abend", "am darauffolgenden Vormittag": a part of a day counted from the reference day. */
function relativeDay(p: Parsed, ctx: ResolveContext): Resolution {
  const rel = p.relative;
  const partOfDay = p.partOfDay as string;
  const ref = referenceFor(ctx, rel?.reference ?? "anaphoric", "day");
  if (!rel || !ref || ref.day === undefined) return unknown({ unknownDay: true, partOfDay }, p.mod);
  return dated({ ...shift(ref, "day", rel.offset), partOfDay }, ref.anchor, p.mod);
}

/** "in der Nacht vom 5." (a day without its month): the month the text is at. */
function dayOfReference(p: Parsed, ctx: ResolveContext): Resolution {
  const pod = p.partOfDay !== undefined ? { partOfDay: p.partOfDay } : {};
  const ref = referenceFor(ctx, "anaphoric", "month");
  if (!ref || ref.month === undefined) return unknown({ unknownDay: true, ...pod }, modOf(p, ctx));
  return dated({ year: ref.year, month: ref.month, day: p.day as number, ...pod }, ref.anchor, modOf(p, ctx));
}

function clockTime(p: Parsed, ctx: ResolveContext): Resolution {
  let clock = p.namedTime;
  if (clock === undefined) {
    let hour = p.hour ?? 0;
    if (p.meridiem === "pm" && hour < NOON) hour += NOON;
    if (p.meridiem === "am" && hour === NOON) hour = 0;
    clock = `${String(hour).padStart(2, "0")}:${String(p.minute ?? 0).padStart(2, "0")}`;
  }
  // An offset belongs to the clock time in ISO 8601 ("T20:31+01:00"); local time has none.
  if (p.zone) clock += p.zone;
  const ref = referenceFor(ctx, "anaphoric", "day");
  if (!ref || ref.day === undefined) return unknown({ unknownDay: true, clock }, p.approx);
  const d = fromDayNumber(ref.day);
  return dated({ year: d.year, month: d.month, day: d.day, clock }, ref.anchor, p.approx);
}

function partOfDayOnly(p: Parsed, ctx: ResolveContext): Resolution {
  const partOfDay = p.partOfDay as string;
  const ref = referenceFor(ctx, "anaphoric", "day");
  if (!ref || ref.day === undefined) return unknown({ unknownDay: true, partOfDay }, modOf(p, ctx));
  const d = fromDayNumber(ref.day);
  return dated({ year: d.year, month: d.month, day: d.day, partOfDay }, ref.anchor, modOf(p, ctx));
}

function centuryDate(p: Parsed): Resolution {
  const ordinal = p.century as number;
  const century = p.era === "BC" ? -(ordinal - 1) : ordinal - 1;
  return withMod({ type: "DATE", value: formatPoint({ year: null, century }), anchor: "absolute" }, p.mod);
}

/** "1940er", "the 1940s"; decades written short ("40er", "zwanziger") take the last such decade that has begun. */
function decadeDate(p: Parsed, ctx: ResolveContext): Resolution {
  const written = p.decade as number;
  if ((p.decadeDigits ?? 0) >= 3) {
    const decade = isBeforeChrist(p, ctx) ? -written : written;
    return withMod({ type: "DATE", value: formatPoint({ year: null, decade }), anchor: "absolute" }, p.mod);
  }
  const ref = referenceFor(ctx, "deictic", "year");
  if (!ref) return withMod({ type: "DATE", value: `XX${written % YEARS_PER_DECADE}`, anchor: "none" }, p.mod);
  const centuryStart = Math.floor(ref.year / YEARS_PER_CENTURY) * YEARS_PER_CENTURY;
  let start = centuryStart + (written % YEARS_PER_DECADE) * YEARS_PER_DECADE;
  if (start > ref.year) start -= YEARS_PER_CENTURY;
  return withMod({ type: "DATE", value: formatPoint({ year: null, decade: start / YEARS_PER_DECADE }), anchor: ref.anchor }, p.mod);
}

/** BC when the era says so, or for a year of fewer than four digits in a narrative that is in the years BC. */
function isBeforeChrist(p: Parsed, ctx: ResolveContext): boolean {
  const short = (p.yearDigits ?? p.decadeDigits ?? 0) < FULL_YEAR_DIGITS;
  return p.era === "BC" || (p.era === undefined && short && ctx.mode === "narrative" && (ctx.memory.year ?? 0) < 0);
}

/** A year written with two digits, read in the century that puts it nearest the reference. */
function expandTwoDigitYear(two: number, ref: Reference | null): number {
  const base = ref ? ref.year : TWO_DIGIT_YEAR_BASE;
  const century = Math.floor(base / YEARS_PER_CENTURY) * YEARS_PER_CENTURY;
  const candidate = century + two;
  return candidate > base + TWO_DIGIT_YEAR_AHEAD ? candidate - YEARS_PER_CENTURY : candidate;
}

/** Months a season lasts, its start month included. */
const SEASON_MONTHS = 3;

/**
 * "next spring", "last March", "im kommenden Winter", "this summer": the occurrence of the month or
 * season after the reference month (next), the last one wholly before it (last), or the one holding it
 * (this; else the reference year's). A season's year is the year it starts in (winter 2024 = Dec 2024 to
 * Feb 2025).
 */
function relativeMonthOrSeason(p: Parsed, ctx: ResolveContext): Resolution {
  const rel = p.relative!;
  const ref = referenceFor(ctx, rel.reference, "month");
  if (!ref) return unknown(partialPoint(p), modOf(p, ctx));
  if (ref.month === undefined) return dated({ year: ref.year + rel.offset, ...partialPoint(p) }, ref.anchor, modOf(p, ctx));
  const startMonth = p.season !== undefined ? (SEASON_START_MONTH[p.season] ?? 1) : (p.month as number);
  const length = p.season !== undefined ? SEASON_MONTHS : 1;
  const now = ref.year * MONTHS_PER_YEAR + ref.month - 1;
  const startOf = (year: number) => year * MONTHS_PER_YEAR + startMonth - 1;
  let year = ref.year;
  if (rel.offset > 0) {
    while (startOf(year) <= now) year++;
    while (startOf(year - 1) > now) year--;
  } else if (rel.offset < 0) {
    while (startOf(year) + length - 1 >= now) year--;
    while (startOf(year + 1) + length - 1 < now) year++;
  } else {
    for (const y of [ref.year - 1, ref.year]) if (startOf(y) <= now && now < startOf(y) + length) year = y;
  }
  return dated({ year, ...partialPoint(p) }, ref.anchor, modOf(p, ctx));
}

/** The year of a date given without one: by tense against the publication date, or the narrative's year. */
function yearFor(p: Parsed, ref: Reference, tense: Tense): number {
  if (ref.anchor !== "publication" || ref.month === undefined || ref.day === undefined) return ref.year;
  const month = p.month ?? SEASON_START_MONTH[p.season ?? ""] ?? ref.month;
  const pub = fromDayNumber(ref.day);
  const dayOf = p.day ?? (month === pub.month ? pub.day : 1);
  const candidate = dayNumber(ref.year, month, dayOf);
  if (tense === "past" && candidate > ref.day) return ref.year - 1;
  if (tense !== "past" && candidate < ref.day && !(month === pub.month && p.day === undefined)) return ref.year + 1;
  return ref.year;
}

function calendarDate(p: Parsed, ctx: ResolveContext): Resolution {
  const mod = modOf(p, ctx);
  let year = p.year;
  let anchor: Anchor = "absolute";
  if (year !== undefined && (p.yearDigits ?? 4) <= 2 && p.era === undefined && p.month !== undefined) {
    const ref = referenceFor(ctx, "deictic", "year");
    year = expandTwoDigitYear(year, ref);
  }
  if (year !== undefined) {
    if (isBeforeChrist(p, ctx)) year = -year;
  } else {
    const ref = referenceFor(ctx, p.yearPoint ? "anaphoric" : "deictic", "year");
    if (!ref) return unknown(partialPoint(p), mod);
    year = ctx.mode === "news" ? yearFor(p, ref, ctx.tense()) : ref.year;
    anchor = ref.anchor;
  }
  return dated({ year, ...partialPoint(p) }, anchor, mod);
}

/** The fields of a date besides its year. */
function partialPoint(p: Parsed): Omit<Point, "year"> {
  const out: Omit<Point, "year"> = {};
  if (p.season !== undefined) out.season = p.season;
  else if (p.month !== undefined) {
    out.month = p.month;
    if (p.day !== undefined) out.day = p.day;
  }
  if (p.partOfDay !== undefined && p.day !== undefined) out.partOfDay = p.partOfDay;
  return out;
}
