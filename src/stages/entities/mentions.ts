import type { Entity, EntityType, Mention, Token } from "../../model/types.js";
import type { Locale } from "../../locales/types.js";
import { firstWordOf, isOrgKind, isOrgWord, isParticleName, isPlaceWord, nounAlso, type LexEntry, type Lexicon } from "./lexicon.js";
import { matchLexicon, tokensText, type LexMatch } from "./match.js";
import { lookupRole, type RoleIndex } from "./role-index.js";
import { LOWERCASE_DOMAIN, sentenceView } from "./tagger/features.js";
import type { WordHints } from "./tagger/features.js";
import { taggerLexicalHints, wordHints, type NameHintSet, type NounSet } from "./tagger/hints.js";
import { spansOf, tagSentence, type TaggerModel } from "./tagger/model.js";

/** A name found in one sentence, before mentions are grouped into entities. */
export interface Candidate {
  start: number;
  end: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  type: EntityType;
  /** The lexicon's canonical name, or the surface (folded later). */
  name: string;
  form: NonNullable<Mention["form"]>;
  subtype?: Entity["subtype"];
  country?: string;
  /** For capitals: the country whose government the city may stand for. */
  capitalOf?: string;
  source: "lexicon" | "rule" | "tagger" | "shape";
  /** A name found by the rules that has a lexicon name inside it ("Uta Hagen"): it wins over that name. */
  overLexicon?: boolean;
  /** For an acronym in parentheses after a name ("… Seehafenbetriebe (ZDS)"): that name, of the same entity. */
  aliasOf?: Candidate;
  /** Index of the sentence. */
  sentence: number;
}

export interface SentenceScope {
  text: string;
  tokens: readonly Token[];
  from: number;
  to: number;
  sentence: number;
  /** The text of tokens [from, to), filled in by findCandidates. */
  words?: string[];
  /** What the lexicons say about each of those words by itself, filled in by findCandidates. */
  hints?: readonly WordHints[];
}

export interface MentionTools {
  locale: Locale;
  lex: Lexicon;
  roles: RoleIndex;
  nouns: NounSet | null;
  /** Words that are often parts of names (surnames, towns), for the tagger's hints. */
  names: NameHintSet | null;
  model: TaggerModel | null;
}

const TAGGER_TYPE: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "location" };
/**
 * A tagger span this long is a name of its own even where the lexicon knows a part of it ("Borussia
 * Dortmund", "THW Kiel"); one word longer, even when its other words are common nouns. One the lexicon
 * covers whole is the lexicon's.
 */
const LONG_NAME_TOKENS = 2;
/** Most words of a name found by the rules ("Ursula von der Leyen", "Kim Son Gyong"). */
const MAX_RULE_NAME_WORDS = 4;

const CAPITALISED = /^\p{Lu}/u;

/** Finds the names in one sentence: lexicon matches, the tagger's spans and the rules for persons. */
export function findCandidates(input: SentenceScope, tools: MentionTools): Candidate[] {
  const { text, tokens, from, to } = input;
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(text.slice(tokens[i]!.start, tokens[i]!.end));
  const allMatches = matchLexicon(text, tokens, from, to, tools.lex, words);
  const hints = wordHints(text, tokens, from, to, tools.lex, tools.roles, tools.nouns, tools.names, words);
  const scope: SentenceScope = { text, tokens, from, to, sentence: input.sentence, words, hints };

  const taggerSpans = splitPlaceRuns(runTagger(scope, tools, allMatches), allMatches);
  const taggerAt = new Map(taggerSpans.map((s) => [`${s.from}:${s.to}`, s.type]));
  // The tagger's hints that it did not agree with say nothing to the rules.
  const matches = allMatches.filter((m) => {
    if (!m.entries[0]!.weak) return true;
    const tagged = taggerAt.get(`${m.from}:${m.to}`);
    return tagged !== undefined && compatible(tagged, m.entries[0]!.type);
  });
  const ruleSpans = personRules(scope, tools, matches).concat(institutions(scope, tools, matches), organizationPhrases(scope, tools, matches));
  const { lexCands, nameStarts } = lexiconCandidates(scope, tools, matches, taggerAt);
  const prefixCands = hyphenPrefixes(scope, tools, matches);
  const all = lexCands.concat(ruleSpans);
  for (const i of nameStarts) {
    const c = adjectiveName(scope, tools, i, taggerSpans);
    if (c) all.push(c);
  }
  for (const s of taggerSpans) {
    // A demonym the lexicon knows is a demonym, not a place of its own ("Mexicans", "Irish").
    if (allMatches.some((m) => m.from === s.from && m.to === s.to && m.entries[0]!.form === "demonym")) continue;
    all.push(taggerCandidate(scope, tools, s.from, s.to, s.type));
  }
  for (const c of lowercasePlaces(scope, tools, allMatches)) all.push(c);
  for (const c of clubNames(scope, tools)) all.push(c);
  if (!tools.model) for (const c of capitalisedRuns(scope, tools, matches)) all.push(c);

  const accepted: Candidate[] = [];
  const taken = new Uint8Array(to - from);
  for (const c of byPriority(scope, tools, all, lexCands)) {
    let free = true;
    for (let i = c.from; i < c.to && free; i++) if (taken[i - from]) free = false;
    if (!free) continue;
    for (let i = c.from; i < c.to; i++) taken[i - from] = 1;
    accepted.push(c);
  }
  parenthesisedAcronyms(scope, accepted);
  // A place or organisation in front of a hyphen stays a mention of its own inside a longer name
  // ("US" in "US-Regierung"); the lexicon's own compounds ("UN-Sicherheitsrat") never get here.
  for (const c of prefixCands) if (!accepted.some((a) => a.start === c.start && a.end === c.end)) accepted.push(c);
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * The lexicon's matches that stand as candidates: an ambiguous one only with support from a cue or the
 * tagger; a capitalised demonym inside a sentence begins a name instead (`nameStarts`).
 */
function lexiconCandidates(
  scope: SentenceScope,
  tools: MentionTools,
  matches: readonly LexMatch[],
  taggerAt: ReadonlyMap<string, string>,
): { lexCands: Candidate[]; nameStarts: number[] } {
  const { text, tokens, from } = scope;
  const starters = tools.lex.sets.starters;
  const lexCands: Candidate[] = [];
  const nameStarts: number[] = [];
  for (const m of matches) {
    const e = m.entries[0]!;
    const single = m.to - m.from === 1;
    const word = tokensText(text, tokens, m.from, m.to);
    const ambiguous =
      e.ambiguous ||
      // A one-word place or organisation that is also a common noun ("Halle", "Hof"); outlets and agencies
      // list their ambiguous names themselves.
      // So is its genitive where the noun list lacks that form ("des Bundes" of the town "Bunde", itself a form of "Bund").
      (single && nounAlso(e) && tools.nouns !== null && (tools.nouns.has(word) || (word !== e.name && word.startsWith(e.name) && tools.nouns.has(e.name)))) ||
      (single && e.subtype === "city" && tools.lex.sets.commonWordTowns.has(word)) ||
      (single && tools.lex.nonNames.has(word)) ||
      (single && m.from === from && starters.has(word.toLowerCase()));
    if (ambiguous) {
      const tagged = taggerAt.get(`${m.from}:${m.to}`);
      const before = m.from > from ? wordAt(scope, m.from - 1).toLowerCase() : "";
      // An outlet after a media cue ("Zeitung Welt"); where the tagger names nothing there, a place after
      // a locative preposition or before its region ("in Reading", "Phoenix, AZ", "Mobile, Alabama").
      const cue =
        (e.type === "media" && tools.lex.mediaCues.has(before)) ||
        (tagged === undefined && e.type === "location" && (tools.lex.sets.locativePrepositions.has(before) || regionAfter(scope, m.to, matches)));
      // A one-word town that is also a common noun after an article is the noun ("die Halle", "the Reading").
      if (single && e.type === "location" && tools.lex.sets.determiners.has(before)) continue;
      if (!cue && !(tagged && compatible(tagged, e.type))) continue;
    }
    if (e.form === "demonym" && tools.lex.demonymsLowercase && m.from > from && CAPITALISED.test(word) && CAPITALISED.test(wordAt(scope, m.to))) {
      // A capitalised adjective inside a sentence begins a name ("Die Deutsche Umwelthilfe"): no demonym.
      nameStarts.push(m.from);
      continue;
    }
    lexCands.push(fromLexicon(scope, m, e));
  }
  return { lexCands, nameStarts };
}

/** Rank of a candidate's source when all else is equal: rules before the tagger. */
const SOURCE_RANK: Readonly<Record<Candidate["source"], number>> = { lexicon: 0, rule: 1, tagger: 2, shape: 3 };

/**
 * The candidates in the order they are taken (each where none taken before overlaps it): the lexicon's
 * unambiguous names first (a tagger span overlapping one wins only when it is a long name of its own,
 * "Reichsvereinigung der Juden in Deutschland"); then longest first, rules before the tagger.
 * A name typed by its head word wins over a place inside it ("Riverside Bridge", "Department of
 * Transportation"), and so does a person's name over a town or organisation in it ("Uta Hagen").
 * A short one only where its words beside the lexicon's are no common nouns ("Borussia Dortmund", not
 * "Nordkoreas Hauptstadt").
 */
function byPriority(scope: SentenceScope, tools: MentionTools, all: readonly Candidate[], lexCands: readonly Candidate[]): Candidate[] {
  const lexTokens = new Set<number>();
  for (const c of lexCands) for (let i = c.from; i < c.to; i++) lexTokens.add(i);
  const ownName = (c: Candidate) => {
    let beyond = 0;
    for (let i = c.from; i < c.to; i++) {
      if (lexTokens.has(i)) continue;
      const h = hintAt(scope, tools, i);
      if ((h.noun || h.nounTail) && c.to - c.from <= LONG_NAME_TOKENS) return false;
      beyond++;
    }
    // A span the lexicon covers whole is the lexicon's ("Deutschen Presse-Agentur").
    return beyond > 0;
  };
  const longTagger = (c: Candidate) => (c.source === "tagger" && c.to - c.from >= LONG_NAME_TOKENS && ownName(c)) || c.source === "shape" || c.overLexicon === true;
  const keyed = all.map((c) => ({ c, long: longTagger(c) ? 1 : 0, lexicon: c.source === "lexicon" ? 1 : 0 }));
  keyed.sort(
    (a, b) =>
      b.long - a.long ||
      b.lexicon - a.lexicon ||
      b.c.to - b.c.from - (a.c.to - a.c.from) ||
      SOURCE_RANK[a.c.source] - SOURCE_RANK[b.c.source] ||
      a.c.from - b.c.from,
  );
  return keyed.map((k) => k.c);
}

function wordAt(scope: SentenceScope, i: number): string {
  if (scope.words && i >= scope.from && i < scope.to) return scope.words[i - scope.from]!;
  const t = scope.tokens[i];
  return t ? scope.text.slice(t.start, t.end) : "";
}

function compatible(taggerType: string, type: EntityType): boolean {
  return TAGGER_TYPE[taggerType] === type || (taggerType === "ORG" && type === "media");
}

function fromLexicon(scope: SentenceScope, m: LexMatch, e: LexEntry): Candidate {
  return newCandidate(scope, scope.tokens[m.from]!.start, scope.tokens[m.to - 1]!.end, m.from, m.to, e.type, e.name, e.form, "lexicon", e);
}

/** What a candidate may carry beyond its span, name and source. */
type CandidateExtras = Partial<Pick<Candidate, "subtype" | "country" | "capitalOf" | "overLexicon" | "aliasOf">>;

/**
 * The one place candidates are made: every candidate has every property (absent ones `undefined`) in the
 * same order, so that the code reading candidates sees one object shape (docs/architecture.md, "Speed").
 */
function newCandidate(
  scope: SentenceScope,
  start: number,
  end: number,
  from: number,
  to: number,
  type: EntityType,
  name: string,
  form: Candidate["form"],
  source: Candidate["source"],
  extras: CandidateExtras = NO_EXTRAS,
): Candidate {
  return {
    start,
    end,
    from,
    to,
    type,
    name,
    form,
    subtype: extras.subtype || undefined,
    country: extras.country || undefined,
    capitalOf: extras.capitalOf || undefined,
    source,
    overLexicon: extras.overLexicon || undefined,
    aliasOf: extras.aliasOf,
    sentence: scope.sentence,
  };
}

const NO_EXTRAS: CandidateExtras = {};

function runTagger(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Array<{ from: number; to: number; type: string }> {
  if (!tools.model) return [];
  const { text, tokens, from, to } = scope;
  const words = scope.words ?? [];
  const hints = scope.hints ?? wordHints(text, tokens, from, to, tools.lex, tools.roles, tools.nouns, tools.names, words);
  const lexical = taggerLexicalHints(text, tokens, from, to, tools.lex, tools.roles, tools.nouns, tools.names, words, hints, matches);
  const view = sentenceView(words, lexical.hints, lexical.gaz);
  const tags = tagSentence(tools.model, view);
  const lowercase = view.domain === LOWERCASE_DOMAIN;
  const out: Array<{ from: number; to: number; type: string }> = [];
  for (const sp of spansOf(tags)) {
    // Names of other things (OTH: works, events, products) are no entities.
    if (!(sp.type in TAGGER_TYPE)) continue;
    const trimmed = lowercase ? trimLowercaseSpan(scope, tools, sp.from + from, sp.to + from) : trimSpan(scope, tools, sp.from + from, sp.to + from);
    if (!trimmed) continue;
    // "Hamburger Reederei Elbtrans": the kind of organisation before a name is not part of it (but a
    // place after it is: "Mitteldeutscher Verlag Halle").
    for (let k = trimmed.to - 2; k >= trimmed.from; k--) {
      if (isOrgKind(tools.lex, wordAt(scope, k)) && hintAt(scope, tools, k).noun && !matches.some((m) => m.from === k + 1 && m.entries[0]!.type === "location")) {
        trimmed.from = k + 1;
        break;
      }
    }
    // A common noun after an article is the noun, not a place or a person ("die Halle", "the Ledger").
    if ((sp.type === "LOC" || sp.type === "PER") && trimmed.to - trimmed.from === 1 && trimmed.from > from && hintAt(scope, tools, trimmed.from).noun && tools.lex.sets.determiners.has(wordAt(scope, trimmed.from - 1).toLowerCase())) continue;
    // A person is named by more than common nouns and small words ("Unser Krankenhaus").
    if (sp.type === "PER" && !lowercase && trimmed.to - trimmed.from > 1 && !personWords(scope, tools, trimmed.from, trimmed.to)) continue;
    // A person or place that is word for word a name of the shared organisation list (brands, airlines)
    // is that organisation ("Taco Bell", "Burger King", "Kodak"), unless it is one word that is a surname
    // ("Ford") or the lexicon also knows it as something else.
    if ((sp.type === "PER" || sp.type === "LOC") && !lowercase && weakOrganizationName(scope, tools, matches, trimmed.from, trimmed.to)) sp.type = "ORG";
    // A person's name goes on with a particle joined to a name ("Ali al-Nuaimi"), which the tagger may leave out.
    while (sp.type === "PER" && trimmed.to < to && isParticleName(tools.lex, wordAt(scope, trimmed.to))) trimmed.to++;
    if (sp.type === "PER" && !lowercase) trimmed.to = particleSurname(scope, tools, matches, trimmed.from, trimmed.to, to);
    if (sp.type === "ORG") trimmed.to = legalForm(scope, tools, trimmed.to, to);
    out.push({ ...trimmed, type: sp.type });
  }
  return out;
}

/** Longest organisation head that counts as a legal form without a full stop ("LLC", "plc", "GmbH"). */
const MAX_LEGAL_FORM = 4;

/**
 * Where an organisation's name goes on to: its legal form after a comma or directly ("Enron Net Works,
 * LLC", "First Union Securities, Inc.", "Siemens AG"): an organisation head of the locale that is an
 * abbreviation (written with its full stop, or short).
 */
function legalForm(scope: SentenceScope, tools: MentionTools, to: number, end: number): number {
  let k = to;
  if (k < end && wordAt(scope, k) === ",") k++;
  if (k >= end) return to;
  const w = wordAt(scope, k);
  const next = scope.tokens[k + 1];
  const stop = k + 1 < end && next !== undefined && next.start === scope.tokens[k]!.end && wordAt(scope, k + 1) === ".";
  if (stop && isOrgWord(tools.lex, w + ".")) return k + 2;
  if (w.endsWith(".") ? isOrgWord(tools.lex, w) : w.length <= MAX_LEGAL_FORM && CAPITALISED.test(w) && !ALL_LOWER_AFTER_FIRST.test(w) && isOrgWord(tools.lex, w)) return k + 1;
  return to;
}

/** A capitalised word whose other letters are all lowercase ("Co"): a word, not a legal form, unless written with its full stop. */
const ALL_LOWER_AFTER_FIRST = /^\p{Lu}\p{Ll}+$/u;

/** Most particle words between first names and a surname ("von der", "de la"). */
const MAX_PARTICLE_WORDS = 2;

/**
 * Where a person's name that the tagger ended at its first names goes on to: over particles to the surname
 * ("Ole von Beust", "Joseph Victor von Scheffel", "Marine le Pen"). Only after first names alone (not
 * "Meier von Elbtrans"), a particle that is no article first ("Schulz den Grünen"), and a capitalised word
 * that is no common noun, role or closed-class word and that the lexicon does not name ("Anna von Siemens").
 * Returns the new end (`to` when nothing follows).
 */
function particleSurname(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[], from: number, to: number, end: number): number {
  for (let i = from; i < to; i++) if (!hintAt(scope, tools, i).first) return to;
  const { particles, determiners, closedClass } = tools.lex.sets;
  let k = to;
  while (k < end && k - to < MAX_PARTICLE_WORDS && particles.has(wordAt(scope, k)) && !(k === to && determiners.has(wordAt(scope, k)))) k++;
  if (k === to || k >= end) return to;
  const w = wordAt(scope, k);
  const h = hintAt(scope, tools, k);
  if (!CAPITALISED.test(w) || h.noun || h.nounTail || h.role || closedClass.has(w.toLowerCase()) || tools.lex.nonNames.has(w)) return to;
  if (matches.some((m) => m.from <= k && k < m.to)) return to;
  return k + 1;
}

/** Whether words from..to are a name of the shared organisation list and nothing the lexicon holds stronger, nor one word that is a surname. */
function weakOrganizationName(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[], from: number, to: number): boolean {
  let org = false;
  for (const m of matches) {
    if (m.from !== from || m.to !== to) continue;
    for (const e of m.entries) {
      if (e.type === "organization" && e.weak) org = true;
      else return false;
    }
  }
  return org && !(to - from === 1 && hintAt(scope, tools, from).surname);
}

/** Whether words from..to have a word of a person's name: a first name, or a capitalised word that is no common noun. */
function personWords(scope: SentenceScope, tools: MentionTools, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = wordAt(scope, i);
    const h = hintAt(scope, tools, i);
    if (h.first || isParticleName(tools.lex, w) || (CAPITALISED.test(w) && !h.noun && !h.nounTail && !tools.lex.sets.closedClass.has(w.toLowerCase()))) return true;
  }
  return false;
}

/**
 * A town and its country or region written one after the other ("Invercargill New Zealand", "Austin
 * Texas") are two places, not one: a tagger place span that ends in a country or region of the lexicon,
 * after other words, is cut before it (the lexicon names the country).
 */
function splitPlaceRuns(spans: Array<{ from: number; to: number; type: string }>, matches: readonly LexMatch[]): Array<{ from: number; to: number; type: string }> {
  for (const sp of spans) {
    if (sp.type !== "LOC") continue;
    const m = matches.find((x) => x.to === sp.to && x.from > sp.from && PLACE_AFTER_TOWN.has(x.entries[0]!.subtype ?? "") && x.entries[0]!.type === "location");
    if (m) sp.to = m.from;
  }
  return spans;
}

/** Kinds of places that follow a town's name to say where it lies. */
const PLACE_AFTER_TOWN: ReadonlySet<string> = new Set(["country", "region"]);

/**
 * A tagger span without what cannot belong to a name: a leading determiner, role word or honorific
 * ("Hochspringer Sebastian Fels" → "Sebastian Fels"), trailing lowercase words and sentence openers
 * ("Patrick von Brunn Auf"); null when nothing of a name is left: a single month or weekday, a
 * capitalised function word ("Kein", "Darin"), an abbreviation ("Dr" before its full stop).
 */
function trimSpan(scope: SentenceScope, tools: MentionTools, from: number, to: number): { from: number; to: number } | null {
  const { starters, honorifics } = tools.lex.sets;
  const isFunctionWord = (i: number) => {
    if (scope.tokens[i]!.kind === "number") return false;
    const w = wordAt(scope, i);
    if (isParticleName(tools.lex, w)) return false;
    return !CAPITALISED.test(w) || tools.lex.nonNames.has(w) || starters.has(w.toLowerCase()) || honorifics.has(w) || honorifics.has(w + ".");
  };
  let a = from;
  let b = to;
  // A name does not open a parenthesis it does not close ("Halle ( Saale").
  for (let i = a; i < b; i++) {
    if (wordAt(scope, i) !== "(") continue;
    let closed = false;
    for (let k = i + 1; k < b && !closed; k++) closed = wordAt(scope, k) === ")";
    if (!closed) b = i;
  }
  while (b > a && (isFunctionWord(b - 1) || scope.tokens[b - 1]!.kind === "punct")) b--;
  while (a < b && (isFunctionWord(a) || hintAt(scope, tools, a).role)) a++;
  if (a >= b) return null;
  // A name has a letter and more than one letter or digit ("A 7" is one; "A", "S", "3/3", "93" are none).
  const surface = scope.text.slice(scope.tokens[a]!.start, scope.tokens[b - 1]!.end);
  if (!LETTER.test(surface) || surface.replace(NOT_ALPHANUMERIC, "").length < MIN_NAME_CHARACTERS) return null;
  // Words in capitals that are all common words are shouting, not a name ("THE TEACHERS THERE ARE").
  let shouted = true;
  for (let i = a; i < b && shouted; i++) {
    const w = wordAt(scope, i);
    const title = w.charAt(0) + w.slice(1).toLowerCase();
    shouted = ALL_CAPS.test(w) && (tools.nouns?.has(title) === true || tools.lex.sets.closedClass.has(w.toLowerCase()) || tools.lex.nonNames.has(title));
  }
  if (shouted) return null;
  // Single letters among common nouns and small words name nothing ("S und E", "Gruppe M"; but "A 7").
  let letters = false;
  let nameWords = false;
  for (let i = a; i < b; i++) {
    const w = wordAt(scope, i);
    if (SINGLE_LETTER.test(w)) letters = true;
    else if (scope.tokens[i]!.kind === "number" || (CAPITALISED.test(w) && !hintAt(scope, tools, i).noun)) nameWords = true;
  }
  if (letters && !nameWords) return null;
  if (b - a === 1) {
    const w = wordAt(scope, a);
    if (tools.lex.materials.has(w)) return null;
    const calendar = tools.locale.calendar;
    const lw = w.toLowerCase();
    if (calendar.months.some((m) => m.includes(lw)) || calendar.weekdays.some((d) => d.includes(lw))) return null;
    const next = scope.tokens[a + 1];
    if (next && next.start === scope.tokens[a]!.end && scope.text.charAt(next.start) === "." && w.length <= MAX_ABBREVIATION) return null;
    if (a === scope.from && tools.lex.sets.closedClass.has(lw)) {
      const h = hintAt(scope, tools, a);
      if (!h.surname && !h.first) return null;
    }
  }
  return { from: a, to: b };
}

/**
 * A tagger span of a sentence written in lowercase ("burger king", "tampa bay"), without what cannot belong
 * to a name at its edges (small words of the locale, punctuation); null when nothing is left or it is one
 * such word, a month or weekday, or too short to be a name.
 */
function trimLowercaseSpan(scope: SentenceScope, tools: MentionTools, from: number, to: number): { from: number; to: number } | null {
  const { starters, closedClass, determiners } = tools.lex.sets;
  const small = (i: number) => {
    if (scope.tokens[i]!.kind === "punct") return true;
    const w = wordAt(scope, i);
    return closedClass.has(w) || starters.has(w) || determiners.has(w);
  };
  let a = from;
  let b = to;
  while (b > a && small(b - 1)) b--;
  while (a < b && small(a)) a++;
  if (a >= b) return null;
  const surface = scope.text.slice(scope.tokens[a]!.start, scope.tokens[b - 1]!.end);
  if (!LETTER.test(surface) || surface.replace(NOT_ALPHANUMERIC, "").length < MIN_NAME_CHARACTERS) return null;
  if (b - a === 1) {
    const w = wordAt(scope, a);
    const calendar = tools.locale.calendar;
    if (tools.lex.materials.has(w) || calendar.months.some((m) => m.includes(w)) || calendar.weekdays.some((d) => d.includes(w))) return null;
  }
  return { from: a, to: b };
}

const LETTER = /\p{L}/u;
const SINGLE_LETTER = /^\p{L}$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]/gu;
const MIN_NAME_CHARACTERS = 2;

/** Longest word taken for an abbreviation when a full stop follows it directly ("Dr", "St", "Prof"). */
const MAX_ABBREVIATION = 4;

/** A tagger span as a candidate; an organisation after a media cue ("Zeitung Wedomosti") is an outlet. */
function taggerCandidate(scope: SentenceScope, tools: MentionTools, from: number, to: number, type: string): Candidate {
  let t: EntityType = TAGGER_TYPE[type] ?? "organization";
  const before = from > scope.from ? wordAt(scope, from - 1).toLowerCase() : "";
  if ((t === "organization" || t === "person") && tools.lex.mediaCues.has(before)) t = "media";
  if (t === "person" && isOrgWord(tools.lex, wordAt(scope, to - 1))) t = "organization";
  // "Reederei Elbtrans", "defense contractor Lockheed Martin": a name after a kind of organisation is one.
  if (t === "person" && before && isOrgKind(tools.lex, before)) t = "organization";
  return spanCandidate(scope, from, to, t, "tagger");
}

/** A candidate naming tokens from..to of the sentence by their own words. */
function spanCandidate(scope: SentenceScope, from: number, to: number, type: EntityType, source: Candidate["source"], extras?: CandidateExtras): Candidate {
  const { tokens, text } = scope;
  return newCandidate(scope, tokens[from]!.start, tokens[to - 1]!.end, from, to, type, tokensText(text, tokens, from, to), "name", source, extras);
}

/** Whether word i may be part of a person's name found by the rules. */
function nameWord(scope: SentenceScope, tools: MentionTools, i: number, lexTaken: ReadonlySet<number>): boolean {
  const t = scope.tokens[i];
  if (!t || t.kind !== "word" || lexTaken.has(i) || i >= scope.to) return false;
  const w = wordAt(scope, i);
  if (isParticleName(tools.lex, w)) return true;
  if (!CAPITALISED.test(w) || tools.lex.nonNames.has(w)) return false;
  const h = hintAt(scope, tools, i);
  return !h.role && !(h.noun && !h.first);
}

/** The hints of word i of the sentence. */
function hintAt(scope: SentenceScope, tools: MentionTools, i: number): WordHints {
  const h = scope.hints?.[i - scope.from];
  if (h) return h;
  return wordHints(scope.text, scope.tokens, i, i + 1, tools.lex, tools.roles, tools.nouns, tools.names)[0]!;
}

/**
 * Persons by rule: a run of capitalised non-nouns after a role word or an honorific ("Präsident Putin",
 * "Kreml-Sprecher Dmitri Peskow", "Mayor Linda Carver"), or starting with a known first name ("Avril Haines").
 */
function personRules(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Candidate[] {
  const { from, to } = scope;
  // In a sentence in capitals a first name or a capital says nothing ("KEEP UP THE GOOD WORK").
  if (shouted(scope)) return [];
  const lexTaken = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) lexTaken.add(i);
  // A one-word town or organisation of the lexicon may be a surname after a first name ("Uta Hagen",
  // "Kerstin Holm", "Walter Wagner").
  const surnameToo = new Set<number>();
  for (const m of matches) if (m.to - m.from === 1 && SURNAME_TOO.has(m.entries[0]!.subtype ?? m.entries[0]!.type) && m.entries[0]!.form === "name") surnameToo.add(m.from);
  // A one-word town that is also a first name may begin a person's name ("Elizabeth Warren", "Mary
  // Steenburgen", "Queen Elizabeth"): where a name starts, such a town is not the lexicon's.
  // Not in a headline's title case ("Man Shot at Dallas Gas Station Dies"), where every word is capitalised.
  const startTaken = new Set(lexTaken);
  const townFirstNames = new Set<number>();
  if (!titleCase(scope)) {
    for (const m of matches) {
      const e = m.entries[0]!;
      if (m.to - m.from === 1 && e.subtype === "city" && e.form === "name" && hintAt(scope, tools, m.from).first !== "") {
        startTaken.delete(m.from);
        townFirstNames.add(m.from);
      }
    }
  }
  const { honorifics, particles } = tools.lex.sets;
  // "the Harbor Bridge", "die Stern-Apotheke": a first name after an article is not a person's.
  const determiners = tools.lex.sets.determiners;
  const out: Candidate[] = [];
  const extend = (i: number) => {
    let j = i + 1;
    while (j < to && j - i < MAX_RULE_NAME_WORDS) {
      if (nameWord(scope, tools, j, lexTaken) || (j === i + 1 && surnameToo.has(j) && nameWord(scope, tools, j, NOTHING_TAKEN))) j++;
      else if (particles.has(wordAt(scope, j)) && nameWord(scope, tools, j + 1, lexTaken)) j += 2;
      else break;
    }
    return j;
  };
  let i = from;
  while (i < to) {
    // A name starts with a capital: a trigger matters only before one, a first name only as one.
    if (!CAPITALISED.test(wordAt(scope, i + 1)) && !CAPITALISED.test(wordAt(scope, i))) {
      i++;
      continue;
    }
    const start = nameStartAfterTrigger(scope, tools, i, honorifics);
    const firstName = hintAt(scope, tools, i).first !== "" && !determiners.has(wordAt(scope, i - 1).toLowerCase()) && nameWord(scope, tools, i, startTaken);
    let nameFrom = -1;
    let j = -1;
    if (start !== null && start < to && nameWord(scope, tools, start, startTaken)) nameFrom = start;
    else if (firstName && nameWord(scope, tools, i + 1, lexTaken)) nameFrom = i;
    else if (firstName && surnameToo.has(i + 1) && nameWord(scope, tools, i + 1, NOTHING_TAKEN)) {
      nameFrom = i;
      j = i + 2;
    }
    if (nameFrom < 0) {
      i++;
      continue;
    }
    if (j < 0) j = extend(nameFrom);
    // A town's name before an organisation's, a place's or a newspaper's word is the town's ("Washington
    // University", "Columbus Police Department", "Denver Post").
    if (townFirstNames.has(nameFrom) && !namesAPerson(scope, tools, nameFrom + 1, j)) {
      i = nameFrom + 1;
      continue;
    }
    let overLexicon = false;
    for (let k = nameFrom; k < j; k++) if (lexTaken.has(k)) overLexicon = true;
    out.push(spanCandidate(scope, nameFrom, j, "person", "rule", { overLexicon }));
    i = j;
  }
  return out;
}

const NOTHING_TAKEN: ReadonlySet<number> = new Set();

/** A comma and a region after token `i` - 1: a place of the lexicon ("Alabama") or a state's code ("AZ", "N.Y."). */
function regionAfter(scope: SentenceScope, i: number, matches: readonly LexMatch[]): boolean {
  if (i + 1 >= scope.to || wordAt(scope, i) !== ",") return false;
  const next = wordAt(scope, i + 1);
  return REGION_CODE.test(next) || matches.some((m) => m.from === i + 1 && m.entries[0]!.type === "location");
}

/** A two-letter state or province code ("AZ", "NY") or its dotted form ("N.Y."). */
const REGION_CODE = /^(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.?)$/u;

/**
 * Whether words from..to of a name after its first word can be a person's: written like names (a capital,
 * then small letters: no acronym or code), none an organisation's, place's or masthead's word.
 */
function namesAPerson(scope: SentenceScope, tools: MentionTools, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = wordAt(scope, k);
    if (!NAME_SHAPE.test(w) || isOrgWord(tools.lex, w) || isPlaceWord(tools.lex, w) || tools.lex.mastheads.has(w)) return false;
  }
  return true;
}

/** A word written as a name: a capital and small letters ("Dempsey", "O'Hara", "McDonald", "Ocasio-Cortez"). */
const NAME_SHAPE = /^\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*$/u;

/** Most of a sentence's words in capitals: shouting, or a kicker set in capitals. */
function shouted(scope: SentenceScope): boolean {
  let words = 0;
  let caps = 0;
  for (let k = scope.from; k < scope.to; k++) {
    if (scope.tokens[k]!.kind !== "word") continue;
    words++;
    if (ALL_CAPS.test(wordAt(scope, k))) caps++;
  }
  return words >= TITLE_CASE_MIN_WORDS && caps >= TITLE_CASE_SHARE * words;
}

/** Most of a sentence's words capitalised: a headline in title case, where capitals say nothing. */
function titleCase(scope: SentenceScope): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = scope.from; k < scope.to; k++) {
    if (scope.tokens[k]!.kind !== "word") continue;
    words++;
    if (CAPITALISED.test(wordAt(scope, k))) capitalised++;
  }
  return words >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words;
}

const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_SHARE = 0.7;

/** Lexicon names (by subtype, else type) whose word may be a surname as well. */
const SURNAME_TOO: ReadonlySet<string> = new Set(["city", "organization"]);

/**
 * Where a name would start after token i if token i is a trigger: an honorific ("Herr", "Dr." with its
 * full stop) or a singular role word ("Präsident", "Kreml-Sprecher", "spokesman"); null if it is none.
 */
function nameStartAfterTrigger(scope: SentenceScope, tools: MentionTools, i: number, honorifics: ReadonlySet<string>): number | null {
  const t = scope.tokens[i]!;
  if (t.kind !== "word") return null;
  const w = wordAt(scope, i);
  if (honorifics.has(w)) return i + 1;
  const next = scope.tokens[i + 1];
  if (next && next.start === t.end && scope.text.charAt(t.end) === "." && honorifics.has(w + ".")) return i + 2;
  // Capitalised words carry their role in their hints; lowercase ones ("spokesman") are looked up.
  if (CAPITALISED.test(w) && !hintAt(scope, tools, i).role) return null;
  const hit = lookupRole(tools.roles, w);
  return hit !== null && !hit.plural ? i + 1 : null;
}

/**
 * Places and organisations as the first part of a hyphenated word: "US" in "US-Außenminister", "Kreml" in
 * "Kreml-Sprecher", "Ukraine" in "Ukraine-Kriegs". They are mentions of their own, inside the word.
 */
function hyphenPrefixes(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Candidate[] {
  const { tokens, text, from, to } = scope;
  const matched = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) matched.add(i);
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || matched.has(i)) continue;
    const w = text.slice(t.start, t.end);
    const hyphen = w.indexOf("-");
    if (hyphen <= 0 || hyphen === w.length - 1) continue;
    const prefix = w.slice(0, hyphen);
    const entry = tools.lex.surfaces.get(prefix)?.[0];
    if (!entry || entry.ambiguous || firstWordOf(prefix) !== prefix || tools.lex.nonNames.has(prefix)) continue;
    out.push(newCandidate(scope, t.start, t.start + hyphen, i, i + 1, entry.type, entry.name, entry.form, "lexicon", { subtype: entry.subtype, country: entry.country }));
  }
  return out;
}

/**
 * Names by shape, for languages without a trained tagger: runs of capitalised words, joined by connectors
 * ("Department of Transportation"), typed by their words: an organisation head makes an organisation, a
 * place head a place. Runs with neither are left out (they may be anything).
 */
function capitalisedRuns(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Candidate[] {
  const { text, tokens, from, to } = scope;
  const connectors = tools.lex.sets.connectors;
  const taken = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) taken.add(i);
  const cap = (i: number) => {
    const t = tokens[i];
    if (!t || t.kind !== "word" || taken.has(i)) return false;
    const w = text.slice(t.start, t.end);
    return CAPITALISED.test(w) && !(i === from && tools.lex.nonNames.has(w)) && !tools.lex.nonNames.has(w);
  };
  const out: Candidate[] = [];
  let i = from;
  while (i < to) {
    if (!cap(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      if (cap(j)) j++;
      else if (connectors.has(wordAt(scope, j)) && cap(j + 1)) j += 2;
      else break;
    }
    const words = tokens.slice(i, j).map((t) => text.slice(t.start, t.end));
    const type: EntityType | null = words.some((w) => isOrgWord(tools.lex, w))
      ? "organization"
      : isPlaceWord(tools.lex, words[words.length - 1]!)
        ? "location"
        : null;
    if (type && words.length > 1) {
      out.push(spanCandidate(scope, i, j, type, "shape"));
    }
    i = j;
  }
  return out;
}

/**
 * Public institutions named in one word: an institution prefix and an organisation head
 * ("Bundesjustizministerium", "Landeskriminalamt", "EU-Kommission"), not a common noun of the dictionary.
 */
function institutions(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Candidate[] {
  const prefixes = tools.locale.names.institutionPrefixes;
  if (!prefixes.length) return [];
  const taken = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) taken.add(i);
  const out: Candidate[] = [];
  for (let i = scope.from; i < scope.to; i++) {
    const w = wordAt(scope, i);
    if (taken.has(i) || !prefixes.some((p) => w.startsWith(p) && w.length > p.length + MIN_INSTITUTION_HEAD)) continue;
    if (!isOrgWord(tools.lex, w) || hintAt(scope, tools, i).noun) continue;
    const t = scope.tokens[i]!;
    out.push(newCandidate(scope, t.start, t.end, i, i + 1, "organization", w, "name", "rule"));
  }
  return out;
}

/** Shortest rest of an institution's name after its prefix ("Bundes" + "amt" is a word of its own). */
const MIN_INSTITUTION_HEAD = 3;

/**
 * Sports clubs named by their town and founding year ("Schalke 04", "Hannover 96", "Mainz 05"): a
 * capitalised word that is no common noun before a two-digit number that no noun follows ("Berlin 25 Grad").
 */
function clubNames(scope: SentenceScope, tools: MentionTools): Candidate[] {
  const out: Candidate[] = [];
  for (let i = scope.from; i + 1 < scope.to; i++) {
    const w = wordAt(scope, i);
    if (scope.tokens[i]!.kind !== "word" || !CAPITALISED.test(w) || tools.lex.nonNames.has(w)) continue;
    const h = hintAt(scope, tools, i);
    if (h.noun || h.role || tools.lex.sets.closedClass.has(w.toLowerCase()) || !CLUB_YEAR.test(wordAt(scope, i + 1))) continue;
    // Not a quantity ("Rund 40 %", "Berlin 25 Grad").
    const next = i + 2 < scope.to ? wordAt(scope, i + 2) : "";
    if (next === "%" || (scope.tokens[i + 2]?.kind === "word" && CAPITALISED.test(next))) continue;
    out.push(spanCandidate(scope, i, i + 2, "organization", "rule", { overLexicon: true }));
  }
  return out;
}

const CLUB_YEAR = /^\d\d$/;

/** Fewest words of a sentence written all in lowercase for its places to be looked for in lowercase. */
const LOWERCASE_SENTENCE_MIN_WORDS = 3;
/** Most words of a place written in lowercase ("san francisco"). */
const MAX_LOWERCASE_PLACE_WORDS = 2;

/**
 * Places in a sentence written all in lowercase (forums, chats, tweets: "good food in philadelphia pa ?"):
 * a lowercase word or two that, capitalised, are a country, region or town of the lexicon and not a common
 * word of the language ("turkey", "reading") nor ambiguous.
 */
function lowercasePlaces(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Candidate[] {
  const { from, to, tokens } = scope;
  let words = 0;
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind !== "word") continue;
    words++;
    const w = wordAt(scope, i);
    if (i > from && CAPITALISED.test(w) && w.length > 1) return [];
  }
  if (words < LOWERCASE_SENTENCE_MIN_WORDS) return [];
  const taken = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) taken.add(i);
  const out: Candidate[] = [];
  const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  for (let i = from; i < to; i++) {
    for (let n = MAX_LOWERCASE_PLACE_WORDS; n >= 1; n--) {
      if (i + n > to) continue;
      let ok = true;
      const parts: string[] = [];
      for (let k = i; k < i + n; k++) {
        const w = wordAt(scope, k);
        if (taken.has(k) || tokens[k]!.kind !== "word" || !LOWERCASE_WORD.test(w)) ok = false;
        parts.push(title(w));
      }
      if (!ok) continue;
      const surface = parts.join(" ");
      const e = tools.lex.surfaces.get(surface)?.find((x) => x.type === "location" && x.form === "name");
      if (!e || e.ambiguous) continue;
      if (n === 1 && ((tools.nouns?.has(surface) ?? false) || tools.lex.sets.commonWordTowns.has(surface) || tools.lex.nonNames.has(surface))) continue;
      out.push(fromLexicon(scope, { from: i, to: i + n, entries: [e] }, e));
      i += n - 1;
      break;
    }
  }
  return out;
}

const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}-]+$/u;

/** Most words of a name that begins with a capitalised adjective ("Deutsche Umwelthilfe"). */
const MAX_ADJECTIVE_NAME_WORDS = 3;

/**
 * The name a capitalised demonym begins inside a sentence ("Deutsche Umwelthilfe", "Russische Föderation"),
 * as an organisation, unless the tagger found a name there itself.
 */
function adjectiveName(scope: SentenceScope, tools: MentionTools, i: number, tagged: ReadonlyArray<{ from: number; to: number }>): Candidate | null {
  if (tagged.some((t) => t.from <= i && i < t.to)) return null;
  let j = i + 1;
  while (j < scope.to && j - i < MAX_ADJECTIVE_NAME_WORDS && scope.tokens[j]!.kind === "word" && CAPITALISED.test(wordAt(scope, j)) && !tools.lex.nonNames.has(wordAt(scope, j))) j++;
  if (j === i + 1) return null;
  // "die Hamburger Reederei Elbtrans": a kind of organisation after the adjective; its name follows it.
  if (j > i + 2 && isOrgKind(tools.lex, wordAt(scope, i + 1)) && hintAt(scope, tools, i + 1).noun) return null;
  return spanCandidate(scope, i, j, "organization", "rule");
}

/** Most words of the rest of an organisation's name after its link ("für Migration und Flüchtlinge"). */
const MAX_PHRASE_WORDS = 6;
/** Most capitalised words in one part of that rest, and most lowercase adjectives before them. */
const MAX_PART_CAPITALS = 3;
const MAX_PART_ADJECTIVES = 2;
/** Most capitalised adjectives before the head that belong to the name ("Bayerisches Staatsministerium"). */
const MAX_LEADING_ADJECTIVES = 2;
const HAS_LOWERCASE = /\p{Ll}/u;

/**
 * Organisations named by a head word ("Bundesamt", "Zentralverband", "Universität": the locale's
 * organisation heads) and what follows it: a link and the rest of the name ("Bundesamt für Migration und
 * Flüchtlinge", "Zentralverband der deutschen Seehafenbetriebe"), or a place ("Universität Hamburg").
 * Capitalised adjectives before the head belong to the name ("Bayerisches Staatsministerium für …"). A
 * rest after a genitive article that is only a place ("Regierung der USA") makes no name.
 */
function organizationPhrases(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Candidate[] {
  const { tokens, from, to } = scope;
  const phrase = tools.locale.names.organizationPhrase;
  const links = new Set(phrase.links);
  const genitiveLinks = new Set(phrase.genitiveLinks);
  const joiners = new Set(phrase.joiners);
  const matchAt = new Map<number, LexMatch>();
  const inside = new Map<number, LexMatch>();
  for (const m of matches) {
    matchAt.set(m.from, m);
    for (let i = m.from; i < m.to; i++) inside.set(i, m);
  }
  const isWord = (i: number) => i >= from && i < to && tokens[i]!.kind === "word";
  const capital = (i: number) => isWord(i) && CAPITALISED.test(wordAt(scope, i)) && !tools.lex.nonNames.has(wordAt(scope, i));
  const adjective = (i: number) => {
    if (!isWord(i)) return false;
    const w = wordAt(scope, i);
    return !CAPITALISED.test(w) && !links.has(w) && !joiners.has(w) && phrase.adjectiveEndings.some((e) => w.endsWith(e));
  };
  /** The end of one part of the rest starting at k ("deutschen Seehafenbetriebe"), or -1. */
  const part = (k: number): number => {
    let j = k;
    while (j - k < MAX_PART_ADJECTIVES && adjective(j)) j++;
    const capsFrom = j;
    while (j - capsFrom < MAX_PART_CAPITALS && capital(j)) j++;
    return j > capsFrom ? j : -1;
  };
  const out: Candidate[] = [];
  for (let i = from; i < to; i++) {
    if (!isWord(i)) continue;
    const head = wordAt(scope, i);
    if (!CAPITALISED.test(head) || !HAS_LOWERCASE.test(head) || !isOrgWord(tools.lex, head) || hintAt(scope, tools, i).role) continue;
    const own = inside.get(i);
    if (own && own.to - own.from > 1) continue;
    let end = -1;
    const link = isWord(i + 1) ? wordAt(scope, i + 1) : "";
    if (links.has(link)) {
      let k = part(i + 2);
      while (k > 0 && k - (i + 2) < MAX_PHRASE_WORDS) {
        end = k;
        if (!joiners.has(isWord(k) ? wordAt(scope, k) : "")) break;
        k = part(k + 1);
      }
      if (end > 0 && genitiveLinks.has(link)) {
        // "Regierung der USA", "Präsidenten des Landes": a place alone after a genitive article names none.
        const m = matchAt.get(i + 2);
        if (m && m.to === end && m.entries[0]!.type === "location") end = -1;
      }
    } else if (phrase.placeAfterHead && matchAt.has(i + 1)) {
      const m = matchAt.get(i + 1)!;
      const e = m.entries[0]!;
      if (e.type === "location" && e.form === "name" && !e.ambiguous) end = m.to;
    } else if (phrase.wordsBeforeHead === "adjectives" && leadingAdjective(scope, tools, i + 1, inside)) {
      // A genitive without an article: "Verband Kommunaler Unternehmen", "Verbandes Norddeutscher Frauenvereine".
      let k = i + 2;
      while (k < to && k - i <= MAX_LEADING_ADJECTIVES && leadingAdjective(scope, tools, k, inside)) k++;
      const capsFrom = k;
      while (k - capsFrom < MAX_PART_CAPITALS && capital(k) && !leadingAdjective(scope, tools, k, inside)) k++;
      if (k > capsFrom) end = k;
    }
    if (end < 0) continue;
    let start = i;
    while (start > from && i - start < MAX_LEADING_ADJECTIVES && leadingAdjective(scope, tools, start - 1, inside)) start--;
    out.push(spanCandidate(scope, start, end, "organization", "rule", { overLexicon: true }));
    i = end - 1;
  }
  return out;
}

/**
 * Whether word i may begin an organisation's name before its head: a capitalised adjective ("Deutsches",
 * "Bayerischen"), or any capitalised word where the locale says so ("Serum Institute").
 */
function leadingAdjective(scope: SentenceScope, tools: MentionTools, i: number, inside: ReadonlyMap<number, LexMatch>): boolean {
  if (i < scope.from || i >= scope.to || scope.tokens[i]!.kind !== "word") return false;
  const w = wordAt(scope, i);
  if (!CAPITALISED.test(w) || tools.lex.nonNames.has(w) || tools.lex.sets.starters.has(w.toLowerCase())) return false;
  const m = inside.get(i);
  if (m) return m.to - m.from === 1 && m.entries[0]!.form === "demonym";
  const { adjectiveEndings, wordsBeforeHead } = tools.locale.names.organizationPhrase;
  if (wordsBeforeHead === "capitalised") return true;
  const h = hintAt(scope, tools, i);
  return !h.noun && !h.nounTail && !h.first && adjectiveEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
}

/** Most characters of an acronym in parentheses. */
const MAX_ACRONYM = 10;
/** An acronym: a capital, then letters, digits, "&", "." or "-", with at least two capitals in all. */
const ACRONYM = /^\p{Lu}[\p{L}\d&.-]*$/u;
const CAPITALS = /\p{Lu}/gu;

/**
 * An acronym in parentheses right after an organisation's or a place's name ("Bundesamt für Migration und
 * Flüchtlinge (BAMF)") is a mention of the same entity, when its letters can abbreviate the name: the same
 * first letter, and its capitals in the name's letters in order. A candidate found there already becomes it.
 */
function parenthesisedAcronyms(scope: SentenceScope, accepted: Candidate[]): void {
  const { tokens, text } = scope;
  for (const c of [...accepted]) {
    if (c.type === "person" || c.source === "lexicon" || c.aliasOf || c.to + 2 >= scope.to) continue;
    const open = tokens[c.to]!;
    const acr = tokens[c.to + 1]!;
    const close = tokens[c.to + 2]!;
    if (text.slice(open.start, open.end) !== "(" || text.slice(close.start, close.end) !== ")") continue;
    const word = text.slice(acr.start, acr.end);
    if (word.length > MAX_ACRONYM || !ACRONYM.test(word) || (word.match(CAPITALS)?.length ?? 0) < 2) continue;
    if (!abbreviates(word, text.slice(c.start, c.end))) continue;
    const at = accepted.findIndex((a) => a.from === c.to + 1 && a.to === c.to + 2);
    // An acronym the lexicon knows is an entity of its own ("CDU").
    if (at >= 0 && accepted[at]!.source === "lexicon") continue;
    const alias = newCandidate(scope, acr.start, acr.end, c.to + 1, c.to + 2, c.type, word, "acronym", "rule", { subtype: c.subtype, country: c.country, aliasOf: c });
    if (at >= 0) accepted[at] = alias;
    else if (!accepted.some((a) => a.start < acr.end && acr.start < a.end)) accepted.push(alias);
  }
  accepted.sort((a, b) => a.start - b.start);
}

/** Whether an acronym can stand for a name: the same first letter, and its capitals in the name in order. */
export function abbreviates(acronym: string, name: string): boolean {
  const a = acronym.toLowerCase();
  const n = name.toLowerCase();
  if (a.charAt(0) !== n.charAt(0)) return false;
  let k = 0;
  for (const ch of acronym) {
    if (ch === ch.toLowerCase()) continue;
    k = n.indexOf(ch.toLowerCase(), k);
    if (k < 0) return false;
    k++;
  }
  return true;
}
