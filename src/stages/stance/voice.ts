/**
 * Whose voice a sentence is in. `boilerplate` for the page's furniture — credits, teasers, appeals,
 * promos and author bios (the outlet speaking, but not reporting); `other` for captions, kickers,
 * comments, unattributed block quotes and questions (they assert nothing);
 * `attributed` when its content belongs to someone quoted (or it stands in an interview turn under a
 * speaker's label); `editorial` for the rest: assertions in
 * headline, lead, body, subheadings and lists that nobody is quoted for.
 */
import type { Attribution, BlockKind, Sentence, Span, Token, Voice } from "../../model/types.js";
import { contains } from "../../model/span.js";
import { SpanIndex } from "../../model/span-index.js";
import { quotedSpans } from "../time/statement-time.js";

type BlockVoice = "prose" | "boilerplate" | "other" | "quotation";

const BLOCK_VOICE: Readonly<Record<BlockKind, BlockVoice>> = {
  headline: "prose",
  lead: "prose",
  body: "prose",
  subheading: "prose",
  list: "prose",
  quote: "quotation",
  boilerplate: "boilerplate",
  related: "boilerplate",
  credit: "boilerplate",
  promo: "boilerplate",
  bio: "boilerplate",
  kicker: "other",
  caption: "other",
  comment: "other",
};

/** At least this share of a sentence's words in attribution spans or quotation marks makes it attributed. */
export const ATTRIBUTED_SHARE = 0.5;
const QUESTION_MARK = /\?$/;

export interface VoiceEvidence {
  /** The cues of the attributions (none when the attribution stage did not run). */
  cues: SpanIndex<Span>;
  /** Every span of the attributions: content, cue, speaker, channel, addressee. */
  spans: SpanIndex<Span>;
  /** Hedges that name a source ("Berichten zufolge", "reportedly"). */
  sourcedHedges: SpanIndex<Span>;
}

function attributionSpans(a: Attribution): Span[] {
  return [a.cue, ...a.content, ...(a.speaker ? [a.speaker] : []), ...(a.channel ? [a.channel] : []), ...(a.addressee ? [a.addressee] : [])];
}

/** What tells attributed sentences, gathered once per document. */
export function voiceEvidence(attributions: readonly Attribution[] | undefined, sourcedHedges: readonly Span[]): VoiceEvidence {
  const list = attributions ?? [];
  return { cues: new SpanIndex(list.map((a) => a.cue)), spans: new SpanIndex(list.flatMap(attributionSpans)), sourcedHedges: new SpanIndex(sourcedHedges) };
}

/** The share of word tokens lying inside any of the spans. */
function coveredShare(words: readonly Token[], spans: readonly { start: number; end: number }[]): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (spans.some((s) => contains(s, w))) n++;
  return n / words.length;
}

function isAttributed(sentence: Sentence, tokens: readonly Token[], evidence: VoiceEvidence): boolean {
  if (evidence.cues.inside(sentence.start, sentence.end).length > 0) return true;
  if (evidence.sourcedHedges.anyOverlapping(sentence.start, sentence.end)) return true;
  const words = tokens.filter((t) => t.kind === "word" || t.kind === "number");
  const spans = evidence.spans.overlappingItems(sentence.start, sentence.end);
  return coveredShare(words, spans) >= ATTRIBUTED_SHARE || coveredShare(words, quotedSpans(tokens)) >= ATTRIBUTED_SHARE;
}

/**
 * The voice of one sentence in a block of the given kind. `turn` says the block is an interview turn
 * under a speaker's label: what it asserts is the speaker's, not the outlet's.
 */
export function sentenceVoice(sentence: Sentence, blockKind: BlockKind, tokens: readonly Token[], evidence: VoiceEvidence, turn = false): Voice {
  const kind = BLOCK_VOICE[blockKind];
  if (kind === "boilerplate") return "boilerplate";
  if (kind === "other") return "other";
  if (turn && !QUESTION_MARK.test(sentence.text)) return "attributed";
  if (isAttributed(sentence, tokens, evidence)) return "attributed";
  if (kind === "quotation" || QUESTION_MARK.test(sentence.text)) return "other";
  return "editorial";
}
