/**
 * The output model `quellenlage/1`: one JSON object per article.
 *
 * Every span is `{ start, end, text }` with JavaScript string indices (UTF-16 code units) into
 * `Analysis.text`, end exclusive, and `text === analysis.text.slice(start, end)`.
 * docs/schema.md describes every field; src/model/schema.json is the machine-readable twin and the
 * tests validate every analysis against it.
 */

export const SCHEMA_VERSION = "quellenlage/1" as const;
export type SchemaVersion = typeof SCHEMA_VERSION;

/** A language this build has locale data for. */
export type LanguageCode = "de" | "en";

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type BlockKind =
  | "kicker"
  | "headline"
  | "lead"
  | "caption"
  | "credit"
  | "body"
  | "subheading"
  | "list"
  | "quote"
  | "related"
  | "boilerplate"
  | "comment"
  | "promo"
  | "bio";

/** The time a block is dated by: a live-blog entry's timestamp, with its TIMEX3 value. */
export interface BlockTime extends Span {
  /** The TIMEX3-style value ("2024-06-14T14:32"). */
  value: string;
}

export interface Block extends Span {
  kind: BlockKind;
  /** Language of the block where it differs from the document's or was identified on its own. */
  language?: LanguageCode;
  /** Why a block got its kind, for blocks whose kind came from a cue or a learned profile. */
  reason?: string;
  /** An interview turn's speaker label as printed ("Frage:", "Q:", "Scholz:"), colon included. */
  speaker?: Span;
  /** A live-blog entry's timestamp (on the entry's blocks and on the timestamp line itself). */
  time?: BlockTime;
}

export type Voice = "attributed" | "editorial" | "question" | "boilerplate" | "other";

export interface Sentence extends Span {
  /** Index of the block the sentence lies in. */
  block: number;
  /** Whose voice the sentence is in; set by the stance stage (absent before it ran). */
  voice?: Voice;
}

export type TokenKind = "word" | "number" | "punct" | "quote" | "symbol";

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

export type EntityType = "person" | "organization" | "media" | "location";

export interface Mention extends Span {
  /** How the mention names its entity. */
  form?: "name" | "short" | "pronoun" | "title" | "demonym" | "metonym" | "acronym";
  /** Index of the block the mention lies in (into `blocks`, as on sentences). */
  block: number;
}

export interface Role {
  /** The role words as written ("stellvertretende Außenminister Südkoreas"). */
  span: Span;
  /** Normalised role ("Außenminister", "Sprecher"). */
  role: string;
  /** Normalised affiliation (an entity name or a country), where the article gives one. */
  affiliation?: string;
  /** The id of the affiliated entity, where it is one of this article's entities. */
  affiliationEntity?: string;
  /** Qualifiers such as "stellvertretend". */
  qualifiers?: string[];
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the fullest name form, inflection folded. */
  name: string;
  /** For locations: the kind of place. */
  subtype?: "country" | "city" | "region" | "continent" | "other";
  mentions: Mention[];
  roles: Role[];
  /**
   * Whether the article itself names the entity: false when every mention lies in a block around it
   * (related-article teasers, boilerplate, comments, promotion, an author's bio).
   */
  inArticle: boolean;
}

export type AttributionType = "direct" | "indirect" | "mixed" | "reported";

export type SpeakerKind = "person" | "organization" | "media" | "state" | "group" | "anonymous";

export interface Speaker extends Span {
  kind: SpeakerKind;
  /** The id of the resolved entity, where the speaker is one. */
  entity?: string;
  /** For a pronoun or relative pronoun ("er", "who"): the phrase it stands for, where the article names it. */
  antecedent?: Span;
}

export type ChannelKind =
  | "interview"
  | "phone_call"
  | "statement"
  | "state_media"
  | "testimony"
  | "press_conference"
  | "press_release"
  | "social_media"
  | "report"
  | "speech"
  | "letter"
  | "other";

export interface Channel extends Span {
  kind: ChannelKind;
  /** For interviews: with whom (the outlet or person). */
  with?: Span;
}

export interface StatementTime {
  /** The normalised TIMEX3 value. */
  value: string;
  start?: number;
  end?: number;
  text?: string;
}

export interface Attribution {
  id: string;
  type: AttributionType;
  speaker: Speaker | null;
  cue: Span;
  content: Span[];
  addressee: Span | null;
  channel: Channel | null;
  time: StatementTime | null;
  /** Ids of hedges inside the content or the cue. */
  hedges: string[];
  /** Index of the sentence holding the cue. */
  sentence: number;
  /** How likely the attribution is right (found, with the right speaker), 0–1, calibrated (docs/attribution.md). */
  confidence: number;
  /** The stable id of the rule that made it (docs/attribution.md lists them). */
  rule: string;
  /** Why `speaker` is null, where it is. */
  reason?: string;
}

/** One source of an article's statements: an entity, or the words naming it where it is none. */
export interface SourceEntry {
  /** The entity's name, else the speaker's words. */
  name: string;
  kind: SpeakerKind;
  entity?: string;
  /** A named source (a person, body or outlet by name), not an anonymous one ("ein Sprecher", "officials"). */
  named: boolean;
  statements: number;
  types: Record<AttributionType, number>;
  /** The ids of its attributions. */
  attributions: string[];
}

/** Who an article lets speak, and how much it says itself. */
export interface SourceSummary {
  statements: number;
  /** Statements whose source is not named at all (passive, "reportedly", a quotation nobody is given for). */
  unattributed: number;
  /** Distinct sources, named and anonymous. */
  named: number;
  anonymous: number;
  /** Distinct sources by kind. */
  kinds: Record<SpeakerKind, number>;
  /** Statements by type. */
  types: Record<AttributionType, number>;
  /** The share of the article's prose sentences (headline, lead, body, subheadings, lists) in the outlet's own voice. */
  ownVoiceShare: number;
  /** Sources by number of statements, most first. */
  sources: SourceEntry[];
}

export type TimeType = "DATE" | "TIME" | "DURATION" | "SET";

export interface TimeExpression extends Span {
  id: string;
  type: TimeType;
  /** TIMEX3-style value ("2024-06-14", "2024-W24", "P3D", "FUTURE_REF"). */
  value: string;
  /** What the value was resolved against. */
  anchor?: "publication" | "narrative" | "absolute" | "none";
  /** Modifier such as START, MID, END, BEFORE, AFTER, APPROX. */
  mod?: string;
}

export type HedgeKind = "modal" | "adverb" | "hearsay" | "evidential" | "conditional";

export interface Hedge extends Span {
  id: string;
  kind: HedgeKind;
  /** Strength of commitment the marker lends, 0 (none) to 1 (full). */
  strength?: number;
}

export interface Quantity extends Span {
  value: number;
  unit?: string;
  bound?: "exact" | "upper" | "lower" | "approximate";
}

export interface Credit {
  kind: "image" | "article";
  agency?: string;
  person?: string;
  span: Span;
}

export type DiagnosticSeverity = "info" | "warning";

export interface Diagnostic {
  code: string;
  message: string;
  severity: DiagnosticSeverity;
  /** The stage or ingest step that found it. */
  source: string;
  /** Where in `text` it applies, if anywhere. */
  place?: { start: number; end: number };
}

export interface Meta {
  language: LanguageCode;
  /** How the language was chosen. */
  languageSource: "given" | "detected" | "default";
  published: string | null;
  modified?: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  canonicalUrl?: string | null;
  authors: string[];
  /** The input's format. */
  format: "text" | "html" | "jsonl";
  /** The character encoding the input bytes were decoded with, where bytes were read. */
  encoding?: string;
  /** The article's genre, where the page (JSON-LD type, URL, section) or the text (kicker, turns, entries) says it. */
  genre?: Genre;
  /** How the time stage anchored relative times (set by the time stage). */
  timeAnchoring?: TimeAnchoring;
}

/** What kind of text the article is, where the page or the text says so. */
export type Genre = "interview" | "liveblog" | "report" | "opinion" | "press_release";

/** How relative times were anchored: news (publication date) or narrative (the story's own dates). */
export interface TimeAnchoring {
  value: "news" | "narrative";
  /** Given by the caller (option, flag, JSONL field), or detected from the text. */
  source: "given" | "detected";
}

export type StageName = "structure" | "sentences" | "clauses" | "entities" | "attribution" | "time" | "stance" | "sources";

export type ClauseKind = "main" | "complement" | "adverbial" | "relative" | "participial" | "infinitive" | "parenthetical";

export type ClauseMood = "indicative" | "subjunctive1" | "subjunctive2" | "imperative";

/**
 * A clause of a sentence (the clauses stage, docs/clauses.md): its words, what introduces it, its verb
 * complex and its subject and objects. Ranges nest: a clause holding another clause's words holds its range.
 */
export interface Clause {
  /** "c1", "c2", … in text order (of their starts). */
  id: string;
  /** Index into `sentences[]`. */
  sentence: number;
  kind: ClauseKind;
  /** Character range of the clause's words, nested clauses included (end exclusive). */
  start: number;
  end: number;
  /** Index into `clauses[]` of the clause this one depends on; null for a main clause. */
  parent: number | null;
  /** Subordinator, relative pronoun or complementizer ("dass", "who", "that", "wie"). */
  introducer: Span | null;
  /** The finite verb (German left bracket, or clause-final in a subordinate clause). */
  finite: Span | null;
  /** The verb complex in text order: finite verb, infinitives, participles, separable particle. */
  verbs: Span[];
  /** Lemma of the full verb, separable particle joined ("hinzufügen", "say"). */
  lemma: string | null;
  mood: ClauseMood | null;
  /** The subject noun phrase (appositions included, relative clauses not) and its head word. */
  subject: (Span & { head: Span }) | null;
  /** Accusative, dative and prepositional objects and predicatives, as noun phrases. */
  objects: Span[];
  /**
   * Index into `clauses[]` of the clause this one is coordinated with ("…, sagte aber …", "and went"), whose
   * subject it shares when it names none; null otherwise.
   */
  conjunct: number | null;
}

export interface Analysis {
  id: string;
  schema: SchemaVersion;
  /** The stages that ran, in order. Fields of stages that did not run are absent. */
  stages: StageName[];
  meta: Meta;
  text: string;
  blocks: Block[];
  sentences?: Sentence[];
  tokens?: Token[];
  /** Only with `--clauses` / `{ clauses: true }`. */
  clauses?: Clause[];
  entities?: Entity[];
  attributions?: Attribution[];
  times?: TimeExpression[];
  hedges?: Hedge[];
  quantities?: Quantity[];
  /** Who the article lets speak (the sources stage). */
  sources?: SourceSummary;
  credits: Credit[];
  diagnostics: Diagnostic[];
}
