/**
 * Attribution: who said what. For every sentence, frames around verbs of saying, thinking and writing
 * (verb-cues.ts) and around source prepositions, "so X", "demnach" and impersonal frames
 * (source-cues.ts); then free indirect speech, standalone quotations and hearsay that carry on
 * without a cue (continuation.ts). Each frame becomes an attribution with its speaker (kind and
 * entity, speakers.ts), content, type, channel and addressee (channels.ts). The statement's time
 * comes from the times the time stage found before (time/statement-time.ts); the hedges are filled in
 * by the stance stage.
 */
import type { Attribution, AttributionType, Block, Clause, Speaker } from "../../model/types.js";
import { clausesOfSentence } from "../clauses/query.js";
import { span } from "../../model/span.js";
import { getLocale } from "../../locales/index.js";
import type { Doc, Stage, StageContext } from "../stage.js";
import { findAddressee, findChannel } from "./channels.js";
import { continuationFrames } from "./continuation.js";
import type { Frame, FrameContext, Range, SpeakerRef } from "./frame.js";
import { type Lexicon, lexiconFor } from "./lexicon.js";
import { type Quotation, findQuotations, isQuotation, quotationsInside } from "./quotes.js";
import { refusalFrames } from "./refusals.js";
import { sourceFrames } from "./source-cues.js";
import { articleEntities } from "../entities/article.js";
import { EntityIndex, entityForSpan } from "../entities/lookup.js";
import { SpanIndex } from "../../model/span-index.js";
import { withStatementTimes } from "../time/statement-time.js";
import { speakerKind } from "./speakers.js";
import { verbFrames } from "./verb-cues.js";
import { type Turn, findTurns } from "./turns.js";
import { attributionFeatures, confidenceOf } from "./confidence.js";
import { DEFAULT_NO_SPEAKER_REASON, NO_SPEAKER_REASONS } from "./rules.js";
import { type SentenceView, contentEnd, sentenceViews } from "./words.js";

/** Blocks whose statements stand alone: what follows does not continue them. */
const STANDALONE = new Set<Block["kind"]>(["headline", "kicker", "caption", "subheading"]);
/** Blocks whose sentences are not reporting: nobody in them is attributed. */
const NOT_REPORTING = new Set<Block["kind"]>(["boilerplate", "related", "credit", "comment", "promo", "bio"]);

export const attributionStage: Stage = {
  name: "attribution",
  // Clauses give the cue verb's subject, entities give speakers their entity, times give statements their date.
  needs: ["sentences", "clauses", "entities", "time"],
  run(doc: Doc, ctx: StageContext): Doc {
    const tokens = doc.tokens ?? [];
    const quotes = findQuotations(doc.text, tokens, doc.blocks);
    const views = sentenceViews(doc).filter((v) => !NOT_REPORTING.has(doc.blocks[v.block]?.kind ?? "body"));
    const lexOf = (v: SentenceView): Lexicon => {
      const language = doc.blocks[v.block]?.language;
      return lexiconFor(language ? getLocale(language) : ctx.locale);
    };

    const times = (doc.times ?? []).map((t) => ({ start: t.start, end: t.end }));
    const bySentence: Frame[][] = [];
    const all: Frame[] = [];
    const position = new Map(views.map((v, i) => [v, i]));
    const previousSentence = (view: SentenceView): Range | null => {
      const prev = views[(position.get(view) ?? -1) - 1];
      if (!prev || prev.block !== view.block || prev.index !== view.index - 1) return null;
      const end = contentEnd(prev.words, 0, prev.words.length);
      return end > 0 ? { start: prev.words[0]!.start, end: prev.words[end - 1]!.end } : null;
    };
    for (const view of views) {
      ctx.checkpoint?.();
      const fctx: FrameContext = { lex: lexOf(view), text: doc.text, quotes, previousSentence, times, ...(doc.clauses ? { clauses: doc.clauses } : {}) };
      const frames = dropNestedFrames(dedupe([...refusalFrames(view, fctx), ...verbFrames(view, fctx), ...sourceFrames(view, fctx)]));
      cutAtLaterClauses(frames);
      if (doc.clauses) cutAtContrastClauses(frames, doc.clauses, quotes, fctx.lex);
      bySentence[view.index] = frames;
      for (const f of frames) all.push(f);
    }
    inheritForSubjunctiveCues(views, bySentence);
    resolveAnaphoricSources(all);
    dropSupersededFrames(all, bySentence);
    const turns = findTurns({ text: doc.text, blocks: doc.blocks, sentences: doc.sentences ?? [], tokens, entities: doc.entities ?? [], outlet: doc.meta.outlet }, lexiconFor(ctx.locale));
    const asked = new Set<number>();
    for (const turn of turns) {
      if (turn.role === "question") {
        for (const v of views) if (v.start < turn.contentEnd && v.end > turn.labelStart) asked.add(v.index);
        continue;
      }
      const frame = turnFrame(turn, views, lexOf);
      if (!frame) continue;
      (bySentence[frame.sentence.index] ??= []).push(frame);
      all.push(frame);
    }
    // Where the locale joins a quotation that runs on to the attribution before it ("“A,” she said. “B.”"
    // is one statement), a frame whose content is all quotation is direct already here.
    for (const f of all) {
      if (lexOf(f.sentence).joinQuotations && f.type !== "direct" && f.content.length > 0 && f.content.every((r) => isQuotation(quotes, r.start, r.end))) f.type = "direct";
    }
    const covered = coveredSentences(views, all);
    for (const i of asked) covered.add(i);
    const lex = lexiconFor(ctx.locale);
    const standalone = new Set(doc.blocks.flatMap((b, i) => (STANDALONE.has(b.kind) ? [i] : [])));
    // Built only where a continuation asks for it.
    let named: Range[] | null = null;
    const namedSources = (): readonly Range[] =>
      (named ??= (doc.entities ?? []).filter((e) => e.type !== "location").flatMap((e) => e.mentions.filter((m) => m.form !== "pronoun").map((m) => ({ start: m.start, end: m.end }))));
    for (const f of continuationFrames(views, bySentence, { lex, text: doc.text, quotes, covered, standalone, namedSources, ...(doc.clauses ? { clauses: doc.clauses } : {}) })) all.push(f);
    all.sort((a, b) => a.cue.start - b.cue.start || a.content[0]!.start - b.content[0]!.start);

    const entities = doc.entities ? new EntityIndex(articleEntities(doc.entities)) : undefined;
    const attributions = all
      .map((frame, i) => toAttribution(frame, `a${i + 1}`, doc, lexOf(frame.sentence), quotes, entities))
      .filter((a): a is Attribution => a !== null);
    attributions.forEach((a, i) => (a.id = `a${i + 1}`));
    return { ...doc, attributions: doc.times ? withStatementTimes(doc, doc.times, attributions) : attributions };
  },
};

/**
 * "Die IAEO gehe davon aus, dass …" right after an attribution: a cue verb in Konjunktiv I reports what
 * the previous source said; the whole sentence is its content and that source its speaker.
 */
function inheritForSubjunctiveCues(views: readonly SentenceView[], bySentence: Frame[][]): void {
  let previous: Frame | null = null;
  let previousIndex = -2;
  for (const view of views) {
    const frames = bySentence[view.index] ?? [];
    const first = frames[0];
    if (first?.subjunctiveCue && previous?.speaker && previousIndex === view.index - 1) {
      const end = contentEnd(view.words, 0, view.words.length);
      first.speaker = { ...previous.speaker, inherited: true };
      first.content = [{ start: view.words[0]!.start, end: view.words[end - 1]!.end }];
      first.how = "continuation";
      first.rule = "verb.reports-previous";
      first.contentAfter = false;
    }
    if (frames.length) {
      previous = frames[frames.length - 1]!;
      previousIndex = view.index;
    }
  }
}

/** How many sentences back "demnach" looks for the source it refers to. */
const ANAPHORIC_REACH = 2;

/**
 * "Demnach zahlen Pendler …": the word points back to the source named before (in the sentence or up to
 * two before), which becomes the speaker's antecedent.
 */
function resolveAnaphoricSources(all: Frame[]): void {
  const ordered = [...all].sort((a, b) => a.cue.start - b.cue.start);
  for (const f of ordered) {
    if (f.rule !== "source.anaphoric" || !f.speaker || f.speaker.start !== f.cue.start) continue;
    const before = ordered.filter((g) => g !== f && g.cue.start < f.cue.start && g.speaker && f.sentence.index - g.sentence.index <= ANAPHORIC_REACH).at(-1);
    // The word stays the speaker, as a pronoun does; the source it stands for is its antecedent.
    const source = before?.speaker?.antecedent ?? before?.speaker;
    if (source) f.speaker = { ...f.speaker, antecedent: source };
  }
}

/**
 * "Das teilten die beiden Sängerinnen mit.": a frame whose content is the sentence before says who made
 * that statement; a frame found in that sentence itself for the same words is dropped.
 */
function dropSupersededFrames(all: Frame[], bySentence: Frame[][]): void {
  // The frames by their content, in the order of `all` (which is sentence order): the first one of a
  // content still there is the earliest.
  const key = (f: Frame) => f.content.map((r) => `${r.start}:${r.end}`).join(",");
  const byContent = new Map<string, Frame[]>();
  for (const f of all) {
    const list = byContent.get(key(f));
    if (list) list.push(f);
    else byContent.set(key(f), [f]);
  }
  const dropped = new Set<Frame>();
  for (const f of all) {
    if (f.how !== "verb") continue;
    const same = byContent.get(key(f))!;
    const earlier = same.find((g) => !dropped.has(g));
    if (!earlier || earlier === f || earlier.sentence.index >= f.sentence.index) continue;
    dropped.add(earlier);
    const list = bySentence[earlier.sentence.index];
    if (list) list.splice(list.indexOf(earlier), 1);
  }
  if (dropped.size === 0) return;
  let kept = 0;
  for (const f of all) if (!dropped.has(f)) all[kept++] = f;
  all.length = kept;
}

/** One frame per cue and per content: the first in the list wins (a refusal over a verb frame, a verb frame over a source frame on the same words). */
function dedupe(frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const f of frames.sort((a, b) => a.cueWord - b.cueWord)) {
    const dup = out.find(
      (g) =>
        (g.cue.start < f.cue.end && f.cue.start < g.cue.end && !f.companion) ||
        (g.content.length === f.content.length && g.content.every((r, i) => r.start === f.content[i]!.start && r.end === f.content[i]!.end)),
    );
    if (!dup) out.push(f);
    // "Aus Regierungskreisen verlautete, …": on the same cue, a frame that names its source beats one that names none.
    else if (!dup.speaker && f.speaker && dup.cue.start < f.cue.end && f.cue.start < dup.cue.end && !f.companion) out[out.indexOf(dup)] = f;
  }
  return out;
}

/**
 * A frame whose cue stands inside what another frame of the sentence reports is part of that statement,
 * not one of its own, when it is an attitude ("Half said they want …") or names no source ("The mayor is
 * expected to …, officials said": the expectation is the officials').
 */
function dropNestedFrames(frames: Frame[]): Frame[] {
  const inside = (f: Frame, g: Frame) => g !== f && g.content.some((r) => r.start <= f.cue.start && f.cue.end <= r.end);
  return frames.filter(
    (f) =>
      !(f.verb?.kind === "attitude" && frames.some((g) => g.verb?.kind !== "attitude" && inside(f, g))) &&
      !(!f.speaker && frames.some((g) => g.speaker && inside(f, g))),
  );
}

/**
 * Content that follows a cue ends where a later cue's own clause begins in the same sentence:
 * "X lehnte es ab, ein Datum zu nennen, sagte aber, …" gives two contents.
 */
function cutAtLaterClauses(frames: Frame[]): void {
  for (const f of frames) {
    if (!f.contentAfter) continue;
    for (const g of frames) {
      if (g === f || g.clauseStart === undefined || g.cueWord <= f.cueWord) continue;
      const cut = g.sentence.words[g.clauseStart]!.start;
      const boundary = precedingComma(g);
      f.content = f.content
        .map((r) => (r.start < cut && cut < r.end ? { start: r.start, end: boundary ?? cut } : r))
        .filter((r) => r.end > r.start);
    }
  }
}

/**
 * Content that follows its cue ends before a main clause in the indicative that a contrasting conjunction
 * opens after a comma ("X said the plan was sound, but critics disagree"; „…, doch die Opposition lehnt
 * ab“): the outlet goes on in its own voice. A clause in Konjunktiv goes on reporting and stays, and so
 * does one inside a quotation; a source phrase's content („Nach dem Urteil …, jedoch …“) is its whole sentence.
 */
function cutAtContrastClauses(frames: Frame[], clauses: readonly Clause[], quotes: readonly Quotation[], lex: Lexicon): void {
  for (const f of frames) {
    if (!f.contentAfter || f.how !== "verb") continue;
    const { words } = f.sentence;
    const opensAt = (i: number) => i > 0 && lex.contrastConjunctions.has(words[i]!.lower) && words[i - 1]!.text === ",";
    if (!words.some((_w, i) => opensAt(i))) continue;
    for (const c of clausesOfSentence(clauses, f.sentence.index)) {
      if ((c.kind !== "main" && c.kind !== "adverbial") || c.start <= f.cue.end || c.verbs.length === 0 || (c.mood !== null && c.mood !== "indicative")) continue;
      // The conjunction opens the clause or stands right before it, after a comma.
      const j = words.findIndex((w) => w.start >= c.start);
      const k = opensAt(j) ? j : opensAt(j - 1) ? j - 1 : -1;
      if (k < 0) continue;
      if (words.some((w) => w.start >= c.start && w.end <= c.end && (lex.subjunctive.has(w.lower) || lex.conditional.has(w.lower)))) continue;
      const cut = words[k - 1]!.start;
      // Inside a quotation the speaker goes on.
      if (quotes.some((q) => q.start < cut && cut < q.end)) continue;
      f.content = f.content.map((r) => (r.start < cut && cut < r.end ? { start: r.start, end: cut } : r)).filter((r) => r.end > r.start && r.end <= cut);
    }
  }
}

function precedingComma(g: Frame): number | null {
  const w = g.sentence.words[(g.clauseStart ?? 0) - 1];
  return w && (w.text === "," || w.kind === "word") ? w.start : null;
}

/** Sentences inside some frame's content (other than the cue's own), e.g. the later sentences of a long quotation. */
function coveredSentences(views: readonly SentenceView[], frames: readonly Frame[]): Set<number> {
  const covered = new Set<number>();
  const sentences = new SpanIndex(views);
  for (const f of frames) {
    for (const r of f.content) {
      for (const v of sentences.inside(r.start, r.end + 1)) if (v.index !== f.sentence.index) covered.add(v.index);
    }
  }
  return covered;
}

/** Longest quoted title ("„Weiße Seiten“"), in words. */
const MAX_TITLE_WORDS = 4;
const CAPITAL_START = /^\p{Lu}/u;
/** Title nouns this short only match whole words ("App", not "Appell"). */
const MIN_TITLE_HEAD = 5;

/** A quotation naming something after a noun that takes titles ("des Magazins „Weiße Seiten“"): not a quoted fragment. */
function isTitle(q: Quotation, frame: Frame, lex: Lexicon): boolean {
  if (q.words > MAX_TITLE_WORDS || !CAPITAL_START.test(frame.sentence.words.find((w) => w.start >= q.innerStart)?.text ?? "")) return false;
  const words = frame.sentence.words;
  const at = words.findIndex((w) => w.start === q.start);
  const before = words[at - 1];
  if (!before || before.kind !== "word") return false;
  const heads = [...lex.titleHeads, ...lex.mediaHeads, ...lex.organizationHeads];
  return heads.some((h) => before.lower === h || before.lower === h + "s" || (h.length >= MIN_TITLE_HEAD && (before.lower.startsWith(h) || before.lower.endsWith(h) || before.lower.endsWith(h + "s"))));
}

function typeOf(frame: Frame, content: readonly Range[], quotes: readonly Quotation[], lex: Lexicon): AttributionType {
  const isQuote = (r: Range) => isQuotation(quotes, r.start, r.end);
  if (frame.type === "direct" || content.every(isQuote)) return "direct";
  // A quoted name inside the speaker phrase („Kein Seil über die Altstadt“) is not a quoted fragment.
  const inSpeaker = (q: Quotation) => frame.speaker !== null && frame.speaker.start <= q.start && q.end <= frame.speaker.end;
  const fragment = content.some((r) => quotationsInside(quotes, r.start, r.end).some((q) => q.words > 0 && !inSpeaker(q) && !isTitle(q, frame, lex)));
  if (fragment) return "mixed";
  return frame.type;
}

function toAttribution(frame: Frame, id: string, doc: Doc, lex: Lexicon, quotes: readonly Quotation[], entities: EntityIndex | undefined): Attribution | null {
  const text = doc.text;
  const content = frame.content.filter((r) => r.end > r.start).map((r) => span(text, r.start, r.end));
  if (content.length === 0) return null;
  let speaker: Speaker | null = null;
  if (frame.speaker) {
    // A relative pronoun ("who said") is the person or body of the phrase it refers to.
    const named = frame.speaker.antecedent ?? frame.speaker;
    const found = entities ? entityForSpan(entities, named.start, named.end, text) : undefined;
    const kind = speakerKind(named, lex, found);
    // "Ein Sprecher des Verbandes", "Nordkorea und Russland": the speaker is not the body or place named.
    const entity = found && (found.type === "person" || (kind !== "anonymous" && kind !== "group")) ? found : undefined;
    const antecedent = frame.speaker.antecedent ? span(text, frame.speaker.antecedent.start, frame.speaker.antecedent.end) : null;
    speaker = { ...span(text, frame.speaker.start, frame.speaker.end), kind, ...(entity ? { entity: entity.id } : {}), ...(antecedent ? { antecedent } : {}) };
  }
  const channel = findChannel(frame, lex, text);
  const addressee = findAddressee(frame, channel, lex);
  const attribution: Attribution = {
    id,
    type: typeOf(frame, content, quotes, lex),
    speaker,
    cue: span(text, frame.cue.start, frame.cue.end),
    content,
    addressee: addressee ? span(text, addressee.start, addressee.end) : null,
    channel,
    time: null,
    hedges: [],
    sentence: frame.sentence.index,
    confidence: 0,
    rule: frame.rule,
    ...(speaker ? {} : { reason: NO_SPEAKER_REASONS[frame.rule] ?? DEFAULT_NO_SPEAKER_REASON }),
  };
  attribution.confidence = confidenceOf(attributionFeatures(attribution, { lex, language: lex.locale.code, sentences: doc.sentences ?? [], blocks: doc.blocks }));
  return attribution;
}

/**
 * An interview answer or a label before a colon as a frame: the label (or "So") is the cue, the label's
 * name or the interviewee the speaker, what follows the colon the content.
 */
function turnFrame(turn: Turn, views: readonly SentenceView[], lexOf: (v: SentenceView) => Lexicon): Frame | null {
  const view = views.find((v) => v.index === turn.sentence);
  if (!view) return null;
  const cueStart = turn.so ?? turn.labelStart;
  const cueWord = view.words.findIndex((w) => w.start === cueStart);
  if (cueWord < 0) return null;
  const cueEnd = turn.so !== undefined ? view.words[cueWord]!.end : turn.labelEnd;
  let speaker: SpeakerRef | null;
  if (turn.answerer) {
    const at = turn.answerer;
    const home = views.find((v) => v.start <= at.start && at.end <= v.end);
    const words = home?.words.filter((w) => w.start >= at.start && w.end <= at.end) ?? [];
    speaker = { start: at.start, end: at.end, words, inherited: true };
  } else if (lexOf(view).answerLabels.has(view.words[cueWord]!.lower) && turn.role === "answer") {
    speaker = null;
  } else {
    const words = view.words.filter((w) => w.start >= turn.labelStart && w.end <= turn.labelEnd);
    speaker = words.length ? { start: turn.labelStart, end: turn.labelEnd, words } : null;
    // "Beispiel:" after "Petra Beispiel:": the short form stands for the full name.
    const full = turn.fullName;
    const fullView = full ? views.find((v) => v.start <= full.start && full.end <= v.end) : undefined;
    if (speaker && full && fullView) speaker.antecedent = { ...full, words: fullView.words.filter((w) => w.start >= full.start && w.end <= full.end) };
  }
  return {
    sentence: view,
    cue: { start: cueStart, end: cueEnd },
    cueWord,
    how: "label",
    rule: turn.role === "answer" ? "interview.answer" : "colon.label",
    speaker,
    content: [{ start: turn.contentStart, end: turn.contentEnd }],
    type: turn.role === "answer" ? "direct" : "indirect",
  };
}
