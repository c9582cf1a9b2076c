import type { Locale } from "../../locales/types.js";
import { alternatives, escapeRegex, wholeWords } from "../../text/regex.js";

/**
 * Appeals and promos: a paragraph is boilerplate when its appeal score reaches this and it speaks to the
 * reader or as the outlet. The score is the number of distinct appeal cues plus up to two reader-address
 * words and one point for the outlet speaking of itself twice or more.
 */
const APPEAL_SCORE = 4;
const MAX_READER_POINTS = 2;
const OUTLET_SELF_MIN = 2;
/**
 * Beyond this many words, reader address alone does not make an appeal: a long paragraph that tells the
 * reader about subscriptions or sign-ups (a deals article, a review) is reporting unless the outlet speaks
 * of itself ("support us", "our newsletter").
 */
const READER_ONLY_APPEAL_MAX_WORDS = 60;
const WORD = /\S+/g;
/** A boilerplate marker makes a paragraph boilerplate outright when the paragraph is at most this long. */
const MARKER_PARAGRAPH_MAX = 400;

/** A promo line is short: at most this many words. */
const PROMO_MAX_WORDS = 60;
/** A handle ("@JamaicaGleaner") or an e-mail address names a channel too. */
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_]{2,}|[\p{L}\p{N}._-]+@[\p{L}\p{N}-]+\.[\p{L}]{2,}/u;

interface CueRules {
  related: RegExp;
  promoOpener: RegExp;
  promoChannel: RegExp;
  appeal: RegExp;
  marker: RegExp;
  labels: Set<string>;
  reader: RegExp;
  outlet: RegExp;
}

const compiled = new WeakMap<Locale, CueRules>();

/** A regex that finds any of the phrases as whole words. */
function phrases(list: readonly string[], flags: string): RegExp {
  return new RegExp(wholeWords(list), flags);
}

function rulesFor(locale: Locale): CueRules {
  let rules = compiled.get(locale);
  if (!rules) {
    const s = locale.structure;
    rules = {
      related: new RegExp(`^(?:${alternatives(s.relatedMarkers)})(?![\\p{L}])`, "iu"),
      appeal: phrases(s.appealCues, "giu"),
      marker: phrases(s.boilerplateMarkers, "iu"),
      promoOpener: new RegExp(`^(?:${alternatives(s.promoOpeners)})(?![\\p{L}])`, "iu"),
      promoChannel: phrases(s.promoChannels, "iu"),
      labels: new Set(s.boilerplateLabels.map((l) => l.toLowerCase())),
      // Reader address counts only inside a sentence: not after a sentence end or at the start.
      reader: new RegExp(`(?<=[\\p{L}\\p{N},;]\\s+)(?:${s.readerAddress.map(escapeRegex).join("|")})(?![\\p{L}\\p{N}])`, "gu"),
      outlet: phrases(s.outletSelf, "giu"),
    };
    compiled.set(locale, rules);
  }
  return rules;
}

/**
 * The opener of a promo line ("Subscribe to our channel on YouTube", "Follow @outlet on Twitter", "Join
 * our forums"): a short paragraph opening with an imperative that names a channel or the outlet.
 */
function promoOpener(paragraph: string, rules: CueRules): string | null {
  const m = rules.promoOpener.exec(paragraph);
  if (!m || (paragraph.match(WORD)?.length ?? 0) > PROMO_MAX_WORDS) return null;
  const names = rules.promoChannel.test(paragraph) || HANDLE.test(paragraph) || rules.outlet.test(paragraph);
  return names ? m[0] : null;
}

export function isRelatedTeaser(paragraph: string, locales: readonly Locale[]): boolean {
  return locales.some((l) => rulesFor(l).related.test(paragraph));
}

export interface AppealScore {
  cues: string[];
  reader: number;
  outlet: number;
  score: number;
}

export function appealScore(paragraph: string, locale: Locale): AppealScore {
  const rules = rulesFor(locale);
  const cues = [...new Set([...paragraph.matchAll(rules.appeal)].map((m) => m[0].toLowerCase()))];
  const reader = [...paragraph.matchAll(rules.reader)].length;
  const outlet = [...paragraph.matchAll(rules.outlet)].length;
  const score = cues.length + Math.min(MAX_READER_POINTS, reader) + (outlet >= OUTLET_SELF_MIN ? 1 : 0);
  return { cues, reader, outlet, score };
}

/**
 * Why a paragraph is boilerplate (an appeal, a promo, a legal note), or null. A list item is never taken
 * for a promo line: how-to lists are made of imperatives ("Sign up with your e-mail address").
 */
export function boilerplateReason(paragraph: string, locale: Locale, listItem = false): string | null {
  const rules = rulesFor(locale);
  const label = paragraph.trim().replace(/[:.]$/, "").toLowerCase();
  if (rules.labels.has(label)) return `label: ${paragraph.trim()}`;
  const marker = rules.marker.exec(paragraph);
  if (marker && (paragraph.length <= MARKER_PARAGRAPH_MAX || marker.index === 0)) return `marker: ${marker[0]}`;
  const promo = listItem ? null : promoOpener(paragraph, rules);
  if (promo) return `promo: ${promo}`;
  const appeal = appealScore(paragraph, locale);
  const speaks = appeal.outlet > 0 || (appeal.reader > 0 && (paragraph.match(WORD)?.length ?? 0) <= READER_ONLY_APPEAL_MAX_WORDS);
  if (appeal.score >= APPEAL_SCORE && appeal.cues.length >= 2 && speaks) {
    return `appeal: ${appeal.cues.slice(0, 4).join(", ")}`;
  }
  return null;
}
