import type { Locale, RoleEntry } from "../../locales/types.js";

/**
 * A role word found in text, with what the word tells. Every hit has every property (absent ones
 * `undefined`), so that the code reading hits sees one object shape (docs/architecture.md, "Speed").
 */
export interface RoleHit {
  /** The role in its uninflected form as written ("Außenminister", "Direktorin", "Kremlchef"). */
  role: string;
  /** What the role word is a synonym for, if it is one ("Präsident" for "Kremlchef"). */
  means: string | undefined;
  /** Affiliation the word itself implies (ISO country code or organisation name). */
  affiliation: string | undefined;
  /** A prefix joined by a hyphen ("US" of "US-Außenminister", "Kreml" of "Kreml-Sprecher"). */
  prefix: string | undefined;
  gender: "m" | "f" | "u";
  /** Whether the form is plural ("Minister" is both; "Ministerinnen" only plural). */
  plural: boolean;
}

interface FormInfo {
  entry: RoleEntry;
  /** The uninflected form the surface belongs to. */
  lemma: string;
  gender: "m" | "f" | "u";
  plural: boolean;
}

export interface RoleIndex {
  /** Lowercase full forms → info. */
  forms: Map<string, FormInfo>;
  /** Lowercase forms of head words, for compounds. */
  heads: Map<string, FormInfo>;
  /** Lengths of head forms, shortest first. */
  headLengths: number[];
  /** The last three letters of every head form, to skip words that end in none quickly. */
  headTails: Set<string>;
  /** Role words of two words ("Prime Minister", "Kremlin chief"), lowercase. */
  multiWord: Map<string, FormInfo>;
  qualifiers: Set<string>;
  /** Words looked up before, with their answer. */
  seen: Map<string, RoleHit | null>;
}

/** Endings of inflected role nouns, and which are plural only. */
const BASE_ENDINGS = ["", "s", "es", "n", "en", "e"] as const;
const PLURAL_ENDINGS = new Set(["nen"]);
/** Letters of a word's end checked against the heads' ends before any head is tried. */
const HEAD_TAIL = 3;
/** Shortest compound prefix: "Außen" of "Außenminister" (a bare head is not a compound). */
const MIN_COMPOUND_PREFIX = 2;

const cache = new WeakMap<Locale, RoleIndex>();

export function roleIndexFor(locale: Locale): RoleIndex {
  let idx = cache.get(locale);
  if (!idx) {
    idx = buildRoleIndex(locale);
    cache.set(locale, idx);
  }
  return idx;
}

function buildRoleIndex(locale: Locale): RoleIndex {
  const forms = new Map<string, FormInfo>();
  const heads = new Map<string, FormInfo>();
  const multiWord = new Map<string, FormInfo>();
  const marksGender = locale.roles.femaleSuffix !== null;
  const add = (surface: string, info: FormInfo) => {
    const key = surface.toLowerCase();
    const target = key.includes(" ") ? multiWord : forms;
    if (!target.has(key)) target.set(key, info);
    if (info.entry.head && !key.includes(" ") && !heads.has(key)) heads.set(key, info);
  };
  const endings = marksGender ? BASE_ENDINGS : locale.roles.roleEndings;
  for (const entry of locale.roles.roles) {
    const female = entry.female ?? (locale.roles.femaleSuffix ? entry.word + locale.roles.femaleSuffix : undefined);
    if (female) {
      add(female, { entry, lemma: female, gender: "f", plural: false });
      for (const e of ["n", "en", "nen", "m"]) add(female + e, { entry, lemma: female, gender: "f", plural: PLURAL_ENDINGS.has(e) });
    }
    if (entry.male) add(entry.male, { entry, lemma: entry.male, gender: "m", plural: false });
    for (const e of endings) {
      const gender = marksGender ? "m" : entry.female ? "m" : "u";
      add(entry.word + e, { entry, lemma: entry.word, gender: entry.male ? "u" : gender, plural: PLURAL_ENDINGS.has(e) });
    }
  }
  const headLengths = [...new Set([...heads.keys()].map((k) => k.length))].sort((a, b) => a - b);
  const headTails = new Set([...heads.keys()].map((k) => k.slice(-HEAD_TAIL)));
  return { forms, heads, headLengths, headTails, multiWord, qualifiers: new Set(locale.roles.qualifiers), seen: new Map() };
}

function hitOf(info: FormInfo, role: string, prefix?: string): RoleHit {
  return {
    role,
    means: info.entry.means || undefined,
    affiliation: info.entry.affiliation || undefined,
    prefix: prefix || undefined,
    gender: info.gender,
    plural: info.plural,
  };
}

/** Restores the written capitalisation of a lemma found in lowercase. */
function caseLike(lemma: string, written: string): string {
  return written.charAt(0) === written.charAt(0).toUpperCase() ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
}

/**
 * The role a single word names, if any: a listed role in any inflected form, a compound ending in a head
 * ("Verteidigungsministers" → "Verteidigungsminister"), or a hyphenated word whose last part is a role
 * ("Kreml-Sprecher" → "Sprecher" with prefix "Kreml").
 */
export function lookupRole(idx: RoleIndex, word: string): RoleHit | null {
  let hit = idx.seen.get(word);
  if (hit === undefined) {
    if (idx.seen.size > MAX_REMEMBERED_WORDS) idx.seen.clear();
    hit = findRole(idx, word);
    idx.seen.set(word, hit);
  }
  return hit;
}

/** Most words whose answer `lookupRole` keeps. */
const MAX_REMEMBERED_WORDS = 50_000;

function findRole(idx: RoleIndex, word: string): RoleHit | null {
  const lw = word.toLowerCase();
  const direct = idx.forms.get(lw);
  if (direct) return hitOf(direct, caseLike(direct.lemma, word));
  const hyphen = word.lastIndexOf("-");
  if (hyphen > 0 && hyphen < word.length - 1) {
    const inner = lookupRole(idx, word.slice(hyphen + 1));
    if (inner) return { role: inner.role, means: inner.means, affiliation: inner.affiliation, prefix: word.slice(0, hyphen), gender: inner.gender, plural: inner.plural };
    return null;
  }
  if (!idx.headTails.has(lw.slice(-HEAD_TAIL))) return null;
  for (const len of idx.headLengths) {
    if (lw.length - len < MIN_COMPOUND_PREFIX) break;
    const info = idx.heads.get(lw.slice(lw.length - len));
    if (!info) continue;
    const stem = word.slice(0, word.length - len);
    return hitOf(info, stem + info.lemma.toLowerCase());
  }
  return null;
}

/** A two-word role ("Prime Minister", "Kremlin chief"). */
export function lookupRolePhrase(idx: RoleIndex, first: string, second: string): RoleHit | null {
  const info = idx.multiWord.get(`${first} ${second}`.toLowerCase());
  return info ? hitOf(info, info.lemma) : null;
}

/** The base form of a qualifier adjective ("stellvertretende" → "stellvertretend"), if it is one. */
export function lookupQualifier(idx: RoleIndex, word: string, adjectiveEndings: readonly string[]): string | null {
  const lw = word.toLowerCase();
  for (const e of adjectiveEndings) {
    if (lw.length > e.length && lw.endsWith(e) && idx.qualifiers.has(lw.slice(0, lw.length - e.length))) {
      return lw.slice(0, lw.length - e.length);
    }
  }
  return null;
}
