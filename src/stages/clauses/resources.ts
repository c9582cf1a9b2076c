import { readFileSync } from "node:fs";
import type { LanguageCode } from "../../model/types.js";
import { parseTaggerModel, type TaggerModel } from "./tagger.js";

/**
 * The clause taggers (scripts/train-clauses.ts), binary files in ./model/ copied next to the compiled
 * module by the build, read on first use and kept for the life of the process.
 */
const FILES: Readonly<Record<LanguageCode, string>> = { de: "pos-de.bin", en: "pos-en.bin" };

const models = new Map<LanguageCode, TaggerModel>();

export function clauseTagger(language: LanguageCode): TaggerModel {
  let m = models.get(language);
  if (!m) {
    m = parseTaggerModel(readFileSync(new URL(`./model/${FILES[language]}`, import.meta.url)));
    models.set(language, m);
  }
  return m;
}

/** Replaces a language's tagger for the rest of the process (for training scripts that evaluate a model in memory). */
export function useClauseTagger(language: LanguageCode, model: TaggerModel): void {
  models.set(language, model);
}
