import type { Locale } from "../../locales/types.js";
import { alternatives, escapeRegex, wholeWords } from "../../text/regex.js";
import { wordsUpTo } from "./classify.js";

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
  promoMarker: RegExp;
  /** The two markers matched at a paragraph's start only (sticky). */
  markerAtStart: RegExp;
  promoMarkerAtStart: RegExp;
  offer: RegExp;
  call: RegExp;
  pitch: RegExp;
  labels: Set<string>;
  reader: RegExp;
  outlet: RegExp;
}

/** A promo box is short: at most this many words. */
const PROMO_BOX_MAX_WORDS = 50;
/** Where a call to act starts a clause: the paragraph's start, or after sentence or clause punctuation, a bracket or a dash. */
const CLAUSE_START = /(?:^|[.!?:;([\]–—•|»«"„“]\s*|\s[-–—]\s+)$/u;
/** A paragraph set in a box of brackets ("[Alle Updates im Newsletter – hier anmelden]"). */
const BOXED = /^\s*[[(][\s\S]*[\])]\s*$/u;
const EXCLAIMED = /!["“”»«')\]]*\s*$/u;
/** What may follow a call that ends its clause ("… jetzt kostenlos abonnieren!", "Hier anmelden."). */
const CLAUSE_END = /^\s*(?:[.!?:;)\]–—|»«"“”]|$)/u;

/** What an aside found by its words is, and why. */
export interface AsideReason {
  kind: "boilerplate" | "promo";
  reason: string;
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
      promoMarker: phrases(s.promoMarkers, "iu"),
      markerAtStart: phrases(s.boilerplateMarkers, "iuy"),
      promoMarkerAtStart: phrases(s.promoMarkers, "iuy"),
      offer: phrases(s.promoOffers, "iu"),
      call: phrases(s.promoCalls, "giu"),
      pitch: phrases(s.promoPitch, "iu"),
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
  if (!m || wordsUpTo(paragraph, PROMO_MAX_WORDS) > PROMO_MAX_WORDS) return null;
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

/** The distinct appeal cues of a paragraph, lowercase. */
function appealCues(paragraph: string, rules: CueRules): string[] {
  return [...new Set([...paragraph.matchAll(rules.appeal)].map((m) => m[0].toLowerCase()))];
}

export function appealScore(paragraph: string, locale: Locale): AppealScore {
  const rules = rulesFor(locale);
  const cues = appealCues(paragraph, rules);
  const reader = [...paragraph.matchAll(rules.reader)].length;
  const outlet = [...paragraph.matchAll(rules.outlet)].length;
  const score = cues.length + Math.min(MAX_READER_POINTS, reader) + (outlet >= OUTLET_SELF_MIN ? 1 : 0);
  return { cues, reader, outlet, score };
}

/**
 * A promo of the outlet's offers: a short paragraph that names an offer (newsletter, subscription, app,
 * push notifications, journalism to support), calls on the reader to act ("Melden Sie sich", "Sign up",
 * at the start of a clause, or a call with its pitch in it: "hier anmelden") and pitches it: the outlet's
 * own ("unser Newsletter"), a pitch word ("jetzt", "kostenlos", "here", "free"), a box of brackets, an
 * exclamation. Reporting about someone's newsletter calls on nobody.
 */
function promoBox(paragraph: string, rules: CueRules): string | null {
  if (wordsUpTo(paragraph, PROMO_BOX_MAX_WORDS) > PROMO_BOX_MAX_WORDS) return null;
  const offer = rules.offer.exec(paragraph);
  if (!offer) return null;
  let call: string | null = null;
  // A call ending its clause is an imperative infinitive ("jetzt hier kostenlos abonnieren!") only in a
  // box or an exclamation: reporting ends clauses with infinitives too ("den Bürger abonnieren können").
  const boxedOrExclaimed = BOXED.test(paragraph) || EXCLAIMED.test(paragraph);
  rules.call.lastIndex = 0;
  for (let m = rules.call.exec(paragraph); m !== null && call === null; m = rules.call.exec(paragraph)) {
    const endsClause = boxedOrExclaimed && CLAUSE_END.test(paragraph.slice(m.index + m[0].length));
    if (CLAUSE_START.test(paragraph.slice(0, m.index)) || rules.pitch.test(m[0]) || endsClause) call = m[0];
  }
  if (call === null) return null;
  rules.outlet.lastIndex = 0;
  const pitched = rules.outlet.test(paragraph) || rules.pitch.test(paragraph) || BOXED.test(paragraph) || EXCLAIMED.test(paragraph);
  return pitched ? `${call}, ${offer[0].toLowerCase()}` : null;
}

/** Whether a paragraph names one of the outlet's offers (newsletter, subscription, app, donation). */
function namesOffer(paragraph: string, rules: CueRules): boolean {
  return rules.offer.test(paragraph);
}

/** The match of a sticky pattern at the start of a text. */
function atStart(sticky: RegExp, text: string): RegExpExecArray | null {
  sticky.lastIndex = 0;
  return sticky.exec(text);
}

/**
 * Why a paragraph is an aside the words tell: boilerplate (a legal note, a label, a print-edition or
 * broadcast note, an appeal to share) or a promo (the outlet's offers and prompts: newsletter and
 * subscription boxes, "follow us", app and push prompts, an appeal for money); null for neither. A list
 * item is never taken for a promo line: how-to lists are made of imperatives ("Sign up with your e-mail
 * address").
 */
export function asideReason(paragraph: string, locale: Locale, listItem = false): AsideReason | null {
  const rules = rulesFor(locale);
  const label = paragraph.trim().replace(/[:.]$/, "").toLowerCase();
  if (rules.labels.has(label)) return { kind: "boilerplate", reason: `label: ${paragraph.trim()}` };
  // A marker counts in a short paragraph, and at the start of a long one: there the first match is at 0
  // exactly when a match starts at 0, so the long paragraph is not searched through.
  const short = paragraph.length <= MARKER_PARAGRAPH_MAX;
  const marker = short ? rules.marker.exec(paragraph) : atStart(rules.markerAtStart, paragraph);
  if (marker) return { kind: "boilerplate", reason: `marker: ${marker[0]}` };
  const promoMarker = short ? rules.promoMarker.exec(paragraph) : atStart(rules.promoMarkerAtStart, paragraph);
  if (promoMarker) return { kind: "promo", reason: `promo marker: ${promoMarker[0]}` };
  if (!listItem) {
    const opener = promoOpener(paragraph, rules);
    if (opener) return { kind: "promo", reason: `promo: ${opener}` };
    const box = promoBox(paragraph, rules);
    if (box) return { kind: "promo", reason: `promo: ${box}` };
  }
  // Fewer than two appeal cues make no appeal: reader address and the outlet's voice are not counted then.
  if (appealCues(paragraph, rules).length < 2) return null;
  const appeal = appealScore(paragraph, locale);
  const speaks = appeal.outlet > 0 || (appeal.reader > 0 && wordsUpTo(paragraph, READER_ONLY_APPEAL_MAX_WORDS) <= READER_ONLY_APPEAL_MAX_WORDS);
  if (appeal.score >= APPEAL_SCORE && appeal.cues.length >= 2 && speaks) {
    // An appeal for money or sign-ups is a promo of the outlet's offers; an appeal to share is boilerplate.
    return { kind: namesOffer(paragraph, rules) ? "promo" : "boilerplate", reason: `appeal: ${appeal.cues.slice(0, 4).join(", ")}` };
  }
  return null;
}
