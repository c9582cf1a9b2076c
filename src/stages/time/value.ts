/**
 * Points in time and their TIMEX3 values: "2024-06-14", "2024-06", "2024-W24", "2024-SU", "194"
 * (the 1940s), "19" (the 20th century), "BC0483", "1905-05-27TNI", "1939-09-01T04:45"; "XXXX" where the
 * year is unknown ("XXXX-04-13", "XXXX-WXX-5").
 */
import type { TimeUnit } from "../../locales/types.js";
import { MONTHS_PER_YEAR } from "./calendar-math.js";

export interface Point {
  /** Astronomical year (negative BC); null when unknown. */
  year: number | null;
  month?: number;
  day?: number;
  /** ISO week (then `year` is the ISO week-numbering year). */
  week?: number;
  /** The weekend of `week`. */
  weekend?: boolean;
  /** A weekday without a known date, ISO number 1 (Monday) … 7. */
  weekday?: number;
  season?: string;
  quarter?: number;
  /** Decade number (194 = the 1940s). */
  decade?: number;
  /** Century number as TIMEX writes it (19 = the 20th century). */
  century?: number;
  /** Part of the day: MO, MI, AF, EV, NI. */
  partOfDay?: string;
  /** Clock time "HH:MM". */
  clock?: string;
  /** Month, day or week unknown: written as XX. */
  unknownDay?: boolean;
}

const YEAR_WIDTH = 4;
const DECADE_WIDTH = 3;
const CENTURY_WIDTH = 2;
const FIELD_WIDTH = 2;

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, "0");
}

function era(n: number): string {
  return n < 0 ? "BC" : "";
}

/** The TIMEX3 value of a point. */
export function formatPoint(p: Point): string {
  if (p.century !== undefined) return era(p.century) + pad(p.century, CENTURY_WIDTH);
  if (p.decade !== undefined) return era(p.decade) + pad(p.decade, DECADE_WIDTH);
  let out = p.year === null ? "XXXX" : era(p.year) + pad(p.year, YEAR_WIDTH);
  if (p.weekday !== undefined) out += `-WXX-${p.weekday}`;
  else if (p.week !== undefined) out += `-W${pad(p.week, FIELD_WIDTH)}${p.weekend ? "-WE" : ""}`;
  else if (p.season !== undefined) out += `-${p.season}`;
  else if (p.quarter !== undefined) out += `-Q${p.quarter}`;
  else if (p.unknownDay) out += "-XX-XX";
  else if (p.month !== undefined) {
    out += `-${pad(p.month, FIELD_WIDTH)}`;
    if (p.day !== undefined) out += `-${pad(p.day, FIELD_WIDTH)}`;
  }
  if (p.clock !== undefined) out += `T${p.clock}`;
  else if (p.partOfDay !== undefined) out += `T${p.partOfDay}`;
  return out;
}

/** TIMEX duration letters per unit, and whether they belong after the T (times of day). */
const DURATION_CODES: Readonly<Record<TimeUnit, { code: string; time: boolean }>> = {
  minute: { code: "M", time: true },
  hour: { code: "H", time: true },
  day: { code: "D", time: false },
  weekend: { code: "WE", time: false },
  week: { code: "W", time: false },
  month: { code: "M", time: false },
  quarter: { code: "Q", time: false },
  year: { code: "Y", time: false },
  decade: { code: "DE", time: false },
  century: { code: "CE", time: false },
};
const HOURS_PER_DAY = 24;

/**
 * The TIMEX3 value of a duration: "P3D", "PT2H", "PXY" (a vague count), "P1Y6M" (one and a half
 * years, split into whole units the way TIMEX writes it).
 */
export function formatDuration(count: number, unit: TimeUnit): string {
  const { code, time } = DURATION_CODES[unit];
  const prefix = time ? "PT" : "P";
  if (Number.isNaN(count)) return `${prefix}X${code}`;
  if (Number.isInteger(count)) return `${prefix}${count}${code}`;
  const whole = Math.floor(count);
  if (unit === "year") return `P${whole ? `${whole}Y` : ""}${Math.round((count - whole) * MONTHS_PER_YEAR)}M`;
  if (unit === "day") return `P${whole ? `${whole}D` : ""}T${Math.round((count - whole) * HOURS_PER_DAY)}H`;
  return `${prefix}${count}${code}`;
}
