/**
 * Noun phrases for speakers and sources, without a parser: determiners, adjectives, nouns and names,
 * then what may hang on them (a genitive, "von X", a place "in Seoul", a bracketed acronym, an
 * apposition between commas, a coordination). Languages that capitalise every noun (German) tell
 * adjectives from nouns by case; others (English) read up to the next boundary word.
 */
import type { Lexicon } from "./lexicon.js";
import type { Word } from "./words.js";

export interface Phrase {
  from: number;
  to: number;
  /** The phrase is a personal pronoun. */
  pronoun?: boolean;
  /** The phrase coordinates two or more noun phrases ("Nordkorea und Russland"). */
  coordinated?: boolean;
}

export interface PhraseOptions {
  /** Take an apposition between commas ("Der Minister, Kim Hong-kyun, erklärte") or up to the end. */
  apposition?: boolean;
  coordination?: boolean;
  /** Words the phrase must not reach. */
  limit?: number;
}

/** A number that may close a name ("Schalke 04", "Hannover 96", "Paragraf 218"): digits only, short. */
const NAME_NUMBER = /^\d{1,4}$/;
/** Longest run of words an adjective may stand before its noun. */
const ADJECTIVE_LOOKAHEAD = 4;
/** Longest bracketed insertion kept in a phrase ("(IAEO)", "(SPD)"). */
const MAX_PARENTHETICAL = 8;
/** Longest phrase read in a language without capitalised nouns. */
const MAX_PLAIN_PHRASE = 10;
const OPENING_QUOTES = new Set(["„", "“", '"', "»", "«", "‚", "''", "‘‘", "``"]);
const CLOSING_QUOTES = new Set(["“", "”", '"', "«", "»", "‘", "'", "''", "’’"]);

export function isBoundaryPunct(w: Word, words?: readonly Word[]): boolean {
  if (w.kind !== "punct" || w.text === "." || w.text === "&") return false;
  if (w.text !== "-") return true;
  // A hyphen between spaces is a dash ("SYDNEY (Reuters) - Australia's …").
  const k = words?.indexOf(w) ?? -1;
  return k > 0 && words![k - 1]!.end < w.start && (words![k + 1]?.start ?? Infinity) > w.end;
}

/** A word that can stand inside a noun phrase as an adjective, number or noun, by its class alone. */
/** An acronym in capitals ("WHO", "US") is a name even when it spells a function word. */
const ACRONYM = /^\p{Lu}{2,}$/u;

export function isFunctionWord(w: Word, lex: Lexicon): boolean {
  if (ACRONYM.test(w.text)) return false;
  return (
    lex.prepositions.has(w.lower) ||
    lex.conjunctions.has(w.lower) ||
    lex.subordinators.has(w.lower) ||
    lex.complementizers.has(w.lower) ||
    lex.adverbs.has(w.lower) ||
    lex.pronouns.has(w.lower)
  );
}

export function isVerb(w: Word, lex: Lexicon): boolean {
  return lex.finiteVerbs.has(w.lower) || lex.auxiliaries.has(w.lower) || lex.cueForms.get(w.lower)?.some((f) => f.tag === "finite") === true || lex.contractedVerb(w.lower);
}

/** A capitalised word that is a noun or name (not a calendar word starting a time phrase). */
/** "el-Baradei", "ai-Bericht", "eBay": a lowercase particle or prefix before a capitalised name or noun. */
const HYPHENATED_NAME = /^\p{Ll}[\p{L}]*-\p{Lu}|^\p{Ll}{1,2}\p{Lu}/u;

export function isNoun(w: Word | undefined, lex: Lexicon): boolean {
  if (w === undefined || w.kind !== "word") return false;
  if (!w.cap) return lex.capitalizedNouns && HYPHENATED_NAME.test(w.text);
  // "Besorgt äußerte sich …", "Überraschend sprach sich …": a participle capitalised at the start of a
  // sentence is not a noun.
  if (lex.capitalizedNouns && (lex.participles.has(w.lower) || lex.presentParticiples.has(w.lower))) return false;
  return !lex.calendarWords.has(w.lower) && !lex.determiners.has(w.lower) && !isFunctionWord(w, lex);
}

/** Longest top-level domain read as part of a name ("faz.net", "ndr.de", "bbc.co.uk"). */
const MAX_TLD = 6;

/** The end of a web domain starting at word i ("faz" "." "net" written together), or -1. */
function domainEnd(words: readonly Word[], i: number, limit: number): number {
  let j = i;
  while (j + 2 < limit + 1 && words[j + 1]?.text === "." && words[j + 2] && words[j + 1]!.start === words[j]!.end && words[j + 2]!.start === words[j + 1]!.end && /^\p{Ll}{2,}$/u.test(words[j + 2]!.text) && words[j + 2]!.text.length <= MAX_TLD) j += 2;
  return j > i && words[i]!.kind === "word" ? j + 1 : -1;
}

/** The end of a quoted name starting at i („Süddeutsche Zeitung“), or -1. */
function quotedName(words: readonly Word[], i: number, limit: number): number {
  if (!OPENING_QUOTES.has(words[i]?.text ?? "")) return -1;
  for (let j = i + 1; j < Math.min(limit, i + MAX_PARENTHETICAL); j++) {
    const w = words[j]!;
    // A quoted name: a few words between quotation marks ("„Unser Krankenhaus bleibt“", "„heise online“").
    if (CLOSING_QUOTES.has(w.text)) return j > i + 1 ? j + 1 : -1;
    if (isBoundaryPunct(w)) return -1;
  }
  return -1;
}

function parenthetical(words: readonly Word[], i: number, limit: number): number {
  if (words[i]?.text !== "(") return -1;
  for (let j = i + 1; j < Math.min(limit, i + MAX_PARENTHETICAL); j++) if (words[j]!.text === ")") return j + 1;
  return -1;
}

/** The noun phrase starting at word i, or null. */
export function phraseAt(words: readonly Word[], i: number, lex: Lexicon, opts: PhraseOptions = {}): Phrase | null {
  const limit = Math.min(opts.limit ?? words.length, words.length);
  const first = words[i];
  if (!first || i >= limit) return null;
  if (lex.pronouns.has(first.lower)) return { from: i, to: i + 1, pronoun: true };
  const core = lex.capitalizedNouns ? capitalisedCore(words, i, limit, lex) : plainCore(words, i, limit, lex);
  if (core < 0) return null;
  let j = attachments(words, core, limit, lex);
  let coordinated = false;
  if (opts.coordination && lex.coordinators.has(words[j]?.lower ?? "")) {
    const next = phraseAt(words, j + 1, lex, { limit });
    if (next && !next.pronoun) {
      j = next.to;
      coordinated = true;
    }
  }
  if (opts.apposition) j = apposition(words, j, limit, lex);
  return { from: i, to: j, ...(coordinated ? { coordinated } : {}) };
}

/** German-style core: determiner, adjectives (lowercase), then capitalised nouns and names. */
function capitalisedCore(words: readonly Word[], i: number, limit: number, lex: Lexicon): number {
  let j = i;
  // "Einer der Feuerwehrmänner": a determiner standing alone before a genitive is the head.
  if (lex.determiners.has(words[j]!.lower) && lex.genitiveDeterminers.has(words[j + 1]?.lower ?? "") && j + 1 < limit) return j + 1;
  // "Einige vertreten die Auffassung, …", "Viele sagten, …": a quantifier standing alone before a finite verb.
  const after = words[j + 1];
  if (lex.indefinite.has(words[j]!.lower) && after !== undefined && after.kind === "word" && !after.cap && isVerb(after, lex) && !attributive(words, j + 1, lex)) return j + 1;
  if (lex.determiners.has(words[j]!.lower)) j++;
  // An extended attribute between determiner and noun: "der für die Omo-Region zuständige Koordinator".
  if (j > i && lex.prepositions.has(words[j]?.lower ?? "")) {
    const inner = capitalisedCore(words, j + 1, limit, lex);
    const w = words[inner];
    if (inner > 0 && w && w.kind === "word" && !w.cap && nounAhead(words, inner + 1, limit, lex)) j = inner;
    else j = extendedAttribute(words, j, limit, lex);
  } else if (j > i && !isNoun(words[j], lex)) j = extendedAttribute(words, j, limit, lex);
  let nouns = 0;
  while (j < limit) {
    const w = words[j]!;
    if (w.kind === "number" && nouns === 0) {
      j++;
      continue;
    }
    // "Schalke 04", "Paragraf 218": a short number right after a noun is part of its name.
    if (w.kind === "number" && nouns > 0 && NAME_NUMBER.test(w.text) && !isNoun(words[j + 1], lex) && words[j + 1]?.kind !== "number") {
      j++;
      continue;
    }
    // (Not "ai-Bericht", "eBay": a lowercase name is a noun.)
    if (w.kind === "word" && !w.cap && nouns === 0 && !isNoun(w, lex) && !isFunctionWord(w, lex) && (!isVerb(w, lex) || attributive(words, j, lex)) && nounAhead(words, j + 1, limit, lex)) {
      j++;
      continue;
    }
    // "der erst kürzlich ernannte Bischof": adverbs before an attributive participle after the determiner.
    if (w.kind === "word" && !w.cap && nouns === 0 && j > i && lex.capitalizedNouns && lex.determiners.has(words[i]!.lower) && lex.adverbs.has(w.lower) && !lex.pronouns.has(w.lower) && adverbsBeforeAttribute(words, j, limit, lex)) {
      j++;
      continue;
    }
    if (isNoun(w, lex) && !(nouns > 0 && lex.determiners.has(w.lower))) {
      nouns++;
      j++;
      continue;
    }
    const quoted = quotedName(words, j, limit);
    if (quoted > 0) {
      nouns++;
      j = quoted;
      continue;
    }
    const domain = nouns === 0 ? domainEnd(words, j, limit) : -1;
    if (domain > 0) {
      nouns++;
      j = domain;
      continue;
    }
    if (w.text === "-" && nouns > 0 && isNoun(words[j + 1], lex)) {
      j++;
      continue;
    }
    break;
  }
  // "sagte der 81-jährige in …": an adjective used as a noun after its determiner.
  if (nouns === 0 && j === i + 1 && lex.determiners.has(words[i]!.lower)) {
    const w = words[j];
    if (w && w.kind === "word" && !w.cap && !isFunctionWord(w, lex) && !isVerb(w, lex) && !isNoun(words[j + 1], lex) && j + 1 <= limit) return j + 1;
  }
  return nouns > 0 ? j : -1;
}

/** Longest extended attribute read between a determiner and its noun ("einer am Dienstag in Rom veröffentlichten Studie"). */
const MAX_EXTENDED_ATTRIBUTE = 8;
/** The endings of a declined adjective or participle ("veröffentlichten", "vorgestellte", "zuständigen"). */
const DECLINED = /(e|en|er|es|em)$/u;

/**
 * "einer am Dienstag veröffentlichten Pressemitteilung", "einer gestern vorgestellten Studie": where nouns
 * are capitalised, adverbs, times and prepositional phrases may stand between a determiner (at j - 1) and
 * the declined adjective or participle before the noun. Returns where that adjective stands, or j when
 * there is none: no punctuation and no finite verb on the way.
 */
function extendedAttribute(words: readonly Word[], j: number, limit: number, lex: Lexicon): number {
  if (!lex.capitalizedNouns) return j;
  for (let m = j; m < Math.min(limit, j + MAX_EXTENDED_ATTRIBUTE); m++) {
    const w = words[m]!;
    if (w.kind !== "word" && w.kind !== "number") return j;
    if (w.kind === "word" && !w.cap && !isFunctionWord(w, lex) && !lex.determiners.has(w.lower) && DECLINED.test(w.lower) && isNoun(words[m + 1], lex) && m + 1 < limit) {
      const stem = w.lower.replace(DECLINED, "");
      const participle = lex.participles.has(stem) || lex.participles.has(stem + "e") || lex.presentParticiples.has(stem);
      return (!isVerb(w, lex) || participle) && m > j ? m + 1 : j;
    }
    if (w.kind === "word" && !w.cap && isVerb(w, lex)) return j;
  }
  return j;
}

/**
 * "der 13 beteiligten Feuerwehrmänner", "die gewählten Abgeordneten": where nouns are capitalised, a
 * lowercase verb form between a determiner or number and a noun is an attribute, not a verb.
 */
function attributive(words: readonly Word[], j: number, lex: Lexicon): boolean {
  let i = j - 1;
  // "der erst kürzlich ernannte Bischof": adverbs may stand between the determiner and the participle.
  for (let m = 0; m < ATTRIBUTE_ADVERBS && i > 0 && words[i]!.kind === "word" && !words[i]!.cap && !lex.determiners.has(words[i]!.lower) && !isVerb(words[i]!, lex) && !lex.prepositions.has(words[i]!.lower) && !lex.conjunctions.has(words[i]!.lower) && !lex.pronouns.has(words[i]!.lower); m++) i--;
  const prev = words[i];
  return lex.capitalizedNouns && isNoun(words[j + 1], lex) && prev !== undefined && (lex.determiners.has(prev.lower) || prev.kind === "number");
}

/** Whether adverbs from j lead to an attributive participle or adjective and its noun ("erst kürzlich ernannte Bischof"). */
function adverbsBeforeAttribute(words: readonly Word[], j: number, limit: number, lex: Lexicon): boolean {
  let m = j;
  while (m < Math.min(limit, j + ATTRIBUTE_ADVERBS) && words[m]!.kind === "word" && !words[m]!.cap && lex.adverbs.has(words[m]!.lower)) m++;
  const w = words[m];
  if (!w || m >= limit || w.kind !== "word" || w.cap || isFunctionWord(w, lex)) return false;
  return (!isVerb(w, lex) || attributive(words, m, lex)) && nounAhead(words, m + 1, limit, lex);
}

/** Adverbs read between a determiner and an attributive participle ("der erst kürzlich ernannte"). */
const ATTRIBUTE_ADVERBS = 2;

function nounAhead(words: readonly Word[], from: number, limit: number, lex: Lexicon): boolean {
  for (let j = from; j < Math.min(limit, from + ADJECTIVE_LOOKAHEAD); j++) {
    const w = words[j]!;
    if (isNoun(w, lex) || OPENING_QUOTES.has(w.text)) return true;
    if (w.kind !== "word" || w.cap || isFunctionWord(w, lex) || (isVerb(w, lex) && !attributive(words, j, lex))) return false;
  }
  return false;
}

/** Longest title abbreviation kept inside a name ("Dr.", "Mr.", "St."). */
const MAX_TITLE_ABBREVIATION = 3;

/** "Dr" "." "Amina": a short capitalised word, a full stop glued to it, a capitalised word after. */
function isTitleAbbreviation(before: Word | undefined, after: Word | undefined): boolean {
  return before !== undefined && after !== undefined && before.cap && before.text.length <= MAX_TITLE_ABBREVIATION && after.cap;
}

/** English-style core: words up to a verb, a function word or punctuation. */
function plainCore(words: readonly Word[], i: number, limit: number, lex: Lexicon): number {
  let j = i;
  if (lex.determiners.has(words[j]!.lower)) j++;
  const start = j;
  while (j < limit && j - i < MAX_PLAIN_PHRASE) {
    const w = words[j]!;
    if (w.text === "." && isTitleAbbreviation(words[j - 1], words[j + 1])) {
      j++;
      continue;
    }
    if (w.kind === "punct" && w.text !== "-") break;
    if (w.kind === "quote") {
      const quoted = quotedName(words, j, limit);
      if (quoted < 0) break;
      j = quoted;
      continue;
    }
    // Right after a determiner a verb form is a noun ("an estimate", "the report").
    const afterDeterminer = j === start && start > i;
    // A form that is as often a noun opens a phrase of its own too ("according to reports").
    const noun = j === start && lex.nounForms.has(w.lower);
    if (isFunctionWord(w, lex) || lex.determiners.has(w.lower) || (!afterDeterminer && !noun && (isVerb(w, lex) || lex.participles.has(w.lower)))) break;
    j++;
  }
  return j > start ? j : -1;
}

/** Genitives, "von X", places, bracketed acronyms after the core. */
function attachments(words: readonly Word[], from: number, limit: number, lex: Lexicon): number {
  let j = from;
  for (;;) {
    const w = words[j];
    if (!w || j >= limit) return j;
    const paren = parenthetical(words, j, limit);
    if (paren > 0) {
      j = paren;
      continue;
    }
    if (lex.capitalizedNouns && lex.genitiveDeterminers.has(w.lower)) {
      const core = capitalisedCore(words, j, limit, lex);
      if (core > 0) {
        j = core;
        continue;
      }
      return j;
    }
    if (lex.placePrepositions.has(w.lower) && isNoun(words[j + 1], lex)) {
      j = placeList(words, j + 1, limit, lex);
      continue;
    }
    // "Koordinator für Naturkatastrophen", "Sprecher für Außenpolitik": a bare noun after "für" belongs to the role.
    if (lex.capitalizedNouns && lex.roleAttachments.has(w.lower) && isNoun(words[j + 1], lex)) {
      j += 2;
      while (j < limit && isNoun(words[j], lex)) j++;
      continue;
    }
    const withArticle = lex.articleAttachmentPrepositions.has(w.lower) && lex.determiners.has(words[j + 1]?.lower ?? "") && !lex.indefinite.has(words[j + 1]!.lower);
    if ((lex.attachmentPrepositions.has(w.lower) || withArticle) && j + 1 < limit) {
      const core = lex.capitalizedNouns ? capitalisedCore(words, j + 1, limit, lex) : plainCore(words, j + 1, limit, lex);
      if (core > 0) {
        j = core;
        continue;
      }
    }
    return j;
  }
}

/** "Washington, Seoul und Kiew": capitalised names separated by commas and a final conjunction. */
function placeList(words: readonly Word[], from: number, limit: number, lex: Lexicon): number {
  let j = from;
  while (j < limit && isNoun(words[j], lex)) j++;
  while (j + 1 < limit && (words[j]!.text === "," || lex.conjunctions.has(words[j]!.lower)) && isNoun(words[j + 1], lex)) {
    const isLast = lex.conjunctions.has(words[j]!.lower);
    j++;
    while (j < limit && isNoun(words[j], lex)) j++;
    if (isLast) break;
  }
  return j;
}

/** ", Kim Hong-kyun," or ", a spokesman for the department" after a phrase. */
function apposition(words: readonly Word[], from: number, limit: number, lex: Lexicon): number {
  if (words[from]?.text !== ",") return from;
  const inner = phraseAt(words, from + 1, lex, { limit });
  if (!inner || inner.pronoun) return from;
  const after = words[inner.to];
  if (inner.to >= limit || after === undefined) return inner.to;
  if (after.text === ",") return inner.to + 1 < limit ? inner.to : inner.to;
  if (after.kind === "punct" && after.text !== "(") return inner.to;
  // ", kanadischer General und Kommandeur des Einsatzes am Montag.": an office after a name, its
  // coordination included, may be followed by an adjunct.
  if (lex.capitalizedNouns && namesRole(words, inner, lex)) {
    const joined = phraseAt(words, from + 1, lex, { limit, coordination: true });
    const end = joined && !joined.pronoun ? joined.to : inner.to;
    if (lex.prepositions.has(words[end]?.lower ?? "") || words[end]?.kind === "punct" || end >= limit) return end;
  }
  return from;
}

/** Whether a phrase's first noun is an office or function of the locale's roles ("kanadischer General", "Sprecher der Polizei"). */
function namesRole(words: readonly Word[], phrase: Phrase, lex: Lexicon): boolean {
  const head = words.slice(phrase.from, phrase.to).find((w) => w.kind === "word" && w.cap && !lex.determiners.has(w.lower));
  if (!head) return false;
  return lex.locale.roles.roles.some((r) => {
    const forms = [r.word, r.female ?? `${r.word}in`].map((x) => x.toLowerCase());
    return forms.some((f) => head.lower === f || (r.head === true && head.lower.endsWith(f)));
  });
}

/**
 * The noun phrase that ends right before word `to` (a Vorfeld before its verb, "X zufolge"), not reaching
 * back past `floor`; appositions and relative clauses between commas right before `to` are skipped over.
 */
export function phraseBefore(words: readonly Word[], to: number, floor: number, lex: Lexicon): Phrase | null {
  let s = to;
  while (s > floor) {
    const w = words[s - 1]!;
    // A quoted name („Kein Seil über die Altstadt“) is part of the phrase.
    if (w.kind === "quote" && CLOSING_QUOTES.has(w.text) && s - 1 > floor) {
      const open = openingQuoteBefore(words, s - 1, floor);
      const before = words[open - 1];
      if (open >= 0 && (before === undefined || open === floor || isNoun(before, lex) || lex.determiners.has(before.lower) || lex.attachmentPrepositions.has(before.lower) || isBoundaryPunct(before))) {
        s = open;
        continue;
      }
    }
    if (w.text === "," || w.text === ";" || w.text === ":" || w.kind === "quote") {
      const open = enclosingComma(words, s - 1, floor, lex);
      if (open < 0) break;
      s = open;
      continue;
    }
    if (isBoundaryPunct(w, words) && w.text !== "(" && w.text !== ")") break;
    const acronym = ACRONYM.test(w.text);
    if (!acronym && lex.subordinators.has(w.lower) && !lex.determiners.has(w.lower) && s < to) break;
    if (lex.capitalizedNouns && isVerb(w, lex) && !w.cap && !attributive(words, s - 1, lex)) break;
    if (!lex.capitalizedNouns && !acronym && (isVerb(w, lex) || lex.complementizers.has(w.lower))) break;
    s--;
  }
  // Trim what cannot open a noun phrase: conjunctions, adverbs, adverbial phrases ("Des Weiteren").
  while (s < to) {
    const w = words[s]!;
    const adverbial = lex.adverbialPhrases.find((p) => p.every((x, i) => words[s + i]?.lower === x));
    if (adverbial) {
      s += adverbial.length;
      continue;
    }
    if (lex.conjunctions.has(w.lower) || (lex.adverbs.has(w.lower) && !lex.pronouns.has(w.lower)) || w.kind === "punct") {
      s++;
      continue;
    }
    break;
  }
  // The longest phrase that runs up to `to`: try each start from the leftmost.
  for (let start = s; start < to; start++) {
    const found = phraseAt(words, start, lex, { limit: to, coordination: true });
    if (!found) continue;
    // Before a German verb only one constituent stands: prepositional phrases after the noun belong to
    // it ("Das tibetische Exilparlament im indischen Dharamshala erklärte").
    let phrase = found;
    while (lex.capitalizedNouns && phrase.to < to && lex.prepositions.has(words[phrase.to]!.lower)) {
      const pp = phraseAt(words, phrase.to + 1, lex, { limit: to });
      // "Ersten Angaben vom gestrigen Mittwoch zufolge": a time after the preposition belongs to the phrase too.
      const time = pp ? -1 : calendarPhraseEnd(words, phrase.to + 1, to, lex);
      if (!pp && time < 0) break;
      phrase = { ...phrase, to: pp ? pp.to : time };
    }
    if (phrase.to === to) return phrase;
    // Words the phrase did not take stand between it and `to`: an apposition after a comma is taken
    // ("Tegaye Mununhe, der Polizeichef der Region,"), a relative clause (it has a verb) is left out,
    // adverbs may follow ("Die Kanadier hingegen"); anything else means no phrase from this start.
    const rest = words.slice(phrase.to, to);
    if (rest[0]?.text === ",") {
      const relative = (rest[1] && lex.subordinators.has(rest[1].lower) && !lex.determiners.has(rest[1].lower)) || rest.some((w) => w.kind === "word" && !w.cap && isVerb(w, lex));
      return relative ? phrase : { ...phrase, to };
    }
    if (rest.every((w) => lex.adverbs.has(w.lower) || w.text === ",")) return { ...phrase, to };
  }
  return null;
}

/** Where a time phrase starting at i ends ("dem gestrigen Mittwoch", "Juni"): determiners and lowercase adjectives, then a calendar word; else -1. */
function calendarPhraseEnd(words: readonly Word[], i: number, limit: number, lex: Lexicon): number {
  let j = i;
  while (j < limit && (lex.determiners.has(words[j]!.lower) || (words[j]!.kind === "word" && !words[j]!.cap && !isFunctionWord(words[j]!, lex) && !isVerb(words[j]!, lex)))) j++;
  return j < limit && lex.calendarWords.has(words[j]!.lower) ? j + 1 : -1;
}

function startsAfterBoundary(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  return prev === undefined || isBoundaryPunct(prev) || prev.kind === "quote";
}

function openingQuoteBefore(words: readonly Word[], close: number, floor: number): number {
  for (let j = close - 1; j >= floor && close - j <= MAX_PARENTHETICAL; j--) {
    if (OPENING_QUOTES.has(words[j]!.text) && words[j]!.kind === "quote") return j;
    if (isBoundaryPunct(words[j]!)) return -1;
  }
  return -1;
}

/** For a comma at `at` closing an apposition or relative clause, the index of its opening comma, else -1. */
function enclosingComma(words: readonly Word[], at: number, floor: number, lex: Lexicon): number {
  if (words[at]!.text !== ",") return -1;
  // "NP, NP verb": a name after a role (or the reverse) joined by a single comma, from the clause start.
  const head = phraseAt(words, floor, lex, { limit: at });
  if (head && head.to === at && !head.pronoun && startsAfterBoundary(words, floor)) {
    const tail = phraseAt(words, at + 1, lex);
    if (tail && !tail.pronoun) return floor === 0 ? 0 : floor;
  }
  for (let j = at - 1; j > floor; j--) {
    if (words[j]!.text !== ",") continue;
    const opener = words[j + 1]!;
    let inner = phraseAt(words, j + 1, lex, { limit: at });
    // "Sprecherin der Grünen im Landtag": prepositional phrases after the apposition's noun belong to it.
    while (inner && inner.to < at && lex.prepositions.has(words[inner.to]!.lower)) {
      const pp = phraseAt(words, inner.to + 1, lex, { limit: at });
      if (!pp) break;
      inner = { ...inner, to: pp.to };
    }
    const relative = lex.subordinators.has(opener.lower) || lex.complementizers.has(opener.lower);
    // An apposition with its own relative clause: ", a crane operator who has worked here for years,".
    const appositionWithClause = inner !== null && !inner.pronoun && inner.to < at && lex.subordinators.has(words[inner.to]!.lower);
    if (relative || appositionWithClause || (inner && inner.to === at && !inner.pronoun)) return j;
    return -1;
  }
  return -1;
}
