import { getLocale } from "../../locales/index.js";
import type { Attribution, Block, Hedge, Quantity, Sentence, Span } from "../../model/types.js";
import { overlaps } from "../../model/span.js";
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
  needs: ["sentences"],
  run(doc: Doc, ctx: StageContext): Doc {
    const text = doc.text;
    const sentences = doc.sentences ?? [];
    const tokensOf = sentenceTokenLookup(doc);
    const times = doc.times ?? findTimes(doc, ctx);
    const found: FoundHedge[] = [];
    const quantities: Quantity[] = [];
    for (const sentence of sentences) {
      const block = doc.blocks[sentence.block] as Block | undefined;
      const locale = block?.language ? getLocale(block.language) : ctx.locale;
      const tokens = tokensOf(sentence);
      const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
      const blocked = times.filter((t) => overlaps(t, sentence));
      found.push(...findHedges(tokens, words, { text, locale, blocked, ...(doc.attributions ? { attributions: doc.attributions } : {}) }));
      quantities.push(...findQuantities(text, tokens, words, locale, blocked));
    }
    const hedges = toHedges(found);
    const evidence = voiceEvidence(doc.attributions, found.filter((h) => h.marker.attributes));
    const asked = questionTurnSentences(doc, ctx);
    const voiced: Sentence[] = sentences.map((s, i) => ({ ...s, voice: asked.has(i) ? "question" : sentenceVoice(s, doc.blocks[s.block]?.kind ?? "body", tokensOf(s), evidence) }));
    const attributions = doc.attributions?.map((a) => ({ ...a, hedges: hedgesOf(a, hedges) }));
    return { ...doc, sentences: voiced, hedges, quantities, ...(attributions ? { attributions } : {}) };
  },
};

/** Ids of the hedges in an attribution's content or cue ("Berichten zufolge" around the cue "zufolge" counts). */
export function hedgesOf(a: Attribution, hedges: readonly Hedge[]): string[] {
  const spans: Span[] = [a.cue, ...a.content];
  return hedges.filter((h) => spans.some((s) => overlaps(s, h))).map((h) => h.id);
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
