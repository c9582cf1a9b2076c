/**
 * Documents for stage tests: the text through the sentence stage (tokens kept), and the context a
 * stage runs with. Every time-dependent test passes its reference date here explicitly.
 */
import { analyze } from "../../../src/analyze.js";
import { LOCALES, getLocale } from "../../../src/locales/index.js";
import type { Attribution, LanguageCode, Span } from "../../../src/model/types.js";
import type { Doc, StageContext } from "../../../src/stages/stage.js";

export interface DocOptions {
  language?: LanguageCode;
  published?: string | null;
  anchoring?: "news" | "narrative";
}

export function sentencesDoc(text: string, options: DocOptions = {}): { doc: Doc; ctx: StageContext } {
  const language = options.language ?? "de";
  const published = options.published ?? null;
  const doc = analyze({ text }, { language, stages: ["sentences"], tokens: true, ...(published ? { published } : {}) }) as Doc;
  const ctx: StageContext = {
    locale: getLocale(language),
    locales: Object.values(LOCALES),
    published,
    timeAnchoring: options.anchoring ?? "news",
  };
  return { doc, ctx };
}

/** The span of the `nth` occurrence (0-based) of `words` in `text`. */
export function spanOf(text: string, words: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`"${words}" is not in the text`);
  }
  return { start: at, end: at + words.length, text: words };
}

/** A hand-made attribution, as the attribution stage would give it. */
export function attribution(text: string, id: string, cue: string, content: string[], speaker: string | null = null): Attribution {
  const cueSpan = spanOf(text, cue);
  return {
    id,
    type: "indirect",
    speaker: speaker ? { ...spanOf(text, speaker), kind: "person" } : null,
    cue: cueSpan,
    content: content.map((c) => spanOf(text, c)),
    addressee: null,
    channel: null,
    time: null,
    hedges: [],
    sentence: 0,
    confidence: 1,
    rule: "verb.subject",
  };
}
