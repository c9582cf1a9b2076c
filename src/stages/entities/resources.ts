import { readFileSync } from "node:fs";
import type { LanguageCode } from "../../model/types.js";
import { bloomFromBytes, bloomHas } from "./bloom.js";
import type { NameHintSet, NounSet } from "./tagger/hints.js";
import { parseModel, type TaggerModel } from "./tagger/model.js";

/**
 * Trained and compiled resources per language: the tagger model and the common-noun set, binary files in
 * ./model/ (copied next to the compiled module by the build). A language without them is handled by the
 * lexicon and the rules alone. Each is read on first use and kept for the life of the process.
 */
interface ResourceFiles {
  /** The tagger model (scripts/train-ner.ts). */
  model?: string;
  /** The Bloom filter of common-noun forms (scripts/build-noun-filter.ts). */
  nouns?: string;
  /** The Bloom filter of surnames and words of town names (scripts/build-name-filter.ts). */
  names?: string;
}

const FILES: Partial<Record<LanguageCode, ResourceFiles>> = {
  de: { model: "ner-de.bin", nouns: "nouns-de.bin", names: "names.bin" },
  en: { model: "ner-en.bin", nouns: "nouns-en.bin", names: "names.bin" },
};

function readModelFile(name: string): Uint8Array {
  return readFileSync(new URL(`./model/${name}`, import.meta.url));
}

const models = new Map<LanguageCode, TaggerModel | null>();
const nounSets = new Map<LanguageCode, NounSet | null>();
const nameHintSets = new Map<LanguageCode, NameHintSet | null>();

export function taggerModel(language: LanguageCode): TaggerModel | null {
  return loadedOnce(models, language, () => {
    const file = FILES[language]?.model;
    return file ? parseModel(readModelFile(file)) : null;
  });
}

/**
 * Replaces a language's tagger model for the rest of the process (`shipped`: back to the model file): for
 * scripts/eval-ner.ts, which cross-validates the whole stage with models trained on part of its data.
 */
export function useTaggerModel(language: LanguageCode, model: TaggerModel | null, shipped = false): void {
  if (shipped) models.delete(language);
  else models.set(language, model);
}

export function nounSet(language: LanguageCode): NounSet | null {
  return loadedOnce(nounSets, language, () => {
    const filter = bloomOf(language, "nouns");
    return filter ? rememberingNounSet(filter) : null;
  });
}

/** The set of surnames and town words whose hints the language's tagger was trained with, if it has one. */
export function nameHintSet(language: LanguageCode): NameHintSet | null {
  return loadedOnce(nameHintSets, language, () => bloomOf(language, "names"));
}

/** A language's Bloom filter file of the given kind as a set, or null when the language has none. */
function bloomOf(language: LanguageCode, kind: "nouns" | "names"): NounSet | null {
  const file = FILES[language]?.[kind];
  if (!file) return null;
  const filter = bloomFromBytes(readModelFile(file));
  return { has: (word: string) => bloomHas(filter, word) };
}

/** The value a language has in `cache`, made by `make` the first time it is asked for. */
function loadedOnce<V>(cache: Map<LanguageCode, V | null>, language: LanguageCode, make: () => V | null): V | null {
  let v = cache.get(language);
  if (v === undefined) {
    v = make();
    cache.set(language, v);
  }
  return v;
}

/** Most words a noun set remembers its answer for. */
const MAX_REMEMBERED_NOUNS = 100_000;

/** A noun set that remembers answers (news repeats its words; compounds cost several look-ups each). */
function rememberingNounSet(inner: NounSet): NounSet {
  const seen = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      let v = seen.get(word);
      if (v === undefined) {
        if (seen.size > MAX_REMEMBERED_NOUNS) seen.clear();
        v = inner.has(word);
        seen.set(word, v);
      }
      return v;
    },
  };
}
