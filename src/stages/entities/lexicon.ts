import type { Entity, EntityType, Mention } from "../../model/types.js";
import type { Locale } from "../../locales/types.js";
import { AGENCIES } from "../../locales/shared/agencies.js";
import { cities, firstNames, organizationNames, type Gazetteer, type Lookup } from "../../locales/shared/gazetteers.js";
import { OUTLETS } from "../../locales/shared/outlets.js";

export type Gender = "m" | "f" | "u";

/** What a surface form in the lexicon names. */
export interface LexEntry {
  type: EntityType;
  /** The canonical name of the entity it names. */
  name: string;
  subtype?: Entity["subtype"];
  /** ISO code of the country the entity is or belongs to. */
  country?: string;
  form: NonNullable<Mention["form"]>;
  /** A common word as well ("Stern", "Spiegel"): only with support from a cue or the tagger. */
  ambiguous?: boolean;
  /**
   * A hint for the tagger only (the shared organisation names): a match that the tagger does not find as a
   * name of a compatible type is dropped before the rules see it.
   */
  weak?: boolean;
  /** For capitals: the code of the country whose government the city may stand for. */
  capitalOf?: string;
}

type LexExtras = Partial<Pick<LexEntry, "subtype" | "country" | "ambiguous" | "weak" | "capitalOf">>;

/**
 * The one place lexicon entries are made: every entry has every property (absent ones `undefined`) in the
 * same order, so that the code reading entries sees one object shape (docs/architecture.md, "Speed").
 */
export function lexEntry(type: EntityType, name: string, form: LexEntry["form"], extras: LexExtras = {}): LexEntry {
  return {
    type,
    name,
    subtype: extras.subtype || undefined,
    country: extras.country || undefined,
    form,
    ambiguous: extras.ambiguous || undefined,
    weak: extras.weak || undefined,
    capitalOf: extras.capitalOf || undefined,
  };
}

/** The same entry under another form ("demonym", "acronym"). */
function withForm(entry: LexEntry, form: LexEntry["form"]): LexEntry {
  return lexEntry(entry.type, entry.name, form, entry);
}

/** The locale's names, places, outlets and first names, indexed for matching over tokens. */
export interface Lexicon {
  /** Surface form (white space collapsed) → entries, most specific first. */
  surfaces: Lookup<LexEntry[]>;
  /** Lowercased surfaces of demonyms (all endings) → entries. */
  demonyms: Map<string, LexEntry>;
  /** Whether the language writes demonyms in lowercase ("russische"), so that a capitalised one begins a name. */
  demonymsLowercase: boolean;
  /** The first words of the demonyms, lowercase and capitalised ("südkoreanische", "Südkoreanische"). */
  demonymFirstWords: Set<string>;
  /** The first word of every surface → the length in characters of the longest surface starting with it. */
  firstWords: Lookup<number>;
  /** Lowercase first names → gender. */
  firstNames: Lookup<Gender>;
  /** Country code → canonical country name. */
  countryNames: Map<string, string>;
  /** Organisation head words, whole words and ("-x") word endings, lowercase. */
  orgWords: Set<string>;
  orgEndings: readonly string[];
  /** Place head words and word endings, lowercase ("street", "bridge", "straße"). */
  placeWords: Set<string>;
  placeEndings: readonly string[];
  mediaCues: Set<string>;
  mastheads: Set<string>;
  nonNames: Set<string>;
  /** Chemical elements, metals and commodities: alone, never a name ("Lithium", "Nickel"). */
  materials: Set<string>;
  /** The locale's organisation kinds (`names.organizationKinds`): whole words, and "-" word endings. */
  orgKinds: { words: Set<string>; endings: string[] };
  /** Whether a lowercase word is a finite verb form (the locale's morphology; a hint for the tagger). */
  isFiniteVerb(word: string): boolean;
  /** The locale's word lists the stage asks about, as sets (built once per locale). */
  sets: WordSets;
}

export interface WordSets {
  starters: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  genitiveDeterminers: ReadonlySet<string>;
  weakDeterminers: ReadonlySet<string>;
  definiteDeterminers: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  commonWordTowns: ReadonlySet<string>;
  agentVerbs: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  pluralVerbs: ReadonlySet<string>;
  /**
   * The locale's closed-class words, lowercase (adverbs, determiners, prepositions, conjunctions,
   * pronouns of the attribution data; sentence starters): capitalised at a sentence's start they are no
   * names ("Insgesamt", "Darin", "Andere") unless the word is also a known name ("Kurz").
   */
  closedClass: ReadonlySet<string>;
}

function wordSets(locale: Locale): WordSets {
  return {
    starters: new Set(locale.sentences.sentenceStarters),
    honorifics: new Set(locale.names.honorifics),
    particles: new Set(locale.names.nameParticles),
    determiners: new Set(locale.names.determiners),
    connectors: new Set(locale.names.nameConnectors),
    genitiveDeterminers: new Set(locale.names.genitiveDeterminers),
    weakDeterminers: new Set(locale.names.weakAdjectiveDeterminers),
    definiteDeterminers: new Set(locale.roles.definiteDeterminers),
    locativePrepositions: new Set(locale.places.locativePrepositions),
    commonWordTowns: new Set(locale.places.commonWordTowns),
    agentVerbs: new Set(locale.places.agentVerbs),
    clauseOpeners: new Set(locale.places.clauseOpeners),
    pluralVerbs: new Set(locale.pronouns.pluralVerbs),
    closedClass: closedClassWords(locale),
  };
}

function closedClassWords(locale: Locale): Set<string> {
  const a = locale.attribution;
  const lists = [a.adverbs, a.determiners, a.prepositions, a.conjunctions, a.subordinators, a.relativePronouns, a.subjectPronouns, locale.sentences.sentenceStarters];
  return new Set(lists.flat().filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()));
}

/** Surfaces shorter than this are taken only when written in capitals (acronyms) or listed as such. */
const MIN_PLAIN_SURFACE = 2;

/** A word in capitals only ("MEZ", "UTC"). */
const ABBREVIATION = /^\p{Lu}{2,}$/u;

const cache = new WeakMap<Locale, Lexicon>();

/** The lexicon of a locale, built once per process. */
export function lexiconFor(locale: Locale): Lexicon {
  let lex = cache.get(locale);
  if (!lex) {
    lex = buildLexicon(locale);
    cache.set(locale, lex);
  }
  return lex;
}

let firstNamesCache: Lookup<Gender> | undefined;

function isAcronym(s: string): boolean {
  return /^[\p{Lu}\p{N}.&-]+$/u.test(s) && /\p{Lu}/u.test(s);
}

/**
 * Whether `name` + `ending` is a genitive of the name ("Putins", "des Bundes", "Paris’"); an acronym takes
 * only the longer endings ("des IWFs" is not written).
 */
function takesGenitive(name: string, ending: string): boolean {
  if (ending.length === 1 && isAcronym(name)) return false;
  const sibilant = /[sßxz]$/.test(name);
  if (ending === "s" || ending === "’s" || ending === "'s") return !sibilant;
  if (ending === "es") return /[bcdfgklmnprt]$/.test(name);
  if (ending === "’" || ending === "'") return sibilant;
  return false;
}

function genitivesOf(name: string, endings: readonly string[]): string[] {
  return endings.filter((e) => takesGenitive(name, e)).map((e) => name + e);
}

/** The name a surface is the genitive of, if it ends in a genitive ending and `isName` says so ("Hamburgs"). */
function genitiveStem(surface: string, endings: readonly string[], isName: (stem: string) => boolean): string | undefined {
  for (const e of endings) {
    if (surface.length <= e.length || !surface.endsWith(e)) continue;
    const stem = surface.slice(0, -e.length);
    if (takesGenitive(stem, e) && isName(stem)) return stem;
  }
  return undefined;
}

/** Most surfaces a lazy gazetteer remembers its answer for. */
const MAX_REMEMBERED_SURFACES = 100_000;
const LOWERCASE_A = 0x61;
const LOWERCASE_Z = 0x7a;

/**
 * The surfaces of a gazetteer file, looked up when asked for rather than indexed up front: a name and its
 * genitives; each entry is made once, when first asked for. Names begin with a capital (or a sign), so a
 * surface in lowercase is none.
 */
function lazySurfaces(g: Gazetteer, entryOf: (name: string, value: string) => LexEntry, endings: readonly string[]): Lookup<LexEntry[]> {
  const seen = new Map<string, LexEntry[] | null>();
  const isName = (s: string) => g.table.has(s);
  const find = (surface: string): LexEntry[] | null => {
    const c = surface.charCodeAt(0);
    if (c >= LOWERCASE_A && c <= LOWERCASE_Z) return null;
    let v = seen.get(surface);
    if (v === undefined) {
      if (seen.size > MAX_REMEMBERED_SURFACES) seen.clear();
      const name = g.table.has(surface) ? surface : genitiveStem(surface, endings, isName);
      v = name === undefined ? null : [entryOf(name, g.table.get(name)!)];
      seen.set(surface, v);
    }
    return v;
  };
  return { get: (s) => find(s) ?? undefined, has: (s) => find(s) !== null };
}

function buildLexicon(locale: Locale): Lexicon {
  const surfaces = new Map<string, LexEntry[]>();
  const demonyms = new Map<string, LexEntry>();
  const add = (surface: string, entry: LexEntry) => {
    const key = surface.replace(/\s+/g, " ").trim();
    if (key.length < MIN_PLAIN_SURFACE && !isAcronym(key)) return;
    const list = surfaces.get(key);
    if (!list) surfaces.set(key, [entry]);
    else if (!list.some((e) => e.name === entry.name && e.type === entry.type)) list.push(entry);
  };
  const addWithGenitives = (surface: string, entry: LexEntry) => {
    add(surface, entry);
    for (const g of genitivesOf(surface, locale.names.genitiveEndings)) add(g, entry);
  };
  const addDemonym = (stem: string, entry: LexEntry) => {
    for (const ending of locale.places.demonymEndings) demonyms.set((stem + ending).toLowerCase(), entry);
  };
  const countryNames = new Map<string, string>();
  let finiteVerbs: { has(word: string): boolean } | undefined;

  // Countries, their demonyms and capitals.
  for (const c of locale.places.countries) {
    countryNames.set(c.code, c.name);
    const entry = lexEntry("location", c.name, "name", { subtype: "country", country: c.code });
    addWithGenitives(c.name, entry);
    for (const a of c.aliases ?? []) addWithGenitives(a, withForm(entry, isAcronym(a) ? "acronym" : "name"));
    if (c.demonym) addDemonym(c.demonym, withForm(entry, "demonym"));
  }
  // Other places; a place that is a capital may stand for its country's government.
  const capitals = new Map<string, string>();
  for (const c of locale.places.countries) if (c.capital) capitals.set(c.capital, c.code);
  for (const p of locale.places.places) {
    const entry = lexEntry("location", p.name, "name", { subtype: p.subtype, country: p.country, capitalOf: capitals.get(p.name) });
    addWithGenitives(p.name, entry);
    for (const a of p.aliases ?? []) addWithGenitives(a, withForm(entry, isAcronym(a) ? "acronym" : "name"));
    if (p.demonym) addDemonym(p.demonym, withForm(entry, "demonym"));
  }
  // Shared GeoNames cities (after the locale's own places, which win on the same surface): looked up on
  // demand; the first words of names of several words are indexed below, for matching.
  const cityEntry = (name: string, country: string): LexEntry => lexEntry("location", name, "name", { subtype: "city", country, capitalOf: capitals.get(name) });
  const towns = cities();
  const lazy = lazySurfaces(towns, cityEntry, locale.names.genitiveEndings);
  // Organisations.
  for (const o of locale.names.organizations) {
    const entry = lexEntry("organization", o.name, "name", { country: o.country });
    addWithGenitives(o.name, withForm(entry, isAcronym(o.name) ? "acronym" : "name"));
    for (const a of o.aliases ?? []) addWithGenitives(a, withForm(entry, isAcronym(a) ? "acronym" : "name"));
  }
  // Shared organisation names (brands, airlines): many are other things too (products, software), so they are
  // ambiguous, taken only where the tagger agrees; after the locale's own, which win on the same surface.
  for (const name of organizationNames()) {
    add(name, lexEntry("organization", name, isAcronym(name) ? "acronym" : "name", { ambiguous: true, weak: true }));
  }
  // Media: agencies and outlets.
  for (const a of AGENCIES) {
    const entry = lexEntry("media", a.name, isAcronym(a.name) ? "acronym" : "name");
    add(a.name, entry);
    for (const al of a.aliases) add(al, withForm(entry, isAcronym(al) ? "acronym" : "name"));
  }
  for (const o of OUTLETS) {
    const ambiguous = new Set(o.ambiguous ?? []);
    for (const s of [o.name, ...(o.aliases ?? []), ...ambiguous]) {
      add(s, lexEntry("media", o.name, isAcronym(s) ? "acronym" : "name", { country: o.country, ambiguous: ambiguous.has(s) }));
    }
  }

  const firstWords = new Map<string, number>();
  const longestGenitive = Math.max(0, ...locale.names.genitiveEndings.map((e) => e.length));
  const noteFirstWord = (surface: string, length: number) => {
    const first = firstWordOf(surface);
    if ((firstWords.get(first) ?? 0) < length) firstWords.set(first, length);
  };
  for (const key of surfaces.keys()) noteFirstWord(key, key.length);
  for (const { name } of towns.multiWord) noteFirstWord(name, name.length + longestGenitive);
  const orgWords = new Set<string>();
  const orgEndings: string[] = [];
  for (const h of locale.names.organizationHeads) {
    if (h.startsWith("-")) orgEndings.push(h.slice(1).toLowerCase());
    else orgWords.add(h.toLowerCase());
  }
  const placeWords = new Set<string>();
  const placeEndings: string[] = [];
  for (const h of locale.places.placeHeads) {
    if (h.startsWith("-")) placeEndings.push(h.slice(1).toLowerCase());
    else placeWords.add(h.toLowerCase());
  }
  return {
    surfaces: { get: (s) => surfaces.get(s) ?? lazy.get(s), has: (s) => surfaces.has(s) || lazy.has(s) },
    demonyms,
    demonymFirstWords: demonymFirsts(demonyms),
    demonymsLowercase: locale.places.countries.some((c) => c.demonym !== undefined && c.demonym === c.demonym.toLowerCase()),
    // A surface of the lazy gazetteer that is one word is its own first word.
    firstWords: { get: (w) => firstWords.get(w) ?? (lazy.has(w) ? w.length : undefined), has: (w) => firstWords.has(w) || lazy.has(w) },
    firstNames: (firstNamesCache ??= firstNames()),
    countryNames,
    orgWords,
    orgEndings,
    placeWords,
    placeEndings,
    mediaCues: new Set(locale.names.mediaCues),
    mastheads: new Set(locale.names.mastheads),
    sets: wordSets(locale),
    // Time-zone abbreviations after a clock time ("20:31 MEZ") are no organisations either.
    nonNames: new Set([...locale.names.nonNames, ...locale.time.zones.flatMap((z) => z.words).filter((w) => ABBREVIATION.test(w))]),
    materials: new Set(locale.names.materials),
    orgKinds: {
      words: new Set(locale.names.organizationKinds.filter((k) => !k.startsWith("-"))),
      endings: locale.names.organizationKinds.filter((k) => k.startsWith("-")).map((k) => k.slice(1)),
    },
    isFiniteVerb: (word) => (finiteVerbs ??= locale.morphology.finiteForms()).has(word),
  };
}

function demonymFirsts(demonyms: ReadonlyMap<string, LexEntry>): Set<string> {
  const out = new Set<string>();
  for (const k of demonyms.keys()) {
    const first = k.split(" ")[0]!;
    out.add(first);
    out.add(first.charAt(0).toUpperCase() + first.slice(1));
  }
  return out;
}

/** The first word of a surface as the tokenizer sees it: letters and digits, with inner hyphens and apostrophes. */
export function firstWordOf(s: string): string {
  let i = wordUnitsFrom(s, 0);
  if (i === 0) return s;
  while (i < s.length && WORD_JOINERS.has(s.charCodeAt(i))) {
    const after = wordUnitsFrom(s, i + 1);
    if (after === i + 1) break;
    i = after;
  }
  return i === s.length ? s : s.slice(0, i);
}

/** Characters that join the parts of one word: apostrophes and the hyphen. */
const WORD_JOINERS: ReadonlySet<number> = new Set([0x27, 0x2019, 0x2d]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const HIGH_SURROGATE_MIN = 0xd800;
const HIGH_SURROGATE_MAX = 0xdbff;
/** Per UTF-16 code unit: 0 not yet known, 1 a letter or digit, 2 not. */
const letterOrDigitUnits = new Uint8Array(0x10000);

/** Where the run of letters and digits starting at `from` ends. */
function wordUnitsFrom(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= HIGH_SURROGATE_MIN && c <= HIGH_SURROGATE_MAX) {
      if (!LETTER_OR_DIGIT.test(s.slice(i, i + 2))) break;
      i += 2;
      continue;
    }
    let k = letterOrDigitUnits[c]!;
    if (k === 0) letterOrDigitUnits[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    if (k !== 1) break;
    i++;
  }
  return i;
}

/** The gender a first name tells, if the lexicon knows it. */
export function firstNameGender(lex: Lexicon, word: string): Gender | undefined {
  return lex.firstNames.get(word.toLowerCase());
}

/** The last letters every ending is checked by first (the shortest ending is this long). */
const TAIL_LETTERS = 3;
const endingTails = new WeakMap<readonly string[], Set<string>>();

function headMatches(words: ReadonlySet<string>, endings: readonly string[], word: string): boolean {
  const lw = word.toLowerCase();
  if (words.has(lw)) return true;
  let tails = endingTails.get(endings);
  if (!tails) endingTails.set(endings, (tails = new Set(endings.map((e) => e.slice(-TAIL_LETTERS)))));
  if (!tails.has(lw.slice(-TAIL_LETTERS))) return false;
  for (const e of endings) if (lw.length > e.length + 2 && lw.endsWith(e)) return true;
  return false;
}

/**
 * Whether a one-word lexicon name may be a common noun as well where the noun list has its word ("Halle",
 * "Hof"): not outlets (which list their ambiguous names) and not countries ("Schweiz", "Polen").
 */
export function nounAlso(e: LexEntry): boolean {
  // The locale's own organisations are listed as names ("Congress", "Parliament"); the gazetteers' are not.
  return e.form === "name" && e.type !== "media" && e.subtype !== "country" && (e.type !== "organization" || e.weak === true);
}

/** A name particle joined to a capitalised name by a hyphen or apostrophe ("al-Nuaimi", "el-Sisi", "d'Estaing"). */
const PARTICLE_NAME = /^(\p{Ll}+)[-'’](\p{Lu}\p{L}*)$/u;

/** Whether a lowercase word is a name of its own, a particle joined to a capitalised name ("al-Nuaimi"). */
export function isParticleName(lex: Lexicon, word: string): boolean {
  const m = PARTICLE_NAME.exec(word);
  return m !== null && lex.sets.particles.has(m[1]!);
}

/** Whether a word names a kind of organisation that stands before an organisation's name ("Reederei", "Rüstungskonzern"). */
export function isOrgKind(lex: Lexicon, word: string): boolean {
  const w = word.toLowerCase();
  return lex.orgKinds.words.has(w) || lex.orgKinds.endings.some((e) => w.length > e.length && w.endsWith(e));
}

/** Whether a word (or its ending) makes a name an organisation. */
export function isOrgWord(lex: Lexicon, word: string): boolean {
  return headMatches(lex.orgWords, lex.orgEndings, word);
}

/** Whether a word (or its ending) makes a name a place ("Bridge", "Hauptstraße"). */
export function isPlaceWord(lex: Lexicon, word: string): boolean {
  return headMatches(lex.placeWords, lex.placeEndings, word);
}
