import type { LanguageCode } from "../model/types.js";
import { QuellenlageError } from "../model/errors.js";
import { de } from "./de/index.js";
import { en } from "./en/index.js";
import type { Locale } from "./types.js";

export type { Locale } from "./types.js";

/** Every language this build knows, in order of preference when detection is unsure. */
export const LOCALES: Readonly<Record<LanguageCode, Locale>> = { de, en };
export const SUPPORTED_LANGUAGES = Object.keys(LOCALES) as LanguageCode[];
export const DEFAULT_LANGUAGE: LanguageCode = "de";

export function isSupportedLanguage(code: string): code is LanguageCode {
  return typeof code === "string" && Object.hasOwn(LOCALES, code);
}

export function getLocale(code: LanguageCode): Locale {
  if (!isSupportedLanguage(code)) {
    throw new QuellenlageError("E_LANGUAGE", `language ${JSON.stringify(code)} is not supported; supported: ${SUPPORTED_LANGUAGES.join(", ")}`);
  }
  return LOCALES[code];
}
