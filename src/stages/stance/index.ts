import { getLocale } from "../../locales/index.js";
import type { Attribution, Block, Hedge, Quantity, Sentence, Span } from "../../model/types.js";
import { SpanIndex } from "../../model/span-index.js";
import type { Doc, Stage, StageContext } from "../stage.js";
import { findTimes, sentenceTokenLookup } from "../time/index.js";
import { findHedges, toHedges, type FoundHedge } from "./hedges.js";
import { findQuantities } from "./quantities.js";
import { sentenceVoice, voiceEvidence } from "./voice.js";
import { findTurns } from "../attribution/turns.js";
import { lexiconFor } from "../attribution/lexicon.js";

/**
 * Stance: hedges and evidentials, quantities with their bounds, the voice of every sentence, and the
 * hedges of every attribution. Reads the times (computed here if the time stage did not run) so that
 * dates are neither quantities nor modals ("May"). docs/stance.md describes the rules.
 */
export const stanceStage: Stage = {
  name: "stance",
  // The voice of a sentence needs the attributions; dates are neither quantities nor modals.
  needs: ["sentences", "time", "attribution"],
  run(doc: Doc, ctx: StageContext): Doc {
    const text = doc.text;
    const sentences = doc.sentences ?? [];
    const tokensOf = sentenceTokenLookup(doc);
    const times = new SpanIndex(doc.times ?? findTimes(doc, ctx));
    const cues = doc.attributions ? new SpanIndex(doc.attributions.map((a) => a.cue)) : undefined;
    const found: FoundHedge[] = [];
    const quantities: Quantity[] = [];
    for (const sentence of sentences) {
      ctx.checkpoint?.();
      const block = doc.blocks[sentence.block] as Block | undefined;
      const locale = block?.language ? getLocale(block.language) : ctx.locale;
      const tokens = tokensOf(sentence);
      const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
      const blocked = times.overlappingItems(sentence.start, sentence.end);
      for (const h of findHedges(tokens, words, { text, locale, blocked, ...(cues ? { cues } : {}) })) found.push(h);
      for (const q of findQuantities(text, tokens, words, locale, blocked)) quantities.push(q);
    }
    const hedges = toHedges(found);
    const evidence = voiceEvidence(doc.attributions, found.filter((h) => h.marker.attributes));
    const asked = questionTurnSentences(doc, ctx);
    const voiced: Sentence[] = sentences.map((s, i) => {
      const block = doc.blocks[s.block];
      return { ...s, voice: asked.has(i) ? "question" : sentenceVoice(s, block?.kind ?? "body", tokensOf(s), evidence, block?.speaker !== undefined) };
    });
    const hedgeIndex = new SpanIndex(hedges);
    const attributions = doc.attributions?.map((a) => ({ ...a, hedges: hedgesOf(a, hedgeIndex) }));
    return { ...doc, sentences: voiced, hedges, quantities, ...(attributions ? { attributions } : {}) };
  },
};

/** Ids of the hedges in an attribution's content or cue ("Berichten zufolge" around the cue "zufolge" counts). */
export function hedgesOf(a: Attribution, hedges: SpanIndex<Hedge>): string[] {
  const spans: Span[] = [a.cue, ...a.content];
  const found = new Set(spans.flatMap((s) => hedges.overlapping(s.start, s.end)));
  return [...found].sort((x, y) => x - y).map((i) => hedges.items[i]!.id);
}

/** The sentences of an interviewer's turns (attribution/turns.ts): they are in the voice `question`. */
function questionTurnSentences(doc: Doc, ctx: StageContext): Set<number> {
  const out = new Set<number>();
  const sentences = doc.sentences ?? [];
  const turns = findTurns({ text: doc.text, blocks: doc.blocks, sentences, tokens: doc.tokens ?? [], entities: doc.entities ?? [], outlet: doc.meta.outlet }, lexiconFor(ctx.locale));
  for (const t of turns) {
    if (t.role !== "question") continue;
    sentences.forEach((s, i) => {
      if (s.start < t.contentEnd && s.end > t.labelStart) out.add(i);
    });
  }
  return out;
}
