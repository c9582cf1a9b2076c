/**
 * What a language brings: words and patterns only, no algorithms. Every locale folder
 * (`src/locales/de`, `src/locales/en`, …) has the same file set, one file per section below, and an
 * `index.ts` that assembles them into a `Locale`. A new language is a new folder and one line in
 * `src/locales/index.ts`.
 */
import type { LanguageCode } from "../model/types.js";

export interface SentenceLocale {
  /**
   * Abbreviations that end in a period and do not end a sentence, written as in text
   * ("z. B.", "Dr.", "U.S."). Matching ignores the spaces inside them.
   */
  abbreviations: readonly string[];
  /**
   * Abbreviations that may also end a sentence ("usw.", "etc.", "Inc."): a boundary after them is
   * taken only when the next word starts a sentence by itself (see `sentenceStarters`).
   */
  ambiguousAbbreviations: readonly string[];
  /** Words that often start a sentence, lowercase ("der", "the", "es"). */
  sentenceStarters: readonly string[];
  /** Words after which "13." is an ordinal, lowercase ("am", "der", "vom", "the"). */
  ordinalPreceders: readonly string[];
}

export interface CalendarLocale {
  /** Month names and their common abbreviations (lowercase), index 0 = January. */
  months: readonly (readonly string[])[];
  /** Weekday names and abbreviations (lowercase), index 0 = Monday. */
  weekdays: readonly (readonly string[])[];
}

export interface StructureLocale {
  /** Words that introduce a photo or article credit, before a colon ("Foto", "Quelle", "Photo"). */
  creditPrefixes: readonly string[];
  /** Credit prefixes that mean an article (wire copy) credit rather than an image credit. */
  articleCreditPrefixes: readonly string[];
  /** Teasers for other articles start with these ("Mehr zum Thema", "Lesen Sie auch", "Read more"). */
  relatedMarkers: readonly string[];
  /**
   * Words and phrases of outlet appeals and promos (share, donate, subscribe, "our site was blocked"),
   * lowercase; a paragraph holding several of them is boilerplate.
   */
  appealCues: readonly string[];
  /** Phrases that alone make a paragraph boilerplate (legal notes, newsletter boxes), lowercase. */
  boilerplateMarkers: readonly string[];
  /** Labels that make a paragraph boilerplate when they are all it says ("Anzeige", "Advertisement"). */
  boilerplateLabels: readonly string[];
  /**
   * Words addressing the reader (second person), case-sensitive ("Euch", "Ihnen", "you"); counted
   * only inside a sentence, where capitals tell the polite "Ihr" from "ihr". Their density marks appeals.
   */
  readerAddress: readonly string[];
  /** The outlet speaking of itself (first person plural), lowercase. */
  outletSelf: readonly string[];
}

export interface Locale {
  code: LanguageCode;
  /** The language's name in English. */
  name: string;
  sentences: SentenceLocale;
  calendar: CalendarLocale;
  structure: StructureLocale;
}
