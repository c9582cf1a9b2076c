/**
 * A refusal to comment: the source was asked and did not answer, which a fact-checker counts as the
 * source's answer ("Eine Sprecherin wollte sich dazu nicht äußern", "Der Konzern ließ eine Anfrage
 * unbeantwortet", "The company did not respond to a request for comment", "Smith could not be reached
 * for comment"). Two shapes, with the locale's words (`refusals`):
 *   - a negated verb of commenting ("nicht äußern", "would not comment");
 *   - a negated verb or adjective of replying or being reached ("nicht reagieren", "nicht erreichbar",
 *     "not respond", "not available"), or one that carries its own negation ("unbeantwortet"), with a
 *     request for comment in the same clause ("Anfrage", "Stellungnahme", "request", "comment").
 * The speaker is the subject of the clause; the attribution is `reported`, its content the clause, as for
 * other reported acts ("X lehnte eine Stellungnahme ab").
 */
import type { Frame, FrameContext } from "./frame.js";
import { speakerOf, wordsRange } from "./frame.js";
import { type Phrase, isBoundaryPunct, isVerb, phraseBefore } from "./phrases.js";
import { clauseSubjectPhrase } from "./verb-cues.js";
import type { SentenceView, Word } from "./words.js";
import { contentEnd } from "./words.js";

/** How far a negation may stand from the verb it negates, in words, within one clause. */
const NEGATION_REACH = 6;

export function refusalFrames(view: SentenceView, ctx: FrameContext): Frame[] {
  const { words } = view;
  const r = ctx.lex.refusal;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const negated = ctx.lex.negations.has(w.lower);
    if (!negated && !r.negatedReply.has(w.lower)) continue;
    const [from, to] = clauseAround(words, k);
    // The verb the negation goes with: the nearest refusal word of the clause (the word itself where it carries the negation).
    let cue = -1;
    let needsRequest = true;
    if (!negated) cue = k;
    else {
      for (let d = 1; d <= NEGATION_REACH && cue < 0; d++) {
        for (const j of [k + d, k - d]) {
          if (j < from || j >= to || cue >= 0) continue;
          const lower = words[j]!.lower;
          // "for comment", "a comment": after a preposition or an article the word is a noun.
          const before = words[j - 1]?.lower ?? "";
          if ((ctx.lex.prepositions.has(before) && before !== ctx.lex.infinitiveMarker) || ctx.lex.determiners.has(before)) continue;
          if (r.commentForms.has(lower)) {
            cue = j;
            needsRequest = false;
          } else if (r.replyForms.has(lower)) cue = j;
        }
      }
    }
    if (cue < 0) continue;
    if (needsRequest && !words.slice(from, to).some((x) => r.requestNouns.has(x.lower))) continue;
    const speaker = subjectOf(words, cue, from, ctx);
    if (!speaker) continue;
    // "Eine Anfrage blieb unbeantwortet": the request is no source; nor is "No" of "No comment", a
    // number, or a relative pronoun (its clause is about someone named before).
    const phrase = words.slice(speaker.from, speaker.to);
    const first = phrase[0]!;
    if (
      phrase.some((x) => r.requestNouns.has(x.lower)) ||
      !phrase.some((x) => x.kind === "word" && !ctx.lex.negations.has(x.lower)) ||
      ctx.lex.negations.has(first.lower) ||
      ctx.lex.relativePronouns.has(first.lower) ||
      (speaker.pronoun && !ctx.lex.subjectPronouns.has(first.lower))
    )
      continue;
    const content = wordsRange(words, from, contentEnd(words, from, to));
    const ref = speakerOf(words, speaker);
    if (!content || !ref) continue;
    return [
      {
        sentence: view,
        cue: { start: words[cue]!.start, end: words[cue]!.end },
        cueWord: cue,
        how: "verb",
        rule: "verb.refusal",
        speaker: ref,
        content: [content],
        type: "reported",
      },
    ];
  }
  return [];
}

/** The words of the clause around word `k`: between boundary punctuation or quotation marks. */
function clauseAround(words: readonly Word[], k: number): [number, number] {
  const stop = (w: Word) => w.kind === "quote" || isBoundaryPunct(w, words);
  let from = k;
  while (from > 0 && !stop(words[from - 1]!)) from--;
  let to = k + 1;
  while (to < words.length && !stop(words[to]!)) to++;
  return [from, to];
}

/** The subject of the refusal's clause (starting at word `from`): the clause layer's, else the noun phrase before its first finite verb. */
function subjectOf(words: readonly Word[], cue: number, from: number, ctx: FrameContext): Phrase | null {
  const layered = ctx.clauses ? clauseSubjectPhrase(words, cue, ctx) : null;
  if (layered) return layered;
  // The phrase before the clause's first finite verb, over an apposition between commas ("Its director, Alan Pierce, could not …").
  const finite = words.findIndex((w, j) => j >= from && j <= cue && isVerb(w, ctx.lex) && !w.cap);
  if (finite <= 0) return null;
  const phrase = phraseBefore(words, finite, 0, ctx.lex);
  return phrase && phrase.to === finite ? phrase : null;
}
