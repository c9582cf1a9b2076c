/**
 * News or narrative: how a document's relative times are anchored when the caller does not say
 * (`--time-anchoring auto`). Reporting dates its events from the time of writing ("gestern", "am
 * Freitag", "vor zwei Wochen", "this week"); a text that tells a past story in order (an encyclopaedia
 * article, a history) dates them with years and counts on from the dates it gave ("im März", "zwei Tage
 * später"). The choice is read from the expressions the text holds, before any is resolved.
 */
import type { Parsed } from "./interpret.js";
import { fromDayNumber } from "./calendar-math.js";

export interface AnchoringFeatures {
  /** Expressions that name a year (a date with its year, a year alone, a decade, a century). */
  dated: number;
  /** Distinct years named. */
  years: number;
  /** Expressions that count from the time of writing ("gestern", "diese Woche", "vor drei Tagen", a weekday alone). */
  deictic: number;
  /** Expressions that count on from the last date given ("zwei Tage später", "im folgenden Jahr", "am Tag darauf"). */
  anaphoric: number;
  /** Share of the years named that lie two or more years before the publication year (1 without a publication date). */
  pastShare: number;
  /** Share of the steps from one named year to the next that go forward or stay (a story told in order). */
  inOrder: number;
  /** Days of a month without a year ("am 11. Februar"): reporting's dates of this year. */
  yearless: number;
}

/** A narrative names at least this many years … */
const NARRATIVE_MIN_DATED = 4;
/** … and gives at least this many dates, named or counted on from the last ("zwei Tage später") … */
const NARRATIVE_MIN_DATES = 6;
/** … of at least this many distinct years … */
const NARRATIVE_MIN_YEARS = 2;
/** … with at most this many expressions counted from the time of writing per dated or anaphoric one … */
const NARRATIVE_MAX_DEICTIC_SHARE = 0.15;
/** … and, when it has a publication date, most of its years well before it. */
const NARRATIVE_MIN_PAST_SHARE = 0.75;
/** Years this close to the publication year are the reporting's present, not a story's past. */
const RECENT_YEARS = 2;

/**
 * Whether an expression counts from the time of writing. "heute" ("today") does so only where the text
 * has a publication date: narratives say it for "nowadays".
 */
function isAnaphoric(p: Parsed): boolean {
  if (p.relativeNoun) return p.relativeNoun.reference === "anaphoric";
  if (p.relative) return p.relative.reference === "anaphoric";
  return (p.direction === "later" || p.direction === "earlier") && p.count !== undefined;
}

function isDeictic(p: Parsed, dated: boolean): boolean {
  if (p.relativeNoun) return p.relativeNoun.reference === "deictic" && (dated || !(p.relativeNoun.unit === "day" && p.relativeNoun.offset === 0));
  if (p.relative && p.unit && !p.unitPlural) return p.relative.reference === "deictic";
  if (p.relative && (p.weekday !== undefined || p.partOfDay !== undefined)) return p.relative.reference === "deictic";
  if (p.direction === "ago" || p.direction === "ahead") return p.count !== undefined && !Number.isNaN(p.count);
  return p.weekday !== undefined && p.day === undefined && p.month === undefined && p.year === undefined && p.set === undefined && !p.every;
}

/** The features of a document's expressions (as parsed, not resolved). */
export function anchoringFeatures(parsed: readonly Parsed[], publication: number | null): AnchoringFeatures {
  const years: number[] = [];
  let dated = 0;
  let deictic = 0;
  let anaphoric = 0;
  for (const p of parsed) {
    if (p.year !== undefined) {
      dated++;
      years.push(p.era === "BC" ? -p.year : p.year);
    } else if ((p.decade !== undefined && (p.decadeDigits ?? 0) >= 3) || p.century !== undefined) dated++;
    else if (isDeictic(p, publication !== null)) deictic++;
    else if (isAnaphoric(p)) anaphoric++;
  }
  const published = publication === null ? null : fromDayNumber(publication).year;
  const past = published === null ? years.length : years.filter((y) => y <= published - RECENT_YEARS).length;
  let forward = 0;
  for (let i = 1; i < years.length; i++) if ((years[i] as number) >= (years[i - 1] as number)) forward++;
  const yearless = parsed.filter((p) => p.day !== undefined && p.month !== undefined && p.year === undefined).length;
  return {
    dated,
    years: new Set(years).size,
    deictic,
    anaphoric,
    pastShare: years.length ? past / years.length : 0,
    inOrder: years.length > 1 ? forward / (years.length - 1) : 0,
    yearless,
  };
}

/** Narrative when the text dates its events with years of the past and hardly counts from the time of writing. */
export function detectAnchoring(parsed: readonly Parsed[], publication: number | null): "news" | "narrative" {
  const f = anchoringFeatures(parsed, publication);
  const narrative =
    f.dated >= NARRATIVE_MIN_DATED &&
    f.dated + f.anaphoric >= NARRATIVE_MIN_DATES &&
    f.years >= NARRATIVE_MIN_YEARS &&
    f.deictic <= (f.dated + f.anaphoric) * NARRATIVE_MAX_DEICTIC_SHARE &&
    f.pastShare >= NARRATIVE_MIN_PAST_SHARE;
  return narrative ? "narrative" : "news";
}
