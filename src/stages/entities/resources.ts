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
};

function readModelFile(name: string): Uint8Array {
  return readFileSync(new URL(`./model/${name}`, import.meta.url));
}

const models = new Map<LanguageCode, TaggerModel | null>();
const nounSets = new Map<LanguageCode, NounSet | null>();
const nameHintSets = new Map<LanguageCode, NameHintSet | null>();

export function taggerModel(language: LanguageCode): TaggerModel | null {
  let m = models.get(language);
  if (m === undefined) {
    const file = FILES[language]?.model;
    m = file ? parseModel(readModelFile(file)) : null;
    models.set(language, m);
  }
  return m;
}

/**
 * Replaces a language's tagger model for the rest of the process: for scripts/train-ner.ts, which
 * cross-validates the whole stage with models trained on part of its data.
 */
export function useTaggerModel(language: LanguageCode, model: TaggerModel | null): void {
  models.set(language, model);
}

export function nounSet(language: LanguageCode): NounSet | null {
  let n = nounSets.get(language);
  if (n === undefined) {
    const file = FILES[language]?.nouns;
    if (file) {
      const filter = bloomFromBytes(readModelFile(file));
      n = rememberingNounSet({ has: (word: string) => bloomHas(filter, word) });
    } else n = null;
    nounSets.set(language, n);
  }
  return n;
}

/** The set of surnames and town words whose hints the language's tagger was trained with, if it has one. */
export function nameHintSet(language: LanguageCode): NameHintSet | null {
  let n = nameHintSets.get(language);
  if (n === undefined) {
    const file = FILES[language]?.names;
    if (file) {
      const filter = bloomFromBytes(readModelFile(file));
      n = { has: (key: string) => bloomHas(filter, key) };
    } else n = null;
    nameHintSets.set(language, n);
  }
  return n;
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
