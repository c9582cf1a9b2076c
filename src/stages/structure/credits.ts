import type { Credit } from "../../model/types.js";
import { span, trimSpan } from "../../model/span.js";
import type { Locale } from "../../locales/types.js";
import { AGENCIES } from "../../locales/shared/agencies.js";
import { escapeRegex } from "../../text/regex.js";

/** A credit is short: beyond this many characters after its prefix it is prose, not a credit. */
const MAX_CREDIT_LENGTH = 140;
const MAX_CREDIT_WORDS = 14;
/** Separators between the parts of a credit: "AFP © Name", "dpa/Name", "Getty Images | Name". */
const CREDIT_PART_SEPARATOR = /\s*(?:©|\(c\)|\||\/|,|;|\s[-–—]\s|\bvia\b)\s*/giu;
const COPYRIGHT = /(?:©|\(c\)(?=\s)|\bCopyright\b)/u;
/** A personal name in a credit: up to five words, each capitalised or all capitals, allowing initials and particles. */
const PERSON_NAME = /^(?:(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|da|di|du|le|la|al|el|bin|ibn)\s+){0,4}\p{Lu}[\p{L}'’.-]*$/u;
/** "Moskau (dpa) –", "(AFP) -", "WASHINGTON (Reuters) —": the dateline credit of wire copy. */
const DATELINE = /^(?:[\p{Lu}][\p{L}.'’ -]{0,40}?\s*)?\(([^()\n]{2,40})\)\s*[-–—:]\s/u;

interface CreditRules {
  prefixed: RegExp;
  articlePrefixes: Set<string>;
}

/** Every agency name and alias, lowercase, to its canonical name. */
const AGENCY_LOOKUP = new Map<string, string>(
  AGENCIES.flatMap((a) => [a.name, ...a.aliases].map((n) => [n.toLowerCase(), a.name] as const)),
);

const compiled = new WeakMap<readonly Locale[], CreditRules>();

function rulesFor(locales: readonly Locale[]): CreditRules {
  let rules = compiled.get(locales);
  if (!rules) {
    const prefixes = [...new Set(locales.flatMap((l) => l.structure.creditPrefixes))].sort((a, b) => b.length - a.length);
    // A prefix starts a credit at the start of a block, after white space or an opening bracket, or glued
    // to the end of a caption ("…AlarmstimmungQuelle: AFP").
    const prefixed = new RegExp(`(?:^|(?<=[\\s(\\[|·•–—-])|(?<=[\\p{Ll}.!?)]))(${prefixes.map(escapeRegex).join("|")})\\s*:\\s*`, "gu");
    rules = {
      prefixed,
      articlePrefixes: new Set(locales.flatMap((l) => l.structure.articleCreditPrefixes.map((p) => p.toLowerCase()))),
    };
    compiled.set(locales, rules);
  }
  return rules;
}

export interface CreditFind {
  /** Where the credit (its prefix included) starts; the text before it, if any, is a caption. */
  start: number;
  end: number;
  credit: Credit;
}

/**
 * Finds a credit at the end of the text range [start, end): "Quelle: AFP © MIKHAIL METZEL",
 * "Foto: dpa/Max Muster", "© Reuters", also glued to a caption without a space.
 */
export function findCredit(text: string, start: number, end: number, locales: readonly Locale[]): CreditFind | null {
  const rules = rulesFor(locales);
  const slice = text.slice(start, end);
  rules.prefixed.lastIndex = 0;
  for (let m = rules.prefixed.exec(slice); m !== null; m = rules.prefixed.exec(slice)) {
    const bodyStart = m.index + m[0].length;
    const found = creditFrom(text, start + m.index, start + bodyStart, end, rules, m[1]!.toLowerCase());
    if (found) return found;
  }
  const c = COPYRIGHT.exec(slice);
  if (c) {
    const found = creditFrom(text, start + c.index, start + c.index, end, rules, null);
    if (found) return found;
  }
  return null;
}

function creditFrom(
  text: string,
  creditStart: number,
  bodyStart: number,
  end: number,
  rules: CreditRules,
  prefix: string | null,
): CreditFind | null {
  // A parenthesised credit ends at its bracket: "(Foto: dpa)".
  const opened = text[creditStart - 1] === "(";
  let bodyEnd = end;
  if (opened) {
    const close = text.indexOf(")", bodyStart);
    if (close < 0 || close > end) return null;
    bodyEnd = close;
  }
  const body = text.slice(bodyStart, bodyEnd).trim();
  if (!body || body.length > MAX_CREDIT_LENGTH || body.split(/\s+/).length > MAX_CREDIT_WORDS) return null;
  if (/[.!?]\s+\p{Lu}/u.test(body)) return null; // a sentence follows: prose, not a credit
  const parsed = parseCreditBody(body);
  if (!parsed.agency && !parsed.person) return null;
  const kind: Credit["kind"] =
    prefix !== null && rules.articlePrefixes.has(prefix) && !COPYRIGHT.test(body) && !opened ? "article" : "image";
  const s = trimSpan(text, opened ? creditStart - 1 : creditStart, opened ? bodyEnd + 1 : bodyEnd);
  return { start: s.start, end: s.end, credit: { kind, ...parsed, span: s } };
}

/** A credit's parts sorted: known agencies (canonical names), two-word personal names, and the rest. */
export function creditParts(body: string): { agencies: string[]; persons: string[]; unknown: string[] } {
  const parts = body
    .replace(COPYRIGHT, " © ")
    .split(CREDIT_PART_SEPARATOR)
    .map((p) => p.trim().replace(/^[([]|[)\].]$/g, "").trim())
    .filter((p) => p.length > 0 && !/^\p{N}{4}$/u.test(p));
  const agencies: string[] = [];
  const persons: string[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const agency = AGENCY_LOOKUP.get(part.toLowerCase());
    if (agency) agencies.push(agency);
    else if (PERSON_NAME.test(part) && part.includes(" ")) persons.push(part);
    else unknown.push(part);
  }
  return { agencies, persons, unknown };
}

/** Splits a credit's words into agency and person: "AFP © MIKHAIL METZEL" → AFP, MIKHAIL METZEL. */
export function parseCreditBody(body: string): { agency?: string; person?: string } {
  const { agencies, persons, unknown } = creditParts(body);
  // What is neither a known agency nor a two-word name is a source we do not know (an archive, a
  // single-word photographer's name, "privat"): kept as the agency so nothing is lost.
  const agency = [...agencies, ...unknown].join("/") || undefined;
  const person = persons.join(", ") || undefined;
  return { ...(agency ? { agency } : {}), ...(person ? { person } : {}) };
}

/** The wire credit in a dateline: "Moskau (dpa) – …" gives an article credit for dpa. */
export function findDatelineCredit(text: string, start: number, end: number): Credit | null {
  const m = DATELINE.exec(text.slice(start, Math.min(end, start + 80)));
  if (!m) return null;
  const inner = m[1]!;
  const names = inner.split(/\s*[/,]\s*/);
  const agencies = names.map((n) => AGENCY_LOOKUP.get(n.trim().toLowerCase())).filter((a): a is string => a !== undefined);
  if (agencies.length === 0 || agencies.length !== names.length) return null;
  const innerStart = start + m[0].indexOf("(" + inner + ")");
  return { kind: "article", agency: agencies.join("/"), span: span(text, innerStart, innerStart + inner.length + 2) };
}
