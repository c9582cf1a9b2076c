/**
 * Reported speech that carries on without a cue of its own:
 *  - free indirect speech: sentences in Konjunktiv I after an attribution continue it ("Er habe …").
 *    After a source, Konjunktiv II continues it too ("Die Firmen könnten …"); consecutive sentences
 *    make one attribution, with the previous speaker;
 *  - a quotation standing alone right after an attribution, in the same paragraph: the same speaker;
 *  - hearsay: "soll … getan haben" reports a claim without naming its source.
 */
import { type Frame, type FrameContext, type Range, type SpeakerRef, wordsRange } from "./frame.js";
import { quotationAt, quotationStartingAt } from "./quotes.js";
import { clauseAt, clausesOfSentence } from "../clauses/query.js";
import { namesSource, subjectAcrossVerb, verbOpensSentence } from "./verb-cues.js";
import { isNoun } from "./phrases.js";
import { CLAUSE_MARKS, type SentenceView, type Word, contentEnd } from "./words.js";

/** A quotation standing alone takes the speaker of an attribution at most this many sentences before it. */
const QUOTE_SPEAKER_REACH = 3;
/** A sentence in Konjunktiv I or hearsay takes the speaker of an attribution at most this many sentences before it. */
const SUBJUNCTIVE_SPEAKER_REACH = 5;
/** A quotation must have this many words to stand as a statement on its own. */
const MIN_STANDALONE_QUOTE_WORDS = 4;

export interface ContinuationContext extends FrameContext {
  /** Sentences covered by some frame's content or cue already. */
  covered: Set<number>;
  /** Blocks whose statements do not carry on into the text (headline, kicker). */
  standalone: ReadonlySet<number>;
  /** Mentions of people, bodies and outlets the entities stage found. */
  namedSources?: () => readonly Range[];
}

export function continuationFrames(views: readonly SentenceView[], byStart: readonly Frame[][], ctx: ContinuationContext): Frame[] {
  const out: Frame[] = [];
  let last: Frame | null = null;
  let lastSentence = -2;
  // The block of the sentence the last attribution was made or went on in.
  let lastBlock = -2;
  for (const [position, view] of views.entries()) {
    const own = byStart[view.index] ?? [];
    if (own.length > 0) {
      // A headline's statement does not carry on into the lead.
      if (!ctx.standalone.has(view.block)) {
        last = mainFrame(own);
        lastSentence = view.index;
        lastBlock = view.block;
      }
      continue;
    }
    if (ctx.covered.has(view.index)) {
      lastSentence = view.index;
      lastBlock = view.block;
      continue;
    }
    const adjacent = last !== null && lastSentence === view.index - 1 && lastBlock === view.block;
    const adjacentNextBlock = last !== null && lastSentence === view.index - 1 && lastBlock === view.block - 1;
    const recent = last !== null && view.index - lastSentence <= QUOTE_SPEAKER_REACH && view.block - lastBlock <= 1 ? last : null;
    // Konjunktiv I and hearsay point further back to their source than a quotation does.
    const reported = last !== null && view.index - lastSentence <= SUBJUNCTIVE_SPEAKER_REACH && view.block - lastBlock <= 1 ? last : null;
    // "Dekan Berg sieht einen Rechtsstreit gelassen. Von den Vorwürfen habe man nichts gewusst.": with no
    // attribution in the sentence right before, the source its subject names is who speaks on in Konjunktiv I.
    const before = lastSentence === view.index - 1 ? null : views[position - 1];
    const introduced = () => (before && before.index === view.index - 1 && before.block === view.block ? subjectNamingSource(before, ctx) : null);
    const frame = colonQuoteFrame(view, ctx) ?? quoteFrame(view, ctx, recent) ?? moodFrame(view, ctx, adjacent || adjacentNextBlock ? last : null, reported, introduced);
    // "“A,” she said. “B.”": a quotation right after a direct attribution, in its paragraph, goes on with it.
    if (frame && frame.how === "quote" && last && adjacent && last.type === "direct" && last.speaker) {
      last.content.push(...frame.content);
      lastSentence = view.index;
      lastBlock = view.block;
      continue;
    }
    if (frame) {
      // Consecutive sentences of free indirect speech make one attribution.
      if (last && adjacent && last.how === "continuation" && frame.how === "continuation") {
        last.content.push(...frame.content);
      } else {
        out.push(frame);
        last = frame;
      }
      // "Queensland sei Neuseeland zu Dank verpflichtet: „Sie haben uns …“": the quotation after the colon
      // is a statement of its own, of the same speaker.
      const quote = frame.type === "indirect" ? colonQuotation(view, frame.content[frame.content.length - 1]!, ctx) : null;
      if (quote) {
        const q: Frame = { ...frame, content: [quote], type: "direct", how: "quote" };
        out.push(q);
        last = q;
      }
      lastSentence = view.index;
      lastBlock = view.block;
    }
  }
  return out;
}

/**
 * The attribution of a sentence that what follows goes on with: the last one, unless an earlier one says
 * more ("Nach Angaben der Behörden beläuft sich die Zahl auf 384, darunter laut UNO-Angaben 62 Zivilisten":
 * the authorities' statement, not the aside).
 */
function mainFrame(frames: readonly Frame[]): Frame {
  const size = (f: Frame) => f.content.reduce((n, r) => n + r.end - r.start, 0);
  let best = frames[frames.length - 1]!;
  for (const f of frames) if (size(f) > 2 * size(best)) best = f;
  return best;
}

/**
 * A sentence in the reporting mood. `previous` is an attribution in the sentence right before; `recent`
 * one a few sentences before, whose source Konjunktiv I and hearsay still point to.
 */
function moodFrame(view: SentenceView, ctx: ContinuationContext, previous: Frame | null, recent: Frame | null, introduced: () => SpeakerRef | null = () => null): Frame | null {
  const { words } = view;
  const { lex } = ctx;
  let marker = -1;
  let strong = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== "word" || (w.cap && k > 0) || (w.cap && !verbOpensSentence(words, k, lex))) continue;
    // Only a mood marker can matter: Konjunktiv I, or before one was found Konjunktiv II or a hearsay modal.
    if (!lex.subjunctive.has(w.lower) && !(marker < 0 && (lex.conditional.has(w.lower) || lex.hearsayModals.has(w.lower)))) continue;
    const q = quotationAt(ctx.quotes, w.start);
    if (q && q.innerStart <= w.start && w.end <= q.innerEnd) continue;
    // "Ich habe …", "glaube ich": first person, indicative.
    const firstPerson = lex.firstPersonPronouns.has(words[k - 1]?.lower ?? "") || lex.firstPersonPronouns.has(words[k + 1]?.lower ?? "");
    if (firstPerson) continue;
    // "als habe er nichts gewusst", "als ob er … sei": an unreal comparison reports nothing.
    if (inIrrealis(words, k, lex)) continue;
    // "der tätige Konzern", "das achte Land": a form between a determiner and its noun is an adjective.
    if (k > 0 && lex.determiners.has(words[k - 1]!.lower) && isNoun(words[k + 1], lex)) continue;
    if (lex.subjunctive.has(w.lower)) {
      marker = k;
      strong = true;
      break;
    }
    if (marker < 0 && lex.conditional.has(w.lower)) marker = k;
    // "Juventus soll in die dritte Liga absteigen" right after "X fordert …": a hearsay modal reports a plan
    // or demand of the source before (alone it is the writer's own "sollen").
    if (marker < 0 && lex.hearsayModals.has(w.lower)) marker = k;
  }
  // "Ob er damit durchkommt?": a question without a cue is the writer's own.
  if (endsWithQuestion(words)) return null;
  // "Watzke verteidigte die Partnerschaft: Sicherheit sei …": Konjunktiv I after the colon closing a main
  // clause is what that clause's subject said, not a continuation of an earlier source.
  // "Ein Sprecher wollte nicht bestätigen, dass … sei": a negated main clause states nothing of its complement.
  if (strong && complementOfNegated(view, ctx, marker)) return null;
  if (strong) {
    const colon = colonClauseFrame(view, ctx, marker) ?? complementFrame(view, ctx, marker);
    if (colon) return colon;
  }
  const hearsay = hearsayAt(view, ctx);
  // After a source, Konjunktiv I or II or hearsay continues it; alone, only Konjunktiv I or hearsay
  // report (Konjunktiv II is also the plain conditional).
  let cueAt = -1;
  // Konjunktiv II continues only a source that was named (else it is a plain conditional).
  // "Sollte es zum Krieg kommen, würde …", "Falls …, wäre …": a conditional's Konjunktiv II is the writer's.
  if (previous) cueAt = marker >= 0 && (strong || (previous.speaker && !isConditional(words, lex))) ? marker : hearsay;
  else cueAt = hearsay >= 0 ? hearsay : strong ? marker : -1;
  if (cueAt < 0) return null;
  // "…, die für eine Regierungsübernahme ausreichen würde": a Konjunktiv II or modal in a subordinate clause
  // of a main clause in the indicative is that clause's own mood, no report.
  if (!(strong && cueAt === marker) && inBackground(view, cueAt, ctx)) return null;
  const end = contentEnd(words, 0, colonBeforeQuotation(words, ctx));
  const range = wordsRange(words, 0, end);
  if (!range) return null;
  // Konjunktiv I after an indicative sentence whose subject names a source: that source speaks.
  const named = !previous && strong && cueAt === marker ? introduced() : null;
  const source = named ? null : previous ?? (strong || hearsay >= 0 ? recent : null);
  const inherit: SpeakerRef | null = named ? { ...named, inherited: true } : source?.speaker ? { ...carriedSpeaker(source)!, inherited: true } : null;
  const how = source || named ? "continuation" : "hearsay";
  return {
    sentence: view,
    cue: { start: words[cueAt]!.start, end: words[cueAt]!.end },
    cueWord: cueAt,
    how,
    rule: how === "continuation" ? "continuation.subjunctive" : "hearsay",
    ...(source ? { origin: source.origin ?? source } : {}),
    speaker: inherit,
    content: [range],
    type: "indirect",
  };
}

/**
 * "Der Bundespräsident sparte nicht mit Kritik: „…“", "X warb mit den Worten: „…“": a quotation after the
 * colon closing a main clause with its subject (no copula) is that subject's, whatever the verb.
 */
function colonQuoteFrame(view: SentenceView, ctx: ContinuationContext): Frame | null {
  const { words } = view;
  const colon = words.findIndex((w) => w.text === ":" && !quotationAt(ctx.quotes, w.start));
  const open = words[colon + 1];
  if (colon < 1 || !open || open.kind !== "quote") return null;
  const q = quotationStartingAt(ctx.quotes, open.start, 0);
  const last = words[contentEnd(words, 0, words.length) - 1];
  if (!q || q.words < MIN_STANDALONE_QUOTE_WORDS || (last && q.end < last.end)) return null;
  const frame = colonClauseFrame(view, ctx, colon + 1);
  return frame ? { ...frame, content: [{ start: q.start, end: q.end }], type: "direct" } : null;
}

/**
 * A main clause in the indicative with its subject, closed by a colon before the Konjunktiv at `marker`
 * ("Watzke verteidigte die Partnerschaft: Sicherheit sei ein Wert"): its subject is the speaker, its
 * finite verb the cue, what follows the colon the content. A copula clause ("Die Lage ist klar: …") says
 * nothing of a speaker.
 */
function colonClauseFrame(view: SentenceView, ctx: ContinuationContext, marker: number): Frame | null {
  const { words } = view;
  let colon = -1;
  for (let j = marker - 1; j > 0 && colon < 0; j--) if (words[j]!.text === ":" && !quotationAt(ctx.quotes, words[j]!.start)) colon = j;
  if (colon < 0 || !ctx.clauses) return null;
  const at = words[colon]!.start;
  const copulas = ctx.lex.locale.clauses.copulas;
  const main = clausesOfSentence(ctx.clauses, view.index).find((c) => c.kind === "main" && c.start < at && c.finite !== null && c.finite.end <= at);
  const subject = main?.subject;
  if (!main || !subject || subject.end > at || main.mood !== "indicative" || copulas.includes(main.lemma ?? "")) return null;
  return mainClauseFrame(view, ctx, main.finite!, subject, colon + 1, "colon.clause");
}

/**
 * An indirect attribution to the subject of a main clause, with its finite verb as the cue and the words
 * from `from` to the sentence end as the content (colon.clause, mood.complement).
 */
function mainClauseFrame(view: SentenceView, ctx: ContinuationContext, finite: Range, subject: Range, from: number, rule: "colon.clause" | "mood.complement"): Frame | null {
  const { words } = view;
  const cue = words.findIndex((w) => w.start === finite.start);
  // An object before the verb and the subject after it, or the reverse, where the clause layer took the other.
  const from0 = words.findIndex((w) => w.start >= subject.start);
  const to0 = words.findIndex((w) => w.start >= subject.end);
  const other = cue >= 0 && from0 >= 0 ? subjectAcrossVerb(words, { from: from0, to: to0 < 0 ? words.length : to0 }, cue, ctx.lex) : null;
  if (other) subject = { start: words[other.from]!.start, end: words[other.to - 1]!.end };
  const speakerWords = words.filter((w) => w.start >= subject.start && w.end <= subject.end);
  const content = from >= 0 ? wordsRange(words, from, contentEnd(words, from, words.length)) : null;
  if (cue < 0 || speakerWords.length === 0 || !content) return null;
  const pronoun = speakerWords.length === 1 && ctx.lex.pronouns.has(speakerWords[0]!.lower);
  return {
    sentence: view,
    cue: { start: words[cue]!.start, end: words[cue]!.end },
    cueWord: cue,
    how: "verb",
    rule,
    speaker: { start: subject.start, end: subject.end, words: speakerWords, ...(pronoun ? { pronoun } : {}) },
    content: [content],
    type: "indirect",
  };
}

/**
 * "Gysi vertrat die These, die Partei stagniere …", "Die Experten kamen zu dem Ergebnis, dass es keine
 * Beweise gäbe", "…, da die Armee ihren Aufgaben nicht gewachsen sei": Konjunktiv I in a complement or
 * adverbial clause of a main clause in the indicative reports what that clause's subject says, whatever its verb. The main clause's finite verb is the cue, the complement (to
 * the sentence end) the content.
 */
function complementFrame(view: SentenceView, ctx: ContinuationContext, marker: number): Frame | null {
  const clauses = ctx.clauses;
  if (!clauses) return null;
  const { words } = view;
  const own = clauseAt(clauses, words[marker]!.start);
  if (!own || !(own.kind === "complement" || own.kind === "adverbial") || own.parent === null) return null;
  const main = clauses[own.parent];
  const subject = main?.subject;
  if (!main || main.kind !== "main" || !subject || !main.finite || main.finite.end > own.start || subject.end > own.start) return null;
  if (main.mood !== "indicative" || ctx.lex.locale.clauses.copulas.includes(main.lemma ?? "")) return null;
  return mainClauseFrame(view, ctx, main.finite, subject, words.findIndex((w) => w.start >= own.start), "mood.complement");
}

/** Whether the word at `marker` stands in a complement clause of a main clause with a negation before it. */
function complementOfNegated(view: SentenceView, ctx: ContinuationContext, marker: number): boolean {
  if (!ctx.clauses || ctx.lex.actNegations.size === 0) return false;
  const { words } = view;
  const own = clauseAt(ctx.clauses, words[marker]!.start);
  if (!own || own.kind !== "complement" || own.parent === null) return false;
  const main = ctx.clauses[own.parent];
  if (!main || main.kind !== "main" || !main.finite) return false;
  return words.some((w) => w.start >= main.finite!.end && w.end <= own.start && ctx.lex.actNegations.has(w.lower));
}

/**
 * The speaker a continuation takes from `frame`: its speaker, or, where that is the word "demnach" or
 * "wonach" standing for an earlier source, that source (the word stands for it only where it stands).
 */
/**
 * The subject of a sentence's first main clause where it names a source: a person, body, outlet or group by
 * its head or a name the entities stage found ("Dekan Berg", "Die Experten", "Staatspräsident X"), or a
 * third-person pronoun ("Er");
 * not an abstract noun ("Der Verkauf"), a time or a first-person pronoun. Null without the clause layer.
 */
function subjectNamingSource(view: SentenceView, ctx: ContinuationContext): SpeakerRef | null {
  if (!ctx.clauses) return null;
  const main = clausesOfSentence(ctx.clauses, view.index).find((c) => c.kind === "main" && c.subject !== null && c.finite !== null);
  if (!main?.subject || main.mood !== "indicative" || quotationAt(ctx.quotes, main.subject.start)) return null;
  const { words } = view;
  const from = words.findIndex((w) => w.start >= main.subject!.start);
  let to = from;
  while (to < words.length && words[to]!.end <= main.subject.end) to++;
  if (from < 0 || to <= from) return null;
  const phrase = { from, to };
  const range = wordsRange(words, from, to)!;
  if (to - from === 1 && ctx.lex.pronouns.has(words[from]!.lower)) {
    const w = words[from]!;
    if (ctx.lex.firstPersonPronouns.has(w.lower) || ctx.lex.pronouns.get(w.lower) === "neuter") return null;
    return { ...range, words: words.slice(from, to), pronoun: true };
  }
  if (ctx.lex.complementizers.has(words[from]!.lower) || words[from]!.kind === "number") return null;
  const named = namesSource(words, phrase, ctx.lex, false) || (ctx.namedSources?.() ?? []).some((m) => m.start >= range.start && m.end <= range.end);
  return named ? { ...range, words: words.slice(from, to) } : null;
}

function carriedSpeaker(frame: Frame): SpeakerRef | null {
  const speaker = frame.speaker;
  if (speaker && frame.rule === "source.anaphoric" && speaker.start === frame.cue.start && speaker.antecedent) return speaker.antecedent;
  return speaker;
}

/** Clause kinds that depend on a main clause. */
const DEPENDENT = new Set(["relative", "adverbial", "complement", "infinitive", "participial"]);

/** Whether the word at k stands in a dependent clause while the sentence's main clause is in the indicative. */
function inBackground(view: SentenceView, k: number, ctx: ContinuationContext): boolean {
  if (!ctx.clauses) return false;
  const own = clauseAt(ctx.clauses, view.words[k]!.start);
  if (!own || !DEPENDENT.has(own.kind)) return false;
  return clausesOfSentence(ctx.clauses, view.index).some((c) => c.kind === "main" && c.mood === "indicative" && c.finite !== null && !quotationAt(ctx.quotes, c.finite.start));
}

/** The colon before a quotation that ends a sentence's own words (its index), else the sentence length. */
function colonBeforeQuotation(words: readonly Word[], ctx: ContinuationContext): number {
  for (let j = 1; j < words.length - 1; j++) {
    const open = words[j + 1]!;
    if (words[j]!.text === ":" && open.kind === "quote" && !quotationAt(ctx.quotes, words[j]!.start) && quotationStartingAt(ctx.quotes, open.start, 0)) return j;
  }
  return words.length;
}

/** The quotation right after the colon that ends `content`, as a range, or null. */
function colonQuotation(view: SentenceView, content: Range, ctx: ContinuationContext): Range | null {
  const { words } = view;
  const j = words.findIndex((w) => w.start >= content.end);
  if (j < 0 || words[j]!.text !== ":" || words[j + 1]?.kind !== "quote") return null;
  const q = quotationStartingAt(ctx.quotes, words[j + 1]!.start, 0);
  return q && q.words >= MIN_STANDALONE_QUOTE_WORDS ? { start: q.start, end: q.end } : null;
}

/** "soll … gesagt haben": a hearsay modal with a perfect infinitive later in the sentence; the modal's index. */
function hearsayAt(view: SentenceView, ctx: ContinuationContext): number {
  const { words } = view;
  const { lex } = ctx;
  for (let k = 0; k < words.length; k++) {
    if (!lex.hearsayModals.has(words[k]!.lower)) continue;
    for (let j = k + 2; j < words.length; j++) {
      if (lex.perfectInfinitives.has(words[j]!.lower) && lex.participles.has(words[j - 1]!.lower)) return k;
    }
  }
  return -1;
}

/**
 * A sentence that is a quotation of several words without a cue: a statement of the speaker of an
 * attribution shortly before it (the quoted person goes on talking), or of nobody named.
 */
function quoteFrame(view: SentenceView, ctx: ContinuationContext, previous: Frame | null): Frame | null {
  const first = view.words[0];
  if (!first || first.kind !== "quote") return null;
  const q = quotationStartingAt(ctx.quotes, first.start, 0);
  if (!q || q.words < MIN_STANDALONE_QUOTE_WORDS) return null;
  // The quotation must be the sentence (it may run on into the next ones), not its subject.
  const last = view.words[contentEnd(view.words, 0, view.words.length) - 1];
  if (last && q.end < last.end) return null;
  // A quotation going on after free indirect speech shares the cue that began it ("sagte"), not a Konjunktiv.
  const cueFrame = previous?.origin ?? previous;
  return {
    sentence: cueFrame?.sentence ?? view,
    cue: cueFrame?.cue ?? { start: q.start, end: q.start + 1 },
    cueWord: cueFrame?.cueWord ?? 0,
    how: "quote",
    rule: previous?.speaker ? "continuation.quote" : "quote.unattributed",
    speaker: previous?.speaker ? { ...carriedSpeaker(previous)!, inherited: true } : null,
    content: [{ start: q.start, end: q.end }],
    type: "direct",
  };
}

/** Whether the Konjunktiv form at k stands in an unreal comparison: right after "als", or in a clause opening "als ob". */
function inIrrealis(words: readonly Word[], k: number, lex: ContinuationContext["lex"]): boolean {
  let s = k - 1;
  while (s > 0 && !CLAUSE_MARKS.has(words[s - 1]!.text)) s--;
  return lex.irrealisOpeners.some((seq) => (seq.length === 1 && words[k - 1]?.lower === seq[0]) || seq.every((x, i) => words[s + i]?.lower === x));
}

/** A conditional sentence: it holds a conditional subordinator or opens with its finite verb in Konjunktiv II ("Sollte …", "Hätte …"). */
function isConditional(words: readonly Word[], lex: ContinuationContext["lex"]): boolean {
  const first = words[0];
  if (first && (lex.conditional.has(first.lower) || lex.hearsayModals.has(first.lower))) return true;
  return words.some((w) => lex.conditionalSubordinators.has(w.lower));
}

function endsWithQuestion(words: readonly Word[]): boolean {
  for (let j = words.length - 1; j >= 0; j--) {
    const w = words[j]!;
    if (w.kind === "quote" || w.text === ")") continue;
    return w.text.includes("?");
  }
  return false;
}
