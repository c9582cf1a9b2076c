import type { AttributionType, Clause } from "../../model/types.js";
import type { CueVerb } from "../../locales/types.js";
import type { Lexicon } from "./lexicon.js";
import type { Phrase } from "./phrases.js";
import type { Quotation } from "./quotes.js";
import type { AttributionRule } from "./rules.js";
import type { SentenceView, Word } from "./words.js";

/** A character range in the text. */
export interface Range {
  start: number;
  end: number;
}

/** A speaker found for a frame: its characters, and what the phrase looked like. */
export interface SpeakerRef extends Range {
  pronoun?: boolean;
  coordinated?: boolean;
  /** The frame this speaker was taken from (free indirect speech, "demnach"). */
  inherited?: boolean;
  /** For a relative pronoun ("who said"): the phrase it refers to. */
  antecedent?: SpeakerRef;
  /** Words of the phrase, for classifying it. */
  words: readonly Word[];
}

/** What a cue and the words around it say before it becomes an attribution. */
export interface Frame {
  sentence: SentenceView;
  cue: Range;
  /** Word index of the cue in its sentence. */
  cueWord: number;
  how: "verb" | "source" | "so" | "anaphoric" | "impersonal" | "continuation" | "hearsay" | "quote" | "label";
  /** The rule that made it (rules.ts). */
  rule: AttributionRule;
  verb?: CueVerb;
  speaker: SpeakerRef | null;
  content: Range[];
  type: AttributionType;
  /** The word index where the cue's own clause starts, when the cue opens a clause after a comma. */
  clauseStart?: number;
  /** The content follows the cue (it can be cut where a later cue's clause begins). */
  contentAfter?: boolean;
  passive?: boolean;
  /** The cue verb itself is in Konjunktiv I in a main clause: it reports someone else's report. */
  subjunctiveCue?: boolean;
  /** For a continuation: the attribution with a cue of its own that it goes on from. */
  origin?: Frame;
  /** A second statement made with the same cue (the quotation after the content's colon): no duplicate of the first. */
  companion?: boolean;
}

export interface FrameContext {
  lex: Lexicon;
  text: string;
  quotes: readonly Quotation[];
  /** The sentence before a sentence in the same block, without its final punctuation. */
  previousSentence?: (view: SentenceView) => Range | null;
  /** The time expressions the time stage found: they may stand between a subject and its verb. */
  times?: readonly Range[];
  /** The clauses of the document (the clauses stage), when it ran. */
  clauses?: readonly Clause[];
}

export function wordsRange(words: readonly Word[], from: number, to: number): Range | null {
  if (to <= from || !words[from] || !words[to - 1]) return null;
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

/** A phrase as a speaker reference, without a trailing comma. */
export function speakerOf(words: readonly Word[], phrase: Phrase | null): SpeakerRef | null {
  if (!phrase) return null;
  let to = phrase.to;
  while (to > phrase.from && [",", ";", ":"].includes(words[to - 1]!.text)) to--;
  const range = wordsRange(words, phrase.from, to);
  if (!range) return null;
  return {
    ...range,
    words: words.slice(phrase.from, to),
    ...(phrase.pronoun ? { pronoun: true } : {}),
    ...(phrase.coordinated ? { coordinated: true } : {}),
  };
}
