import type { Entity, EntityType, Mention } from "../../model/types.js";
import type { Locale } from "../../locales/types.js";
import { AGENCIES } from "../../locales/shared/agencies.js";
import { CITIES } from "../../locales/shared/cities.js";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES } from "../../locales/shared/first-names.js";
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
  /** For capitals: the code of the country whose government the city may stand for. */
  capitalOf?: string;
}

/** The locale's names, places, outlets and first names, indexed for matching over tokens. */
export interface Lexicon {
  /** Surface form (white space collapsed) → entries, most specific first. */
  surfaces: Map<string, LexEntry[]>;
  /** Lowercased surfaces of demonyms (all endings) → entries. */
  demonyms: Map<string, LexEntry>;
  /** Whether the language writes demonyms in lowercase ("russische"), so that a capitalised one begins a name. */
  demonymsLowercase: boolean;
  /** The first words of the demonyms, lowercase and capitalised ("südkoreanische", "Südkoreanische"). */
  demonymFirstWords: Set<string>;
  /** The first word of every surface → the length in characters of the longest surface starting with it. */
  firstWords: Map<string, number>;
  /** Lowercase first names → gender. */
  firstNames: Map<string, Gender>;
  /** Country code → canonical country name. */
  countryNames: Map<string, string>;
  /** Organisation head words, whole words and ("-x") word endings, lowercase. */
  orgWords: Set<string>;
  orgEndings: readonly string[];
  /** Place head words and word endings, lowercase ("street", "bridge", "straße"). */
  placeWords: Set<string>;
  placeEndings: readonly string[];
  mediaCues: Set<string>;
  nonNames: Set<string>;
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
  agentVerbs: ReadonlySet<string>;
  clauseOpeners: ReadonlySet<string>;
  pluralVerbs: ReadonlySet<string>;
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
    agentVerbs: new Set(locale.places.agentVerbs),
    clauseOpeners: new Set(locale.places.clauseOpeners),
    pluralVerbs: new Set(locale.pronouns.pluralVerbs),
  };
}

/** Surfaces shorter than this are taken only when written in capitals (acronyms) or listed as such. */
const MIN_PLAIN_SURFACE = 2;

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

let firstNamesCache: Map<string, Gender> | undefined;

function firstNames(): Map<string, Gender> {
  if (!firstNamesCache) {
    firstNamesCache = new Map();
    const add = (list: string, g: Gender) => {
      for (const n of list.split(" ")) if (n) firstNamesCache!.set(n, g);
    };
    add(UNISEX_FIRST_NAMES, "u");
    add(FEMALE_FIRST_NAMES, "f");
    add(MALE_FIRST_NAMES, "m");
  }
  return firstNamesCache;
}

function isAcronym(s: string): boolean {
  return /^[\p{Lu}\p{N}.&-]+$/u.test(s) && /\p{Lu}/u.test(s);
}

function genitivesOf(name: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  const sibilant = /[sßxz]$/.test(name);
  for (const e of endings) {
    if (e === "s" && !sibilant) out.push(name + e);
    else if (e === "es" && /[bcdfgklmnprt]$/.test(name)) out.push(name + e);
    else if ((e === "’" || e === "'") && sibilant) out.push(name + e);
    else if ((e === "’s" || e === "'s") && !sibilant) out.push(name + e);
  }
  return out;
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
    if (!isAcronym(surface)) for (const g of genitivesOf(surface, locale.names.genitiveEndings)) add(g, entry);
    else for (const g of genitivesOf(surface, locale.names.genitiveEndings.filter((e) => e.length > 1))) add(g, entry);
  };
  const addDemonym = (stem: string, entry: LexEntry) => {
    for (const ending of locale.places.demonymEndings) demonyms.set((stem + ending).toLowerCase(), entry);
  };
  const countryNames = new Map<string, string>();

  // Countries, their demonyms and capitals.
  for (const c of locale.places.countries) {
    countryNames.set(c.code, c.name);
    const entry: LexEntry = { type: "location", name: c.name, subtype: "country", country: c.code, form: "name" };
    addWithGenitives(c.name, entry);
    for (const a of c.aliases ?? []) addWithGenitives(a, { ...entry, form: isAcronym(a) ? "acronym" : "name" });
    if (c.demonym) addDemonym(c.demonym, { ...entry, form: "demonym" });
  }
  // Other places; a place that is a capital may stand for its country's government.
  const capitals = new Map<string, string>();
  for (const c of locale.places.countries) if (c.capital) capitals.set(c.capital, c.code);
  for (const p of locale.places.places) {
    const entry: LexEntry = { type: "location", name: p.name, subtype: p.subtype, form: "name" };
    if (p.country) entry.country = p.country;
    const capitalOf = capitals.get(p.name);
    if (capitalOf) entry.capitalOf = capitalOf;
    addWithGenitives(p.name, entry);
    for (const a of p.aliases ?? []) addWithGenitives(a, { ...entry, form: isAcronym(a) ? "acronym" : "name" });
    if (p.demonym) addDemonym(p.demonym, { ...entry, form: "demonym" });
  }
  // Shared GeoNames cities (after the locale's own places, which win on the same surface).
  for (const line of CITIES.split("\n")) {
    const bar = line.lastIndexOf("|");
    const name = line.slice(0, bar);
    const country = line.slice(bar + 1);
    const entry: LexEntry = { type: "location", name, subtype: "city", country, form: "name" };
    const capitalOf = capitals.get(name);
    if (capitalOf) entry.capitalOf = capitalOf;
    addWithGenitives(name, entry);
  }
  // Organisations.
  for (const o of locale.names.organizations) {
    const entry: LexEntry = { type: "organization", name: o.name, form: "name" };
    if (o.country) entry.country = o.country;
    addWithGenitives(o.name, { ...entry, form: isAcronym(o.name) ? "acronym" : "name" });
    for (const a of o.aliases ?? []) addWithGenitives(a, { ...entry, form: isAcronym(a) ? "acronym" : "name" });
  }
  // Media: agencies and outlets.
  for (const a of AGENCIES) {
    const entry: LexEntry = { type: "media", name: a.name, form: isAcronym(a.name) ? "acronym" : "name" };
    add(a.name, entry);
    for (const al of a.aliases) add(al, { ...entry, form: isAcronym(al) ? "acronym" : "name" });
  }
  for (const o of OUTLETS) {
    const ambiguous = new Set(o.ambiguous ?? []);
    const entry: LexEntry = { type: "media", name: o.name, form: "name" };
    if (o.country) entry.country = o.country;
    for (const s of [o.name, ...(o.aliases ?? []), ...ambiguous]) {
      add(s, { ...entry, form: isAcronym(s) ? "acronym" : "name", ...(ambiguous.has(s) ? { ambiguous: true } : {}) });
    }
  }

  const firstWords = new Map<string, number>();
  for (const key of surfaces.keys()) {
    const first = firstWordOf(key);
    if ((firstWords.get(first) ?? 0) < key.length) firstWords.set(first, key.length);
  }
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
    surfaces,
    demonyms,
    demonymFirstWords: demonymFirsts(demonyms),
    demonymsLowercase: locale.places.countries.some((c) => c.demonym !== undefined && c.demonym === c.demonym.toLowerCase()),
    firstWords,
    firstNames: firstNames(),
    countryNames,
    orgWords,
    orgEndings,
    placeWords,
    placeEndings,
    mediaCues: new Set(locale.names.mediaCues),
    sets: wordSets(locale),
    nonNames: new Set(locale.names.nonNames),
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
  const m = /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/u.exec(s);
  return m ? m[0] : s;
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

/** Whether a word (or its ending) makes a name an organisation. */
export function isOrgWord(lex: Lexicon, word: string): boolean {
  return headMatches(lex.orgWords, lex.orgEndings, word);
}

/** Whether a word (or its ending) makes a name a place ("Bridge", "Hauptstraße"). */
export function isPlaceWord(lex: Lexicon, word: string): boolean {
  return headMatches(lex.placeWords, lex.placeEndings, word);
}
