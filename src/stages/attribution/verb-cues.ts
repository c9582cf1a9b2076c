/**
 * Attributions around a verb of saying, thinking or writing: who (the subject), what (a clause, a
 * quotation, or for a speech act its object), in the word orders German and English use:
 *   X sagte, dass … / X sagte: „…“ / Am Montag sagte X, … / „…“, sagte X. / …, wie X sagte.
 *   X said (that) … / "…," X said. / "…," said X, who … / X told Y that …
 */
import { hasAdverbEnding, hasParticipleSuffix, hasPastFormEnding, type CueForm } from "./lexicon.js";
import { type Frame, type FrameContext, type Range, type SpeakerRef, speakerOf, wordsRange } from "./frame.js";
import { type Phrase, isBoundaryPunct, isFunctionWord, isNoun, isVerb, phraseAt, phraseBefore } from "./phrases.js";
import { isQuotation, quotationAt, quotationEndingAt, quotationStartingAt, quotationsStartingIn } from "./quotes.js";
import type { AttributionRule } from "./rules.js";
import { appositionsAfter, subjectBeforeVerb, subjectOfVerbBefore } from "./subject-before.js";
import { clauseAt, clauseOfVerb, subjectOfVerb } from "../clauses/query.js";
import { SENTENCE_END, type SentenceView, type Word, contentEnd, endsSentence } from "./words.js";

/** How far (in words) after a cue verb its separated particle or required word may stand. */
const PARTICLE_REACH = 25;
/** Words between a participle and its auxiliary at the clause end ("gesagt haben soll"). */
const TRAILING_AUX_REACH = 2;
/** A clause after a comma is content only if it has at least this many words. */
const MIN_CONTENT_WORDS = 2;
/** Longest prepositional adjunct between commas skipped before the content ("…, gegenüber der BBC, dass"). */
const MAX_ADJUNCT_WORDS = 6;
/** Adjuncts (prepositional phrases) skipped after a verb before its subject or content. */
const MAX_ADJUNCTS = 3;
const CLOSING_QUOTES = new Set(["“", "”", '"', "«", "»", "‘", "'", "’", "›", "‹", "''", "’’"]);
const CLAUSE_BREAK = new Set([",", ";", ":", "–", "—"]);

interface CueMatch {
  form: CueForm;
  /** Index of the separated particle, or -1. */
  particleAt: number;
}

export function verbFrames(sentence: SentenceView, ctx: FrameContext): Frame[] {
  // A headline in title case ("Trump Says He Never Pledged …"): its capitals say nothing about names.
  const view = !ctx.lex.capitalizedNouns && isTitleCase(sentence.words) ? { ...sentence, words: sentence.words.map((w, i) => (i > 0 && w.cap ? { ...w, cap: false } : w)) } : sentence;
  const { words } = view;
  const frames: Frame[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== "word") continue;
    // A capitalised word inside a sentence is a noun in German ("das Sagen"), a name in English.
    if (w.cap && k > 0 && !afterOpening(words, k)) continue;
    if (w.cap && !verbOpensSentence(words, k, ctx.lex)) continue;
    const forms = ctx.lex.cueForms.get(w.lower);
    if (!forms) continue;
    if (insideQuotation(ctx, w)) continue;
    // "the state", "a tweet", "his comments": a form the clause layer reads as no verb is a noun.
    if (ctx.clauses && ctx.lex.nounForms.has(w.lower) && !clauseOfVerb(ctx.clauses, w.start)) continue;
    const participle = participleFrame(view, k, forms, ctx, frames);
    if (participle) {
      frames.push(participle);
      continue;
    }
    const match = pickForm(words, k, forms, ctx);
    if (!match) continue;
    const frame = buildFrame(view, k, match, ctx, frames);
    // "„A“, sagte er, „B.“", "hält ihn „unter bestimmten Umständen“ für „böse und gefährlich“": where the
    // locale keeps one attribution per quotation, each quotation of a direct frame is a statement of its own.
    if (frame && frame.type === "direct" && frame.content.length > 1 && !ctx.lex.joinQuotations && frame.content.every((r) => isQuotation(ctx.quotes, r.start, r.end))) {
      frame.content.forEach((r, i) => frames.push(i === 0 ? { ...frame, content: [r] } : { ...frame, content: [r], companion: true }));
      continue;
    }
    if (frame) frames.push(frame);
    // "…, er sei unschuldig: „…“": the quotation after the content clause's colon, a statement of the same speaker.
    const quote = frame ? quotationAfterContent(view, frame, ctx) : null;
    if (frame && quote) frames.push({ ...frame, content: [quote], type: "direct", companion: true });
  }
  return frames;
}

/** A form that is as often a noun ("talks", "state") where the clause layer reads no finite verb. */
function nounHere(w: Word, ctx: FrameContext): boolean {
  return ctx.lex.nounForms.has(w.lower) && ctx.clauses !== undefined && clauseOfVerb(ctx.clauses, w.start)?.finite?.start !== w.start;
}

/** Words of at least this length decide whether a sentence is in title case. */
const TITLE_WORD = 4;
/** How many such words a title-case sentence has at least, and which share of them is capitalised. */
const MIN_TITLE_WORDS = 3;
const TITLE_SHARE = 0.8;

/** Whether a sentence is written in title case (every longer word capitalised): a headline. */
function isTitleCase(words: readonly Word[]): boolean {
  let long = 0;
  let caps = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== "word" || w.text.length < TITLE_WORD) continue;
    long++;
    if (w.cap) caps++;
  }
  return long >= MIN_TITLE_WORDS && caps >= TITLE_SHARE * long;
}

/** Words inside a quotation are the quoted person's own: cues there are nested and not read. */
function insideQuotation(ctx: FrameContext, w: Word): boolean {
  const q = quotationAt(ctx.quotes, w.start);
  return q !== undefined && q.innerStart <= w.start && w.end <= q.innerEnd && q.words > 1;
}

/**
 * A capitalised verb form opening a sentence in a language that capitalises nouns is a verb only with a
 * pronoun after it ("Sagte er …?"); else it is a noun ("Fragen der Sicherheit", "Ende Mai", a heading
 * "Grenze zu Frankreich").
 */
export function verbOpensSentence(words: readonly Word[], k: number, lex: FrameContext["lex"]): boolean {
  if (!lex.capitalizedNouns || (k > 0 && !afterOpening(words, k))) return true;
  // "Kritisiert wird, dass …", "Bemängelt werden außerdem …": a participle before its auxiliary.
  if (lex.participles.has(words[k]!.lower) && lex.auxiliaries.has(words[k + 1]?.lower ?? "")) return true;
  return lex.pronouns.has(words[k + 1]?.lower ?? "");
}

function afterOpening(words: readonly Word[], k: number): boolean {
  const prev = words[k - 1]!;
  return prev.kind === "quote" || prev.text === ":" || prev.text === "(";
}

function pickForm(words: readonly Word[], k: number, forms: readonly CueForm[], ctx: FrameContext): CueMatch | null {
  // "zu nennen", "could add" are infinitives, "the state", "die berichteten Fälle" nouns and adjectives.
  const prev = words[k - 1]?.lower ?? "";
  if ((prev === ctx.lex.infinitiveMarker && prev) || ctx.lex.modals.has(prev)) return null;
  // "Man könnte sagen, …", "Ich würde annehmen, dass …": the writer's hypothetical, not a statement.
  if (underHypothetical(words, k, ctx.lex)) return null;
  // After a determiner the form is a noun ("the state") or an adjective ("die berichteten Fälle"); a
  // demonstrative standing alone ("Diese besagt, …") is a subject.
  if (ctx.lex.determiners.has(prev) && (!ctx.lex.capitalizedNouns || isNoun(words[k + 1], ctx.lex))) return null;
  // "a blog post", "the state report": a present form after a noun that follows a determiner is a noun.
  if (!ctx.lex.capitalizedNouns && ctx.lex.determiners.has(words[k - 2]?.lower ?? "") && words[k - 1]?.kind === "word" && !words[k - 1]!.cap && !isVerb(words[k - 1]!, ctx.lex) && words[k + 1]?.kind === "punct" && forms.some((f) => f.verb.lemma === words[k]!.lower)) return null;
  // English nouns and verbs share forms: "the union's wage demands were …" is a noun before its verb.
  // (A form that is as often a noun does not make it one: "said talks would resume".)
  if (!ctx.lex.capitalizedNouns && words[k + 1] && isVerb(words[k + 1]!, ctx.lex) && !ctx.lex.contractedVerb(words[k + 1]!.lower) && !ctx.lex.nounForms.has(words[k + 1]!.lower)) return null;
  if (!ctx.lex.capitalizedNouns && nounOrAdjectiveHere(words, k, ctx)) return null;
  const withAux = auxiliaryBefore(words, k, ctx) >= 0 || auxiliaryAfter(words, k, ctx) >= 0;
  // English progressive: "is calling for", "has been saying": the -ing form with its auxiliary is the verb.
  const progressive = !ctx.lex.capitalizedNouns && withAux && opensGerund(words[k]!, ctx.lex) && afterPassiveAuxiliary(words, k, ctx);
  let participle: CueMatch | null = null;
  let finite: CueMatch | null = null;
  for (const form of forms) {
    if (form.tag === "nonfinite" && !progressive) continue;
    if (form.verb.requires && !form.verb.requires.some((r) => requiredAfter(words, k, r, ctx.lex) || ((form.tag === "participle" || form.verb.sourceWith?.includes(r)) && findBefore(words, k, r) >= 0))) continue;
    if (form.verb.unlessObject && objectInClause(words, k, form.verb.unlessObject, ctx)) continue;
    if (form.particle) {
      const p = particleIndex(words, k, form.particle);
      if (p >= 0) return { form, particleAt: p };
      // "wie die Bank bekannt gab,": a verb-final clause may write the particle apart, before the verb.
      if (words[k - 1]?.lower === form.particle && isClauseFinal(words, k, ctx)) return { form, particleAt: -1 };
      continue;
    }
    if (form.tag === "participle") participle ??= { form, particleAt: -1 };
    else if (form.tag === "nonfinite") participle ??= { form: { ...form, tag: "participle" }, particleAt: -1 };
    else if (!otherVerbByParticle(words, k, form.verb.lemma, ctx)) finite ??= { form, particleAt: -1 };
  }
  // "hat … erklärt" is a participle, "erklärt" alone a finite verb.
  return withAux ? participle ?? finite : finite ?? participle;
}

/**
 * English forms that are nouns or adjectives where they stand: after a number ("six states", "758 pledged
 * delegates"), and a form that is as often a noun before a content word it modifies ("state senator",
 * "tweet id"), where a verb would have an object, a clause or an adjunct after it.
 */
function nounOrAdjectiveHere(words: readonly Word[], k: number, ctx: FrameContext): boolean {
  const { lex } = ctx;
  const prev = words[k - 1];
  const next = words[k + 1];
  const modifies = next !== undefined && next.kind === "word" && !next.cap && !isFunctionWord(next, lex) && !lex.determiners.has(next.lower) && !isVerb(next, lex) && !hasAdverbEnding(next.lower, lex) && !lex.calendarWords.has(next.lower);
  const nounForm = lex.nounForms.has(words[k]!.lower);
  // "Rubio's claim that …", "Sanders' widely criticized interview", "Editor's note": after a possessive.
  let p = k - 1;
  while (p > 0 && !words[p]!.cap && hasAdverbEnding(words[p]!.lower, lex)) p--;
  const owner = words[p];
  if (owner && owner.kind === "word" && POSSESSIVE.test(owner.text) && !lex.contractedVerb(owner.lower)) return true;
  // "six states", "758 pledged delegates" (but "six in 10 said they …").
  if (prev && (prev.kind === "number" || lex.numberWords.has(prev.lower)) && (nounForm || modifies)) return true;
  // "their state senator", "most state parties", "<tweet id=…>": after a lowercase word that is no verb, or
  // with no word before (but "Polls show voters fear …": a name or a capitalised subject may stand before the verb).
  return nounForm && modifies && (prev === undefined || (prev.kind !== "word" && prev.kind !== "quote") || (!prev.cap && !isVerb(prev, lex)));
}

/**
 * Whether one of the object nouns stands in the verb's clause, before or after it ("hat zwei Todesopfer
 * gefordert", "forderte am Montag Tote"), and not inside a prepositional phrase ("forderte Hilfe für die
 * Opfer" is a demand).
 */
function objectInClause(words: readonly Word[], k: number, objects: readonly string[], ctx: FrameContext): boolean {
  const stops = (j: number) => words[j]!.kind === "punct" || words[j]!.kind === "quote";
  const isObject = (j: number) => objects.includes(words[j]!.lower) && !governedByPreposition(words, j, ctx);
  for (let j = k - 1; j >= Math.max(0, k - PARTICLE_REACH) && !stops(j); j--) if (isObject(j)) return true;
  for (let j = k + 1; j < Math.min(words.length, k + PARTICLE_REACH) && !stops(j) && !endsSentence(words, j); j++) {
    if (isObject(j)) return true;
  }
  return false;
}

/** Whether a noun's phrase opens with a preposition: determiners, numbers and (where nouns are capitalised) lowercase adjectives before it. */
function governedByPreposition(words: readonly Word[], j: number, ctx: FrameContext): boolean {
  let i = j - 1;
  while (i >= 0) {
    const w = words[i]!;
    const inPhrase = ctx.lex.determiners.has(w.lower) || w.kind === "number" || (ctx.lex.capitalizedNouns && w.kind === "word" && !w.cap && !ctx.lex.prepositions.has(w.lower));
    if (!inPhrase) break;
    i--;
  }
  return i >= 0 && ctx.lex.prepositions.has(words[i]!.lower);
}

/** The word before k in its clause ("wurde … als unrealistisch bezeichnet"), or -1. */
function findBefore(words: readonly Word[], k: number, lowerWord: string): number {
  for (let j = k - 1; j >= Math.max(0, k - PARTICLE_REACH); j--) {
    if (CLAUSE_BREAK.has(words[j]!.text) || words[j]!.kind === "quote") return -1;
    if (words[j]!.lower === lowerWord) return j;
  }
  return -1;
}

function findAfter(words: readonly Word[], k: number, lowerWord: string): number {
  for (let j = k + 1; j < Math.min(words.length, k + PARTICLE_REACH); j++) {
    if (endsSentence(words, j)) return -1;
    if (words[j]!.lower === lowerWord) return j;
  }
  return -1;
}

/**
 * Whether a word a verb requires follows it: German anywhere up to the clause end (a particle closes the
 * clause), English inside the verb's clause ("spoke about …", not "spoke to the gathering, … of …").
 */
function requiredAfter(words: readonly Word[], k: number, lowerWord: string, lex: FrameContext["lex"]): boolean {
  const j = findAfter(words, k, lowerWord);
  if (j < 0 || lex.capitalizedNouns) return j >= 0;
  for (let m = k + 1; m < j; m++) if (CLAUSE_BREAK.has(words[m]!.text) || words[m]!.kind === "quote") return false;
  return true;
}

/**
 * Whether a separated particle closing the clause makes the finite verb another verb: "sagte das Konzert
 * ab" is absagen, "forderte die Nationalgarde an" anfordern, not sagen and fordern. (A cue verb with a
 * particle, "teilte … mit", matches through its own forms.)
 */
function otherVerbByParticle(words: readonly Word[], k: number, lemma: string, ctx: FrameContext): boolean {
  for (let j = k + 1; j < Math.min(words.length, k + PARTICLE_REACH); j++) {
    const w = words[j]!;
    if (endsSentence(words, j)) return false;
    // "finden Vorträge, Workshops und Diskussionen … statt", "findet die „Konferenz“ des Vereins e.V. (CCC)
    // statt": a list, a quoted name, a bracket and an abbreviation's full stop stay inside the clause.
    if (w.kind === "quote" || w.text === "(" || w.text === ")" || w.text === "." || (w.text === "," && isListComma(words, j, ctx.lex))) continue;
    if (w.kind === "punct") return false;
    // "sagt … und greift … an": the particle belongs to the verb joined by "und".
    if (ctx.lex.coordinators.has(w.lower) && words[j + 1] && isVerb(words[j + 1]!, ctx.lex) && !words[j + 1]!.cap) return false;
    // "sagte weiter": an adverb that is also a particle ("weitersagen") leaves the verb as it is.
    if (!ctx.lex.particles.has(w.lower) || ctx.lex.adverbs.has(w.lower)) continue;
    // A particle closes its clause: punctuation or the sentence's end follows (not a quotation opening).
    const next = words[j + 1];
    if ((!next || next.kind === "punct") && ctx.lex.locale.morphology.verb(w.lower + lemma)) return true;
  }
  return false;
}

/** The separated particle closing the cue's clause: "teilte … mit," — followed by punctuation or the end. */
function particleIndex(words: readonly Word[], k: number, particle: string): number {
  for (let j = k + 1; j < Math.min(words.length, k + PARTICLE_REACH); j++) {
    const w = words[j]!;
    if (endsSentence(words, j)) return -1;
    if (w.lower !== particle) continue;
    const next = words[j + 1];
    if (!next || next.kind === "punct" || next.kind === "quote") return j;
  }
  return -1;
}

/** A possessive: "Rubio's", "Sanders'", with a straight or curly apostrophe. */
const POSSESSIVE = /\p{L}(['’]s|s['’])$/u;

function auxiliaryBefore(words: readonly Word[], k: number, ctx: FrameContext): number {
  // English: the auxiliary stands in the verb group right before the participle ("has said", "is not
  // expected", "has been told"), not anywhere in the clause ("results are showing that half said").
  if (!ctx.lex.capitalizedNouns) return groupAuxiliary(words, k, ctx).at;
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (CLAUSE_BREAK.has(w.text) || endsSentence(words, j)) return -1;
    if (ctx.lex.auxiliaries.has(w.lower)) return j;
  }
  return -1;
}

/** The auxiliary of an English verb group before word k, and whether the group is passive ("been told", "is expected"). */
function groupAuxiliary(words: readonly Word[], k: number, ctx: FrameContext): { at: number; passive: boolean } {
  const { lex } = ctx;
  const passiveForms = lex.locale.morphology.verb(lex.passiveAuxiliary);
  const beParts = new Set([...(passiveForms?.participles ?? []), ...(passiveForms?.nonFinite ?? [])].map((f) => f.toLowerCase()));
  let passive = false;
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (w.kind !== "word") break;
    const aux = lex.auxiliaries.get(w.lower) ?? lex.auxiliaries.get(w.lower.replace(CONTRACTED_NOT, ""));
    if (aux) return { at: j, passive: passive || aux === lex.passiveAuxiliary };
    if (beParts.has(w.lower)) {
      passive = true;
      continue;
    }
    if ((lex.adverbs.has(w.lower) && !lex.pronouns.has(w.lower)) || hasAdverbEnding(w.lower, lex) || lex.negations.has(w.lower)) continue;
    break;
  }
  return { at: -1, passive: false };
}

/** Whether a form of the passive auxiliary ("is", "been", "wasn't") stands right before word k, adverbs aside: a progressive ("is calling"), not "have admitting privileges". */
function afterPassiveAuxiliary(words: readonly Word[], k: number, ctx: FrameContext): boolean {
  const { lex } = ctx;
  const be = lex.locale.morphology.verb(lex.passiveAuxiliary);
  const forms = new Set([...(be?.indicative ?? []), ...(be?.participles ?? [])].map((f) => f.toLowerCase()));
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (w.kind !== "word") return false;
    if (forms.has(w.lower) || forms.has(w.lower.replace(CONTRACTED_NOT, "")) || lex.auxiliaries.get(w.lower) === lex.passiveAuxiliary) return true;
    if ((lex.adverbs.has(w.lower) && !lex.pronouns.has(w.lower)) || hasAdverbEnding(w.lower, lex) || lex.negations.has(w.lower)) continue;
    return false;
  }
  return false;
}

/** The negation written onto an English auxiliary ("wasn't"). */
const CONTRACTED_NOT = /n['’]t$/u;

function auxiliaryAfter(words: readonly Word[], k: number, ctx: FrameContext): number {
  // English auxiliaries stand before the participle: "said is" is two clauses.
  if (!ctx.lex.capitalizedNouns) return -1;
  for (let j = k + 1; j <= k + TRAILING_AUX_REACH && j < words.length; j++) {
    if (ctx.lex.auxiliaries.has(words[j]!.lower)) return j;
    // "said it was …": an auxiliary after a pronoun is the next clause's (German verb-final clauses put
    // the auxiliary right after the participle: "gesagt haben").
    if (words[j]!.kind !== "word" || (!ctx.lex.capitalizedNouns && ctx.lex.pronouns.has(words[j]!.lower))) return -1;
  }
  return -1;
}

/** Where the clause holding word k begins: after the last clause mark before it, or the sentence start. */
function clauseStartOf(words: readonly Word[], k: number, lex: FrameContext["lex"]): number {
  for (let j = k - 1; j >= 0; j--) {
    if (words[j]!.text === "," && (isListComma(words, j, lex) || isAppositionComma(words, j, k, lex))) continue;
    // "wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte": an apposition between commas.
    if (words[j]!.text === "," && (j === k - 1 || adjunctOnly(words, j + 1, k, lex))) {
      const open = enclosedApposition(words, j, lex);
      if (open > 0) {
        j = open;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(words[j]!.text)) return j + 1;
    // '"…," said X': the quotation closes right after the comma.
    if (words[j]!.kind === "quote" && CLOSING_QUOTES.has(words[j]!.text) && words[j - 1]?.text === ",") return j + 1;
  }
  return 0;
}

/**
 * "Wie ein Vertreter des Konzerns, EADS heute mitteilte": a comma before a name that runs up to the
 * verb, after a noun, inside a clause that opened with a subordinator.
 */
function isAppositionComma(words: readonly Word[], j: number, k: number, lex: FrameContext["lex"]): boolean {
  if (!isNoun(words[j - 1], lex)) return false;
  const tail = phraseAt(words, j + 1, lex, { limit: k });
  if (!tail || tail.pronoun) return false;
  for (let m = tail.to; m < k; m++) if (!lex.adverbs.has(words[m]!.lower)) return false;
  for (let m = j - 1; m >= 0; m--) {
    const w = words[m]!;
    if (CLAUSE_BREAK.has(w.text)) return false;
    if (lex.subordinators.has(w.lower) && (m === 0 || CLAUSE_BREAK.has(words[m - 1]!.text))) return !lex.determiners.has(w.lower);
  }
  return false;
}

/**
 * "…, in Bangkok mitteilte", "…, am Montag sagte": a short prepositional adjunct, nothing but words without a
 * verb, between a comma and the verb.
 */
function adjunctOnly(words: readonly Word[], from: number, to: number, lex: FrameContext["lex"]): boolean {
  if (to - from > MAX_ADJUNCT_WORDS || to <= from || !lex.prepositions.has(words[from]!.lower)) return false;
  return words.slice(from, to).every((w) => (w.kind === "word" || w.kind === "number") && !(isVerb(w, lex) && !w.cap));
}

/** For a comma closing an apposition after a noun ("…Rutan, Chef der Firma X,"), its opening comma, else -1. */
function enclosedApposition(words: readonly Word[], close: number, lex: FrameContext["lex"]): number {
  for (let p = close - 1; p > 0; p--) {
    if (words[p]!.text !== ",") continue;
    const inner = phraseAt(words, p + 1, lex, { limit: close });
    return inner && !inner.pronoun && inner.to === close && isNoun(words[p - 1], lex) ? p : -1;
  }
  return -1;
}

/** Names in a list ("in Washington, Seoul und Kiew"): how far a list may run after a comma. */
const LIST_REACH = 5;

/** A comma between names of a list that ends in a coordinator: not a clause boundary. */
function isListComma(words: readonly Word[], j: number, lex: FrameContext["lex"]): boolean {
  if (!isNoun(words[j - 1], lex) || !isNoun(words[j + 1], lex)) return false;
  for (let m = j + 2; m < Math.min(words.length, j + 2 + LIST_REACH); m++) {
    const w = words[m]!;
    if (lex.coordinators.has(w.lower)) return isNoun(words[m + 1], lex);
    if (!isNoun(w, lex) && w.text !== ",") return false;
  }
  return false;
}

/** Whether a reflexive pronoun stands right after the finite verb (or after the subject that follows it): "nennt sich", "verspricht sich der Konzern", "bezeichnet er sich". */
function reflexiveObject(words: readonly Word[], v: number, k: number, speaker: Phrase | null, lex: FrameContext["lex"]): boolean {
  if (lex.reflexives.size === 0) return false;
  const after = speaker && speaker.from === v + 1 ? speaker.to : v + 1;
  return lex.reflexives.has(words[v + 1]?.lower ?? "") || lex.reflexives.has(words[after]?.lower ?? "") || (k !== v && lex.reflexives.has(words[k - 1]?.lower ?? ""));
}

/** Whether the clause of the word at k ends with a question mark (the first sentence mark after it is "?"). */
function asksQuestion(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length; j++) {
    const t = words[j]!.text;
    if (words[j]!.kind === "quote") return false;
    if (t.includes("?")) return true;
    if (t === "." || t === "!" || t === ":") return false;
  }
  return false;
}

/** Words that may stand between a negation and the verb it negates ("nicht wirklich erklären", "noch nicht"). */
const NEGATION_REACH = 2;

/**
 * Whether the locale's negation stands right before the cue (or its finite verb in a verb-first clause),
 * adverbs aside: "nicht bestätigen", "noch nicht bekanntgegeben", "nicht wirklich erklären".
 */
function actNegated(words: readonly Word[], k: number, v: number, lex: FrameContext["lex"]): boolean {
  if (lex.actNegations.size === 0) return false;
  for (let j = k - 1; j >= Math.max(0, k - 1 - NEGATION_REACH); j--) {
    const w = words[j]!;
    if (lex.actNegations.has(w.lower)) return true;
    if (j === v || !lex.adverbs.has(w.lower)) return false;
  }
  return false;
}

/** Whether the verb at k (with an auxiliary after it) closes its clause. */
function isClauseFinal(words: readonly Word[], k: number, ctx: FrameContext): boolean {
  let j = k + 1;
  while (j < words.length && (ctx.lex.auxiliaries.has(words[j]!.lower) || ctx.lex.hearsayModals.has(words[j]!.lower))) j++;
  const next = words[j];
  return next === undefined || next.kind === "punct" || next.kind === "quote";
}

/**
 * "Asked if he was ever bullied, the candidate said no.": the content of a cue in a participial clause
 * ends with that clause (a quotation it opens is taken whole).
 */
function withinParticipialClause(content: Range[], cue: Word, ctx: FrameContext): Range[] {
  const own = clauseOfVerb(ctx.clauses!, cue.start);
  if (!own || own.kind !== "participial" || own.finite) return content;
  let end = own.end;
  const q = ctx.quotes.find((x) => x.start < end && end < x.end && x.start >= cue.end);
  if (q) end = q.end;
  const cut = content.map((r) => (r.start < end && end < r.end ? { start: r.start, end } : r)).filter((r) => r.start < end);
  if (cut.length) return cut;
  // "Asked about the delay, the architect said …": nothing but an adjunct, which is what was asked about.
  const rest = { start: cue.end + 1, end };
  return rest.end - rest.start > 1 ? [{ start: ctx.text.slice(rest.start, end).search(/\S/) + rest.start, end }] : content;
}

/** Where the clause holding word k ends: at the next clause mark, a verb joined by a coordinator, or the sentence end. */
function clauseEndOf(words: readonly Word[], k: number, lex?: FrameContext["lex"]): number {
  for (let j = k + 1; j < words.length; j++) {
    if (CLAUSE_BREAK.has(words[j]!.text) || endsSentence(words, j)) return j;
    // "kritisiert den Plan und fordert ähnliche Rechte": the second verb opens a clause of its own.
    if (lex && lex.coordinators.has(words[j]!.lower) && words[j + 1] && isVerb(words[j + 1]!, lex) && !words[j + 1]!.cap) return j;
  }
  return words.length;
}

function buildFrame(view: SentenceView, k: number, match: CueMatch, ctx: FrameContext, earlier: readonly Frame[]): Frame | null {
  const { words } = view;
  const { lex } = ctx;
  const verb = match.form.verb;
  // The finite verb the clause turns on: the cue itself, or the auxiliary of a participle.
  let v = k;
  let passive = false;
  let elided = false;
  if (match.form.tag === "participle") {
    const before = auxiliaryBefore(words, k, ctx);
    const after = auxiliaryAfter(words, k, ctx);
    const aux = before >= 0 ? before : after;
    if (aux >= 0) {
      // "is calling", "has been saying": a progressive is active.
      // "Die Gespräche sind für Montag angekündigt": a verb of saying with the stative auxiliary is passive.
      const lemma = lex.auxiliaries.get(words[aux]!.lower);
      const stative = lex.statePassiveAuxiliary !== "" && lemma === lex.statePassiveAuxiliary && !verb.perfectWithState;
      passive = lex.capitalizedNouns ? lemma === lex.passiveAuxiliary || stative : groupAuxiliary(words, k, ctx).passive && !opensGerund(words[k]!, lex);
      v = before >= 0 ? before : k;
    } else elided = true;
  }
  const last = Math.max(k, match.particleAt);
  const clauseStart = clauseStartOf(words, v, lex);
  const opener = words[clauseStart];
  // A subordinate clause opens with a subordinator ("wie", "dass", "in der") and ends with its verb.
  // A sentence never opens with a relative pronoun: there "Die" is an article.
  const relativeAtStart = clauseStart === 0 && opener !== undefined && lex.determiners.has(opener.lower);
  const opensSubordinate =
    opener !== undefined &&
    !relativeAtStart &&
    (lex.subordinators.has(opener.lower) || lex.asClause.has(opener.lower) || (lex.prepositions.has(opener.lower) && lex.subordinators.has(words[clauseStart + 1]?.lower ?? "") && !articleBeforeNoun(words, clauseStart + 1, lex)));
  const subordinate = clauseStart < v && opensSubordinate && isClauseFinal(words, Math.max(k, v), ctx);
  // German main clauses: a subject before the verb (an apposition between commas may end right before it).
  const vorfeld = !subordinate && lex.capitalizedNouns ? phraseBefore(words, v, 0, lex) : null;
  // "Dies bestätigte der Minister": a demonstrative alone before the verb is its object, standing for the
  // sentence before; the subject follows the verb.
  const demonstrativeFirst = vorfeld !== null && vorfeld.to === v && vorfeld.to - vorfeld.from === 1 && vorfeld.from === clauseStart && lex.anaphoricObjects.has(words[vorfeld.from]!.lower);
  // "Wenige Stunden nach dem Putsch erklärte X": a time before the verb is an adverbial, not the subject.
  const timeFirst = vorfeld !== null && (isTime(words, vorfeld, ctx.times ?? []) || timeBeforePreposition(words, vorfeld, ctx.times ?? [], lex));
  // "Relativierend fügte Gall hinzu", "Zusammen mit dem Minister plädiert Frank für …": an adverbial first.
  const adverbialFirst = vorfeld !== null && adverbialOpening(words, vorfeld, v, lex);
  const hasVorfeld = vorfeld !== null && vorfeld.from < v && startsClause(words, vorfeld.from, lex) && !demonstrativeFirst && !timeFirst && !adverbialFirst;
  // "PDS Die Linkspartei, auf deren Listen …, schloss …": a phrase with its relative clause stands before
  // the verb (its Vorfeld): the verb is second, not first after a clause of its own.
  const relativeVorfeld = !subordinate && !hasVorfeld && lex.capitalizedNouns && v === clauseStart ? vorfeldWithRelative(words, clauseStart, ctx) : null;
  // The verb opens its clause: after a comma ("…, sagte er"), or after a conjunction ("… und sagte, …").
  const verbFirst = !subordinate && !hasVorfeld && !relativeVorfeld && v > 0 && (v === clauseStart || lex.conjunctions.has(words[v - 1]!.lower));

  let speaker: Phrase | null = null;
  // An object standing before the verb, its subject after it ("Eine Schlichtung lehnte sie ab").
  let fronted: Phrase | null = null;
  // "Eine Schlichtung lehnte sie ab": a subject pronoun right after the verb beats an object in front of it.
  const preferPronounSubject = () => {
    const next = words[v + 1];
    // "sie" or "es" may be either case: it is the subject where the phrase in front names no source.
    const either = next !== undefined && lex.pronouns.has(next.lower) && !lex.determiners.has(next.lower) && speaker !== null && namesNoSource(words, speaker, lex);
    if (next && (lex.subjectPronouns.has(next.lower) || either) && speaker && !words.slice(speaker.from, speaker.to).some((w) => lex.pronouns.has(w.lower))) {
      fronted = speaker;
      speaker = { from: v + 1, to: v + 2, pronoun: true };
    }
  };
  let inheritSpeaker = false;
  let rule: AttributionRule = "verb.subject";
  let antecedent: Phrase | null = null;
  const englishSubject = !subordinate && !lex.capitalizedNouns ? subjectBeforeVerb(words, v, lex, ctx.times ?? []) : null;
  let content: Range[] | null = null;
  let type: Frame["type"] = "indirect";
  let contentAfter = false;

  if (subordinate) {
    // "wie X sagte", "in der er … vorwarf": the subject follows the clause opener.
    let s = clauseStart + 1;
    if (lex.prepositions.has(opener!.lower)) s++;
    speaker = passive && !verb.passiveSpeaker ? null : phraseAt(words, skipAdverbs(words, s, lex), lex, { coordination: true, apposition: true, limit: v === k ? k : v });
    // "…, der alle Nichtmoslems aufforderte, …", "Stimmen, die ihm vorwerfen, …": a relative pronoun that may be
    // nominative is the subject, unless a pronoun follows it ("die er kritisierte"); the phrase before it is
    // what it stands for.
    if (!passive && relativeSubject(words, clauseStart, v, ctx)) {
      speaker = { from: clauseStart, to: clauseStart + 1, pronoun: true };
      antecedent = words[clauseStart - 1]?.text === "," ? phraseBefore(words, clauseStart - 1, 0, lex) : null;
    }
    rule = lex.asClause.has(opener!.lower) ? "verb.as-clause" : "verb.relative";
    // "…, wie X sagte": the rest of the sentence is what was said.
    if (lex.asClause.has(opener!.lower)) content = outsideClause(words, clauseStart, clauseEndOf(words, last));
  } else if (hasVorfeld) {
    speaker = vorfeld;
    preferPronounSubject();
    // "Den Börsenwert beziffert der „Focus“ auf …", "Eine Verschiebung bezeichnete Conze als fatal": an
    // object stands before the verb and the subject follows it.
    if (speaker === vorfeld && !passive && lex.capitalizedNouns) {
      const after = subjectAfter(words, v + 1, lex, last, ctx.times ?? [])?.phrase ?? null;
      if (after && !after.pronoun && frontedObject(words, vorfeld, after, lex)) {
        fronted = vorfeld;
        speaker = after;
      }
    }
  } else if (relativeVorfeld && !lex.prepositions.has(words[relativeVorfeld.from]!.lower)) {
    // The phrase before the relative clause is the subject; a prepositional phrase is an adverbial, and the
    // subject follows the verb (below).
    speaker = relativeVorfeld;
  } else if (!lex.capitalizedNouns && englishSubject) {
    // English: "the department said", "Mayor X told"; after a comma or a quotation, with nothing said
    // after the verb, the clause before is the content ("…, the department said in a statement.").
    const before = englishSubject.phrase;
    // A passive names its speaker only with an agent ("was criticized by the mayor"); its subject is what
    // the statement is about ("The ceremony is expected to draw record audiences").
    speaker = passive ? passiveAgent(words, k + 1, clauseEndOf(words, last, lex), lex) : before;
    if (englishSubject.antecedent) antecedent = englishSubject.antecedent;
    rule = englishSubject.coordinated ? "verb.coordinated" : englishSubject.antecedent || lex.relativePronouns.has(words[before.from]!.lower) ? "verb.relative" : "verb.subject";
    const from = englishSubject.coordinated ? v : before.from;
    const prev = words[from - 1];
    // "…, Kaine, who criticized fellow Democrats": a relative clause says nothing about the clause before it.
    const relativeSubject = lex.relativePronouns.has(words[from]!.lower);
    if (prev && !relativeSubject && (prev.text === "," || (prev.kind === "quote" && CLOSING_QUOTES.has(prev.text)))) {
      const trailing = contentBeforeTrailingCue(view, from, last, ctx, match);
      if (trailing) {
        content = trailing.ranges;
        if (trailing.after) contentAfter = true;
      }
    }
  } else if (verbFirst) {
    // "„…“, sagte X." / "…, so X" / "…, said X, who …": the speaker follows, the content stands before.
    // After "und" a German verb shares the subject before it ("… und fordert ähnliche Rechte"): only a
    // pronoun right after the verb is a subject of its own.
    // English never puts the subject after a verb joined by "and": "… and said the judge had …".
    const conjoined = lex.conjunctions.has(words[v - 1]?.lower ?? "");
    const joined = conjoined && (lex.capitalizedNouns ? !lex.subjectPronouns.has(words[v + 1]?.lower ?? "") : true);
    const after = joined ? null : subjectAfter(words, v + 1, lex, last, ctx.times ?? []);
    const shared = joined && !lex.capitalizedNouns && ctx.clauses ? clauseSubjectPhrase(words, k, ctx) : null;
    if (after && (!passive || verb.passiveSpeaker)) speaker = after.phrase;
    else if (shared && shared.to <= v) speaker = shared;
    else if (!after) inheritSpeaker = true;
    rule = after ? "verb.inverted" : "verb.coordinated";
    // "…, geht man davon aus, dass …": a content clause after the cue wins over the clause before it.
    const following = after ? contentAfterCue(view, Math.max(last, after.phrase.to - 1) + 1, ctx, match) : null;
    const trailing = following ? null : trailingContent(words, clauseStart, ctx);
    if (following) {
      content = following.ranges;
      contentAfter = true;
    } else if (trailing && after) {
      content = trailing;
      // "„A“, sagte er, „B.“": the quotation after the cue clause belongs to it too.
      const more = quotationFrom(words, skipToOpening(words, after.phrase.to), ctx);
      if (more) content = [...content, more];
    }
  } else if (!passive && lex.capitalizedNouns) {
    // German inversion after an adverbial: "Am Mittwoch sagte ein hochrangiger Beamter …".
    speaker = subjectAfter(words, v + 1, lex, last, ctx.times ?? [])?.phrase ?? null;
    rule = "verb.inverted";
  }
  // "sprach Angela Merkel von der Möglichkeit …": the word the verb requires is not part of the speaker.
  if (speaker && verb.requires) {
    const req = words.findIndex((w, m) => m > speaker!.from && m < speaker!.to && verb.requires!.includes(w.lower));
    if (req > speaker.from) speaker = { ...speaker, to: req };
  }
  // In the passive the subject is what was talked about; the agent after "von" speaks ("wurde von Minister X
  // als unrealistisch bezeichnet"), else nobody named ("wurde mitgeteilt"), unless the verb's subject
  // speaks even in the passive ("wurde mit den Worten zitiert"). Only where the locale names its agent
  // prepositions (elsewhere the passive keeps the subject the word order gives).
  let agent = false;
  if (passive && !verb.passiveSpeaker && lex.agentPrepositions.size > 0) {
    speaker = passiveAgent(words, clauseStart, clauseEndOf(words, last, lex), lex);
    agent = speaker !== null;
  } else if (passive && lex.agentPrepositions.size > 0) {
    // "wie Hoyzer von Spiegel Online zitiert wird": the one who quotes, where named, is the source; else
    // the one quoted ("…, wird Panetta zitiert").
    const by = passiveAgent(words, clauseStart, clauseEndOf(words, last, lex), lex);
    if (by) {
      speaker = by;
      agent = true;
    }
  }
  // "Dies geht aus einer Pressemitteilung hervor": the phrase after the verb's source preposition speaks.
  const source = verb.sourceWith ? sourcePhraseOf(words, clauseStart, clauseEndOf(words, last, lex), verb.sourceWith, lex) : null;
  if (source) {
    speaker = source;
    inheritSpeaker = false;
  }
  // The clause layer's subject of the cue's clause, where the word-order rules found none (they are the
  // better guess where both speak: measured on SpkAtt and PolNeAR).
  const layered = ctx.clauses && !passive && !inheritSpeaker && !source ? clauseSubjectPhrase(words, k, ctx) : null;
  // A phrase the clause layer marks as an object of the cue's clause is never its speaker ("Fans …
  // kritisierten den Schritt": not "den Schritt"); its subject is, where it names one.
  if (speaker && !source && ctx.clauses && isClauseObject(words, speaker, k, ctx)) speaker = layered && !isClauseObject(words, layered, k, ctx) ? layered : null;
  if (layered && !speaker) speaker = layered;
  // English "… rejected the idea that the changes amounted to a shake-up and said …": for a verb joined by
  // "and", the clause layer's conjunct subject beats the subject of the nearest verb before the conjunction.
  else if (layered && englishSubject?.coordinated && !passive && !isClauseObject(words, layered, k, ctx) && layered.to <= k) speaker = layered;
  if (elided && !speaker) {
    inheritSpeaker = true;
    rule = "verb.coordinated";
  }
  // "In einem Bericht der Zeitung wurde vermutet, …": with nobody named, a document named in the clause is the source;
  // so it is for an impersonal subject ("In den Bekennerschreiben forderte man …").
  const impersonal = speaker !== null && speaker.to - speaker.from === 1 && lex.impersonalPronouns.has(words[speaker.from]!.lower);
  // A main clause's Vorfeld may hold the document with its relative clause ("In einer Presseerklärung, die am
  // Mittwoch veröffentlicht wurde, wurde verkündet, …").
  const documentFrom = !subordinate && relativeVorfeld ? relativeVorfeld.from : clauseStart;
  if ((!speaker || impersonal) && !inheritSpeaker) speaker = documentSource(words, documentFrom, clauseEndOf(words, last), lex) ?? speaker;

  if (!content) {
    // After an inverted subject ("sagte der Koordinator, Deftalgne Tessema, gegenüber der BBC, dass …")
    // the content starts behind it.
    const from = speaker && speaker.from > v ? Math.max(last, speaker.to - 1) + 1 : last + 1;
    const after = contentAfterCue(view, from, ctx, match);
    if (after) {
      content = after.ranges;
      contentAfter = true;
      if (after.reportedClause) type = "reported";
    }
  }
  if (!content && ctx.clauses && !lex.capitalizedNouns) {
    // "said the polling location never shut its doors": the clause layer's complement clause of the cue,
    // where the language shows no comma or complementizer before it (German does: its rules read it).
    const complement = complementClause(words, k, ctx);
    if (complement) {
      content = [complement];
      contentAfter = true;
    }
  }
  if (!content && hasVorfeld === false && lex.anaphoricObjects.has(words[clauseStart]?.lower ?? "") && clauseStart === v - 1 && speaker) {
    // "Das sagte der Minister am Montag.": the demonstrative stands for the sentence before.
    const before = previousSentenceRange(view, ctx);
    if (before) {
      content = [before];
      rule = "verb.demonstrative";
    }
  }
  if (!content) {
    // Quoted words in the cue's clause are what was said ("nannte die Pläne „überflüssig“"), up to a verb
    // joined by "und" ("nannte sie „fahrlässig“ und verwies auf …").
    const end = clauseEndOf(words, last, lex);
    const quoted = quotationsStartingIn(ctx.quotes, words[v]!.end, words[end - 1]?.end ?? 0).filter(
      (q) =>
        q.depth === 0 &&
        q.words > 0 &&
        (!isQuotedName(q, ctx) || afterPredicateMarker(words, q.start, lex)) &&
        !(speaker && q.start >= words[speaker.from]!.start && q.end <= words[speaker.to - 1]!.end),
    );
    // "nennt den Vorfall „besorgniserregend“": a verb of naming quotes only its predicate; the object
    // and the predicate are what was said (mixed).
    // Where the locale takes a quoted predicate alone, only a quotation that is the whole predicate: after the
    // predicate marker or closing the clause ("nannte sie eine Stütze gegen das „Regime“ in X" stays mixed).
    const alone = lex.quotedPredicateAlone && quoted.every((q) => afterPredicateMarker(words, q.start, lex) || closesClause(words, q.end, last));
    const named = quoted.length && verb.namesPredicate && !passive && !alone ? complementOf(words, v, k, last, speaker, end, ctx) : null;
    // English: a quotation inside the clause after a verb of saying is part of what was said, with the
    // words around it ("says the U.S. needs “real campaign reform” to prevent …", mixed).
    const around = !named && quoted.length && !lex.capitalizedNouns && !passive && verb.kind !== "act" ? clauseAroundQuotes(words, speaker && speaker.from > v ? speaker.to : last + 1, end, ctx) : null;
    if (named) content = named;
    else if (around) {
      content = [around];
      type = "mixed";
    } else if (quoted.length && (verb.reportsObject || verb.kind !== "act")) {
      content = quoted.map((q) => ({ start: q.start, end: q.end }));
      type = "direct";
    }
  }
  // "A Fox News poll shows Sanders with 47 percent": a document's verb of showing reports its object.
  const documentSubject = verb.documentObject === true && speaker !== null && lex.sayingNouns.includes(words[speaker.to - 1]?.lower ?? "");
  if (!content && (verb.reportsObject || documentSubject) && (speaker || inheritSpeaker) && (!passive || agent) && !objectIsDemonstrative(words, v, last, lex) && !(verb.unlessObject && objectIsCounted(words, v + 1, clauseEndOf(words, last))) && !(verb.unlessWith && clauseHasWord(words, clauseStart, clauseEndOf(words, last, lex), verb.unlessWith))) {
    // A speech act with its object only: the complement is the content ("Nordkorea und Russland haben
    // Waffengeschäfte dementiert", "wies die Vorwürfe zurück"); in the passive with its agent the whole
    // clause, the agent included ("Die Pläne wurden von der Opposition kritisiert").
    let ranges = complementOf(words, v, k, last, passive && lex.reportedWholeClause ? null : speaker, clauseEndOf(words, last, lex), ctx, fronted);
    // Where the locale's reported act is its whole clause, the subject and what stands before the verb too.
    // A subject with its relative clause before the verb ("Gutachter …, die die Maschine untersuchten, gehen
    // von einem Totalschaden aus") belongs to the clause too.
    const wholeFrom = relativeVorfeld ? relativeVorfeld.from : speaker && speaker.from < clauseStart && words[speaker.to]?.text === "," && opensRelativeClause(words, speaker.to + 1, lex) ? speaker.from : clauseStart;
    if (ranges && lex.reportedWholeClause && (passive || (speaker && speaker.from >= wholeFrom && speaker.to <= clauseEndOf(words, last, lex)))) ranges = wholeClause(words, wholeFrom, ranges, ctx);
    const opensWith = (list: readonly string[]) => words.slice(v + 1, clauseEndOf(words, last)).some((w, i, xs) => list.includes(w.lower) && (i === 0 || !isNoun(xs[i - 1], lex) || lex.capitalizedNouns));
    if (ranges && (!verb.objectWith || opensWith(verb.objectWith))) {
      content = ranges;
      type = "reported";
    }
  }
  if (!content || content.length === 0) return null;
  // "We asked her about the winter.", "We are still talking about the rest.": an act the writer or the
  // speaker of the passage reports of themselves, with nothing said but its object, is narration.
  if (type === "reported" && speaker && speaker.to - speaker.from === 1 && lex.firstPersonPronouns.has(words[speaker.from]!.lower)) return null;
  // "…, weil er den Plan kritisiert hatte", "…, nachdem die Partei den Kandidaten abgelehnt hatte": a speech act
  // in the background of a verb-final subordinate clause, with no clause of its own after it, is not reported
  // as a statement (measured on SpkAtt: four in five such frames were none); "…, der angab, …" still is.
  if (subordinate && rule === "verb.relative" && (type === "reported" || !contentAfter)) return null;
  // "Das Objekt, genannt „X“, hat …": a participle without its auxiliary after a comma names, it says nothing;
  // nor does one right after "wie" ("hat sich wie erwartet entwickelt", "wie angekündigt").
  if (elided && verbFirst && lex.capitalizedNouns && !contentAfter) return null;
  // "früher als erwartet", "heißer als angenommen": nor after a predicate marker in a comparison.
  if (elided && lex.capitalizedNouns && lex.asClause.has(words[k - 1]?.lower ?? "") && !contentAfter) return null;
  if (lex.capitalizedNouns && lex.predicateMarkers.has(words[k - 1]?.lower ?? "") && lex.participles.has(words[k]!.lower)) return null;
  // "nennt sich „documenta 12“", "verspricht sich der Konzern Synergien": the reflexive is another sense.
  if (verb.unlessReflexive && reflexiveObject(words, v, k, speaker, lex)) return null;
  // "wurde im See gefunden": a verb whose passive is another sense.
  if (passive && verb.activeOnly) return null;
  // "Für wie wahrscheinlich halten Sie es, dass …?", "glauben Sie, dass …?": a question with the verb before
  // its subject asks, it states nothing.
  if (lex.capitalizedNouns && speaker && speaker.from > v && asksQuestion(words, k)) return null;
  // "„Trap“, wie er genannt wird, …", "wie sich die Junta selbst nennt": a verb of naming in a comparative
  // clause says what something is called, not what anyone said.
  if (rule === "verb.as-clause" && verb.namesPredicate) return null;
  // "wollte nicht bestätigen, dass …", "wurden nicht genannt": a negated act of saying or writing made no statement.
  if (verb.kind !== "thought" && actNegated(words, k, v, lex)) return null;
  // Only a participle opening its clause at the sentence start or after a comma ("Asked if …, he said …").
  if (contentAfter && ctx.clauses && (k === 0 || words[k - 1]!.text === ",")) content = withinParticipialClause(content, words[k]!, ctx);

  const subjunctiveCue = match.form.subjunctive && match.form.tag === "finite" && !subordinate;
  // The earlier verb's subject: its frame's speaker, the sentence's first phrase, or what the clause layer
  // gives the clause this one is coordinated with.
  const inherited = inheritSpeaker ? earlier[earlier.length - 1]?.speaker ?? firstSubject(view, ctx) ?? (ctx.clauses ? speakerOf(words, clauseSubjectPhrase(words, k, ctx)) : null) : null;
  return {
    sentence: view,
    cue: { start: words[k]!.start, end: words[k]!.end },
    cueWord: k,
    how: "verb",
    rule: passive ? (agent ? "verb.passive-agent" : "verb.passive") : verb.kind === "attitude" ? "verb.attitude" : rule,
    verb,
    speaker: inherited ?? withAntecedent(speakerOf(words, speaker), words, antecedent),
    content,
    type,
    ...(verbFirst || subordinate ? { clauseStart: verbFirst && lex.conjunctions.has(words[v - 1]?.lower ?? "") ? v - 1 : clauseStart } : {}),
    ...(contentAfter ? { contentAfter } : {}),
    ...(passive ? { passive } : {}),
    ...(subjunctiveCue ? { subjunctiveCue } : {}),
  };
}

/**
 * What a speech act reports when it has no clause of its own: its verb with the complement, to the clause
 * end ("kritisiert die neuen Fahrpläne", "wies die Vorwürfe zurück", "hat Waffengeschäfte dementiert",
 * "denied the allegations"), without the subject where it follows the verb ("kritisierte der Verband den
 * Plan": two parts), with a relative clause the object takes ("kündigte einen Wagen an, der …").
 */
function complementOf(words: readonly Word[], v: number, k: number, last: number, speaker: Phrase | null, clauseEnd: number, ctx: FrameContext, fronted: Phrase | null = null): Range[] | null {
  const { lex } = ctx;
  let from = lex.auxiliaries.has(words[v]!.lower) && v !== k ? v + 1 : v;
  const end = contentEnd(words, from, clauseEnd);
  // Verb-final ("…, die den Plan kritisierte"): from behind the subject.
  if (speaker && speaker.to <= k && speaker.from > from) from = speaker.to;
  const ranges: Range[] = [];
  const push = (a: number, b: number) => {
    while (a < b && (words[a]!.text === "," || (lex.adverbs.has(words[a]!.lower) && !lex.pronouns.has(words[a]!.lower) && a !== v && a !== k))) a++;
    const r = b > a ? wordsRange(words, a, b) : null;
    if (!r) return;
    // A quotation the range ends in (“reckless and unnecessary.”) is taken whole.
    const q = ctx.quotes.find((x) => x.start < r.end && r.end < x.end && x.start >= r.start);
    ranges.push(q ? { start: r.start, end: q.end } : r);
  };
  // The object standing before the verb is what the act is about ("Eine Schlichtung lehnte sie ab").
  if (fronted) push(fronted.from, fronted.to);
  if (speaker && speaker.from > from && speaker.to <= end) {
    push(from, speaker.from);
    push(speaker.to, end);
  } else push(from, end);
  // Nothing but the verb itself ("kritisierte.") reports nothing.
  const inside = (j: number) => ranges.some((r) => words[j]!.start >= r.start && words[j]!.end <= r.end);
  const covered = words.filter((w, j) => w.kind === "word" && inside(j) && j !== v && j !== k && j !== last).length;
  if (ranges.length === 0 || covered === 0) return null;
  if (words[clauseEnd]?.text === "," && opensRelativeClause(words, clauseEnd + 1, lex)) {
    const relative = wordsRange(words, clauseEnd + 1, contentEnd(words, clauseEnd + 1, clauseEndOf(words, clauseEnd + 1)));
    if (relative) ranges.push(relative);
  }
  return ranges;
}

/**
 * The agent of a passive clause: a noun phrase after the locale's agent prepositions ("von", "by") that
 * does not hang on a noun before it ("wurde von der Opposition kritisiert", "was criticized by the mayor";
 * not "Fans von Schalke").
 */
function passiveAgent(words: readonly Word[], from: number, to: number, lex: FrameContext["lex"]): Phrase | null {
  for (let j = from; j < to; j++) {
    if (!lex.agentPrepositions.has(words[j]!.lower)) continue;
    const before = words[j - 1];
    if (before && isNoun(before, lex) && j - 1 >= from) continue;
    const phrase = phraseAt(words, j + 1, lex, { limit: to, coordination: true });
    // "bis … von Montag", "by Monday": a time is no agent.
    if (phrase && !phrase.pronoun && !lex.calendarWords.has(words[phrase.from]!.lower) && words.slice(phrase.from, phrase.to).some((w) => isNoun(w, lex))) return phrase;
  }
  return null;
}

/** The clause from `from` (quotation marks and punctuation skipped) to the end of the complement's last range. */
function wholeClause(words: readonly Word[], from: number, ranges: Range[], ctx: FrameContext): Range[] {
  let a = from;
  while (a < words.length && (words[a]!.kind === "punct" || words[a]!.kind === "quote") && !quotationStartingAt(ctx.quotes, words[a]!.start)) a++;
  const start = words[a]?.start;
  if (start === undefined || start >= ranges[0]!.start) return ranges;
  const end = Math.max(...ranges.map((r) => r.end));
  return [{ start, end }];
}

/**
 * Whether a relative clause opens at j: a relative pronoun ("who", "welcher"), or where articles double as
 * relative pronouns (German "der", "die") one that is not followed by its noun.
 */
export function opensRelativeClause(words: readonly Word[], j: number, lex: FrameContext["lex"]): boolean {
  const w = words[j];
  if (!w || w.kind !== "word") return false;
  if (lex.relativePronouns.has(w.lower)) return true;
  // "…, in der …", "…, mit denen …": a preposition before the pronoun.
  const p = lex.prepositions.has(w.lower) ? j + 1 : j;
  const d = words[p];
  // "…, auf deren Listen …": a genitive relative pronoun after the preposition.
  if (p > j && d && lex.relativePronouns.has(d.lower)) return true;
  // "…, in das der Mann eingeliefert wurde": after the preposition, a pronoun before an article.
  if (p > j && d && lex.determiners.has(d.lower) && lex.subordinators.has(d.lower) && lex.determiners.has(words[p + 1]?.lower ?? "")) return lex.capitalizedNouns;
  if (!lex.capitalizedNouns || !d || !lex.determiners.has(d.lower) || !lex.subordinators.has(d.lower)) return false;
  const next = words[p + 1];
  return next !== undefined && next.kind === "word" && !isNoun(next, lex) && phraseAt(words, p, lex) === null;
}

/** Longest quoted name ("„Krone Montezumas“", "„Deutschlandfunk“"): a title, not words someone said. */
const MAX_QUOTED_NAME_WORDS = 3;

function isQuotedName(q: { innerStart: number; innerEnd: number; words: number }, ctx: FrameContext): boolean {
  const inner = ctx.text.slice(q.innerStart, q.innerEnd).trim();
  return q.words <= MAX_QUOTED_NAME_WORDS && /^\p{Lu}/u.test(inner) && !/[.!?]$/.test(inner);
}

/** Whether a quotation that is no name stands among the words [from, to). */
function quotedBefore(words: readonly Word[], from: number, to: number, ctx: FrameContext): boolean {
  const a = words[from]?.start ?? 0;
  const b = words[to - 1]?.end ?? 0;
  return quotationsStartingIn(ctx.quotes, a, b).some((q) => q.depth === 0 && q.words > 0 && q.end <= b && (!isQuotedName(q, ctx) || afterPredicateMarker(words, q.start, ctx.lex)));
}

/** Whether nothing but punctuation or the verb's particle (at `last`) follows the quotation ending at `end`. */
function closesClause(words: readonly Word[], end: number, last: number): boolean {
  const j = words.findIndex((w) => w.start >= end);
  return j < 0 || j === last || words[j]!.kind === "punct";
}

/** Whether the quotation starting at `start` follows a predicate marker, determiners aside ("als einen „Deal“"). */
function afterPredicateMarker(words: readonly Word[], start: number, lex: FrameContext["lex"]): boolean {
  let j = words.findIndex((w) => w.start === start) - 1;
  while (j >= 0 && lex.determiners.has(words[j]!.lower)) j--;
  return j >= 0 && lex.predicateMarkers.has(words[j]!.lower);
}

/** "bestätigte dies", "dementierte das": the object only points back; what was said is not in the clause. */
function objectIsDemonstrative(words: readonly Word[], v: number, last: number, lex: FrameContext["lex"]): boolean {
  const object = words.slice(v + 1, last + 1).filter((w) => w.kind === "word" && !lex.adverbs.has(w.lower) && !lex.pronouns.has(w.lower) && !lex.particles.has(w.lower));
  return object.length <= 1 && words.slice(v + 1, last + 1).some((w) => lex.anaphoricObjects.has(w.lower));
}

/** Whether one of `list` (lowercase) stands among the words [from, to). */
function clauseHasWord(words: readonly Word[], from: number, to: number, list: readonly string[]): boolean {
  for (let j = from; j < to; j++) if (list.includes(words[j]!.lower)) return true;
  return false;
}

/** Words after the verb within which a number makes the object a count ("forderte mehr als 100 Todesopfer"). */
const COUNTED_OBJECT_REACH = 3;

/**
 * "forderte mehr als 100 Todesopfer": for a verb with another sense by its object (`unlessObject`), an object
 * counted in numbers is a toll, not a demand ("sprach von 4.000 Teilnehmern" is still a statement).
 */
function objectIsCounted(words: readonly Word[], from: number, to: number): boolean {
  return words.slice(from, Math.min(to, from + COUNTED_OBJECT_REACH)).some((w) => w.kind === "number");
}

/** "in einem Bericht der Salzburger Nachrichten": a prepositional phrase naming a document of saying. */
export function documentSource(words: readonly Word[], from: number, to: number, lex: FrameContext["lex"]): Phrase | null {
  for (let j = from; j < to; j++) {
    if (!lex.documentPrepositions.has(words[j]!.lower)) continue;
    let phrase = phraseAt(words, j + 1, lex, { limit: to });
    // "In dieser Resolution": a demonstrative read as a pronoun is the noun's determiner here.
    if (phrase?.pronoun && isNoun(words[j + 2], lex)) phrase = { ...(phraseAt(words, j + 2, lex, { limit: to }) ?? phrase), from: j + 1 };
    if (phrase && isDocument(words, phrase, lex)) return phrase;
  }
  return null;
}

/** Whether a phrase's head is a noun of saying or a document ("Bericht", "Pressemitteilung", "Homepage"). */
export function isDocument(words: readonly Word[], phrase: Phrase, lex: FrameContext["lex"]): boolean {
  const head = words.slice(phrase.from, phrase.to).find((w) => (w.cap || isNoun(w, lex)) && !lex.determiners.has(w.lower));
  return head !== undefined && lex.sayingNouns.some((n) => head.lower.endsWith(n));
}

function skipAdverbs(words: readonly Word[], from: number, lex: FrameContext["lex"]): number {
  let j = from;
  while (j < words.length && lex.adverbs.has(words[j]!.lower) && !lex.pronouns.has(words[j]!.lower)) j++;
  return j;
}

/** Whether a phrase at `from` starts its clause (nothing but a conjunction or adverb before it). */
function startsClause(words: readonly Word[], from: number, lex: FrameContext["lex"]): boolean {
  for (let j = from - 1; j >= 0; j--) {
    const w = words[j]!;
    if (CLAUSE_BREAK.has(w.text) || w.kind === "quote" || isBoundaryPunct(w, words)) return true;
    if (lex.conjunctions.has(w.lower) || lex.adverbs.has(w.lower)) continue;
    return false;
  }
  return true;
}

/**
 * The subject after a verb: adverbs, object pronouns and up to a few prepositional adjuncts ("am
 * Montag", "in einem Interview") may stand between.
 */
/** Whether a phrase lies inside a time expression the time stage found ("Juni 1998", "Wenige Stunden nach dem Putsch"). */
function isTime(words: readonly Word[], phrase: Phrase, times: readonly Range[]): boolean {
  const a = words[phrase.from]!.start;
  const b = words[phrase.to - 1]!.end;
  return times.some((t) => t.start <= a && b <= t.end);
}

/**
 * Whether the word opening a relative clause (the clause layer's kind) is its subject: a relative pronoun
 * that may be nominative ("der", "die", "welche"; not "den", "dem", "deren"), with no pronoun right after it
 * ("die er kritisierte") and no verb right after it.
 */
function relativeSubject(words: readonly Word[], clauseStart: number, v: number, ctx: FrameContext): boolean {
  const { lex } = ctx;
  const opener = words[clauseStart];
  if (!opener || clauseStart === 0 || !ctx.clauses || !lex.capitalizedNouns) return false;
  if (!(lex.determiners.has(opener.lower) || lex.relativePronouns.has(opener.lower)) || lex.locale.clauses.nonNominative.includes(opener.lower)) return false;
  const clause = clauseAt(ctx.clauses, opener.start);
  if (!clause || clause.kind !== "relative" || clause.start !== opener.start) return false;
  const next = words[clauseStart + 1];
  return next !== undefined && clauseStart + 1 < v && !lex.pronouns.has(next.lower);
}

/**
 * Whether the word at j, which may be a relative pronoun, is an article here: a determiner (not "deren",
 * "dessen") before a noun, or before an adjective and its noun ("gegen die Konkurrenz", not "in der er").
 */
function articleBeforeNoun(words: readonly Word[], j: number, lex: FrameContext["lex"]): boolean {
  const w = words[j];
  if (!w || !lex.determiners.has(w.lower) || lex.relativePronouns.has(w.lower)) return false;
  const next = words[j + 1];
  if (isNoun(next, lex)) return true;
  return next !== undefined && next.kind === "word" && !next.cap && !isFunctionWord(next, lex) && !isVerb(next, lex) && isNoun(words[j + 2], lex);
}

/** "Wenige Stunden nach dem Putsch": a time expression opens the phrase and a preposition follows it. */
function timeBeforePreposition(words: readonly Word[], phrase: Phrase, times: readonly Range[], lex: FrameContext["lex"]): boolean {
  const a = words[phrase.from]!.start;
  const time = times.find((t) => t.start <= a && a < t.end);
  if (!time) return false;
  const j = words.findIndex((w, m) => m > phrase.from && m < phrase.to && w.start >= time.end);
  return j > phrase.from && lex.prepositions.has(words[j]!.lower);
}

/**
 * Whether the phrase before the verb opens with an adverbial capitalised at the sentence start, not a noun:
 * an uninflected present participle ("Relativierend fügte Gall hinzu", "Stellvertretend für die Kommission
 * empfahl …") alone before the verb or before a preposition, or a separable particle before a preposition ("Zusammen
 * mit dem Minister plädiert Frank …").
 */
function adverbialOpening(words: readonly Word[], phrase: Phrase, v: number, lex: FrameContext["lex"]): boolean {
  const w = words[phrase.from]!;
  if (w.kind !== "word" || !w.cap || !startsAfterSentenceStart(words, phrase.from)) return false;
  const next = phrase.from + 1;
  if (next !== v && !lex.prepositions.has(words[next]?.lower ?? "")) return false;
  if (lex.pronouns.has(w.lower) || lex.determiners.has(w.lower) || lex.prepositions.has(w.lower)) return false;
  return (lex.adverbialParticiple !== null && lex.adverbialParticiple.test(w.lower)) || (lex.particles.has(w.lower) && next !== v);
}

/** Whether word i opens the sentence (nothing but quotation marks or a dash before it). */
function startsAfterSentenceStart(words: readonly Word[], i: number): boolean {
  return words.slice(0, i).every((w) => w.kind === "quote" || w.kind === "punct");
}

function subjectAfter(words: readonly Word[], from: number, lex: FrameContext["lex"], particleOrVerb: number, times: readonly Range[] = []): { phrase: Phrase } | null {
  let j = from;
  let adjuncts = 0;
  while (j < words.length) {
    const w = words[j]!;
    if (j === particleOrVerb && j !== from - 1) return null;
    if (lex.pronouns.has(w.lower)) {
      // English puts a pronoun after the verb only at the clause end ("…," said he.); before a verb it is
      // the subject of what was said ("…, said she had never …").
      if (!lex.capitalizedNouns && words[j + 1]?.kind === "word") return null;
      return { phrase: { from: j, to: j + 1, pronoun: true } };
    }
    if (lex.adverbs.has(w.lower)) {
      j++;
      continue;
    }
    // "gab heute – nach eingehenden Untersuchungen – Professor X bekannt": an insertion between dashes.
    if ((w.text === "–" || w.text === "—") && adjuncts < MAX_ADJUNCTS) {
      const close = words.findIndex((x, m) => m > j && x.text === w.text);
      if (close > j) {
        j = close + 1;
        adjuncts++;
        continue;
      }
    }
    if (lex.prepositions.has(w.lower) && adjuncts < MAX_ADJUNCTS) {
      const pp = phraseAt(words, j + 1, lex);
      if (!pp) return null;
      j = pp.to;
      adjuncts++;
      continue;
    }
    if (w.kind !== "word" && w.kind !== "quote" && w.kind !== "number") return null;
    const phrase = phraseAt(words, j, lex, { apposition: true, coordination: true, ...(particleOrVerb > j ? { limit: particleOrVerb } : {}) });
    // "versprach im Juni 1998 das FBI": a time phrase is an adjunct; the subject follows it.
    if (phrase && !phrase.pronoun && isTime(words, phrase, times) && adjuncts < MAX_ADJUNCTS) {
      j = phrase.to;
      adjuncts++;
      continue;
    }
    if (phrase && !lex.capitalizedNouns && !phrase.pronoun) return { phrase: { ...phrase, to: appositionsAfter(words, phrase.to, lex) } };
    return phrase ? { phrase } : null;
  }
  return null;
}

/**
 * English: the content of a cue whose subject stands after a comma or a quotation ("“…,” the governor
 * said, …", "The hashtag, he said, was …"). The clause or quotation before it is what was said, and:
 *  - a quotation after the cue clause goes on with it ("“A,” he said, “B.”");
 *  - the rest of a sentence the cue clause interrupts ("Many of the closures, he said, have involved …")
 *    is its second part, where it goes on with a verb or is a clause of its own (not a relative clause);
 *  - a clause right after the verb ("In Iowa, Trump said the plan …") is the content instead;
 *  - an adjunct, participle, adverbial or relative clause after the comma (", before clarifying …",
 *    ", in an implicit caution …", ", a policy that …") is not what was said.
 */
function contentBeforeTrailingCue(view: SentenceView, from: number, last: number, ctx: FrameContext, match: CueMatch): { ranges: Range[]; after?: boolean } | null {
  const { words } = view;
  const { lex } = ctx;
  const found = contentAfterCue(view, last + 1, ctx, match);
  // Where the cue clause ends: the first comma after the verb (adverbs and times may stand before it).
  let comma = -1;
  for (let j = last + 1; j < words.length && !endsSentence(words, j); j++) {
    if (words[j]!.text === ",") {
      comma = j;
      break;
    }
    if (words[j]!.kind === "quote" || CLAUSE_BREAK.has(words[j]!.text)) break;
  }
  const foundStart = found?.ranges[0]?.start ?? -1;
  const rightAfter = found !== null && (comma < 0 || foundStart < words[comma]!.start);
  if (rightAfter && !opensParticiple(words.find((w) => w.start === foundStart), lex)) return { ranges: found.ranges, after: true };
  let trailing = trailingContent(words, from, ctx);
  // "Asked what …, Adelson said, …", "At the time, Manafort called …": an adverbial before the subject is not what was said.
  // Only where that adverbial is all there is before the subject and the cue clause goes on after the verb.
  const next = words[last + 1];
  const goesOn = next !== undefined && (next.kind === "word" || next.kind === "number") && !lex.calendarWords.has(next.lower) && !lex.adverbs.has(next.lower);
  if (trailing && goesOn && trailing.length === 1 && !isQuotationRange(ctx, trailing[0]!)) {
    const at = words.findIndex((w) => w.start === trailing![0]!.start);
    const inner = words.some((w, j) => w.text === "," && w.start > trailing![0]!.start && w.end < trailing![0]!.end && words[j + 1]?.kind === "word");
    if (!inner && opensAdverbial(words, at, lex)) trailing = null;
  }
  if (found && found.ranges.every((r) => isQuotationRange(ctx, r))) {
    // "“A,” he said, “B.”": both quotations; after anything else the quotation alone.
    return trailing && trailing.every((r) => isQuotationRange(ctx, r)) ? { ranges: [...trailing, ...found.ranges] } : { ranges: found.ranges, after: true };
  }
  // "X, he said, Y": the cue clause inside the sentence.
  const previous = words[from - 1]!;
  if (comma >= 0 && previous.text === ",") {
    const open = comma + 1;
    const end = contentEnd(words, open, words.length);
    const first = words[open];
    let s = from - 2;
    while (s > 0 && words[s - 1]!.text !== ":" && !(words[s - 1]!.kind === "quote" && CLOSING_QUOTES.has(words[s - 1]!.text))) s--;
    const before = wordsRange(words, Math.max(0, s), from - 1);
    if (first && end > open && before && goesOnAfterInsertion(words, open, end, [Math.max(0, s), from - 1], ctx)) {
      const rest = wordsRange(words, open, end);
      if (rest) return { ranges: [before, rest] };
    }
  }
  return trailing ? { ranges: trailing } : null;
}

/**
 * The phrase before a relative clause that stands right before the verb at `clauseStart` ("Auch die Ärzte
 * in dem Krankenhaus, in die das Opfer eingeliefert wurde, fanden …"): from the sentence start (or a
 * colon) to the first comma, with no finite verb of its own, the relative clause running to the comma
 * before the verb. Null otherwise.
 */
function vorfeldWithRelative(words: readonly Word[], clauseStart: number, ctx: FrameContext): Phrase | null {
  const { lex } = ctx;
  const end = clauseStart - 1;
  if (words[end]?.text !== ",") return null;
  let s = end;
  while (s > 0 && words[s - 1]!.text !== ":") s--;
  let comma = -1;
  for (let j = s; j < end; j++) {
    if (CLAUSE_BREAK.has(words[j]!.text) || words[j]!.kind === "quote") {
      if (words[j]!.text !== "," || comma >= 0) return null;
      comma = j;
    }
  }
  if (comma <= s || !opensRelativeClause(words, comma + 1, lex)) return null;
  for (let j = s; j < comma; j++) if (isVerb(words[j]!, lex) && !words[j]!.cap) return null;
  return { from: s, to: comma };
}

/** Whether a range is exactly a quotation. */
function isQuotationRange(ctx: FrameContext, r: Range): boolean {
  const q = quotationAt(ctx.quotes, r.start);
  return q !== undefined && q.start === r.start && q.end === r.end;
}

/**
 * After a cue clause between commas: the sentence goes on with its verb ("…, he said, has created …") or
 * with a clause of its own, not with a relative clause, participle, adjunct or adverbial clause.
 */
function goesOnAfterInsertion(words: readonly Word[], open: number, end: number, before: readonly [number, number], ctx: FrameContext): boolean {
  const { lex } = ctx;
  const first = words[open]!;
  if (first.kind === "quote" || lex.complementizers.has(first.lower) && !lex.relativePronouns.has(first.lower) && first.lower !== "when" && first.lower !== "where") return true;
  if (first.kind !== "word" || opensParticiple(first, lex) || lex.prepositions.has(first.lower) || lex.subordinators.has(first.lower) || lex.relativePronouns.has(first.lower) || lex.conjunctions.has(first.lower)) return false;
  if (isVerb(first, lex) || lex.modals.has(first.lower)) return true;
  // A clause of its own: its finite verb comes before any relative word ("a policy that could …" is none).
  const reach = Math.min(end, open + V2_REACH);
  if (opensBareClause(words, open, reach, ctx)) return true;
  for (let j = open; j < reach && ctx.clauses; j++) {
    const w = words[j]!;
    if (lex.subordinators.has(w.lower) || lex.complementizers.has(w.lower) || w.text === ",") break;
    if (clauseOfVerb(ctx.clauses, w.start)?.finite?.start === w.start) return true;
  }
  // Before the insertion a subject without its verb ("The nickname, she explained, exists …") or an
  // adverbial clause ("If the demands are not met, he warned, supporters plan …"): the main clause follows.
  const [from, to] = before;
  const verbal = (j: number) => (isVerb(words[j]!, lex) && !words[j]!.cap) || lex.contractedVerb(words[j]!.lower) || pastFormVerb(words, j, lex) || (ctx.clauses !== undefined && clauseOfVerb(ctx.clauses, words[j]!.start)?.finite?.start === words[j]!.start);
  let rest = false;
  for (let j = open; j < end && !rest; j++) rest = verbal(j);
  if (!rest || hasRelativeWord(words, open, reach, lex)) return false;
  if (lex.subordinators.has(words[from]!.lower) && !lex.relativePronouns.has(words[from]!.lower)) return true;
  for (let j = from; j < to; j++) if (verbal(j)) return false;
  return true;
}

function hasRelativeWord(words: readonly Word[], from: number, to: number, lex: FrameContext["lex"]): boolean {
  for (let j = from; j < to; j++) if (lex.relativePronouns.has(words[j]!.lower) || lex.complementizers.has(words[j]!.lower)) return true;
  return false;
}

/** Whether the words at j open an adverbial: a preposition, a subordinator or a participle ("In Iowa", "When asked", "Asked about"). */
function opensAdverbial(words: readonly Word[], j: number, lex: FrameContext["lex"]): boolean {
  const w = words[j];
  if (!w || w.kind !== "word") return false;
  const lower = w.lower;
  return (lex.prepositions.has(lower) || (lex.subordinators.has(lower) && !lex.complementizers.has(lower)) || lex.adverbialOpeners.has(lower) || opensParticiple({ ...w, cap: false }, lex)) && !lex.pronouns.has(lower);
}

/** What stands before a clause that opens with its cue: the quotation or clause before the comma. */
function trailingContent(words: readonly Word[], clauseStart: number, ctx: FrameContext): Range[] | null {
  let e = clauseStart - 1;
  while (e >= 0 && (words[e]!.text === "," || words[e]!.text === "–" || words[e]!.text === "—")) e--;
  if (e < 0) return null;
  // The clause before the comma, from the sentence start or a colon; a quotation when it is all of it
  // (it may begin sentences earlier).
  let s = e;
  while (s > 0 && words[s - 1]!.text !== ":") s--;
  const closing = words[e]!;
  if (closing.kind === "quote" && CLOSING_QUOTES.has(closing.text)) {
    const q = quotationEndingAt(ctx.quotes, closing.end);
    if (q && q.start <= words[s]!.start) return [{ start: q.start, end: q.end }];
  }
  // "Da ein Rückflug nicht möglich war, entschied sich der Pilot …", "Wenn …, droht ihm …": an adverbial
  // clause before the verb is its circumstance, not what was said ("Dass …, bestätigte X" still is).
  const opener = words[s]!;
  if (ctx.lex.subordinators.has(opener.lower) && !ctx.lex.complementizers.has(opener.lower) && !ctx.lex.determiners.has(opener.lower)) return null;
  const range = wordsRange(words, s, e + 1);
  return range && e + 1 - s >= MIN_CONTENT_WORDS ? [range] : null;
}

function skipToOpening(words: readonly Word[], from: number): number {
  let j = from;
  while (j < words.length && (words[j]!.text === "," || words[j]!.kind === "punct" && !SENTENCE_END.has(words[j]!.text))) j++;
  return j;
}

function quotationFrom(words: readonly Word[], j: number, ctx: FrameContext): Range | null {
  const w = words[j];
  if (!w || w.kind !== "quote") return null;
  const q = quotationStartingAt(ctx.quotes, w.start);
  return q ? { start: q.start, end: q.end } : null;
}

interface ContentFound {
  ranges: Range[];
  /** A speech act's zu-clause ("lehnte es ab, … zu nennen"): reported, not indirect. */
  reportedClause?: boolean;
}

/** The content after the cue: a quotation, a clause after a comma or colon, an English that-clause. */
function contentAfterCue(view: SentenceView, from: number, ctx: FrameContext, match: CueMatch): ContentFound | null {
  const { words } = view;
  const { lex } = ctx;
  let adjuncts = 0;
  // English: where the content may begin, after adjuncts that follow the verb.
  let start = from;
  for (let j = from; j < words.length; j++) {
    const w = words[j]!;
    if (endsSentence(words, j)) return null;
    // "sagt auch X und greift die Gemeinde an: „…“": what follows a second verb joined by "und" is its own.
    if (lex.coordinators.has(w.lower) && words[j + 1] && isVerb(words[j + 1]!, lex) && !words[j + 1]!.cap) return null;
    if (w.kind === "quote" && !CLOSING_QUOTES.has(w.text) || (w.kind === "quote" && j === from)) {
      const q = quotationFrom(words, j, ctx);
      if (q && (j === from || words[j - 1]!.text === ":" || words[j - 1]!.text === ",")) return { ranges: [q] };
    }
    if (w.text === ":" || w.text === ",") {
      const open = j + 1;
      const q = quotationFrom(words, open, ctx);
      if (q) return { ranges: [q] };
      // ", gegenüber der BBC, dass …": an adjunct between commas before the content.
      if (lex.prepositions.has(words[open]?.lower ?? "")) {
        const next = words.findIndex((x, m) => m > open && x.text === ",");
        if (next > open && next - open <= MAX_ADJUNCT_WORDS) {
          j = next - 1;
          continue;
        }
      }
      const end = contentEnd(words, open, lex.capitalizedNouns ? contentClauseEnd(words, open, quotationAfterColon(words, open, ctx), ctx) : quotationAfterColon(words, open, ctx));
      if (end - open < MIN_CONTENT_WORDS) return null;
      if (w.text === "," && !isContentClause(words, open, end, ctx, match.form.verb.kind)) return null;
      // "nannte seinen Platzverweis „überzogen“, Löw bezeichnete …": a quoted predicate of a verb of naming
      // before the comma is what was said; the clause after it is not.
      if (w.text === "," && lex.quotedPredicateAlone && match.form.verb.namesPredicate && quotedBefore(words, from, j, ctx)) return null;
      const range = wordsRange(words, open, end);
      const reportedClause = reportsAct(match.form.verb) && hasInfinitiveMarker(words, open, end, ctx);
      return range ? { ranges: [range], ...(reportedClause ? { reportedClause } : {}) } : null;
    }
    if (!lex.capitalizedNouns) {
      // "pledged to halve …", "refused to answer …": an infinitive is what the act commits to.
      if (j === start && w.lower === lex.infinitiveMarker && isInfinitiveMarker(words, j, lex)) {
        const end = contentEnd(words, j, clauseEndOf(words, j));
        const range = wordsRange(words, j, end);
        return range && end - j >= MIN_CONTENT_WORDS ? { ranges: [range], reportedClause: true } : null;
      }
      // "suggested rallying allies …", "denied having met …": a gerund right after the verb is its object clause.
      // (Not after a form that is as often a noun: "notes saying …", "reports linking …".)
      if (j === from && opensGerund(w, lex) && !lex.nounForms.has(words[from - 1]?.lower ?? "")) {
        const end = contentEnd(words, j, clauseEndOf(words, j));
        const range = wordsRange(words, j, end);
        return range && end - j >= MIN_CONTENT_WORDS ? { ranges: [range], ...(reportsAct(match.form.verb) ? { reportedClause: true } : {}) } : null;
      }
      // "said when asked …": an adverbial clause, not what was said (but "asked when …" is).
      if (lex.adverbialOpeners.has(w.lower) && !match.form.verb.asks) return null;
      // English: "said (that) …", "told reporters (that) …", "said on Monday (that) …".
      if (lex.complementizers.has(w.lower) && complementizerReachable(words, start, j, ctx)) {
        const end = contentEnd(words, j, beforeNonRestrictive(words, j, words.length, lex));
        const range = wordsRange(words, j, end);
        return range && end - j > MIN_CONTENT_WORDS ? { ranges: [range] } : null;
      }
      if (lex.calendarWords.has(w.lower) || lex.adverbs.has(w.lower)) {
        if (words[j + 1]?.text === ",") return null;
        if (j === start) start = j + 1;
        continue;
      }
      if (j === start && !lex.prepositions.has(w.lower) && w.kind === "word") {
        // "told reporters that …": the addressee stands between the verb and its that-clause.
        const object = match.form.verb.addressee ? phraseAt(words, j, lex) : null;
        // "told his supporters, “our nation is in horrible trouble. …”": the quotation after the addressee.
        if (object && (words[object.to]?.text === "," || words[object.to]?.text === ":")) {
          const q = quotationFrom(words, object.to + 1, ctx);
          if (q) return { ranges: [q] };
        }
        const begin = object && lex.complementizers.has(words[object.to]?.lower ?? "") ? object.to : j;
        const end = contentEnd(words, begin, beforeNonRestrictive(words, begin, words.length, lex));
        if (end - begin > MIN_CONTENT_WORDS && opensBareClause(words, begin, end, ctx)) {
          const range = wordsRange(words, begin, end);
          if (range) return { ranges: [range] };
        }
      }
      if (lex.prepositions.has(w.lower) && adjuncts < MAX_ADJUNCTS) {
        // "said on Sunday it had …": an adjunct before the content.
        adjuncts++;
        const pp = phraseAt(words, j + 1, lex);
        if (j === start && pp) {
          start = pp.to;
          j = pp.to - 1;
        }
        continue;
      }
    }
  }
  return null;
}

/**
 * Where a content clause ends that a colon and a quotation follow ("…, dass das Team gestärkt sei: „Wir
 * haben gelernt …“"): before the colon, the quotation being a statement of its own; else the sentence end.
 */
function quotationAfterColon(words: readonly Word[], from: number, ctx: FrameContext): number {
  for (let j = from; j < words.length - 1; j++) {
    if (words[j]!.text === ":" && quotationFrom(words, j + 1, ctx)) return j;
  }
  return words.length;
}

/** The noun phrase after the first of `prepositions` among the words [from, to), or null. */
function sourcePhraseOf(words: readonly Word[], from: number, to: number, prepositions: readonly string[], lex: FrameContext["lex"]): Phrase | null {
  for (let j = from; j < to; j++) {
    if (!prepositions.includes(words[j]!.lower)) continue;
    const phrase = phraseAt(words, j + 1, lex, { coordination: true, limit: to });
    return phrase && !phrase.pronoun ? phrase : null;
  }
  return null;
}

/** A finite verb that is no article, function word or modal ("eine" is also a form of "einen"). */
function isPlainFiniteVerb(w: Word, lex: FrameContext["lex"]): boolean {
  return !w.cap && isVerb(w, lex) && !isFunctionWord(w, lex) && !lex.determiners.has(w.lower) && !lex.hearsayModals.has(w.lower) && !lex.hypotheticalModals.has(w.lower);
}

/**
 * Where a German content clause after the cue ends before `to`: before a finite verb in the indicative
 * that the cue's subject goes on with, after a comma ("erklärte, er sei unschuldig, erkannte das Gericht
 * nicht an") or, after reported speech, after "und" ("sagte, sie müssten … aufgeben und bemühte …").
 */
function contentClauseEnd(words: readonly Word[], from: number, to: number, ctx: FrameContext): number {
  const { lex } = ctx;
  let reporting = false;
  for (let j = from; j < to - 1; j++) {
    const w = words[j]!;
    if (lex.subjunctive.has(w.lower) || lex.conditional.has(w.lower)) reporting = true;
    const next = words[j + 1]!;
    const indicative = isPlainFiniteVerb(next, lex) && !lex.subjunctive.has(next.lower) && !lex.conditional.has(next.lower);
    if (!indicative || quotationAt(ctx.quotes, w.start)) continue;
    if (w.text === "," || (reporting && lex.coordinators.has(w.lower))) return j;
  }
  return to;
}

/**
 * The rest of the cue's clause from `from` to `end` where it holds a quotation and at least
 * MIN_CONTENT_WORDS words outside it; null where the quotation is all of it.
 */
function clauseAroundQuotes(words: readonly Word[], from: number, end: number, ctx: FrameContext): Range | null {
  const a = skipAdverbs(words, from, ctx.lex);
  const e = contentEnd(words, a, end);
  const r = wordsRange(words, a, e);
  if (!r) return null;
  const quoted = (w: Word) => ctx.quotes.some((q) => q.start <= w.start && w.end <= q.end);
  let outside = 0;
  for (let m = a; m < e; m++) if (words[m]!.kind === "word" && !quoted(words[m]!)) outside++;
  if (outside < MIN_CONTENT_WORDS) return null;
  // A quotation the range ends in is taken whole.
  const q = ctx.quotes.find((x) => x.start < r.end && r.end < x.end && x.start >= r.start);
  return q ? { start: r.start, end: q.end } : r;
}

/**
 * English: a that-clause or clause of its own ends before a non-restrictive relative clause after a comma
 * ("said he would take a look at such legislation, which would give …"), outside quotations; German
 * content keeps it (its relative clauses are marked by commas always).
 */
function beforeNonRestrictive(words: readonly Word[], from: number, to: number, lex: FrameContext["lex"]): number {
  if (lex.capitalizedNouns) return to;
  let quoted = false;
  for (let m = from + 1; m < to - 1; m++) {
    const w = words[m]!;
    if (w.kind === "quote") quoted = !quoted;
    if (!quoted && w.text === "," && lex.relativePronouns.has(words[m + 1]!.lower) && words[m + 1]!.lower !== "whose") return m;
  }
  return to;
}

/** The quotation after the colon that ends a frame's content clause (see quotationAfterColon), or null. */
function quotationAfterContent(view: SentenceView, frame: Frame, ctx: FrameContext): Range | null {
  const end = frame.content[frame.content.length - 1]!.end;
  const { words } = view;
  // "Sie warnte vor einer Katastrophe, wenn …: „…“": where the locale takes a reported act's whole clause, a
  // quotation after the colon that closes its sentence is the same speaker's, past an adverbial clause.
  if (frame.type === "reported" && ctx.lex.reportedWholeClause) {
    const colon = words.findIndex((w) => w.start >= end && w.text === ":" && !quotationAt(ctx.quotes, w.start));
    const q = colon > 0 && !words.slice(0, colon).some((w) => w.start >= end && w.kind === "quote") ? quotationFrom(words, colon + 1, ctx) : null;
    const last = words[contentEnd(words, 0, words.length) - 1];
    return q && last && q.end >= last.end ? q : null;
  }
  if (!frame.contentAfter || frame.type === "direct") return null;
  const j = words.findIndex((w) => w.start >= end);
  return j >= 0 && words[j]!.text === ":" ? quotationFrom(words, j + 1, ctx) : null;
}

/** Words an object and adjuncts may take between a verb and its that-clause ("told the Associated Press on Monday that"). */
const OBJECT_REACH = 6;

/**
 * Whether a complementizer at j opens the verb's complement: right where the content may begin, or after
 * an object with no verb (but forms as often nouns), quotation or clause break of its own ("told reporters
 * that …"); not a relative
 * "that" deeper in a clause already under way ("said Obama’s words “amount to a form of intimidation that …”").
 */
function complementizerReachable(words: readonly Word[], start: number, j: number, ctx: FrameContext): boolean {
  if (j <= start) return true;
  if (j - start > OBJECT_REACH) return false;
  for (let m = start; m < j; m++) {
    const w = words[m]!;
    if (w.kind === "quote" || CLAUSE_BREAK.has(w.text)) return false;
    if (isVerb(w, ctx.lex) && !w.cap && !ctx.lex.nounForms.has(w.lower)) return false;
  }
  return true;
}

/** Past forms by their ending, for verbs the morphology data does not list ("lost" aside). */

/**
 * "said she wants …", "said it’s …", "said the committee would …", "said millions lost …": a clause of its
 * own right after the verb (English has no complementizer to show it) opens with a subject pronoun or a
 * contracted verb, or holds a finite verb or a past form soon after its first words.
 */
function opensBareClause(words: readonly Word[], from: number, to: number, ctx: FrameContext): boolean {
  const first = words[from]!;
  if (ctx.lex.pronouns.has(first.lower) || ctx.lex.contractedVerb(first.lower)) return words[from + 1]?.kind === "word" || ctx.lex.contractedVerb(first.lower);
  // The verb comes before any clause opener ("told MSNBC Monday when asked …" has none).
  for (let j = from + 1; j < to; j++) {
    const w = words[j]!;
    if (ctx.lex.subordinators.has(w.lower) || ctx.lex.complementizers.has(w.lower)) return false;
    // "urged both sides to return to talks": a form that is as often a noun is a verb where the clause layer reads one.
    if (nounHere(w, ctx)) continue;
    if ((isVerb(w, ctx.lex) && !w.cap) || pastFormVerb(words, j, ctx.lex)) return true;
    // A verb the locale's lists do not know ("never shut its doors"): the clause layer's finite verb.
    if (!ctx.lex.capitalizedNouns && ctx.clauses && !w.cap && clauseOfVerb(ctx.clauses, w.start)?.finite?.start === w.start) return true;
  }
  return false;
}

/** A past form used as a verb: not after a determiner or preposition, not before a noun it modifies ("on automated cranes"). */
function pastFormVerb(words: readonly Word[], j: number, lex: FrameContext["lex"]): boolean {
  const w = words[j]!;
  if (w.cap || !hasPastFormEnding(w.text, lex)) return false;
  const prev = words[j - 1];
  if (prev && (lex.determiners.has(prev.lower) || lex.prepositions.has(prev.lower))) return false;
  const next = words[j + 1];
  return !(next && next.kind === "word" && !next.cap && !isFunctionWord(next, lex) && !lex.determiners.has(next.lower) && !isVerb(next, lex));
}

function hasFiniteVerb(words: readonly Word[], from: number, to: number, ctx: FrameContext): boolean {
  for (let j = from; j < to; j++) if (isVerb(words[j]!, ctx.lex) && !words[j]!.cap) return true;
  return false;
}

function hasInfinitiveMarker(words: readonly Word[], from: number, to: number, ctx: FrameContext): boolean {
  for (let j = from; j < to; j++) {
    if (ctx.lex.markedInfinitives.has(words[j]!.lower)) return true;
    if (words[j]!.lower === ctx.lex.infinitiveMarker && isInfinitiveMarker(words, j, ctx.lex)) return true;
  }
  return false;
}

/**
 * Whether the marker at j opens an infinitive: a verb follows ("to give", "zu nennen"), not a noun
 * phrase ("referring to the debate", "zu dem Schluss"). The verb may stand at the clause end ("um … zu tun").
 */
function isInfinitiveMarker(words: readonly Word[], j: number, lex: FrameContext["lex"]): boolean {
  const next = words[j + 1];
  if (!next || next.kind !== "word") return lex.capitalizedNouns;
  if (lex.capitalizedNouns || next.cap) return !next.cap;
  return !lex.determiners.has(next.lower) && !lex.pronouns.has(next.lower) && !lex.prepositions.has(next.lower) && !lex.adverbs.has(next.lower);
}

/** An act or an attitude: its infinitive or gerund is what it commits to, reported, not said. */
function reportsAct(verb: CueForm["verb"]): boolean {
  return verb.kind === "act" || verb.kind === "attitude";
}

/** A form in the locale's participle ending that is no noun of that ending ("rallying", not "morning"). */
function opensGerund(w: Word, lex: FrameContext["lex"]): boolean {
  return w.kind === "word" && !w.cap && suffixParticiple(w, lex);
}

/** ", adding …", ", referring to …": a present participle opens a clause of its own. */
export function opensParticiple(w: Word | undefined, lex: FrameContext["lex"]): boolean {
  if (!w || w.kind !== "word" || w.cap) return false;
  if (lex.presentParticiples.has(w.lower)) return true;
  // English: ", angered that …", ", asked about …": a past participle opens one too.
  if (!lex.capitalizedNouns && (lex.participles.has(w.lower) || hasPastFormEnding(w.text, lex))) return true;
  return suffixParticiple(w, lex);
}

/** A participle known by its suffix alone: a stem of three letters or more, not one of `notParticiples` ("thing"). */
function suffixParticiple(w: Word, lex: FrameContext["lex"]): boolean {
  return hasParticipleSuffix(w.lower, lex) && w.lower.length > lex.participleSuffix.length + 2 && !lex.notParticiples.has(w.lower);
}

/**
 * A clause after a comma is content when it opens with a complementizer, or holds a finite verb or an
 * infinitive with its marker, and is not an adverbial clause ("…, weil …") or a coordinated verb
 * phrase ("…, aber versprochen, …").
 */
function isContentClause(words: readonly Word[], from: number, to: number, ctx: FrameContext, kind: CueForm["verb"]["kind"]): boolean {
  const first = words[from]!;
  const { lex } = ctx;
  // "…, said Dana Whitfield, who runs a bakery": a relative clause after a comma says nothing reported,
  // and neither does a participle clause (", referring to the actor …").
  if (lex.relativePronouns.has(first.lower) || opensParticiple(first, lex) || opensRelativeClause(words, from, lex)) return false;
  // "…, die heftiger sein werden als üblich": the clause layer reads a relative clause where the article
  // and the pronoun look alike.
  if (ctx.clauses && clauseAt(ctx.clauses, first.start)?.kind === "relative" && clauseAt(ctx.clauses, first.start)?.start === first.start) return false;
  if (lex.complementizers.has(first.lower)) return true;
  if (lex.conjunctions.has(first.lower)) return false;
  // "Nachdem X die Polizei informiert hatte, wurde eine Sonderkommission eingerichtet": after a clause
  // standing first, the main clause opens with its finite verb; a clause said never does.
  if (lex.capitalizedNouns && isPlainFiniteVerb(first, lex)) return false;
  if (lex.subordinators.has(first.lower) && !lex.determiners.has(first.lower)) return false;
  if (hasInfinitiveMarker(words, from, to, ctx)) return true;
  // A clause of its own after the comma: in the reporting mood, or opening with its subject after a
  // verb of saying or writing ("…, das Angebot sei fair", "…, Putin werde kommen").
  if (hasReportingMood(words, from, to, ctx)) return true;
  // "…, 200 feste Mitarbeiter sollen entlassen werden": a number or adjective may open the subject too.
  const opensWithSubject =
    lex.determiners.has(first.lower) || lex.pronouns.has(first.lower) || isNoun(first, lex) || first.kind === "number" || (lex.capitalizedNouns && !first.cap && phraseAt(words, from, lex) !== null);
  return kind !== "thought" && kind !== "attitude" && opensWithSubject && hasFiniteVerb(words, from, Math.min(to, from + V2_REACH), ctx);
}

/** Words within which a clause of its own has its finite verb (the second position, after a long subject). */
const V2_REACH = 8;

function hasReportingMood(words: readonly Word[], from: number, to: number, ctx: FrameContext): boolean {
  for (let j = from; j < to; j++) if (ctx.lex.subjunctive.has(words[j]!.lower) || ctx.lex.conditional.has(words[j]!.lower)) return true;
  return false;
}

/** The sentence without the clause [from, to): what an "as X said" clause frames. */
function outsideClause(words: readonly Word[], from: number, to: number): Range[] | null {
  const ranges: Range[] = [];
  let s = 0;
  let e = from;
  while (e > s && (words[e - 1]!.text === "," || words[e - 1]!.kind === "punct")) e--;
  const before = wordsRange(words, s, e);
  if (before && e - s >= MIN_CONTENT_WORDS) ranges.push(before);
  s = to;
  while (s < words.length && words[s]!.text === ",") s++;
  const end = contentEnd(words, s, words.length);
  const after = wordsRange(words, s, end);
  if (after && end - s >= MIN_CONTENT_WORDS) ranges.push(after);
  return ranges.length ? ranges : null;
}

/** The sentence before `view` in the same block, as a range. */
function previousSentenceRange(view: SentenceView, ctx: FrameContext): Range | null {
  const previous = ctx.previousSentence?.(view);
  return previous ?? null;
}

/** The subject of the sentence's first clause, for a cue whose subject is left out ("…, sagte aber, …"). */
function firstSubject(view: SentenceView, ctx: FrameContext): ReturnType<typeof speakerOf> {
  const { words } = view;
  const start = skipAdverbs(words, 0, ctx.lex);
  const phrase = phraseAt(words, start, ctx.lex, { apposition: true, coordination: true });
  if (phrase && (phrase.pronoun || !isFunctionWord(words[phrase.from]!, ctx.lex))) return speakerOf(words, phrase);
  // "So hat sich etwa die Vorsitzende … ausgesprochen und behauptet, …": after an adverb the finite verb comes
  // second and the subject after it.
  const w = words[start];
  if (!phrase && start > 0 && ctx.lex.capitalizedNouns && w && !w.cap && isVerb(w, ctx.lex)) {
    const after = subjectAfter(words, start + 1, ctx.lex, words.length, ctx.times ?? [])?.phrase ?? null;
    if (after) return speakerOf(words, after);
  }
  return null;
}

function withAntecedent(ref: SpeakerRef | null, words: readonly Word[], antecedent: Phrase | null): SpeakerRef | null {
  const ante = speakerOf(words, antecedent);
  return ref && ante ? { ...ref, antecedent: ante } : ref;
}

/**
 * "…, Trump said, adding that …", "Clinton celebrated, declaring it “another super Tuesday”": a present
 * participle of a cue verb opening a clause after a comma. Its subject is the main clause's: the speaker of
 * the attribution before it in the sentence, else the subject of the verb before the comma. What follows
 * it is the content: a that-clause or quotation, else its object ("calling Trump a fascist", reported).
 */
function participleFrame(view: SentenceView, k: number, forms: readonly CueForm[], ctx: FrameContext, earlier: readonly Frame[]): Frame | null {
  const { words } = view;
  const { lex } = ctx;
  const w = words[k]!;
  const form = forms.find((f) => f.tag === "nonfinite");
  if (!form || words[k - 1]?.text !== "," || !opensParticiple(w, lex)) return null;
  const verb = form.verb;
  // ", speaking at the rally,": a verb that requires a word ("speaking about …") is no cue without it.
  if (verb.requires && !verb.requires.some((r) => requiredAfter(words, k, r, lex))) return null;
  const match: CueMatch = { form, particleAt: -1 };
  const end = clauseEndOf(words, k);
  // ", calling him a “nice guy”", ", calling them rapists and vowing …": a verb of naming takes its object
  // and predicate, up to a participle joined by a conjunction.
  const named = verb.namesPredicate && !lex.capitalizedNouns ? namedPredicate(words, k + 1, end, lex) : null;
  const found = named ? { ranges: [named] } : contentAfterCue(view, k + 1, ctx, match);
  let content = found?.ranges ?? null;
  let type: Frame["type"] = named ? "reported" : "indirect";
  if (!content && verb.reportsObject) {
    const range = wordsRange(words, k + 1, contentEnd(words, k + 1, end));
    if (range && end - (k + 1) >= MIN_CONTENT_WORDS) {
      content = [range];
      type = "reported";
    }
  }
  if (!content) return null;
  const before = earlier.filter((f) => f.cueWord < k && f.speaker).at(-1);
  let speaker: SpeakerRef | null = before?.speaker ? { ...before.speaker } : null;
  if (!speaker) {
    const found = lex.capitalizedNouns ? null : subjectOfVerbBefore(words, k - 1, lex, ctx.times ?? []);
    speaker = found ? withAntecedent(speakerOf(words, found.phrase), words, found.antecedent ?? null) : firstSubject(view, ctx);
  }
  return {
    sentence: view,
    cue: { start: w.start, end: w.end },
    cueWord: k,
    how: "verb",
    rule: "verb.participle",
    verb,
    speaker,
    content,
    type,
    clauseStart: k - 1,
    contentAfter: true,
  };
}

/** Object and predicate of a verb of naming from `from` to the clause end or a conjunction before a participle or a subject pronoun; null when shorter than two words. */
function namedPredicate(words: readonly Word[], from: number, end: number, lex: FrameContext["lex"]): Range | null {
  let e = from;
  while (e < end && !(lex.conjunctions.has(words[e]!.lower) && (opensParticiple(words[e + 1], lex) || lex.subjectPronouns.has(words[e + 1]?.lower ?? "")))) e++;
  e = contentEnd(words, from, e);
  return e - from >= MIN_CONTENT_WORDS ? wordsRange(words, from, e) : null;
}

/** Whether a hypothetical modal ("könnte", "würde") stands earlier in the clause of word k. */
function underHypothetical(words: readonly Word[], k: number, lex: FrameContext["lex"]): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (CLAUSE_BREAK.has(w.text) || w.kind === "quote") return false;
    if (lex.hypotheticalModals.has(w.lower)) return true;
  }
  return false;
}

/** The subject the clause layer gives the clause of the verb at k, as a phrase of the sentence's words. */
export function clauseSubjectPhrase(words: readonly Word[], k: number, ctx: FrameContext): Phrase | null {
  const subject = subjectOfVerb(ctx.clauses!, words[k]!.start);
  if (!subject) return null;
  const from = words.findIndex((w) => w.start >= subject.start);
  let to = from;
  while (to < words.length && words[to]!.end <= subject.end) to++;
  if (from < 0 || to <= from) return null;
  return { from, to, ...(to - from === 1 && ctx.lex.pronouns.has(words[from]!.lower) ? { pronoun: true } : {}) };
}

/** Longest bare name read as a subject after the verb ("Conze", "Angela Merkel", "Frank-Walter Steinmeier"). */
const MAX_BARE_NAME = 3;

/**
 * Whether the phrase before a German verb is its object and the phrase after it its subject: the phrase
 * before opens with a word that is never nominative ("Den Börsenwert beziffert der „Focus“"), or it names no
 * source (abstract by its ending: "Eine Verschiebung bezeichnete Conze als fatal", "Die Entwicklung
 * verglich Merkel mit …") while the phrase after does: a body, outlet, group, anonymous source or office
 * by its head, or a bare name (capitalised words without determiner, no noun of saying).
 */
function frontedObject(words: readonly Word[], before: Phrase, after: Phrase, lex: FrameContext["lex"]): boolean {
  const first = words[before.from]!;
  if (lex.locale.clauses.nonNominative.includes(first.lower)) return !lex.locale.clauses.nonNominative.includes(words[after.from]!.lower) && !namesNoSource(words, after, lex);
  // An indefinite phrase alone may be a quantified subject ("Einige der Abgeordneten haben Blair geschrieben").
  const head = headNoun(words, before, lex);
  if (!head || !lex.abstractNounEndings.some((e) => head.lower.endsWith(e)) || !namesNoSource(words, before, lex)) return false;
  return namesSource(words, after, lex);
}

/**
 * For a main clause whose subject the clause layer gives (`subject`, word indices) around its finite verb at
 * v: the phrase that is its subject by the rules of frontedObject ("Jegliche Mitverantwortung weist
 * Hartmann von sich": "Hartmann"; "Zypries sieht darin eine Bestätigung": "Zypries"), else null.
 */
export function subjectAcrossVerb(words: readonly Word[], subject: Phrase, v: number, lex: FrameContext["lex"]): Phrase | null {
  if (subject.to <= v) {
    const after = subjectAfter(words, v + 1, lex, words.length)?.phrase ?? null;
    return after && !after.pronoun && frontedObject(words, subject, after, lex) ? after : null;
  }
  if (subject.from <= v) return null;
  const before = phraseBefore(words, v, 0, lex);
  if (!before || before.pronoun || before.to !== v || !startsClause(words, before.from, lex)) return null;
  return namesNoSource(words, subject, lex) && namesSource(words, before, lex) ? before : null;
}

/** An inflected adjective's ending ("Jegliche", "Erste", "Neuen"). */
const ADJECTIVE_ENDING = /\p{Ll}(?:e|en|er|es|em)$/u;

/**
 * A German phrase's head noun: its first capitalised word that is no determiner, past an adjective
 * capitalised only because it opens the sentence ("Jegliche Mitverantwortung": "Mitverantwortung").
 */
function headNoun(words: readonly Word[], phrase: Phrase, lex: FrameContext["lex"]): Word | undefined {
  const i = words.slice(phrase.from, phrase.to).findIndex((w) => w.kind === "word" && w.cap && !lex.determiners.has(w.lower));
  if (i < 0) return undefined;
  const at = phrase.from + i;
  const next = words[at + 1];
  const adjective = startsAfterSentenceStart(words, at) && ADJECTIVE_ENDING.test(words[at]!.text) && next !== undefined && at + 1 < phrase.to && next.kind === "word" && next.cap;
  return adjective ? next : words[at];
}

/** Whether a phrase names a source by its head (a body, outlet, group, anonymous source, office) or (with `bareNames`) is a bare name. */
export function namesSource(words: readonly Word[], phrase: Phrase, lex: FrameContext["lex"], bareNames = true): boolean {
  const span = words.slice(phrase.from, phrase.to);
  if (lex.locale.clauses.nonNominative.includes(span[0]!.lower)) return false;
  const head = headNoun(words, phrase, lex);
  if (!head) return false;
  const heads = sourceHeadsOf(lex);
  if (heads.exact.has(head.lower) || heads.suffixes.some((h) => head.lower.endsWith(h))) return true;
  if (!bareNames) return false;
  const bare = !lex.determiners.has(span[0]!.lower) && span.length <= MAX_BARE_NAME && span.every((w) => w.kind === "word" && w.cap);
  return bare && !span.some((w) => lex.sayingNouns.some((n) => w.lower.endsWith(n)) || lex.abstractNounEndings.some((e) => w.lower.endsWith(e)));
}

const sourceHeads = new WeakMap<FrameContext["lex"], { exact: Set<string>; suffixes: string[] }>();

/** The heads that name a source (bodies, outlets, anonymous sources, groups, offices in both genders), once per lexicon. */
function sourceHeadsOf(lex: FrameContext["lex"]): { exact: Set<string>; suffixes: string[] } {
  let heads = sourceHeads.get(lex);
  if (!heads) {
    const all = [...lex.organizationHeads, ...lex.mediaHeads, ...lex.anonymousHeads, ...lex.groupHeads, ...lex.locale.roles.roles.flatMap((r) => [r.word, r.female ?? `${r.word}in`].map((x) => x.toLowerCase()))];
    heads = { exact: new Set(all), suffixes: all.filter((h) => h.length >= MIN_HEAD_SUFFIX) };
    sourceHeads.set(lex, heads);
  }
  return heads;
}

/** Heads this short only match whole words ("rat" is not "Beratung"). */
const MIN_HEAD_SUFFIX = 5;

/**
 * Whether a phrase is indefinite or its head noun (German: its first noun) abstract by its ending ("Eine
 * Stellungnahme", "Die Forderung"), and its head is not that of a body, outlet, group or anonymous source
 * ("Regierung", "Zeitung", "ein Sprecher").
 */
export function namesNoSource(words: readonly Word[], phrase: Phrase, lex: FrameContext["lex"]): boolean {
  if (lex.abstractNounEndings.length === 0) return false;
  const head = headNoun(words, phrase, lex);
  // An indefinite object stands before the verb more often than an indefinite subject before a pronoun object.
  const indefinite = lex.indefinite.has(words[phrase.from]!.lower);
  if (!head || !(indefinite || lex.abstractNounEndings.some((e) => head.lower.endsWith(e)))) return false;
  const sources = [...lex.organizationHeads, ...lex.mediaHeads, ...lex.anonymousHeads, ...lex.groupHeads];
  return !sources.some((h) => head.lower === h || (h.length >= MIN_HEAD_SUFFIX && head.lower.endsWith(h)));
}

/**
 * Whether a phrase opens one of the objects the clause layer gives the cue's clause, where that reading is
 * sure: the phrase opens with a word that is never nominative ("den Schritt"). (A bare plural, an
 * apposition or a pronoun can be either case: "Beobachter werten …", "Der Chef, Hans Muster, sagte".)
 */
function isClauseObject(words: readonly Word[], phrase: Phrase, k: number, ctx: FrameContext): boolean {
  if (phrase.pronoun) return false;
  const clause = clauseOfVerb(ctx.clauses!, words[k]!.start);
  const at = words[phrase.from]!.start;
  if (clause === null || !clause.objects.some((o) => o.start <= at && at < o.end)) return false;
  return ctx.lex.locale.clauses.nonNominative.includes(words[phrase.from]!.lower);
}

/** Words between a cue and the complement clause the clause layer gives it ("said on Monday that …"). */
const COMPLEMENT_REACH = 4;

/** A complement clause with a finite verb that the clause layer hangs on the cue's clause, starting right after the cue. */
function complementClause(words: readonly Word[], k: number, ctx: FrameContext): Range | null {
  const clauses = ctx.clauses!;
  const own = clauseOfVerb(clauses, words[k]!.start);
  if (!own) return null;
  const index = clauses.indexOf(own);
  const limit = words[Math.min(words.length - 1, k + COMPLEMENT_REACH)]!.end;
  const child = clauses.find((c) => c.parent === index && c.kind === "complement" && c.finite && c.start >= words[k]!.end && c.start <= limit);
  if (!child) return null;
  const from = words.findIndex((w) => w.start >= child.start);
  let to = from;
  while (to < words.length && words[to]!.end <= child.end) to++;
  const end = contentEnd(words, from, to);
  return end - from >= MIN_CONTENT_WORDS ? wordsRange(words, from, end) : null;
}
