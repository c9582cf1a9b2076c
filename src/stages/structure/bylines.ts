/**
 * Credits that pages print without a "Foto:" or "Quelle:" prefix: a byline ("Von Anna Muster",
 * "By LISA MASCARO and ERIC TUCKER | Special to the Ledger") and an image credit of names and agencies
 * alone ("Sakib Ali/Hindustan Times/Getty Images", "Photo by Kirk Irwin/Getty Images"). Read on the
 * blocks of HTML pages, where such lines stand on their own; plain text keeps its prefixed credits only.
 */
import type { Credit } from "../../model/types.js";
import { trimSpan } from "../../model/span.js";
import type { Locale } from "../../locales/types.js";
import { creditParts } from "./credits.js";
import { wordsUpTo } from "./classify.js";
import { alternatives, wholeWords } from "../../text/regex.js";

/** A byline or bare credit is short: at most this many words. */
const MAX_CREDIT_LINE_WORDS = 14;
/** After the names, a byline may add a date or an affiliation behind one of these. */
const BYLINE_TAIL = /\s*(?:[|·•]|\s[-–—]\s|,\s*(?=\p{N})).*$/u;
/** Sentence punctuation inside: then the line is prose, not a credit. */
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}|[.!?]$/u;

interface Rules {
  /** Between the names of a byline: commas, "&" and the locales' byline conjunctions ("and", "und"). */
  nameJoiners: RegExp;
  /** Between the names of a credit line: semicolons, commas, brackets, the conjunctions and joiners ("with"). */
  creditLineSplit: RegExp;
  byline: RegExp;
  imageBy: RegExp;
  creditLine: RegExp;
  creditRoles: RegExp;
}

/** A line crediting reporters and editors is at most this many words ("Reporting by …; Editing by …"). */
const MAX_CREDIT_LINE_OF_NAMES_WORDS = 40;

const compiled = new WeakMap<readonly Locale[], Rules>();

function rulesFor(locales: readonly Locale[]): Rules {
  let rules = compiled.get(locales);
  if (!rules) {
    rules = {
      byline: new RegExp(`^(?:${alternatives(locales.flatMap((l) => l.structure.bylinePrefixes))})\\s*:?\\s+(?=\\p{Lu})`, "u"),
      imageBy: new RegExp(`^(?:${alternatives(locales.flatMap((l) => l.structure.imageCreditByPrefixes))})\\s*:?\\s+`, "iu"),
      creditLine: new RegExp(
        `^\\(?\\s*(?:${alternatives(locales.flatMap((l) => l.structure.creditLineOpeners))})(?![\\p{L}])|(?:${alternatives(locales.flatMap((l) => l.structure.creditLineClosers))})[.)]*\\s*\\)?\\s*$`,
        "iu",
      ),
      nameJoiners: new RegExp(`\\s*(?:,|&|${wholeWords(locales.flatMap((l) => l.structure.bylineConjunctions))})\\s*`, "giu"),
      creditLineSplit: new RegExp(
        `\\s*(?:[;,()]|${wholeWords(locales.flatMap((l) => [...l.structure.bylineConjunctions, ...l.structure.creditLineJoiners]))})\\s*`,
        "giu",
      ),
      creditRoles: new RegExp(
        `(?:${alternatives(locales.flatMap((l) => [...l.structure.creditLineOpeners, ...l.structure.creditLineClosers]))})[.:]?`,
        "giu",
      ),
    };
    compiled.set(locales, rules);
  }
  return rules;
}

/** A byline block: an article credit naming its authors, or null. */
export function findByline(text: string, start: number, end: number, locales: readonly Locale[]): Credit | null {
  const line = text.slice(start, end);
  if (wordsUpTo(line, MAX_CREDIT_LINE_WORDS) > MAX_CREDIT_LINE_WORDS || line.includes("\n")) return null;
  const m = rulesFor(locales).byline.exec(line);
  if (!m) return null;
  const names = line.slice(m[0].length).replace(BYLINE_TAIL, "").trim();
  if (!names || SENTENCE_INSIDE.test(names)) return null;
  const persons = names.split(rulesFor(locales).nameJoiners).map((n) => n.trim()).filter(Boolean);
  const { agencies, persons: named } = creditParts(persons.join(", "));
  // Every part must be a name or an agency: "Von Montag an gilt …" is no byline.
  if (named.length + agencies.length !== persons.length) return null;
  return {
    kind: "article",
    ...(agencies.length ? { agency: agencies.join("/") } : {}),
    ...(named.length ? { person: named.join(", ") } : {}),
    span: trimSpan(text, start, end),
  };
}

/**
 * A line crediting the article's reporters and editors ("Reporting by Anna Muster; Editing by Max Muster",
 * "Jane Doe and John Roe contributed to this report."), or null.
 */
export function findCreditLine(text: string, start: number, end: number, locales: readonly Locale[]): Credit | null {
  const line = text.slice(start, end);
  if (wordsUpTo(line, MAX_CREDIT_LINE_OF_NAMES_WORDS) > MAX_CREDIT_LINE_OF_NAMES_WORDS || line.includes("\n")) return null;
  const rules = rulesFor(locales);
  if (!rules.creditLine.test(line)) return null;
  const parts = line.replace(rules.creditRoles, ",").split(rules.creditLineSplit).map((p) => p.trim()).filter(Boolean);
  const { agencies, persons } = creditParts(parts.join(", "));
  return {
    kind: "article",
    ...(agencies.length ? { agency: agencies.join("/") } : {}),
    ...(persons.length ? { person: persons.join(", ") } : {}),
    span: trimSpan(text, start, end),
  };
}

/** A line of names and agencies alone, at least one of them a known agency: an image credit, or null. */
export function findBareCredit(text: string, start: number, end: number, locales: readonly Locale[]): Credit | null {
  const line = text.slice(start, end).trim();
  if (wordsUpTo(line, MAX_CREDIT_LINE_WORDS) > MAX_CREDIT_LINE_WORDS || line.includes("\n") || SENTENCE_INSIDE.test(line)) return null;
  const body = line.replace(rulesFor(locales).imageBy, "");
  const { agencies, persons, unknown } = creditParts(body);
  if (agencies.length === 0 || unknown.length > 0) return null;
  return {
    kind: "image",
    agency: agencies.join("/"),
    ...(persons.length ? { person: persons.join(", ") } : {}),
    span: trimSpan(text, start, end),
  };
}
