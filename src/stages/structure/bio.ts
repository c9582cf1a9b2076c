/**
 * Author bios at the end of an article: "Anna Muster ist Korrespondentin in Moskau.", "Der Autor lehrt
 * Geschichte in Bonn.", "Jane Doe is a staff writer covering climate." A short paragraph that ends the
 * article's text (only furniture or other bios after it) and opens with a bio opener ("Zur Autorin", "About the author"), or with a name (the
 * article's author, or a personal name) and a bio verb, and names what journalists are.
 */
import type { Locale } from "../../locales/types.js";
import { alternatives, escapeRegex, wholeWords } from "../../text/regex.js";
import { wordsUpTo } from "./classify.js";

/** A bio is short. */
const BIO_MAX_WORDS = 80;

/** A personal name: two to four capitalised words (particles allowed between them). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:von|van|de|der|den|da|di|du|le|la|al|el|bin|ibn)?\s*\p{Lu}[\p{L}'’.-]+){1,3}`;
/** Dashes or quotes an end note may open with ("— Jane Doe is …", "*Anna Muster ist …"). */
const NOTE_OPENING = /^[\s—–*_-]+/u;

interface BioRules {
  opener: RegExp;
  namedBio: RegExp;
  role: RegExp;
}

const compiled = new WeakMap<Locale, BioRules>();

function rulesFor(locale: Locale): BioRules {
  let rules = compiled.get(locale);
  if (!rules) {
    const s = locale.structure;
    rules = {
      opener: new RegExp(`^(?:${alternatives(s.bioOpeners)})(?![\\p{L}\\p{N}])`, "u"),
      namedBio: new RegExp(`^(${NAME})\\s+(?:${alternatives(s.bioVerbs)})(?![\\p{L}\\p{N}])`, "u"),
      role: new RegExp(wholeWords(s.bioRoles), "iu"),
    };
    compiled.set(locale, rules);
  }
  return rules;
}

/**
 * Why a paragraph at the end of an article is its author's bio, or null. `authors` are the article's
 * authors as far as known (metadata, byline): a paragraph opening with one of them needs no role word.
 */
export function bioReason(paragraph: string, locale: Locale, authors: readonly string[]): string | null {
  if (wordsUpTo(paragraph, BIO_MAX_WORDS) > BIO_MAX_WORDS) return null;
  const note = paragraph.replace(NOTE_OPENING, "");
  const rules = rulesFor(locale);
  const opener = rules.opener.exec(note);
  if (opener) return `bio: ${opener[0]}`;
  const named = rules.namedBio.exec(note);
  if (!named) return null;
  const name = named[1]!;
  const byAuthor = authors.some((a) => a.length > 0 && new RegExp(`^${escapeRegex(a)}(?![\\p{L}])`, "u").test(name));
  if (byAuthor) return `bio: ${name}, the author`;
  const role = rules.role.exec(note);
  return role ? `bio: ${name}, ${role[0]}` : null;
}
