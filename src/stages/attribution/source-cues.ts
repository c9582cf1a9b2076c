/**
 * Attributions without a speech verb: a source named by a preposition ("laut X", "X zufolge", "nach
 * Angaben der Polizei", "Seiner Meinung nach", "according to X"), a trailing "so X" ("…, so Shin."),
 * words that point back to the last source ("demnach", "wonach"), and impersonal frames ("heißt es",
 * "reportedly"). The content is the rest of the sentence.
 */
import type { SourceCue } from "../../locales/types.js";
import { type Frame, type FrameContext, type Range, type SpeakerRef, speakerOf, wordsRange } from "./frame.js";
import { type Phrase, isVerb, phraseAt, phraseBefore } from "./phrases.js";
import { isQuotation, quotationAt, quotationEndingAt, quotationStartingAt } from "./quotes.js";
import { documentSource, isDocument, namesNoSource, opensRelativeClause } from "./verb-cues.js";
import { clauseAt } from "../clauses/query.js";
import { SENTENCE_END, type SentenceView, type Word, contentEnd, endsSentence } from "./words.js";

/** Words that may follow the source of a trailing "so" ("weiter", "am Freitag", "in Berlin"). */
const MAX_SO_TAIL = 6;
/** Content shorter than this many words is not a statement. */
const MIN_CONTENT_WORDS = 3;

export function sourceFrames(view: SentenceView, ctx: FrameContext): Frame[] {
  const frames: Frame[] = [];
  const { words } = view;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== "word") continue;
    const q = quotationAt(ctx.quotes, w.start);
    if (q && q.innerStart <= w.start && w.end <= q.innerEnd) continue;
    const so = soFrames(view, k, ctx);
    if (so.length) {
      frames.push(...so);
      continue;
    }
    const frame = prepositionalFrame(view, k, ctx) ?? anaphoricFrame(view, k, ctx) ?? impersonalFrame(view, k, ctx) ?? nominalFrame(view, k, ctx);
    if (frame) frames.push(frame);
  }
  return frames;
}

/** Adverbs that may stand between the words of an impersonal frame ("wurde inzwischen auch bekannt"). */
const MAX_FRAME_ADVERBS = 2;

/** Where `seq` ends when it stands at k with up to two adverbs between its words ("Wie heute bekannt wurde"), else -1. */
function matchAcrossAdverbs(words: readonly Word[], k: number, seq: readonly string[], lex: FrameContext["lex"]): number {
  if (words[k]?.lower !== seq[0]) return -1;
  let j = k + 1;
  let skipped = 0;
  for (const s of seq.slice(1)) {
    while (words[j] && words[j]!.lower !== s && lex.adverbs.has(words[j]!.lower) && skipped < MAX_FRAME_ADVERBS) {
      j++;
      skipped++;
    }
    if (words[j]?.lower !== s) return -1;
    j++;
  }
  return j;
}

function matchesAt(words: readonly Word[], k: number, seq: readonly string[]): boolean {
  return seq.every((s, i) => words[k + i]?.lower === s);
}

/** "laut X", "X zufolge", "nach Angaben X", "Seiner Meinung nach", "according to X". */
function prepositionalFrame(view: SentenceView, k: number, ctx: FrameContext): Frame | null {
  const { words } = view;
  for (const cue of ctx.lex.sourceCues) {
    if (!matchesAt(words, k, cue.words)) continue;
    const cueEnd = k + cue.words.length;
    const found = sourcePhrase(words, k, cueEnd, cue, ctx);
    if (!found) continue;
    // "…, according to the study published in The Lancet.": a source at the end of the sentence runs to it.
    // "According to a study by researchers at Yale, …": before the content, the source runs to the comma.
    // "The AP reported that, according to an analysis of her calendar, 85 of …": between commas it ends at the second.
    const toComma = found.side === "after" ? sourceToComma(words, found.phrase.to, ctx) : found.phrase.to;
    const between = words[k - 1]?.text === "," && words[toComma]?.text === "," && !endsSentence(words, toComma + 1);
    // "…, nach neuesten Erkenntnissen habe ein Unbekannter …": where nouns are capitalised, a source after a
    // comma with a finite verb right after it stands first in a clause of its own, which is its content.
    const next = words[found.phrase.to];
    const vorfeld = ctx.lex.capitalizedNouns && found.side === "after" && words[k - 1]?.text === "," && next !== undefined && next.kind === "word" && !next.cap && isVerb(next, ctx.lex);
    const source = vorfeld ? found : found.side === "after" && words[k - 1]?.text === "," && !between ? { ...found, phrase: { ...found.phrase, to: contentEnd(words, found.phrase.to, words.length) } } : found.side === "after" ? { ...found, phrase: { ...found.phrase, to: toComma } } : found;
    const [from, to] = source.side === "after" ? [k, source.phrase.to] : [source.phrase.from, cueEnd];
    const clause = subordinateClauseAround(words, from, to, ctx);
    // "… leads by 271 delegates according to a count by AP, but Sanders has vowed …": a clause joined after
    // the source is not what it says.
    const joinedAfter = from > 0 && words[to]?.text === "," && ctx.lex.conjunctions.has(words[to + 1]?.lower ?? "");
    const content = vorfeld ? contentAround(words, from, to, [k, words.length]) : clause ? contentAround(words, from, to, clause) : contentAround(words, from, to, joinedAfter ? [0, to] : [0, words.length]);
    if (!content) continue;
    // "Hahn will nach eigener Aussage …": an own statement is the clause's subject's; the cue is the phrase.
    const own = ctx.lex.ownWords.has(words[source.phrase.from]?.lower ?? "");
    const subject = own ? ownerOf(words, k, source.phrase, ctx) : null;
    return {
      sentence: view,
      cue: own ? { start: words[Math.min(k, source.phrase.from)]!.start, end: words[Math.max(cueEnd, source.phrase.to) - 1]!.end } : { start: words[k]!.start, end: words[cueEnd - 1]!.end },
      cueWord: k,
      how: "source",
      rule: "source.preposition",
      speaker: own ? withOwner(speakerOf(words, source.phrase), subject) : speakerOf(words, source.phrase),
      content,
      type: "indirect",
      // "…, according to X": the cue opens a clause of its own; content of an earlier cue ends before it.
      ...(words[k - 1]?.text === "," && source.side === "after" && !between ? { clauseStart: k } : {}),
    };
  }
  return null;
}

function sourcePhrase(words: readonly Word[], k: number, cueEnd: number, cue: SourceCue, ctx: FrameContext): { phrase: Phrase; side: "after" | "before" } | null {
  const { lex } = ctx;
  // With a noun list, the phrase's first noun must be one of them ("nach Angaben der Polizei", not "nach der Wahl").
  // A name in the genitive before the noun stands for its article ("nach Grupps Meinung", "nach Schäubles Idee").
  const headed = (p: Phrase) => {
    if (!cue.nouns) return true;
    const caps = words.slice(p.from, p.to).filter((w) => w.cap && !lex.determiners.has(w.lower));
    const isHead = (w: Word | undefined) => w !== undefined && cue.nouns!.some((n) => w.lower.endsWith(n)) && !cue.notNouns?.includes(w.lower);
    const first = caps[0];
    return isHead(first) || (first !== undefined && lex.nameGenitive !== null && lex.nameGenitive.test(first.text) && words[first.k + 1] === caps[1] && isHead(caps[1]));
  };
  if (cue.source === "after" || cue.source === "either") {
    const phrase = phraseAt(words, cueEnd, lex, { coordination: true });
    if (phrase && !phrase.pronoun && headed(phrase)) return { phrase: withAuthor(words, phrase, ctx), side: "after" };
  }
  if (cue.source === "before" || cue.source === "either") {
    const phrase = phraseBefore(words, k, 0, lex);
    // "Seiner Meinung nach", "nach Grupps Meinung": a noun of saying before a postposition has its
    // determiner or a name in the genitive ("freie Sicht nach draußen" is none).
    const determined = (p: Phrase) => !cue.nouns || lex.determiners.has(words[p.from]!.lower) || lex.genitiveDeterminers.has(words[p.from]!.lower) || (lex.nameGenitive !== null && lex.nameGenitive.test(words[p.from]!.text));
    if (phrase && headed(phrase) && phrase.to === k && determined(phrase)) return { phrase, side: "before" };
  }
  return null;
}

/** Longest tail of a source phrase up to the comma ("… at Yale,"), in words. */
const MAX_SOURCE_TAIL = 8;

/** Where a source phrase ending at `to` ends when only attachments without a verb stand between it and a comma. */
function sourceToComma(words: readonly Word[], to: number, ctx: FrameContext): number {
  if (ctx.lex.capitalizedNouns || !ctx.lex.prepositions.has(words[to]?.lower ?? "")) return to;
  for (let j = to; j < Math.min(words.length, to + MAX_SOURCE_TAIL); j++) {
    const w = words[j]!;
    if (w.text === ",") return j;
    if (w.kind !== "word" && w.kind !== "number" || (isVerb(w, ctx.lex) && !w.cap) || ctx.lex.complementizers.has(w.lower)) return to;
  }
  return to;
}

/** "a report by the city's auditor": a noun of saying keeps its author, after the agent preposition. */
function withAuthor(words: readonly Word[], phrase: Phrase, ctx: FrameContext): Phrase {
  const { lex } = ctx;
  const last = words[phrase.to - 1];
  if (!last || !lex.sayingNouns.includes(last.lower) || !lex.agentPrepositions.has(words[phrase.to]?.lower ?? "")) return phrase;
  const author = phraseAt(words, phrase.to + 1, lex, { coordination: true });
  return author && !author.pronoun ? { ...phrase, to: author.to } : phrase;
}

/**
 * The subordinate clause (after a comma, opened by a subordinator or relative pronoun) that holds the
 * words [from, to), as word bounds; null when they stand in the main clause.
 */
function subordinateClauseAround(words: readonly Word[], from: number, to: number, ctx: FrameContext): [number, number] | null {
  let s = from;
  while (s > 0 && words[s - 1]!.text !== ",") s--;
  if (s === 0 || !ctx.lex.subordinators.has(words[s]!.lower)) return null;
  let e = to;
  while (e < words.length && words[e]!.text !== "," && !endsSentence(words, e)) e++;
  return [s, e];
}

/** The sentence (or clause) without the words [from, to), as one or two ranges; null when too little is left. */
function contentAround(words: readonly Word[], from: number, to: number, clause: [number, number] = [0, words.length]): Range[] | null {
  const ranges: Range[] = [];
  let e = from;
  while (e > clause[0] && words[e - 1]!.text === ",") e--;
  const s = clause[0];
  const before = wordsRange(words, s, e);
  let s2 = to;
  while (s2 < clause[1] && words[s2]!.text === ",") s2++;
  const end = contentEnd(words, s2, clause[1]);
  const after = wordsRange(words, s2, end);
  const size = e - s + (end - s2);
  if (size < MIN_CONTENT_WORDS) return null;
  if (before && e > s) ranges.push(before);
  if (after && end > s2) ranges.push(after);
  return ranges.length ? ranges : null;
}

/**
 * "…, so Shin." / "„…“, so die Studie." — "so" after a comma, a noun phrase to the end of the sentence; a
 * quotation after a colon ("…, so Elshorst weiter: „…“") is a second, direct attribution of the same source.
 */
function soFrames(view: SentenceView, k: number, ctx: FrameContext): Frame[] {
  const frame = soFrame(view, k, ctx);
  if (!frame) return [];
  if (frame.content.length !== 2) return [frame];
  const quote = frame.content[frame.content.length - 1]!;
  const isQuote = isQuotation(ctx.quotes, quote.start, quote.end);
  if (!isQuote) return [frame];
  return [{ ...frame, content: [frame.content[0]!] }, { ...frame, content: [quote], type: "direct", companion: true }];
}

function soFrame(view: SentenceView, k: number, ctx: FrameContext): Frame | null {
  const { words } = view;
  const { lex } = ctx;
  if (!lex.trailingSo.has(words[k]!.lower) || words[k - 1]?.text !== ",") return null;
  const phrase = phraseAt(words, k + 1, lex, { coordination: true, apposition: true });
  if (!phrase) return null;
  // "Sie solle sich, so Gall, auf schwere Fälle begrenzen": a source between commas inside the content.
  if (words[phrase.to]?.text === "," && phrase.to + 1 < words.length) {
    const content = contentAround(words, k, phrase.to + 1);
    if (content && content.length === 2) {
      return { sentence: view, cue: { start: words[k]!.start, end: words[k]!.end }, cueWord: k, how: "so", rule: "source.so", speaker: speakerOf(words, phrase), content, type: "indirect" };
    }
  }
  // After the phrase only adverbs, a time or place adjunct and the full stop may follow — or a colon
  // opening a quotation of the same source ("…, so Elshorst weiter: „…“").
  let restEnd = words.length;
  for (let j = phrase.to; j < words.length; j++) if (words[j]!.text === ":") restEnd = j;
  const rest = words.slice(phrase.to, restEnd).filter((w) => !SENTENCE_END.has(w.text));
  if (rest.length > MAX_SO_TAIL || rest.some((w) => w.text === "," || w.kind === "quote")) return null;
  let e = k - 1;
  while (e > 0 && words[e - 1]!.text === ",") e--;
  const closing = words[e - 1];
  let content: Range[] | null = null;
  if (closing?.kind === "quote") {
    // The quotation is the content only when it is all of it ("„…“, so Shin."), not a quoted word at its end.
    const q = quotationEndingAt(ctx.quotes, closing.end);
    if (q && q.start <= words[0]!.start) content = [{ start: q.start, end: q.end }];
  }
  if (!content) {
    const range = wordsRange(words, 0, e);
    if (!range || e < MIN_CONTENT_WORDS) return null;
    content = [range];
  }
  const moreAt = words[restEnd + 1]?.start;
  const more = restEnd < words.length && moreAt !== undefined ? quotationStartingAt(ctx.quotes, moreAt) : undefined;
  if (more) content = [...content, { start: more.start, end: more.end }];
  return {
    sentence: view,
    cue: { start: words[k]!.start, end: words[k]!.end },
    cueWord: k,
    how: "so",
    rule: "source.so",
    speaker: speakerOf(words, trimTrailingAdjunct(words, phrase, ctx)),
    content,
    type: "indirect",
  };
}

/** "die Beamten … am Freitag": a time adjunct at the end of a speaker phrase is not part of it. */
function trimTrailingAdjunct(words: readonly Word[], phrase: Phrase, ctx: FrameContext): Phrase {
  for (let j = phrase.from + 1; j < phrase.to; j++) {
    if (ctx.lex.prepositions.has(words[j]!.lower) && ctx.lex.calendarWords.has(words[j + 1]?.lower ?? "")) return { ...phrase, to: j };
  }
  return phrase;
}

/**
 * "die Aussage, es sei …", "einer Warnung der Wärter, auf Flüchtende zu schießen": a noun of saying with
 * its content as a clause right after it; the source is its genitive or possessive, if any.
 */
function nominalFrame(view: SentenceView, k: number, ctx: FrameContext): Frame | null {
  const { words } = view;
  const { lex } = ctx;
  const w = words[k]!;
  if (!w.cap || !lex.nominalCues.has(w.lower)) return null;
  // The noun's own attachments: a genitive source ("der Wärter"), then the comma.
  let j = k + 1;
  let source: Phrase | null = null;
  if (lex.genitiveDeterminers.has(words[j]?.lower ?? "")) {
    source = phraseAt(words, j, lex);
    if (source) j = source.to;
  }
  if (words[j]?.text !== ",") return null;
  const open = j + 1;
  const first = words[open];
  if (!first) return null;
  const end = contentEnd(words, open, words.length);
  const clause = words.slice(open, end);
  const opens = lex.complementizers.has(first.lower) || clause.some((x) => x.lower === lex.infinitiveMarker) || clause.some((x) => lex.subjunctive.has(x.lower));
  if (!opens || end - open < MIN_CONTENT_WORDS) return null;
  const content = wordsRange(words, open, end);
  if (!content) return null;
  // The genitive names who said it ("trotz einer Warnung der Wärter, …"); else an agent before the noun in
  // its clause ("Die von Arnold geäußerte Hoffnung, …", "Von der Polizei kam die Information, …"); else the
  // subject of the noun's clause ("Der Bericht endet mit der Hoffnung, …", "X wagte die Prognose, …").
  const agent = source ? null : agentBefore(words, k, lex);
  const subject = source ?? agent ?? nounClauseSubject(words, k, ctx) ?? phraseAt(words, 0, lex, { coordination: true });
  const speaker = subject && (subject === source || subject.to <= k) && !lex.prepositions.has(words[subject.from]!.lower) ? subject : null;
  return {
    sentence: view,
    cue: { start: w.start, end: w.end },
    cueWord: k,
    how: "source",
    rule: "source.nominal",
    speaker: speakerOf(words, speaker),
    content: [content],
    type: "indirect",
  };
}

/** The phrase after an agent preposition ("von") between the clause start and the noun at k, or null. */
function agentBefore(words: readonly Word[], k: number, lex: FrameContext["lex"]): Phrase | null {
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (w.text === "," || w.text === ";" || w.text === ":" || w.kind === "quote") return null;
    if (!lex.agentPrepositions.has(w.lower)) continue;
    const phrase = phraseAt(words, j + 1, lex, { limit: k });
    return phrase && !phrase.pronoun && phrase.to <= k ? phrase : null;
  }
  return null;
}

/** The clause layer's subject of the clause that holds the noun at k, where it stands before the noun and is not the noun's own phrase. */
function nounClauseSubject(words: readonly Word[], k: number, ctx: FrameContext): Phrase | null {
  if (!ctx.clauses) return null;
  const subject = clauseAt(ctx.clauses, words[k]!.start)?.subject;
  if (!subject || subject.end > words[k]!.start) return null;
  const from = words.findIndex((w) => w.start >= subject.start);
  let to = from;
  while (to < words.length && words[to]!.end <= subject.end) to++;
  return from >= 0 && to > from ? { from, to } : null;
}

/** "Demnach …": the source is the last one named; the cue word stands for it. */
function anaphoricFrame(view: SentenceView, k: number, ctx: FrameContext): Frame | null {
  const { words } = view;
  if (!ctx.lex.anaphoric.has(words[k]!.lower)) return null;
  // "…, wonach X": the source is the phrase before the comma ("Berichte, wonach …").
  const before = k > 1 && words[k - 1]!.text === "," ? phraseBefore(words, k - 1, 0, ctx.lex) : null;
  const isClauseStart = k === 0 || words[k - 1]!.text === ",";
  // "Demnach …" opens the content; "Die Rolle soll demnach gestärkt werden": the sentence around it is.
  const content = isClauseStart ? wordsRange(words, k + 1, contentEnd(words, k + 1, words.length)) : null;
  const around = isClauseStart ? null : contentAround(words, k, k + 1);
  if (!content && !around) return null;
  if (content && contentEnd(words, k + 1, words.length) - (k + 1) < MIN_CONTENT_WORDS) return null;
  // "hat Pressemeldungen der Zeitung von Donnerstag zurückgewiesen, wonach …": a noun of saying earlier in the sentence.
  const named = before && before.to === k - 1 ? before : !isClauseStart || k < 2 ? null : sayingPhraseIn(words, 0, k - 1, ctx.lex);
  const speakerWords = named ?? { from: k, to: k + 1 };
  return {
    sentence: view,
    cue: { start: words[k]!.start, end: words[k]!.end },
    cueWord: k,
    how: "anaphoric",
    rule: "source.anaphoric",
    speaker: speakerOf(words, speakerWords),
    content: content ? [content] : around!,
    type: "indirect",
  };
}

/** "…, heißt es (in dem Bericht)." / "Es heißt, …" / "reportedly": no speaker, or the document named. */
function impersonalFrame(view: SentenceView, k: number, ctx: FrameContext): Frame | null {
  const { words } = view;
  const { lex } = ctx;
  for (const seq of lex.impersonal) {
    const cueEnd = matchAcrossAdverbs(words, k, seq, lex);
    if (cueEnd < 0) continue;
    // "heißt es in dem Bericht": a document named after the frame is the source.
    let sourcePhrase: Phrase | null = null;
    let after = cueEnd;
    if (lex.prepositions.has(words[after]?.lower ?? "")) {
      // "heißt es im Bericht", "hieß es bei Russland Aktuell", not "heißt es zur Begründung" (abstract).
      const named = phraseAt(words, after + 1, lex);
      if (named && (isDocument(words, named, lex) || !namesNoSource(words, named, lex))) {
        sourcePhrase = named;
        after = named.to;
      }
    }
    // "Aus dem Ministerium hieß es": the place the statement came from opens the clause, and is no content.
    let from = k;
    if (!sourcePhrase && k > 1 && lex.impersonalSourcePrepositions.has(words[0]!.lower)) {
      const origin = phraseAt(words, 1, lex);
      if (origin && origin.to === k) {
        sourcePhrase = origin;
        from = 0;
      }
    }
    // "In der Vorabversion des Berichts … heißt es": a document before the frame; right before it, it is no content.
    if (!sourcePhrase) {
      sourcePhrase = documentSource(words, 0, k, lex);
      if (sourcePhrase && sourcePhrase.to === k && sourcePhrase.from > 0 && lex.documentPrepositions.has(words[sourcePhrase.from - 1]!.lower)) from = sourcePhrase.from - 1;
    }
    // "Zuvor hatte es geheißen, dass …", "Es wurde auch bekannt, dass …": a clause after the frame's comma
    // is all of the content; the words before the frame are the frame's own.
    // ("…, heißt es in dem Bericht, der …": a frame after a comma has its content before it, and a relative
    // clause after it is the source's.)
    const clauseAfter = words[k - 1]?.text !== "," && words[after]?.text === "," && !opensRelativeClause(words, after + 1, lex) && contentEnd(words, after + 1, words.length) - (after + 1) >= MIN_CONTENT_WORDS;
    const content = clauseAfter ? contentAround(words, after, after + 1, [after, words.length]) : contentAround(words, from, after);
    if (!content) return null;
    return {
      sentence: view,
      cue: { start: words[k]!.start, end: words[cueEnd - 1]!.end },
      cueWord: k,
      how: "impersonal",
      rule: "source.impersonal",
      speaker: speakerOf(words, sourcePhrase),
      content,
      type: "indirect",
    };
  }
  return null;
}

/** Nouns of saying this short match whole words only ("Daten", not "Kandidaten"; "Sicht", not "Absicht"). */
const MIN_SAYING_SUFFIX = 7;

function isSayingNoun(w: Word, lex: FrameContext["lex"]): boolean {
  return w.kind === "word" && w.cap && lex.sayingNouns.some((n) => w.lower === n || (n.length >= MIN_SAYING_SUFFIX && w.lower.endsWith(n)));
}

/** The last phrase in words[from, to) headed by a noun of saying ("Pressemeldungen der Zeitung", "präzise Beschuldigungen"), or null. */
function sayingPhraseIn(words: readonly Word[], from: number, to: number, lex: FrameContext["lex"]): Phrase | null {
  let found: Phrase | null = null;
  for (let j = from; j < to; j++) {
    if (!isSayingNoun(words[j]!, lex)) continue;
    // Back over adjectives to the determiner: "die jüngsten Meldungen".
    let s = j;
    while (s > from && words[s - 1]!.kind === "word" && !words[s - 1]!.cap && !isVerb(words[s - 1]!, lex) && !lex.prepositions.has(words[s - 1]!.lower) && !lex.conjunctions.has(words[s - 1]!.lower) && !lex.adverbs.has(words[s - 1]!.lower) && !lex.determiners.has(words[s - 1]!.lower)) s--;
    if (s > from && lex.determiners.has(words[s - 1]!.lower)) s--;
    // "kehrten zur ursprünglichen Version zurück, wonach …": a noun in a prepositional phrase is no source.
    if (s > from && lex.prepositions.has(words[s - 1]!.lower)) continue;
    const phrase = phraseAt(words, s, lex, { limit: to }) ?? phraseAt(words, j, lex, { limit: to });
    if (phrase && phrase.to > j) found = phrase;
  }
  return found;
}

/** The subject of a sentence's main clause: the phrase before its first finite verb, or after it in English order. */
function clauseSubject(words: readonly Word[], ctx: FrameContext): SpeakerRef | null {
  const v = words.findIndex((w, i) => i > 0 && isVerb(w, ctx.lex) && !w.cap);
  if (v <= 0) return null;
  const phrase = phraseBefore(words, v, 0, ctx.lex);
  return phrase ? speakerOf(words, phrase) : null;
}

/**
 * Whose "eigene Angaben" they are: the subject of the clause before its first finite verb, or, where that is
 * the source phrase itself ("Nach eigenen Angaben hat die Firma …"), the clause layer's subject of the
 * clause around the cue.
 */
function ownerOf(words: readonly Word[], k: number, phrase: Phrase, ctx: FrameContext): SpeakerRef | null {
  const before = clauseSubject(words, ctx);
  const a = words[Math.min(k, phrase.from)]!.start;
  const b = words[phrase.to - 1]!.end;
  if (before && (before.end <= a || before.start >= b)) return before;
  if (!ctx.clauses) return null;
  const subject = clauseAt(ctx.clauses, words[k]!.start)?.subject;
  if (!subject || (subject.start < b && subject.end > a)) return null;
  const from = words.findIndex((w) => w.start >= subject.start);
  let to = from;
  while (to < words.length && words[to]!.end <= subject.end) to++;
  return from >= 0 && to > from ? speakerOf(words, { from, to }) : null;
}

/** "nach eigener Aussage": the phrase is the speaker, standing for the clause's subject (its antecedent). */
function withOwner(ref: SpeakerRef | null, owner: SpeakerRef | null): SpeakerRef | null {
  if (!ref) return owner;
  return owner ? { ...ref, antecedent: owner } : ref;
}
