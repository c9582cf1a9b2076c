/**
 * Calendar arithmetic on the proleptic Gregorian calendar, by day numbers (days since 1970-01-01),
 * with explicit dates only: nothing here reads the clock.
 */

const MS_PER_DAY = 86_400_000;
export const DAYS_PER_WEEK = 7;
export const YEARS_PER_CENTURY = 100;
export const MONTHS_PER_YEAR = 12;
/** 1970-01-01 was a Thursday: index 3 when Monday is 0. */
const EPOCH_WEEKDAY = 3;
/** ISO 8601: week 1 is the week with the year's first Thursday. */
const ISO_THURSDAY = 3;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a date (months and days may overflow: they roll over like Date.UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): CivilDate {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Weekday of a day number, Monday = 0 … Sunday = 6. */
export function weekdayOf(n: number): number {
  return (((n + EPOCH_WEEKDAY) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

/** The ISO week-numbering year and week of a day number. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - weekdayOf(n) + ISO_THURSDAY;
  const { year } = fromDayNumber(thursday);
  const firstDay = dayNumber(year, 1, 1);
  return { year, week: Math.floor((thursday - firstDay) / DAYS_PER_WEEK) + 1 };
}

/** Year and month `months` months after the given one. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * MONTHS_PER_YEAR + (month - 1) + months;
  return { year: Math.floor(index / MONTHS_PER_YEAR), month: (((index % MONTHS_PER_YEAR) + MONTHS_PER_YEAR) % MONTHS_PER_YEAR) + 1 };
}

/** The days in a month. */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** A `YYYY-MM-DD` string as a day number, or null if it is not a real date. */
export function parseIsoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > MONTHS_PER_YEAR || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}
