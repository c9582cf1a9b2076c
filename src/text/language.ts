import type { LanguageCode } from "../model/types.js";
import { LOCALES, SUPPORTED_LANGUAGES } from "../locales/index.js";

/**
 * Language identification among the supported languages, from each locale's identification data: the
 * share of a text's words that are the language's common words (articles, pronouns, prepositions,
 * auxiliaries make up a third to a half of any running text), plus words with letters only that language
 * writes. Adding a language adds its data, not code. A text whose words are rarely any supported
 * language's common words is in some other language: no guess.
 */

/** Below this many letters a block is too short to identify on its own. */
export const MIN_LETTERS_FOR_BLOCK_LANGUAGE = 60;
/** How much of a text is read: enough words for a clear answer, bounded for very long texts. */
const MAX_CHARS = 4000;
/** Below this share of common words (of the best language), the text is in no supported language. */
const MIN_SHARE = 0.1;
/** A reliable answer needs this share, this many words counted for it, and this lead over the runner-up. */
const RELIABLE_SHARE = 0.2;
const RELIABLE_HITS = 3;
const RELIABLE_RATIO = 3;
/** A word with a letter only one language writes counts this much for it. */
const LETTER_WEIGHT = 0.5;

export interface LanguageGuess {
  language: LanguageCode;
  reliable: boolean;
}

interface Profile {
  language: LanguageCode;
  words: ReadonlySet<string>;
}

let profiles: Profile[] | undefined;
/** Lowercase letters only some languages write → the bit mask of those languages' profiles. */
let letterOwners: Map<number, number> | undefined;

function profilesOf(): Profile[] {
  if (!profiles) {
    profiles = SUPPORTED_LANGUAGES.map((language) => ({ language, words: new Set(LOCALES[language].identification.commonWords) }));
    letterOwners = new Map();
    SUPPORTED_LANGUAGES.forEach((language, p) => {
      for (const ch of LOCALES[language].identification.letters.toLowerCase()) {
        const code = ch.charCodeAt(0);
        letterOwners!.set(code, (letterOwners!.get(code) ?? 0) | (1 << p));
      }
    });
  }
  return profiles;
}

const LETTER = /\p{L}/u;
const APOSTROPHES = new Set(["'", "’"]);

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(text[i]!);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Where the scores are looked at on the way, to stop early once one language has clearly won. */
const CHECK_EVERY_WORDS = 32;
/** An early answer needs this many counted words and this lead (it is then reliable). */
const EARLY_HITS = 12;
const EARLY_RATIO = 4;

export function identifyLanguage(text: string): LanguageGuess | null {
  const sample = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).toLowerCase();
  const ps = profilesOf();
  const scores = new Array<number>(ps.length).fill(0);
  let words = 0;
  let i = 0;
  while (i < sample.length) {
    if (!isLetter(sample, i)) {
      i++;
      continue;
    }
    let end = i;
    // Which profiles own a letter of the word ("ä": German).
    let owners = 0;
    while (end < sample.length) {
      if (isLetter(sample, end)) {
        const c = sample.charCodeAt(end);
        if (c >= 0x80) owners |= letterOwners!.get(c) ?? 0;
        end++;
      } else if (APOSTROPHES.has(sample[end]!) && end + 1 < sample.length && isLetter(sample, end + 1)) end++;
      else break;
    }
    // "1a", "3D", "COVID19": letters glued to digits are no words of any language.
    const glued = isDigit(sample, i - 1) || isDigit(sample, end);
    const w = sample.slice(i, end);
    i = end;
    if (glued) continue;
    words++;
    for (let p = 0; p < ps.length; p++) {
      if (ps[p]!.words.has(w)) scores[p]! += 1;
      else if (owners & (1 << p)) scores[p]! += LETTER_WEIGHT;
    }
    if (words % CHECK_EVERY_WORDS === 0) {
      const { top, second } = standing(scores);
      const early = top >= EARLY_HITS && top >= EARLY_RATIO * second ? decide(ps, scores, words) : null;
      if (early?.reliable) return early;
    }
  }
  return words === 0 ? null : decide(ps, scores, words);
}

/** The best profile's index and score, and the runner-up's score. */
function standing(scores: readonly number[]): { best: number; top: number; second: number } {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  let second = 0;
  for (let i = 0; i < scores.length; i++) if (i !== best) second = Math.max(second, scores[i]!);
  return { best, top: scores[best]!, second };
}

function decide(ps: readonly Profile[], scores: readonly number[], words: number): LanguageGuess | null {
  const { best, top, second } = standing(scores);
  if (top / words < MIN_SHARE) return null;
  const reliable = top >= RELIABLE_HITS && top / words >= RELIABLE_SHARE && top >= RELIABLE_RATIO * second;
  return { language: ps[best]!.language, reliable };
}

export function hasLetters(text: string, atLeast: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isLetter(text, i) && ++n >= atLeast) return true;
  return false;
}
