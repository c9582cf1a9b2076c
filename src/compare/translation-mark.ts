/**
 * A note or credit that says a text is a translation ("Aus dem Englischen von …", "Translated from the
 * German", "Übersetzung: …"), from the locale's lists.
 */
import type { Locale } from "../locales/types.js";
import { fold } from "./words.js";

export interface TranslationMark {
  /** The note or credit as the locale lists it. */
  words: string;
  /** The language the note names as the original, if it names one. */
  from?: string;
}

/** The first translation note or translator's credit in a text, or null. */
export function translationMark(text: string, locale: Locale): TranslationMark | null {
  const folded = fold(text);
  const c = locale.compare;
  for (const note of c.translationNotes) if (folded.includes(fold(note.words))) return { words: note.words, ...(note.from ? { from: note.from } : {}) };
  for (const credit of c.translatorCredits) if (folded.includes(fold(credit))) return { words: credit };
  return null;
}
