import type { Entity, EntityType, Mention, Token } from "../../model/types.js";
import type { Locale } from "../../locales/types.js";
import { firstWordOf, isOrgWord, isPlaceWord, nounAlso, type LexEntry, type Lexicon } from "./lexicon.js";
import { matchLexicon, tokensText, type LexMatch } from "./match.js";
import { lookupRole, type RoleIndex } from "./role-index.js";
import { sentenceView } from "./tagger/features.js";
import type { WordHints } from "./tagger/features.js";
import { gazetteerTags, wordHints, type NounSet } from "./tagger/hints.js";
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
  model: TaggerModel | null;
}

const TAGGER_TYPE: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "location" };
/** A tagger span this long is a name of its own even where the lexicon knows a part of it. */
const LONG_NAME_TOKENS = 3;
/** Most words of a name found by the rules ("Ursula von der Leyen", "Kim Son Gyong"). */
const MAX_RULE_NAME_WORDS = 4;

const CAPITALISED = /^\p{Lu}/u;

/** Finds the names in one sentence: lexicon matches, the tagger's spans and the rules for persons. */
export function findCandidates(input: SentenceScope, tools: MentionTools): Candidate[] {
  const { text, tokens, from, to } = input;
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(text.slice(tokens[i]!.start, tokens[i]!.end));
  const matches = matchLexicon(text, tokens, from, to, tools.lex, words);
  const hints = wordHints(text, tokens, from, to, tools.lex, tools.roles, tools.nouns, words);
  const scope: SentenceScope = { ...input, words, hints };

  const taggerSpans = runTagger(scope, tools, matches);
  const ruleSpans = [...personRules(scope, tools, matches), ...institutions(scope, tools, matches)];
  const accepted: Candidate[] = [];
  const taken = new Uint8Array(to - from);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (taken[i - from]) return false;
    return true;
  };
  const take = (c: Candidate) => {
    for (let i = c.from; i < c.to; i++) taken[i - from] = 1;
    accepted.push(c);
  };
  const taggerAt = new Map(taggerSpans.map((s) => [`${s.from}:${s.to}`, s.type]));

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
      (single && nounAlso(e) && tools.nouns !== null && tools.nouns.has(word)) ||
      (single && tools.lex.nonNames.has(word)) ||
      (single && m.from === from && starters.has(word.toLowerCase()));
    if (ambiguous) {
      const tagged = taggerAt.get(`${m.from}:${m.to}`);
      const cue = e.type === "media" && m.from > from && tools.lex.mediaCues.has(wordAt(scope, m.from - 1).toLowerCase());
      if (!cue && !(tagged && compatible(tagged, e.type))) continue;
    }
    if (e.form === "demonym" && tools.lex.demonymsLowercase && m.from > from && CAPITALISED.test(word) && CAPITALISED.test(wordAt(scope, m.to))) {
      // A capitalised adjective inside a sentence begins a name ("Die Deutsche Umwelthilfe"): no demonym.
      nameStarts.push(m.from);
      continue;
    }
    lexCands.push(fromLexicon(scope, m, e));
  }
  const prefixCands = hyphenPrefixes(scope, tools, matches);
  // The lexicon's unambiguous names first (a tagger span overlapping one wins only when it is a long name
  // of its own, "Reichsvereinigung der Juden in Deutschland"); then longest first, rules before the tagger.
  const rank = { lexicon: 0, rule: 1, tagger: 2, shape: 3 } as const;
  // A name typed by its head word wins over a place inside it ("Riverside Bridge", "Department of
  // Transportation"), and so does a person's name over a town or organisation in it ("Uta Hagen").
  const longTagger = (c: Candidate) => (c.source === "tagger" && c.to - c.from >= LONG_NAME_TOKENS) || c.source === "shape" || c.overLexicon === true;
  const all = [
    ...lexCands,
    ...ruleSpans,
    ...nameStarts.map((i) => adjectiveName(scope, tools, i, taggerSpans)).filter((c): c is Candidate => c !== null),
    ...taggerSpans.map((s) => taggerCandidate(scope, tools, s.from, s.to, s.type)),
    ...(tools.model ? [] : capitalisedRuns(scope, tools, matches)),
  ].sort(
    (a, b) =>
      Number(longTagger(b)) - Number(longTagger(a)) ||
      Number(b.source === "lexicon") - Number(a.source === "lexicon") ||
      b.to - b.from - (a.to - a.from) ||
      rank[a.source] - rank[b.source] ||
      a.from - b.from,
  );
  for (const c of all) if (free(c.from, c.to)) take(c);
  // A place or organisation in front of a hyphen stays a mention of its own inside a longer name
  // ("US" in "US-Regierung"); the lexicon's own compounds ("UN-Sicherheitsrat") never get here.
  for (const c of prefixCands) if (!accepted.some((a) => a.start === c.start && a.end === c.end)) accepted.push(c);
  return accepted.sort((a, b) => a.start - b.start);
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
  const c: Candidate = {
    start: scope.tokens[m.from]!.start,
    end: scope.tokens[m.to - 1]!.end,
    from: m.from,
    to: m.to,
    type: e.type,
    name: e.name,
    form: e.form,
    source: "lexicon",
    sentence: scope.sentence,
  };
  if (e.subtype) c.subtype = e.subtype;
  if (e.country) c.country = e.country;
  if (e.capitalOf) c.capitalOf = e.capitalOf;
  return c;
}

function runTagger(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Array<{ from: number; to: number; type: string }> {
  if (!tools.model) return [];
  const { text, tokens, from, to } = scope;
  const words = scope.words ?? [];
  const hints = scope.hints ?? wordHints(text, tokens, from, to, tools.lex, tools.roles, tools.nouns, words);
  const tags = tagSentence(tools.model, sentenceView(words, hints, gazetteerTags(from, to, matches, hints)));
  const out: Array<{ from: number; to: number; type: string }> = [];
  for (const sp of spansOf(tags)) {
    const trimmed = trimSpan(scope, tools, sp.from + from, sp.to + from);
    if (trimmed) out.push({ ...trimmed, type: sp.type });
  }
  return out;
}

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
    return !CAPITALISED.test(w) || tools.lex.nonNames.has(w) || starters.has(w.toLowerCase()) || honorifics.has(w) || honorifics.has(w + ".");
  };
  let a = from;
  let b = to;
  while (b > a && (isFunctionWord(b - 1) || scope.tokens[b - 1]!.kind === "punct")) b--;
  while (a < b && (isFunctionWord(a) || hintAt(scope, tools, a).role)) a++;
  if (a >= b) return null;
  if (b - a === 1) {
    const w = wordAt(scope, a);
    const calendar = tools.locale.calendar;
    const lw = w.toLowerCase();
    if (calendar.months.some((m) => m.includes(lw)) || calendar.weekdays.some((d) => d.includes(lw))) return null;
    const next = scope.tokens[a + 1];
    if (next && next.start === scope.tokens[a]!.end && scope.text.charAt(next.start) === "." && w.length <= MAX_ABBREVIATION) return null;
  }
  return { from: a, to: b };
}

/** Longest word taken for an abbreviation when a full stop follows it directly ("Dr", "St", "Prof"). */
const MAX_ABBREVIATION = 4;

/** A tagger span as a candidate; an organisation after a media cue ("Zeitung Wedomosti") is an outlet. */
function taggerCandidate(scope: SentenceScope, tools: MentionTools, from: number, to: number, type: string): Candidate {
  let t: EntityType = TAGGER_TYPE[type] ?? "organization";
  const before = from > scope.from ? wordAt(scope, from - 1).toLowerCase() : "";
  if ((t === "organization" || t === "person") && tools.lex.mediaCues.has(before)) t = "media";
  if (t === "person" && isOrgWord(tools.lex, wordAt(scope, to - 1))) t = "organization";
  return {
    start: scope.tokens[from]!.start,
    end: scope.tokens[to - 1]!.end,
    from,
    to,
    type: t,
    name: tokensText(scope.text, scope.tokens, from, to),
    form: "name",
    source: "tagger",
    sentence: scope.sentence,
  };
}

/** Whether word i may be part of a person's name found by the rules. */
function nameWord(scope: SentenceScope, tools: MentionTools, i: number, lexTaken: ReadonlySet<number>): boolean {
  const t = scope.tokens[i];
  if (!t || t.kind !== "word" || lexTaken.has(i) || i >= scope.to) return false;
  const w = wordAt(scope, i);
  if (!CAPITALISED.test(w) || tools.lex.nonNames.has(w)) return false;
  const h = hintAt(scope, tools, i);
  return !h.role && !(h.noun && !h.first);
}

/** The hints of word i of the sentence. */
function hintAt(scope: SentenceScope, tools: MentionTools, i: number): WordHints {
  const h = scope.hints?.[i - scope.from];
  if (h) return h;
  return wordHints(scope.text, scope.tokens, i, i + 1, tools.lex, tools.roles, tools.nouns)[0]!;
}

/**
 * Persons by rule: a run of capitalised non-nouns after a role word or an honorific ("Präsident Putin",
 * "Kreml-Sprecher Dmitri Peskow", "Mayor Linda Carver"), or starting with a known first name ("Avril Haines").
 */
function personRules(scope: SentenceScope, tools: MentionTools, matches: readonly LexMatch[]): Candidate[] {
  const { tokens, text, from, to } = scope;
  const lexTaken = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) lexTaken.add(i);
  // A one-word town or organisation of the lexicon may be a surname after a first name ("Uta Hagen",
  // "Kerstin Holm", "Walter Wagner").
  const surnameToo = new Set<number>();
  for (const m of matches) if (m.to - m.from === 1 && SURNAME_TOO.has(m.entries[0]!.subtype ?? m.entries[0]!.type) && m.entries[0]!.form === "name") surnameToo.add(m.from);
  const { honorifics, particles } = tools.lex.sets;
  // "the Harbor Bridge", "die Stern-Apotheke": a first name after an article is not a person's.
  const determiners = tools.lex.sets.determiners;
  const out: Candidate[] = [];
  const extend = (i: number) => {
    let j = i + 1;
    while (j < to && j - i < MAX_RULE_NAME_WORDS) {
      if (nameWord(scope, tools, j, lexTaken)) j++;
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
    const firstName = hintAt(scope, tools, i).first !== "" && !determiners.has(wordAt(scope, i - 1).toLowerCase()) && nameWord(scope, tools, i, lexTaken);
    let nameFrom = -1;
    let j = -1;
    if (start !== null && start < to && nameWord(scope, tools, start, lexTaken)) nameFrom = start;
    else if (firstName && nameWord(scope, tools, i + 1, lexTaken)) nameFrom = i;
    else if (firstName && surnameToo.has(i + 1) && nameWord(scope, tools, i + 1, new Set())) {
      nameFrom = i;
      j = i + 2;
    }
    if (nameFrom < 0) {
      i++;
      continue;
    }
    if (j < 0) j = extend(nameFrom);
    const c: Candidate = {
      start: tokens[nameFrom]!.start,
      end: tokens[j - 1]!.end,
      from: nameFrom,
      to: j,
      type: "person",
      name: tokensText(text, tokens, nameFrom, j),
      form: "name",
      source: "rule",
      sentence: scope.sentence,
    };
    if (surnameToo.has(nameFrom + 1) && j === nameFrom + 2) c.overLexicon = true;
    out.push(c);
    i = j;
  }
  return out;
}

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
    if (!entry || entry.ambiguous || firstWordOf(prefix) !== prefix) continue;
    const c: Candidate = {
      start: t.start,
      end: t.start + hyphen,
      from: i,
      to: i + 1,
      type: entry.type,
      name: entry.name,
      form: entry.form === "name" ? "name" : entry.form,
      source: "lexicon",
      sentence: scope.sentence,
    };
    if (entry.subtype) c.subtype = entry.subtype;
    if (entry.country) c.country = entry.country;
    out.push(c);
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
      out.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, from: i, to: j, type, name: tokensText(text, tokens, i, j), form: "name", source: "shape", sentence: scope.sentence });
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
    out.push({ start: t.start, end: t.end, from: i, to: i + 1, type: "organization", name: w, form: "name", source: "rule", sentence: scope.sentence });
  }
  return out;
}

/** Shortest rest of an institution's name after its prefix ("Bundes" + "amt" is a word of its own). */
const MIN_INSTITUTION_HEAD = 3;

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
  const { tokens, text } = scope;
  return { start: tokens[i]!.start, end: tokens[j - 1]!.end, from: i, to: j, type: "organization", name: tokensText(text, tokens, i, j), form: "name", source: "rule", sentence: scope.sentence };
}
