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
  letters: RegExp | null;
}

let profiles: Profile[] | undefined;

function profilesOf(): Profile[] {
  profiles ??= SUPPORTED_LANGUAGES.map((language) => {
    const { commonWords, letters } = LOCALES[language].identification;
    return { language, words: new Set(commonWords), letters: letters ? new RegExp(`[${letters}]`, "u") : null };
  });
  return profiles;
}

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

export function identifyLanguage(text: string): LanguageGuess | null {
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const ps = profilesOf();
  const scores = new Array<number>(ps.length).fill(0);
  let words = 0;
  for (const [w] of sample.toLowerCase().matchAll(WORD)) {
    words++;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (p.words.has(w)) scores[i]! += 1;
      else if (p.letters?.test(w)) scores[i]! += LETTER_WEIGHT;
    }
  }
  if (words === 0) return null;
  let best = 0;
  for (let i = 1; i < ps.length; i++) if (scores[i]! > scores[best]!) best = i;
  const top = scores[best]!;
  if (top / words < MIN_SHARE) return null;
  let second = 0;
  for (let i = 0; i < ps.length; i++) if (i !== best) second = Math.max(second, scores[i]!);
  const reliable = top >= RELIABLE_HITS && top / words >= RELIABLE_SHARE && top >= RELIABLE_RATIO * second;
  return { language: ps[best]!.language, reliable };
}

export function hasLetters(text: string, atLeast: number): boolean {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= atLeast) return true;
  return false;
}
