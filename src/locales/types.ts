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
  /**
   * Words that start a byline without a colon ("Von Anna Muster", "By Jane Doe"): on a short line of
   * names, an article credit naming its authors.
   */
  bylinePrefixes: readonly string[];
  /**
   * Words that join the names of several authors in a byline ("und", "and", "im Gespräch mit"); commas,
   * semicolons, "&" and " / " join them in every language.
   */
  bylineConjunctions: readonly string[];
  /** Words that join further names in a credit line besides the conjunctions ("Reporting by X with Y"). */
  creditLineJoiners: readonly string[];
  /** Words that start an image credit without a colon ("Foto von …", "Photo by …/Getty Images"). */
  imageCreditByPrefixes: readonly string[];
  /** Credit prefixes that mean an article (wire copy) credit rather than an image credit. */
  articleCreditPrefixes: readonly string[];
  /**
   * Phrases that open a line crediting the article's reporters and editors, lowercase, no colon needed
   * ("reporting by", "editing by", "mit material von").
   */
  creditLineOpeners: readonly string[];
  /** Phrases that end such a line ("contributed to this report"), lowercase. */
  creditLineClosers: readonly string[];
  /** Teasers for other articles start with these ("Mehr zum Thema", "Lesen Sie auch", "Read more"). */
  relatedMarkers: readonly string[];
  /**
   * Words and phrases of outlet appeals and promos (share, donate, subscribe, "our site was blocked"),
   * lowercase; a paragraph holding several of them is boilerplate.
   */
  appealCues: readonly string[];
  /**
   * Imperatives that open an outlet's promo line ("Subscribe to", "Follow", "Join our", "Folgen Sie"),
   * lowercase: a short paragraph that starts with one and names a channel, the reader or the outlet is boilerplate.
   */
  promoOpeners: readonly string[];
  /** Channels a promo sends the reader to ("YouTube", "newsletter", "podcast", "app"), lowercase. */
  promoChannels: readonly string[];
  /** Phrases that alone make a paragraph boilerplate (legal notes, print-edition and broadcast notes), lowercase. */
  boilerplateMarkers: readonly string[];
  /** Phrases that alone make a paragraph a promo of the outlet's offers ("jetzt abonnieren", "sign up for our"), lowercase. */
  promoMarkers: readonly string[];
  /**
   * What an outlet offers its readers (newsletter, subscription, app, push notifications, podcast, membership,
   * "independent journalism" to support), lowercase: a short paragraph that names one, calls on the reader to
   * act and pitches it (the outlet's own, "here", "now", "free", a box, an exclamation) is a promo.
   */
  promoOffers: readonly string[];
  /** Calls on the reader to act ("melden Sie sich", "testen Sie", "hier anmelden", "sign up", "try", "turn on"), lowercase. */
  promoCalls: readonly string[];
  /** Words of a pitch ("hier", "jetzt", "kostenlos", "verpassen", "here", "now", "free", "never miss"), lowercase. */
  promoPitch: readonly string[];
  /** Words that open an author's note at the end ("Der Autor", "Zur Autorin", "About the author"). */
  bioOpeners: readonly string[];
  /** Verbs that follow an author's name in a bio ("ist", "schreibt", "is", "covers"), lowercase. */
  bioVerbs: readonly string[];
  /** What journalists are ("Redakteurin", "Korrespondent", "reporter", "columnist"), lowercase. */
  bioRoles: readonly string[];
  /** Labels of a picture gallery ("Bildergalerie", "Fotostrecke", "Gallery", "In pictures"). */
  galleryLabels: readonly string[];
  /** Words of a gallery's picture counter besides the label ("Bild 3 von 12": "Bild", "von"; "Image 3 of 12"). */
  galleryCounters: readonly string[];
  /**
   * Words that say what kind of text an article is, by genre, lowercase: in a kicker ("Interview",
   * "Kommentar"), a title prefix ("Liveblog: …"), a section or the address ("/meinung/", "/opinion/").
   */
  genreWords: Readonly<Record<"interview" | "liveblog" | "report" | "opinion" | "press_release", readonly string[]>>;
  /** Labels of an interview's question and answer turns besides speakers' names ("Frage", "F", "Q", "Antwort"). */
  interviewLabels: readonly string[];
  /** Labels that make a paragraph boilerplate when they are all it says ("Anzeige", "Advertisement"). */
  boilerplateLabels: readonly string[];
  /**
   * Words addressing the reader (second person), case-sensitive ("Euch", "Ihnen", "you"); counted
   * only inside a sentence, where capitals tell the polite "Ihr" from "ihr". Their density marks appeals.
   */
  readerAddress: readonly string[];
  /** The outlet speaking of itself (first person plural), lowercase. */
  outletSelf: readonly string[];
  /**
   * Single words that label a publication line on a page ("Published", "Updated", "Veröffentlicht"),
   * lowercase: a short line holding a date and one of these is the page's date line, not article text.
   */
  dateLineLabels: readonly string[];
  /** Small words a date line joins its parts with ("on", "at", "am", "um", "Uhr"), lowercase; not counted as content. */
  dateLineFillers: readonly string[];
}

/** A country: its names in this language, the adjective it gives (the demonym) and its capital. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code; ties the country to its cities and to other languages. */
  code: string;
  /** Canonical name ("Südkorea", "Vereinigte Staaten"). */
  name: string;
  /** Other names and abbreviations, inflected forms included where they are not regular ("USA", "Vereinigten Staaten"). */
  aliases?: readonly string[];
  /**
   * The adjective of the country, lowercase, without ending in languages that inflect it ("südkoreanisch",
   * "russisch"; English "South Korean"). Forms are the demonym plus one of `PlacesLocale.demonymEndings`.
   */
  demonym?: string;
  /** The capital as this language writes it; a capital standing for its government is a metonym. */
  capital?: string;
}

/** A place other than a country: a city exonym, a region, a continent. */
export interface PlaceEntry {
  name: string;
  aliases?: readonly string[];
  subtype: "city" | "region" | "continent" | "other";
  /** ISO code of the country it lies in, where there is one. */
  country?: string;
  /** Adjective of the place, as `CountryEntry.demonym` ("europäisch", "bayerisch"). */
  demonym?: string;
}

export interface PlacesLocale {
  countries: readonly CountryEntry[];
  /** Exonyms of cities (the shared GeoNames list has local names), regions, continents. */
  places: readonly PlaceEntry[];
  /** Endings a demonym takes ("e", "en", "er", "es", "em" in German; "" for English), with "" for the bare form. */
  demonymEndings: readonly string[];
  /** Words that make a following capital a place, not a government: "in Washington", "nach Moskau" (lowercase). */
  locativePrepositions: readonly string[];
  /**
   * One-word towns of the shared gazetteer that are also common words of the language ("Orange",
   * "Reading"), taken as places only after a locative preposition or where the tagger agrees; empty
   * where a common-noun filter does that work (German: model/nouns-de.bin).
   */
  commonWordTowns: readonly string[];
  /** Verbs that make a capital before or after them speak or act ("warf", "vorwarf", "said"), lowercase. */
  agentVerbs: readonly string[];
  /**
   * Last words (or "-" word endings, lowercase) that make a capitalised name a place ("Street", "Bridge",
   * "-straße", "-platz"); used to type names found by capitalisation where no tagger is trained.
   */
  placeHeads: readonly string[];
  /** Words that open a clause whose subject may follow ("dass", "that"): "dass Seoul … entdeckt habe". */
  clauseOpeners: readonly string[];
}

/** An organisation the locale names in its own words (international bodies, parties, ministries). */
export interface OrganizationEntry {
  name: string;
  aliases?: readonly string[];
  /** ISO code of its country, where it belongs to one ("Kreml" → RU). */
  country?: string;
}

export interface NamesLocale {
  /** Courtesy titles that stand before a name and are not roles ("Herr", "Frau", "Mr.", "Dr."). */
  honorifics: readonly string[];
  /** Honorifics that tell a woman or a man ("Frau", "Mrs.", "Ms." / "Herr", "Mr."). */
  femaleHonorifics: readonly string[];
  maleHonorifics: readonly string[];
  /** Lowercase particles inside personal names ("von", "van", "de", "bin", "al"). */
  nameParticles: readonly string[];
  /** Organisations by name: international bodies, parties, governments, institutions. */
  organizations: readonly OrganizationEntry[];
  /**
   * Last words (or word endings, lowercase) that make a name an organisation ("ministerium", "partei", "AG",
   * "GmbH", "university"). Entries starting with "-" match a word ending; others a whole word.
   */
  organizationHeads: readonly string[];
  /**
   * Beginnings of one-word names of public institutions, which end in an organisation head
   * ("Bundes" + "justizministerium", "Landes" + "kriminalamt"); empty where names are not written so.
   */
  institutionPrefixes: readonly string[];
  /** Words that make a name an outlet ("Zeitung", "Nachrichtenagentur", "newspaper", "broadcaster"), lowercase. */
  mediaCues: readonly string[];
  /**
   * Last words of newspaper titles after a town ("Denver Post", "Miami Herald", "Kieler Nachrichten"),
   * capitalised: a run ending in one is no person's name.
   */
  mastheads: readonly string[];
  /** Determiners and articles, lowercase; a genitive one ("des", "eines") before a name means its -s or -es is an ending. */
  determiners: readonly string[];
  genitiveDeterminers: readonly string[];
  /**
   * Determiners after which the first adjective of a multi-word name has the weak ending the canonical
   * name does not have ("der Deutschen Bank" → "Deutsche Bank"); empty where adjectives do not inflect.
   */
  weakAdjectiveDeterminers: readonly string[];
  /** Endings a name takes in the genitive ("s", "es" in German; "'s", "’s" in English), longest first. */
  genitiveEndings: readonly string[];
  /** Capitalised words that begin sentences or headlines and are never names ("Die", "The", "Am"). */
  nonNames: readonly string[];
  /**
   * Materials: chemical elements, metals, commodities ("Lithium", "Nickel", "Kupfer"; "Copper"). Written
   * alone they name a substance, not a person, place or organisation, even where a surname is spelt alike.
   */
  materials: readonly string[];
  /**
   * Nouns for a kind of organisation that stand right before its name ("Reederei Elbtrans", "Rüstungskonzern
   * Rheinmetall", "defense contractor Lockheed Martin"), lowercase; entries starting with "-" match the ending
   * of a longer word ("Autobauer", not "Bauer"). A name after one is the organisation's, not a person's.
   */
  organizationKinds: readonly string[];
  /** Lowercase words that may join the capitalised words of one name ("of", "for", "and", "von", "der"). */
  nameConnectors: readonly string[];
  /**
   * How an organisation's name goes on after its head word: "Bundesamt für Migration und Flüchtlinge",
   * "Zentralverband der deutschen Seehafenbetriebe", "Universität Hamburg", "Office for National Statistics".
   */
  organizationPhrase: OrganizationPhraseLocale;
}

export interface OrganizationPhraseLocale {
  /** Lowercase words that link a head to the rest of the name ("für", "der", "des"; "of", "for"). */
  links: readonly string[];
  /** Links that are genitive articles: the rest after them must not be a known place alone ("Regierung der USA"). */
  genitiveLinks: readonly string[];
  /** Lowercase words that join two parts of the rest ("und"; "and"). */
  joiners: readonly string[];
  /** Endings of lowercase adjectives inside the rest ("deutschen"); empty where adjectives are capitalised in names. */
  adjectiveEndings: readonly string[];
  /** Whether a place right after the head belongs to the name ("Universität Hamburg", "Landgericht Köln"). */
  placeAfterHead: boolean;
  /**
   * Which capitalised words before the head belong to the name: "adjectives" (German, by their endings:
   * "Bayerisches Staatsministerium") or any "capitalised" word (English: "Serum Institute of India").
   */
  wordsBeforeHead: "adjectives" | "capitalised";
}

/** An office, title or function a person holds ("Präsident", "Sprecherin", "mayor"). */
export interface RoleEntry {
  /** The base (masculine or unmarked) form ("Minister", "spokesman"). */
  word: string;
  /** The female form where the language has one ("Ministerin", "spokeswoman"). */
  female?: string;
  /** The male form where the base form is unmarked and a marked male form exists ("spokesman" for "spokesperson"). */
  male?: string;
  /** The role this word stands for when it is a synonym ("Kremlchef" → "Präsident"). */
  means?: string;
  /** The affiliation a synonym implies: an ISO country code or an organisation name ("Kremlchef" → "RU"). */
  affiliation?: string;
  /**
   * Whether the word also ends compounds that name the same kind of role ("Außenminister", "Regierungssprecher"):
   * true for heads such as "Minister", "Sprecher".
   */
  head?: boolean;
}

export interface RolesLocale {
  roles: readonly RoleEntry[];
  /** Endings a role noun takes when inflected ("s", "en", "n", "innen"), longest first; "" is the bare form. */
  roleEndings: readonly string[];
  /** The ending of female forms derived from a base ("in" → "Sprecherin"), if the language has one. */
  femaleSuffix: string | null;
  /** Qualifiers before a role, lowercase base form ("stellvertretend", "ehemalig", "deputy", "former"). */
  qualifiers: readonly string[];
  /** Endings adjectives take before a role ("e", "en", "er"), "" for none. */
  adjectiveEndings: readonly string[];
  /** Words linking a role to an affiliation after it ("des", "der", "von", "of", "at", "for"), lowercase. */
  affiliationLinks: readonly string[];
  /** Words introducing an apposition after a name ("a", "an", "the"), lowercase. */
  appositionDeterminers: readonly string[];
  /** Definite determiners that make a bare role a reference to a person named before ("der Minister", "the mayor"). */
  definiteDeterminers: readonly string[];
}

/** A personal pronoun that can refer to a person. */
export interface PronounEntry {
  form: string;
  gender: "m" | "f";
  /** Whether the form may also be plural ("sie" in German) or refers to things as well ("er" for masculine nouns). */
  ambiguous?: "plural" | "thing";
}

export interface PronounsLocale {
  /** Third-person singular pronouns (nominative and the case forms speakers take), lowercase. */
  personal: readonly PronounEntry[];
  /** Verb endings or auxiliaries that, right after "sie", mark it plural ("sind", "haben", "werden"), lowercase. */
  pluralVerbs: readonly string[];
  /** Verbs that, right after "sie", mark it singular ("ist", "hat", "sagte"), lowercase. */
  singularVerbs: readonly string[];
}

/** A TIMEX3 modifier (a subset of TimeML's `mod` values). */
export type TimeMod =
  | "START"
  | "MID"
  | "END"
  | "APPROX"
  | "BEFORE"
  | "AFTER"
  | "ON_OR_BEFORE"
  | "ON_OR_AFTER"
  | "LESS_THAN"
  | "MORE_THAN"
  | "EQUAL_OR_LESS"
  | "EQUAL_OR_MORE";

/** Calendar units time expressions count in. */
export type TimeUnit = "minute" | "hour" | "day" | "weekend" | "week" | "month" | "quarter" | "year" | "decade" | "century";

/** Words that mean one value: the value, and its words or phrases (lowercase, single spaces). */
export interface Lexeme<V> {
  value: V;
  words: readonly string[];
}

/** A time unit's words: singular forms and plural forms (a plural without a count is vague: "seit Jahren"). */
export interface UnitWords {
  unit: TimeUnit;
  singular: readonly string[];
  plural: readonly string[];
}

/** A relative word ("vergangenen", "nächsten", "folgenden", "last", "following"): a step and what it counts from. */
export interface RelativeWords {
  /** Steps from the reference in the expression's unit: -1 the one before, 0 this one, 1 the one after. */
  offset: -1 | 0 | 1;
  /** `deictic` counts from the time of writing (the publication date), `anaphoric` from the last date the text gave. */
  reference: "deictic" | "anaphoric";
  words: readonly string[];
}

/** A word that is a relative date by itself ("gestern", "Vorjahr", "tonight"). */
export interface RelativeNoun {
  unit: TimeUnit;
  offset: number;
  reference: "deictic" | "anaphoric";
  /** Part of the day it names as well ("tonight" → NI). */
  partOfDay?: string;
  words: readonly string[];
}

/** What tells the tense of a clause, for weekdays and months without a year ("am Freitag" said or planned). */
export interface TenseLocale {
  /** Words that mark the future (auxiliaries, "will"), lowercase. */
  future: readonly string[];
  /** Prepositions that put the expression after them in the future ("für Montag angekündigt"), lowercase. */
  futureSignals: readonly string[];
  /** Past-tense forms (irregular verbs, auxiliaries), lowercase. */
  past: readonly string[];
  /** Endings of regular past forms ("te", "ed"), checked on lowercase words not after a determiner. */
  pastSuffixes: readonly string[];
  /** Shortest word the past endings apply to. */
  pastSuffixMinLength: number;
  /** Words with a past ending that are not past forms ("heute", "bitte"), lowercase. */
  notPast: readonly string[];
  /** Words after which a word with a past ending is an adjective ("die", "the"), lowercase. */
  determiners: readonly string[];
  /** Auxiliaries of the perfect ("hat", "has"): past when a participle follows in the clause. */
  perfectAuxiliaries: readonly string[];
  /** Participle shapes: a word starting with one of the prefixes and ending with one of the suffixes. */
  participlePrefixes: readonly string[];
  participleSuffixes: readonly string[];
  /** Irregular participles ("said", "gesehen" is covered by the shapes), lowercase. */
  participles: readonly string[];
}

/**
 * Temporal expressions. `patterns` are templates over named slots (docs/time.md): `{day}`, `{month}`,
 * `{year}`, … are filled from the word lists below and the calendar; `[…]` is optional, a space is one or
 * more white-space characters, `~` optional white space; other characters are literal.
 */
export interface TimeLocale {
  patterns: readonly string[];
  units: readonly UnitWords[];
  /** Parts of the day, TIMEX values MO, MI, AF, EV, NI, DT. Also the endings of compounds ("Freitagabend"). */
  partsOfDay: readonly Lexeme<string>[];
  /** Named clock times ("Mitternacht" → 24:00). */
  namedTimes: readonly Lexeme<string>[];
  /** Seasons, TIMEX values SP, SU, FA, WI. */
  seasons: readonly Lexeme<string>[];
  /** Prefixes of compounds with a season ("Spätsommer" → END). */
  seasonPrefixes: readonly Lexeme<TimeMod>[];
  /** Parts of a period ("Anfang", "Mitte", "Ende", "early"); value "" for words that only frame ("Laufe"). */
  modifiers: readonly Lexeme<TimeMod | "">[];
  /** Compounds naming a part of the year ("Jahresende", "Jahreswechsel"). */
  yearPoints: readonly Lexeme<TimeMod | "">[];
  /** Approximations and bounds before an expression ("etwa", "mehr als", "about"). */
  approximators: readonly Lexeme<TimeMod>[];
  relatives: readonly RelativeWords[];
  /** Relative dates in one word ("gestern", "morgen", "Vorjahr", "yesterday"). */
  relativeNouns: readonly RelativeNoun[];
  /** Vague references: PRESENT_REF ("jetzt"), PAST_REF ("kürzlich"), FUTURE_REF ("bald"). */
  references: readonly Lexeme<string>[];
  /** Recurrences in one word ("täglich" → P1D). */
  sets: readonly Lexeme<string>[];
  /** Quantifiers that make a recurrence ("jeden", "pro", "every"). */
  every: readonly string[];
  /** Endings that make a weekday a recurrence ("montags", "Mondays"). */
  weekdaySetSuffixes: readonly string[];
  /** Before a count: back from the time of writing ("vor"). */
  ago: readonly string[];
  /** Before a count: forward from the time of writing ("in"). */
  ahead: readonly string[];
  /** Forward from the last date the text gave ("später", "nach", "later"). */
  later: readonly string[];
  /** Back from the last date the text gave ("zuvor", "earlier"). */
  earlier: readonly string[];
  /** Counts that are vague ("mehrere", "einige", "several"): the value has X for the number. */
  vagueCounts: readonly string[];
  /** Eras: BC and AD ("v. Chr.", "BC"). */
  eras: readonly Lexeme<"BC" | "AD">[];
  /** Decades in words ("zwanziger" → 2). */
  decadeWords: readonly Lexeme<number>[];
  /** Endings that make a year a decade ("1940er", "1940s"). */
  decadeSuffixes: readonly string[];
  /** Holidays on a fixed date, value "MM-DD" ("Weihnachten" → 12-25). */
  holidays: readonly Lexeme<string>[];
  /** Words for a century ("Jahrhundert", "Jh."). */
  centuryWords: readonly string[];
  /** Endings of ordinals written in digits ("." in German, "th" in English). */
  ordinalSuffixes: readonly string[];
  /** Articles and prepositions that glue parts together ("des", "vom", "of", "the"). */
  glue: readonly string[];
  /** The word of a clock time ("Uhr", "o'clock"). */
  oclock: readonly string[];
  /** Morning and afternoon markers of clock times. */
  meridiem: readonly Lexeme<"am" | "pm">[];
  /**
   * Time zones after a clock time, valued with their UTC offset as ISO 8601 writes it ("+01:00", "Z"),
   * or "" for a time given as local ("Ortszeit", "local time"): the shared abbreviations
   * (shared/time-zones.ts) and the language's own names.
   */
  zones: readonly Lexeme<string>[];
  /** Prepositions before an expression, left out of its extent, with the modifier they lend ("seit" → ON_OR_AFTER). */
  signals: readonly Lexeme<TimeMod | "">[];
  /** Words joining two dates of one range or list ("bis", "und", "/"): "Mai/Juni 1940" gives Mai the year 1940. */
  rangeConnectors: readonly string[];
  /** Month names that are also common words or names ("August", "May"): dates only beside a day, a year or a signal. */
  ambiguousMonths: readonly string[];
  /** Words that are time words only in lowercase ("morgen" tomorrow vs "Morgen" morning). */
  lowercaseOnly: readonly string[];
  /**
   * Whether nouns are capitalised (German): then a bare four-digit number before a capitalised word in a
   * plural form is a count ("2000 Soldaten"), before one in a singular form a year ("1998 Europameisterin").
   */
  capitalizedNouns: boolean;
  /** Endings of plural nouns, for the rule above (lowercase). */
  pluralEndings: readonly string[];
  /** Prepositions after which a four-digit number is a year whatever follows ("seit 1962 Astronaut"). */
  yearPrepositions: readonly string[];
  /**
   * Endings of inflected adjectives (lowercase), where nouns are capitalised: a bare number before such a
   * word and a plural noun is a count ("1000 interne Unterlagen"), unless the word is a past verb form.
   */
  adjectiveEndings: readonly string[];
  /**
   * Prepositions after which a clock time written with a colon alone, without its word ("Uhr"), is a
   * time ("um 20:31"); empty where the patterns read such times everywhere.
   */
  bareClockSignals: readonly string[];
  /**
   * Words between a part of the day and the day it leads into ("Nacht zum Mittwoch", "night into
   * Wednesday"): the part of the day before that day (TIMEX3 `2024-06-11TNI`).
   */
  into: readonly string[];
  tense: TenseLocale;
}

/** Numbers in words and digits, shared by times and quantities. */
export interface NumberLocale {
  /** Decimal separator of numbers in digits. */
  decimal: "," | ".";
  /** Thousands separator of numbers in digits. */
  group: "," | "." | " ";
  /** Numbers in words ("zwei", "two"); the articles meaning one ("einen") are listed under 1. */
  words: readonly Lexeme<number>[];
  /** Scale words after a number ("Millionen", "Mio.", "billion"). */
  scales: readonly Lexeme<number>[];
  /** Fraction words after a number, by denominator ("zwei Drittel", "two thirds" → 3). */
  fractions: readonly Lexeme<number>[];
  /** Ordinals in words, all inflected forms ("ersten", "first" → 1). */
  ordinals: readonly Lexeme<number>[];
}

export type HedgeKindName = "modal" | "adverb" | "hearsay" | "evidential" | "conditional";

/** A hedge or evidential marker: its words, its kind and the commitment it lends (0 none … 1 full). */
export interface HedgeMarker {
  kind: HedgeKindName;
  strength: number;
  /**
   * Phrases (lowercase, single spaces). `…` stands for a gap inside the clause: "räumte … ein" matches
   * "räumte der Minister ein"; the marker's span is its first word.
   */
  words: readonly string[];
  /** The marker names a source ("Berichten zufolge", "reportedly"): its sentence is not the outlet's own voice. */
  attributes?: boolean;
}

export interface HedgeLocale {
  markers: readonly HedgeMarker[];
  /**
   * Modal verbs that report or claim only with a perfect infinitive at the end of their clause
   * ("soll … getötet haben", "will … gesehen haben").
   */
  reportativeModals: readonly HedgeMarker[];
  /** The infinitives that make such a modal reportative ("haben", "sein"). */
  perfectInfinitives: readonly string[];
  /** Speech and knowledge verbs whose choice lends or withholds commitment ("festgestellt" vs "behauptet"). */
  cueStrengths: readonly HedgeMarker[];
}

export type QuantityBound = "exact" | "upper" | "lower" | "approximate";

export interface QuantityLocale {
  /** Words before a number that bound it ("bis zu" upper, "mehr als" lower, "rund" approximate). */
  bounds: readonly Lexeme<QuantityBound>[];
  /** Units with a normalised name ("Prozent", "%" → percent; "Euro", "€" → EUR). */
  units: readonly Lexeme<string>[];
  /** Plural magnitudes that are quantities by themselves ("Tausende", "hundreds"): at least the value. */
  vagueMagnitudes: readonly Lexeme<number>[];
  /** Words before a number that make it a reference, not a quantity ("Nr.", "Resolution", "page"), lowercase. */
  referenceWords: readonly string[];
  /** Words that are never a counted noun ("und", "of", "the"), lowercase. */
  notNouns: readonly string[];
  /** Words between a magnitude and what it counts ("thousands of people"), lowercase. */
  countConnectors: readonly string[];
  /** Endings of adjectives that may stand between a number and its noun ("getötete Soldaten", "wounded soldiers"). */
  adjectiveEndings: readonly string[];
}

/** The forms of one verb (third person unless said otherwise), as the morphology data gives them. */
export interface VerbForms {
  lemma: string;
  /** A separable particle ("mit" of "mitteilen"); "" when the verb has none. */
  particle: string;
  /** Indicative finite forms, present and past (the stem part of a separable verb: "teilte"). */
  indicative: readonly string[];
  /** Subjunctive finite forms that mark reported speech (German Konjunktiv I; the stem part of a separable verb). */
  subjunctive: readonly string[];
  /** Conditional finite forms (German Konjunktiv II), which mark reported speech only after a source. */
  conditional: readonly string[];
  /** Participles ("gesagt", "mitgeteilt", "said"). */
  participles: readonly string[];
  /** Infinitives and other non-finite forms ("sagen", "mitzuteilen", "saying"). */
  nonFinite: readonly string[];
}

/** A word list answering membership (a Set, or a look-up in a sorted data file). */
export interface WordSet {
  has(word: string): boolean;
}

export interface MorphologyLocale {
  /** The forms of one verb, by its infinitive (loaded on first use). */
  verb(lemma: string): VerbForms | undefined;
  /** Every finite verb form the language data knows, lowercase (German: about 8,400 verbs' worth). */
  finiteForms(): WordSet;
  /** Every participle, lowercase. */
  participles(): WordSet;
  /** Finite forms that are only ever subjunctive (German Konjunktiv I), lowercase. */
  subjunctiveForms(): WordSet;
  /** Finite forms that are only ever conditional (German Konjunktiv II), lowercase. */
  conditionalForms(): WordSet;
  /** Infinitives with the infinitive marker inside ("zurückzutreten"), lowercase. */
  markedInfinitives(): WordSet;
  /** Present participles ("überraschend"), lowercase: capitalised at a sentence start they are adverbs, not nouns. */
  presentParticiples(): WordSet;
  /** Separable verb particles ("an", "auf", "zurück"), lowercase. */
  particles(): WordSet;
  /**
   * The lemmas of a verb form (finite, participle, infinitive), lowercase form: "ist" → ["sein"],
   * "mitgeteilt" → ["mitteilen"], "said" → ["say"]; empty when the data does not know it. The stem of a
   * separable verb ("teilte") gives the base verb only.
   */
  lemmasOf(form: string): readonly string[];
  /**
   * Words that look like a verb's subjunctive form but are mostly something else in text
   * (German "eine", "lange", "klare": determiners and adjectives), lowercase.
   */
  notSubjunctive: readonly string[];
}

/**
 * What a cue verb reports: speech, thought (cognition), writing, an act ("refused to …"), or the attitude or
 * intention of its subject ("wants to …", "opposes the plan"), a weaker kind of attribution.
 */
export type CueKind = "speech" | "thought" | "writing" | "act" | "attitude";

/** A verb that introduces what someone said, thought or wrote. */
export interface CueVerb {
  lemma: string;
  /** Separable particle, when the morphology data does not know it ("bekannt" of "bekanntgeben"). */
  particle?: string;
  kind: CueKind;
  /**
   * Whether the verb's object noun phrase can be the whole content ("dementierte Waffengeschäfte",
   * "kündigte Proteste an"): a reported speech act when no clause or quote follows.
   */
  reportsObject?: boolean;
  /** Words one of which must follow in the clause for the verb to be a cue ("bezeichnen … als", "sprechen von/davon"). */
  requires?: readonly string[];
  /**
   * Object nouns (lowercase) that give the verb another sense when they stand in its clause: "das
   * Unglück forderte zwei Todesopfer", "the storm claimed three lives" are no speech acts.
   */
  unlessObject?: readonly string[];
  /**
   * With `reportsObject`: prepositions (lowercase) that, standing in the verb's clause, give it another
   * sense in which its object is no statement: "zu zehn Jahren Haft verurteilt" (sentenced), "für nichtig
   * erklärt", "zum Sperrgebiet erklärt" (declared).
   */
  unlessWith?: readonly string[];
  /**
   * Prepositions (lowercase) whose phrase in the verb's clause is the source, not its subject: "Dies geht
   * aus einer Pressemitteilung hervor", "Wie aus dem Bericht hervorgeht, …". With `requires`, the word may
   * stand before the verb too.
   */
  sourceWith?: readonly string[];
  /** The channel the verb itself implies ("twittern" → social_media). */
  channel?: string;
  /** Whether a dative or indirect object is the addressee ("sagte der Zeitung", "told reporters"). */
  addressee?: boolean;
  /** A verb of asking: an indirect question ("asked when …", "fragte, wann …") is what was said. */
  asks?: boolean;
  /**
   * With `reportsObject`: the object counts only when it opens with one of these prepositions
   * ("berichtete von 41 Toten", "geht von Suizid aus", "boasted of a record"), lowercase.
   */
  objectWith?: readonly string[];
  /**
   * Without `reportsObject`: the object is the content where the subject is a document or a noun of saying
   * (`sayingNouns`): "A Fox News poll shows Sanders with 47 percent", "the records show …".
   */
  documentObject?: boolean;
  /**
   * A verb of naming or calling ("nennen", "bezeichnen … als", "call"): with a quoted predicate the object
   * and the predicate are the content ("nennt den Vorfall „besorgniserregend“", mixed).
   */
  namesPredicate?: boolean;
  /** In the passive the subject is still the one who speaks ("wurde mit den Worten zitiert", "is quoted as saying"). */
  passiveSpeaker?: boolean;
  /**
   * The perfect is formed with the locale's statePassiveAuxiliary ("ist davon ausgegangen"): that auxiliary
   * with the participle is the active perfect, not the stative passive.
   */
  perfectWithState?: boolean;
  /** The passive is another sense ("finden": "wurde im See gefunden" is found, not thought). */
  activeOnly?: boolean;
  /** With the locale's reflexive pronoun as its object the verb is another sense ("nennt sich", "verspricht sich Erfolg"). */
  unlessReflexive?: boolean;
}

/** A prepositional cue that names a source without a speech verb. */
export interface SourceCue {
  /** The cue words, lowercase, in order ("laut"; "zufolge"; "according to"). */
  words: readonly string[];
  /** Where the source phrase stands: after the cue ("laut X"), before it ("X zufolge"), or either. */
  source: "after" | "before" | "either";
  /**
   * The source phrase must be headed by one of these nouns of saying ("nach Angaben der Polizei",
   * "Seiner Meinung nach"), lowercase endings: for prepositions that are mostly not cues ("nach" is
   * also "after").
   */
  nouns?: readonly string[];
  /** Nouns that end in one of `nouns` but are no nouns of saying ("Voraussicht" for "Sicht": "aller Voraussicht nach"), lowercase. */
  notNouns?: readonly string[];
}

export interface ChannelCue {
  /** Lowercase word stems that name the channel ("interview", "telefongespräch", "staatsmedien"). */
  words: readonly string[];
  kind: string;
}

/**
 * The words of a refusal to comment, which a fact-checker counts as the source's answer: a negated verb
 * of commenting ("wollte sich nicht äußern", "would not comment"), or a negated verb of replying or
 * being reached with a request for comment in its clause ("war für eine Stellungnahme nicht zu erreichen",
 * "did not respond to a request for comment"). All lowercase; verbs as lemmas (their forms come from the
 * morphology), other words as they stand.
 */
export interface RefusalLocale {
  /** Verbs whose negation alone is a refusal to comment ("äußern", "kommentieren"; "comment"). */
  commentVerbs: readonly string[];
  /**
   * Verbs and adjectives of replying or being reached, a refusal when negated with a request for comment
   * in the clause ("reagieren", "erreichbar"; "respond", "available"); a verb the morphology does not know
   * is listed with its forms ("reach", "reached").
   */
  replyWords: readonly string[];
  /** Words that carry their own negation and are replies left out ("unbeantwortet"; "unavailable"). */
  negatedReplyWords: readonly string[];
  /** Nouns of a request for comment ("stellungnahme", "anfrage"; "comment", "request"). */
  requestNouns: readonly string[];
}

export interface AttributionLocale {
  /** Whether every noun is capitalised (German): then a lowercase word inside a noun phrase is an adjective. */
  capitalizedNouns: boolean;
  verbs: readonly CueVerb[];
  /**
   * Forms of cue verbs that are as often nouns ("state", "tweet", "comments", "report"), lowercase: a cue
   * only where the clause layer reads them as a verb. Empty where nouns are told apart by their capital.
   */
  nounForms?: readonly string[];
  /**
   * Whether a quotation standing alone right after an attribution whose content is a quotation goes on
   * with that attribution (“A,” she said. “B.” as one statement with two parts) rather than making one of
   * its own with the same speaker.
   */
  joinQuotations?: boolean;
  /**
   * Prepositions naming the agent of a passive cue ("wurde von der Opposition kritisiert", "was criticized
   * by the mayor": its phrase is the speaker) and the author of a noun of saying ("a report by the city's
   * auditor"), lowercase.
   */
  agentPrepositions?: readonly string[];
  /** Auxiliaries for perfect and passive ("hat gesagt", "wurde berichtet"), as lemmas. */
  auxiliaries: readonly string[];
  /** The auxiliary lemma that makes a participle passive ("werden", "be"): then nobody is named as speaker. */
  passiveAuxiliary: string;
  /**
   * The auxiliary lemma of the stative passive where it differs from the passive one (German "sein": "Die
   * Gespräche sind angekündigt"). Verbs of saying form their perfect with the other auxiliary ("hat
   * angekündigt"), so with this one their participle is passive, unless the verb says otherwise
   * (perfectWithState: "ist davon ausgegangen"). The verb table has no auxiliaries: this is the locale's word.
   */
  statePassiveAuxiliary?: string;
  /** Prepositional and adverbial source cues: "laut X", "X zufolge", "nach Angaben von X", "according to X". */
  sourceCues: readonly SourceCue[];
  /** Nouns of saying whose genitive or "von" phrase is the source ("Angaben", "Ansicht", "Darstellung"), lowercase. */
  sayingNouns: readonly string[];
  /**
   * Nouns of saying that take what was said as a clause after a comma: "die Aussage, es sei …",
   * "trotz einer Warnung der Wärter, auf Flüchtende zu schießen" (lowercase).
   */
  nominalCues: readonly string[];
  /** "so" after a quote or clause: "…, so Shin." (lowercase). */
  trailingSo: readonly string[];
  /** "wie X sagte": the word opening a comparative speech clause (lowercase). */
  asClause: readonly string[];
  /** Words that refer back to the last source: "demnach", "wonach" (lowercase). */
  anaphoricCues: readonly string[];
  /** Impersonal frames without a speaker: "heißt es", "wurde bekannt" (lowercase word sequences). */
  impersonal: readonly (readonly string[])[];
  /**
   * Prepositions that name where an impersonal frame's statement came from when they open the clause
   * before it ("Aus dem Ministerium hieß es, …", "Aus Regierungskreisen verlautete, …"), lowercase.
   */
  impersonalSourcePrepositions: readonly string[];
  /**
   * Conjunctions that, after a comma, open a main clause of the outlet's own in the indicative after a
   * reported content ("X said the plan was sound, but critics disagree"), lowercase.
   */
  contrastConjunctions: readonly string[];
  /** Words that open a content clause ("dass", "ob", "that", "whether"), lowercase. */
  complementizers: readonly string[];
  /** The infinitive marker ("zu"), lowercase; empty where the language has none that matters. */
  infinitiveMarker: string;
  /**
   * Words that may stand between a cue verb and its subject or content: adverbs, particles, object
   * pronouns (lowercase).
   */
  adverbs: readonly string[];
  /**
   * Endings that make a lowercase word of at least three letters before them an adverb of manner ("ly":
   * "formally", "directly"); empty where the language has none that matters.
   */
  adverbEndings: readonly string[];
  /**
   * Endings of regular past forms, which are both the simple past and the past participle ("ed":
   * "thanked", "asked"), read where the morphology data does not list the word; a lowercase word of two
   * letters or more must stand before the ending. Empty where the language's past forms are all listed.
   */
  pastFormEndings: readonly string[];
  /**
   * Endings of a proper name in the genitive that stands before a source cue's noun in place of its
   * article ("s": "nach Grupps Meinung" as "nach der Meinung Grupps"); a capitalised word of two letters
   * or more before the ending. Empty where the language's source cues list no nouns.
   */
  nameGenitiveEndings: readonly string[];
  /** Words that negate a clause or verb group ("nicht", "kein"; "not", "n't", "never"), lowercase. */
  negations: readonly string[];
  /** A refusal to comment ("wollte sich nicht äußern", "did not respond to a request for comment"), with `negations`. */
  refusals: RefusalLocale;
  /**
   * Endings of an uninflected present participle used as an adverb ("end": "Relativierend fügte sie hinzu",
   * "Stellvertretend für die Kommission empfahl …"): such a word opening the sentence before the verb, or
   * before a preposition, is an adverbial, not the subject. Optional; none where the language has none.
   */
  adverbialParticipleEndings?: readonly string[];
  /** Articles and determiners (lowercase), with whether they are indefinite. */
  determiners: readonly string[];
  indefiniteDeterminers: readonly string[];
  /** Determiners that can stand before a plural: with a group noun they make a group ("die Experten"), lowercase. */
  pluralDeterminers: readonly string[];
  /** Demonstratives standing for the previous sentence as what was said ("Das sagte der Minister."), lowercase. */
  anaphoricObjects: readonly string[];
  /** Multi-word adverbials that open a sentence without being its subject ("des Weiteren"), lowercase words. */
  adverbialPhrases: readonly (readonly string[])[];
  /** Words after which a verb form is an infinitive, not a finite cue ("could add", "to say"), lowercase. */
  modals: readonly string[];
  /** Prepositions (lowercase). */
  prepositions: readonly string[];
  /** Coordinating conjunctions (lowercase). */
  conjunctions: readonly string[];
  /** Conjunctions that join speakers into a group ("und", "sowie", "and"), lowercase. */
  coordinators: readonly string[];
  /** Determiners that open a genitive attached to a noun ("des", "der"), lowercase; empty where there are none. */
  genitiveDeterminers: readonly string[];
  /** Prepositions whose phrase belongs to the noun before it ("von", "of", "for"), lowercase. */
  attachmentPrepositions: readonly string[];
  /**
   * Prepositions whose phrase belongs to the noun before it only where an article opens it ("aus": "Dokumente
   * aus der Behörde", "Planungen aus dem Jahr 2005"; not "aus heiterem Himmel"). Optional.
   */
  articleAttachmentPrepositions?: readonly string[];
  /** Prepositions that join a bare noun to a role ("Koordinator für Naturkatastrophen"), lowercase. */
  roleAttachments: readonly string[];
  /** Determiners that mark an indirect object, the addressee ("dem", "einem"), lowercase. */
  dativeDeterminers: readonly string[];
  /** Modal verb forms that report hearsay with a perfect infinitive ("soll … gesagt haben"), lowercase. */
  hearsayModals: readonly string[];
  /** Auxiliaries closing a perfect infinitive ("haben", "sein"), lowercase. */
  perfectInfinitives: readonly string[];
  /** Relative pronouns that are not also articles ("who", "which"; German "welcher"), lowercase. */
  relativePronouns: readonly string[];
  /** Subordinating conjunctions and relative words that open a clause (lowercase). */
  subordinators: readonly string[];
  /** First-person pronouns: next to them a form like "habe", "glaube" is indicative, not reported speech (lowercase). */
  firstPersonPronouns: readonly string[];
  /**
   * Impersonal subject pronouns ("man"): with a document named in the clause ("In den Bekennerschreiben
   * forderte man …") the document is the source. Optional.
   */
  impersonalPronouns?: readonly string[];
  /** Pronouns that are always subjects ("er", "wir"; not "sie", "es", which may be objects), lowercase. */
  subjectPronouns: readonly string[];
  /**
   * Endings of abstract nouns that name no source ("-ung", "-heit": "Eine Schlichtung lehnte sie ab"): such
   * a phrase before the verb is its object when a pronoun that may be a subject follows the verb. Lowercase;
   * the head nouns of bodies and outlets ("Regierung", "Zeitung") are sources all the same.
   */
  abstractNounEndings?: readonly string[];
  /**
   * A reported act's content is its whole clause, its subject included ("Die Polizei sprach von einem
   * Unfall", as German SpkAtt-2023 marks it), not the verb and its complement alone (English PolNeAR).
   */
  reportedWholeClause?: boolean;
  /**
   * Negations that, right before a verb of saying or writing in its clause, deny the act: "wollte nicht
   * bestätigen, dass …", "wurden nicht genannt" report no statement (lowercase; optional, none by default).
   */
  actNegations?: readonly string[];
  /** Reflexive pronouns ("sich"), for verbs marked `unlessReflexive` (lowercase; optional). */
  reflexives?: readonly string[];
  /**
   * Subordinators of a condition ("wenn", "falls"): a sentence holding one, or opening with its finite verb
   * ("Sollte es dazu kommen, …"), is a conditional; its Konjunktiv II is the writer's, not a report carried
   * over (lowercase; optional).
   */
  conditionalSubordinators?: readonly string[];
  /**
   * Words before a predicate ("als": "bezeichnete die Pläne als „Wortbruch“"): a quotation after one (and its
   * determiners) is a quoted predicate, never a quoted name however short and capitalised (lowercase).
   */
  predicateMarkers?: readonly string[];
  /**
   * A verb of naming with a quoted predicate reports the quotation alone, direct ("nannte die Pläne
   * „überflüssig“": „überflüssig“, as SpkAtt-2023 marks it), not the object and the predicate (mixed).
   */
  quotedPredicateAlone?: boolean;
  /** Personal pronouns that can be speakers, lowercase, with number ("neuter": a thing or body, not a person). */
  pronouns: Readonly<Record<string, "singular" | "plural" | "neuter">>;
  /** Head nouns of anonymous sources ("Sprecher", "Beamter", "Insider", "official"), lowercase stems. */
  anonymousHeads: readonly string[];
  /** Head nouns of outlets ("Zeitung", "Sender", "newspaper"), lowercase stems. */
  mediaHeads: readonly string[];
  /** Head nouns of organisations ("Ministerium", "Regierung", "Polizei"), lowercase stems. */
  organizationHeads: readonly string[];
  /** Plural head nouns of groups ("Beamte", "Experten", "officials"), lowercase. */
  groupHeads: readonly string[];
  /** Case endings a plural group head may carry beyond its listed form (German dative "-n": "von Verkehrsforschern"), lowercase. */
  groupHeadCaseEndings: readonly string[];
  channels: readonly ChannelCue[];
  /** Prepositions whose phrase is the addressee ("gegenüber der Zeitung"), lowercase. */
  addresseePrepositions: readonly string[];
  /** The preposition joining a channel to its partner ("Interview mit Bloomberg", "interview with"), lowercase. */
  channelPartner: readonly string[];
  /** Words after which a name is a place, not a speaker ("in Seoul"), for speaker phrases: lowercase prepositions. */
  placePrepositions: readonly string[];
  /**
   * Prepositions before a document that is the source of an impersonal or passive frame ("Im Bericht heißt
   * es", "Auf der Homepage heißt es", "In der Resolution wird gefordert", "in the report"), contracted
   * forms included, lowercase.
   */
  documentPrepositions: readonly string[];
  /**
   * Endings of contracted forms that hold a finite verb ("n't" of "wasn't", "'re", "'ll"), lowercase with
   * an ASCII apostrophe; empty where the language writes none.
   */
  verbClitics: readonly string[];
  /** Endings that hold a finite verb only after one of `verbCliticHosts` ("'s" of "it's", not of "Trump's"), lowercase. */
  hostVerbClitics: readonly string[];
  /** Words after which `hostVerbClitics` are a verb ("it", "that", "there"), lowercase. */
  verbCliticHosts: readonly string[];
  /**
   * The ending of present participles where the morphology data does not list them ("ing": "adding",
   * "referring"), lowercase; empty where the list is complete. `notParticiples` are words with that ending
   * that are not participles ("thing", "during").
   */
  participleSuffix: string;
  notParticiples: readonly string[];
  /**
   * Words that open an adverbial clause right after a verb of saying ("said when asked …"), not what was
   * said, except after a verb of asking (lowercase).
   */
  adverbialOpeners: readonly string[];
  /**
   * The ending of plural nouns where the language marks them so ("s": "workers"), lowercase, and endings
   * that look like it but are none ("ss", "us"); empty where plurals are not told by an ending.
   */
  pluralEnding: string;
  notPluralEndings: readonly string[];
  /**
   * Modal forms that make what follows a hypothetical of the writer's ("Man könnte sagen, …", "Ich würde
   * annehmen, dass …"): a verb of saying under them is no attribution, lowercase.
   */
  hypotheticalModals: readonly string[];
  /** Word sequences opening an unreal comparison ("als habe er", "als ob er … sei"): its Konjunktiv reports nothing, lowercase. */
  irrealisOpeners: readonly (readonly string[])[];
  /** Nouns a quoted title follows ("das Magazin „Weiße Seiten“"): such a quotation is a name, not a quoted fragment, lowercase stems. */
  titleHeads: readonly string[];
  /** Words that make a statement the subject's own ("nach eigener Aussage", "by his own account"), lowercase. */
  ownWords: readonly string[];
  /** Labels of an interviewer's turns before a colon ("Frage", "Q"), lowercase. */
  questionLabels: readonly string[];
  /** Labels of the answers ("Antwort", "A"), lowercase. */
  answerLabels: readonly string[];
  /** Words before a colon that are no speaker ("Foto", "Update", "Read more"), lowercase. */
  notLabels: readonly string[];
}

/**
 * What tells a text in this language from texts in the others (src/text/language.ts): the words that make
 * up a large share of any running text in it, whatever its topic.
 */
export interface IdentificationLocale {
  /**
   * The language's most frequent short words (articles, pronouns, prepositions, conjunctions, auxiliaries,
   * frequent particles), lowercase. A word listed by two languages ("was") counts for both; words as
   * frequent in another supported language are better left out ("in", "an", "so").
   */
  commonWords: readonly string[];
  /** Letters that occur in this language's words and in no other supported language's ("ä", "ß"). */
  letters: string;
}

/**
 * How the language spells names transcribed from other scripts, for folding name forms across
 * languages into one key ("Peskow"/"Peskov", "Selenskyj"/"Zelenskyy"; src/store/names.ts).
 */
export interface TransliterationLocale {
  /**
   * Pairs [spelling in this language, spelling in the common key], lowercase: the key writes З and Ц
   * as "s", Ш and Ж as "sh", Ч and Х as "ch", В as "v", Й and Ы as "i".
   */
  nameSpellings: readonly (readonly [string, string])[];
}

/**
 * A lexicon onto concepts shared by every language, for comparing articles across languages
 * (src/compare/). Each entry is a line "concept: word word …": the concept is a language-neutral id
 * (written as an English gloss, the same in every locale), the words are this language's lemmas and
 * irregular forms, lowercase. Inflected forms are found by the stemmer below (and, for German verbs, the
 * morphology data); a test checks that every locale lists the same concepts.
 */
export interface LexiconLocale {
  /** Content words of news language: nouns, verbs, adjectives, adverbs. */
  concepts: readonly string[];
  /** Function words (articles, pronouns, prepositions, conjunctions, auxiliaries): they weigh little. */
  functionWords: readonly string[];
}

/** How words are reduced for comparison, and the cues that tell a translation (src/compare/). */
export interface CompareLocale {
  /** Endings stripped to find a word's stem, tried longest first ("ungen", "en"; "ing", "ed"). */
  suffixes: readonly string[];
  /** Shortest stem left after stripping an ending. */
  minStem: number;
  /**
   * Whether nouns are written as one word with their modifiers ("Bundesregierung"): then a word not in the
   * lexicon is looked up by its longest known last part, and the rest as a word of its own.
   */
  compounds: boolean;
  /** Linking letters between the parts of a compound ("s" of "Regierungssprecher"), lowercase. */
  compoundLinks: readonly string[];
  /** Shortest part of a compound looked up. */
  minCompoundPart: number;
  /**
   * Spelling the language writes where a related word of another language is spelt otherwise, mapped to
   * a shared spelling for cognates ("k" → "c": "Konzert"/"concert"; "ph" → "f": "photo"/"Foto").
   */
  cognateSpelling: readonly (readonly [string, string])[];
  /**
   * Phrases (lowercase) that say the text is a translation ("aus dem englischen", "translated from"),
   * each with the language it names as the original (an ISO 639-1 code, any language), where it names one.
   */
  translationNotes: readonly { words: string; from?: string }[];
  /** Phrases (lowercase) that credit a translator ("übersetzung:", "translated by"). */
  translatorCredits: readonly string[];
}

/**
 * The words the clauses stage reads (src/stages/clauses/): what opens a clause, what belongs to a verb
 * complex, and which words tell a subject from an object. All lowercase.
 */
export interface ClauseLocale {
  /**
   * Whether main clauses put the finite verb second and subordinate clauses put it last, with the rest of
   * the verb complex and a separable particle at the clause end (German), rather than subject–verb–object
   * order (English).
   */
  verbSecond: boolean;
  /** Words that open a complement clause ("dass", "ob", "that", "whether"). */
  complementizers: readonly string[];
  /** Subordinating conjunctions that open an adverbial clause ("weil", "wenn", "because", "when"). */
  subordinators: readonly string[];
  /** Interrogative words that open an indirect question or a free relative ("wie", "warum", "what", "how"). */
  interrogatives: readonly string[];
  /** Relative pronouns ("der", "die", "deren", "welche"; "who", "which", "that"). */
  relativePronouns: readonly string[];
  /** Auxiliary verbs of tense and voice, as lemmas ("haben", "sein", "werden"; "be", "have", "do"). */
  auxiliaries: readonly string[];
  /** Modal verbs, as lemmas ("können", "müssen"; English modals are their own forms: "can", "would"). */
  modals: readonly string[];
  /** Copulas, as lemmas: their noun phrase or adjective after them is a predicative ("sein", "bleiben"; "be", "become"). */
  copulas: readonly string[];
  /** Finite forms that make the clause Konjunktiv II whatever the verb ("würde", "würden"); empty where there are none. */
  conditionalAuxiliaries: readonly string[];
  /** The infinitive marker ("zu", "to"). */
  infinitiveMarker: string;
  /** Separable verb particles and phrasal-verb particles not in the morphology data ("up", "out"). */
  particles: readonly string[];
  /**
   * Whether a common noun right before a name heads the phrase (German close apposition: "die Firma
   * Wintergartenbau" → Firma) rather than the name (English: "executive Fred Gregory" → Fred).
   */
  nounBeforeNameHeads: boolean;
  /** Coordinating conjunctions that may join two clauses ("und", "oder", "aber", "and", "but"). */
  coordinators: readonly string[];
  /** Determiners and pronouns that are never nominative ("den", "dem", "des", "ihn"; "him", "them"). */
  nonNominative: readonly string[];
  /** Pronouns that are always nominative ("er", "ich", "wir"; "he", "they"). */
  nominativePronouns: readonly string[];
  /** Personal, demonstrative and indefinite pronouns that stand for a noun phrase ("er", "sie", "man", "it", "this"). */
  pronouns: readonly string[];
  /** Endings split off a word as words of their own ("n't", "'s", "'re"), with a straight apostrophe; empty where none. */
  clitics: readonly string[];
  /** Expletive subjects with no referent ("there" of "there is"); empty where none is told apart. */
  expletives: readonly string[];
  /**
   * Rules that turn an inflected verb form into its lemma where the morphology data does not know it:
   * [pattern (a regular expression over the lowercase form), replacement], the first that matches applies
   * ("ied$" → "y": "replied" → "reply"). Empty where the data knows every verb.
   */
  lemmaSuffixes: readonly (readonly [string, string])[];
}

export interface Locale {
  code: LanguageCode;
  /** The language's name in English. */
  name: string;
  identification: IdentificationLocale;
  sentences: SentenceLocale;
  calendar: CalendarLocale;
  structure: StructureLocale;
  names: NamesLocale;
  places: PlacesLocale;
  roles: RolesLocale;
  pronouns: PronounsLocale;
  numbers: NumberLocale;
  time: TimeLocale;
  hedges: HedgeLocale;
  quantities: QuantityLocale;
  morphology: MorphologyLocale;
  attribution: AttributionLocale;
  transliteration: TransliterationLocale;
  lexicon: LexiconLocale;
  compare: CompareLocale;
  clauses: ClauseLocale;
}
