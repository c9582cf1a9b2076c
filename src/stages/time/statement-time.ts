/**
 * The time of a statement: the temporal expression governing its cue. Candidates are the dates and
 * times of the cue's sentence outside the statement's content ("berichtete am Montag, Putin werde in
 * den kommenden Wochen …" → "am Montag"): before the cue anywhere in the sentence ("lehnte es am
 * Donnerstag ab, …, sagte aber"), after it only in its clause (what follows a comma after the cue is
 * mostly what was said, whatever the content spans say). The nearest one wins, one in the cue's clause
 * before one beyond a clause break. Vague references (PRESENT_REF …) govern nothing, nor do times in
 * quotation marks. A statement nested in another's content looks only inside that content.
 */
import type { Attribution, Sentence, Span, StatementTime, TimeExpression, Token } from "../../model/types.js";
import { contains, overlaps } from "../../model/span.js";
import { SpanIndex } from "../../model/span-index.js";
import type { Doc } from "../stage.js";
import { sentenceTokenLookup } from "./index.js";
import { isClauseBreak } from "./tense.js";

const VAGUE_VALUE = /_REF$/;

/** The sentence holding a position (sentences in text order). */
export function sentenceAt(sentences: readonly Sentence[], position: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (position < s.start) hi = mid - 1;
    else if (position >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The stretches between pairs of quotation marks among a sentence's tokens (first and second, third and fourth …). */
export function quotedSpans(tokens: readonly Token[]): { start: number; end: number }[] {
  const marks = tokens.filter((t) => t.kind === "quote");
  const spans: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < marks.length; k += 2) spans.push({ start: (marks[k] as Token).start, end: (marks[k + 1] as Token).end });
  return spans;
}

/** The contents of all attributions, each with the attribution it belongs to, for `enclosingContent`. */
interface ContentIndex {
  spans: SpanIndex<Span>;
  owners: readonly Attribution[];
}

function contentIndex(attributions: readonly Attribution[]): ContentIndex {
  const spans: Span[] = [];
  const owners: Attribution[] = [];
  for (const a of attributions) {
    for (const c of a.content) {
      spans.push(c);
      owners.push(a);
    }
  }
  return { spans: new SpanIndex(spans), owners };
}

/**
 * The narrowest content of another attribution that holds this one's cue: a statement reported inside
 * another one ("Das Gericht hatte 1983 gesagt: Bürger, die nicht mehr wissen, …") takes its time only
 * from inside what the outer speaker said.
 */
function enclosingContent(attribution: Attribution, contents: ContentIndex): Span | undefined {
  let best: Span | undefined;
  const cue = attribution.cue;
  // Every span holding the cue overlaps the cue widened by one on each side (an empty cue too).
  for (const i of contents.spans.overlapping(cue.start - 1, cue.end + 1)) {
    const o = contents.owners[i]!;
    if (o === attribution || o.id === attribution.id) continue;
    const c = contents.spans.items[i]!;
    if (contains(c, cue) && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
}

/** Clause breaks between two positions, counted over the tokens. */
function breaksBetween(text: string, tokens: readonly Token[], a: number, b: number): number {
  const [from, to] = a < b ? [a, b] : [b, a];
  let n = 0;
  for (const t of tokens) if (t.start >= from && t.end <= to && isClauseBreak(text, t)) n++;
  return n;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** The governing time of one attribution, or null when no date in its cue's sentence is outside its content. */
function statementTime(
  text: string,
  attribution: Attribution,
  times: SpanIndex<TimeExpression>,
  sentences: readonly Sentence[],
  sentenceTokens: (s: Sentence) => readonly Token[],
  contents: ContentIndex,
): StatementTime | null {
  const sentence = sentenceAt(sentences, attribution.cue.start);
  if (!sentence) return null;
  const scope = enclosingContent(attribution, contents) ?? sentence;
  const candidates = times
    .inside(Math.max(sentence.start, scope.start), Math.min(sentence.end, scope.end))
    .filter((t) => (t.type === "DATE" || t.type === "TIME") && !VAGUE_VALUE.test(t.value) && !attribution.content.some((c) => overlaps(c, t)));
  if (candidates.length === 0) return null;
  const tokens = sentenceTokens(sentence);
  const cue = attribution.cue;
  // A time inside quotation marks is part of what someone said, unless the cue is quoted with it.
  const quotes = quotedSpans(tokens).filter((q) => !contains(q, cue));
  let best: TimeExpression | undefined;
  let bestKey: [number, number] = [Infinity, Infinity];
  for (const t of candidates) {
    const key: [number, number] = [breaksBetween(text, tokens, Math.min(t.end, cue.end), Math.max(t.start, cue.start)), distance(t, cue)];
    if ((t.start >= cue.end && key[0] > 0) || quotes.some((q) => contains(q, t))) continue;
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
      best = t;
      bestKey = key;
    }
  }
  return best ? { value: best.value, start: best.start, end: best.end, text: best.text } : null;
}

/**
 * Each attribution with the time of its statement, where a temporal expression governs its cue. The
 * attribution stage calls this with the times the time stage found (it runs first).
 */
export function withStatementTimes(doc: Doc, times: readonly TimeExpression[], attributions: readonly Attribution[]): Attribution[] {
  const tokensOf = sentenceTokenLookup(doc);
  const timeIndex = new SpanIndex(times);
  const contents = contentIndex(attributions);
  return attributions.map((a) => {
    const time = statementTime(doc.text, a, timeIndex, doc.sentences ?? [], tokensOf, contents);
    return time ? { ...a, time } : a;
  });
}
