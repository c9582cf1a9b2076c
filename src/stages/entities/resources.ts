import type { LanguageCode } from "../../model/types.js";
import { bloomFromBase64, bloomHas } from "./bloom.js";
import { NER_MODEL_DE } from "./model/ner-de.js";
import { NOUN_FILTER_DE } from "./model/nouns-de.js";
import type { NounSet } from "./tagger/hints.js";
import { parseModel, type TaggerModel } from "./tagger/model.js";

/**
 * Trained and compiled resources per language: the tagger model and the common-noun set. A language
 * without them is handled by the lexicon and the rules alone. Each is decoded on first use and kept for
 * the life of the process.
 */
interface ResourceSource {
  model?: string;
  nouns?: { size: number; hashes: number; bits: string };
}

const SOURCES: Partial<Record<LanguageCode, ResourceSource>> = {
  de: { model: NER_MODEL_DE, nouns: NOUN_FILTER_DE },
};

const models = new Map<LanguageCode, TaggerModel | null>();
const nounSets = new Map<LanguageCode, NounSet | null>();

export function taggerModel(language: LanguageCode): TaggerModel | null {
  let m = models.get(language);
  if (m === undefined) {
    const src = SOURCES[language]?.model;
    m = src ? parseModel(src) : null;
    models.set(language, m);
  }
  return m;
}

export function nounSet(language: LanguageCode): NounSet | null {
  let n = nounSets.get(language);
  if (n === undefined) {
    const src = SOURCES[language]?.nouns;
    if (src) {
      const filter = bloomFromBase64(src.bits, src.size, src.hashes);
      n = { has: (word: string) => bloomHas(filter, word) };
      n = rememberingNounSet(n);
    } else n = null;
    nounSets.set(language, n);
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
