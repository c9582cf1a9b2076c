/**
 * What the claim comparison reads of one attribution: the sentences it lies in, the tokens of its
 * content and of its cue's sentence, who its speaker is (names, or anonymous; the keys that would show
 * the speaker in another text), whether it quotes, whether it is hedged, its channel, the names in its
 * content. And the concept classes (src/locales/shared/concepts.ts) asked of a stretch of tokens.
 */
import { CHANNEL_CONCEPTS, CHANNEL_KIND_OF, EPISTEMIC_CONCEPTS, HEDGE_CONCEPTS, MODAL_CONCEPTS, NEGATION_CONCEPTS, PRONOUN_CONCEPTS, SPEECH_CONCEPTS } from "../locales/shared/concepts.js";
import type { Attribution, Span } from "../model/types.js";
import { nounSet } from "../stages/entities/resources.js";
import { lexiconOf } from "./lexicon.js";
import { nameKey, tokensOf, type FullProfile, type TokenFeature } from "./profile.js";
import { isCapitalized, wordTokens } from "./words.js";

const SPEECH = new Set(SPEECH_CONCEPTS);
const HEDGE = new Set(HEDGE_CONCEPTS);
const MODAL = new Set(MODAL_CONCEPTS);
const NEGATION = new Set(NEGATION_CONCEPTS);
const PRONOUN = new Set(PRONOUN_CONCEPTS);
const CHANNEL = new Set(CHANNEL_CONCEPTS);
const EPISTEMIC = new Set(EPISTEMIC_CONCEPTS);
/** Concepts that stand for a place in a name ("Russland" and "Russia" are one). */
const PLACE_CONCEPT = /^@country:/;
/** Quotation marks of any language. */
export const QUOTE_MARKS = /["„“”«»‚‘’‹›]/;
/** Name words shorter than this are too ambiguous to tell one name from another ("PM", "Ms"). */
const MIN_NAME_LENGTH = 4;
/** Two name words that begin with this many of the same letters are one name spelt two ways ("Olivier", "Oliver"). */
const NAME_PREFIX = 4;
/** Hedge kinds of the stance stage that qualify a claim (conditionals such as "falls" do not). */
const CLAIM_HEDGES: ReadonlySet<string> = new Set(["modal", "adverb", "hearsay", "evidential"]);
/** Speaker kinds that name a source. */
const NAMED_KINDS: ReadonlySet<string> = new Set(["person", "organization", "media", "state"]);

/**
 * How a claim names its source: by name ("Karin Vogt", "Reuters"), anonymously ("ein Sprecher der
 * Stadt", "officials"), by description only ("der Mieterverein", "die Polizei"), or not at all (passive).
 */
export type SpeakerClass = "named" | "anonymous" | "described" | "none";

export interface ClaimFacts {
  attribution: Attribution;
  /** Sentence indices the attribution lies in: the cue's and the content's. */
  sentences: number[];
  /** Tokens of the content. */
  content: TokenFeature[];
  /** Tokens of the content and the cue's sentence. */
  around: TokenFeature[];
  speaker: SpeakerClass;
  /** Folded names (and place concepts) that name the speaker. */
  speakerNames: Set<string>;
  /** What shows the speaker in another text: its names, places and pronouns. */
  speakerKeys: Set<string>;
  /** A claim the analysis is sure of: a speaker, and quotation marks or a verb or cue of saying. */
  confident: boolean;
  quoted: boolean;
  hedged: boolean;
  /** The hedge words, for the detail. */
  hedgeWords: string[];
  channel: string | null;
  /** The channel the words of the cue's sentence name ("interview", "Pressemitteilung"), where the analysis found none. */
  namedChannel: string | null;
  /** Names and concepts of the channel's words ("Interview", "Bloomberg"). */
  channelKeys: Set<string>;
  /** Names of people, organisations and places mentioned in the content (folded name words). */
  contentNames: Set<string>;
  /** The span a change of this claim points at: its cue's sentence through the end of its content. */
  span: Span;
}

/** Tokens of the profile within [start, end). */
export function tokensIn(p: FullProfile, start: number, end: number): TokenFeature[] {
  const out: TokenFeature[] = [];
  p.sentences.forEach((s, i) => {
    if (s.end <= start || s.start >= end) return;
    for (const t of tokensOf(p, i)) if (t.start >= start && t.end <= end) out.push(t);
  });
  return out;
}

/** Whether a token of the stretch is one of the concepts (the word itself, not a part of a compound). */
export function hasConcept(tokens: readonly TokenFeature[], set: ReadonlySet<string>): boolean {
  return tokens.some((t) => !t.compound && t.concepts.some((c) => set.has(c)));
}

export const hasSpeech = (tokens: readonly TokenFeature[]) => hasConcept(tokens, SPEECH);
/** Hedges, modal verbs and words of opinion: a stretch without any states plainly. */
export const hasHedgeOrModal = (tokens: readonly TokenFeature[]) => hasConcept(tokens, HEDGE) || hasConcept(tokens, MODAL) || hasConcept(tokens, EPISTEMIC);
export const hasChannel = (tokens: readonly TokenFeature[]) => hasConcept(tokens, CHANNEL);
export const negations = (tokens: readonly TokenFeature[]) => tokens.filter((t) => !t.compound && t.concepts.some((c) => NEGATION.has(c))).length;

/** Names in tokens: capitalised words no lexicon knows (folded), and countries. */
export function namesIn(tokens: readonly TokenFeature[], skipFirst = false): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.kind !== "word") return;
    if (t.name && !(skipFirst && k === 0)) out.add(nameKey(t.fold));
    for (const c of t.concepts) if (PLACE_CONCEPT.test(c)) out.add(c);
  });
  return out;
}

/** Everything a stretch of tokens offers to recognise a speaker or a channel by: names, places, concepts. */
export function recognisable(tokens: readonly TokenFeature[]): Set<string> {
  const out = namesIn(tokens);
  for (const t of tokens) for (const c of t.concepts) out.add(c);
  return out;
}

/**
 * Whether one name word stands for another: spelt alike ("Olivier"/"Oliver", "Thüringer"/"Thuringian")
 * or with one letter wrong, missing or swapped ("RTVE"/"TRVE"); short ones only when equal.
 */
export function sameName(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length < MIN_NAME_LENGTH || y.length < MIN_NAME_LENGTH) return false;
  return x.slice(0, NAME_PREFIX) === y.slice(0, NAME_PREFIX) || oneEditApart(x, y);
}

/** Whether two words differ by one substitution, insertion, deletion or swap of neighbouring letters. */
function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.slice(i + 1) === short.slice(i);
}

/** Whether some name of x stands for some name of y. */
export function sharesName(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const n of x) for (const o of y) if (sameName(n, o)) return true;
  return false;
}

/** Names of `names` that have no counterpart (the same name, or one spelt alike) in `other`. */
export function namesMissing(names: Iterable<string>, other: ReadonlySet<string>): string[] {
  const others = [...other];
  return [...names].filter((n) => n.length >= MIN_NAME_LENGTH && !others.some((o) => sameName(n, o)));
}

/** The facts of every attribution of a profile, by id. */
export function claimFactsOf(p: FullProfile): Map<string, ClaimFacts> {
  const a = p.analysis;
  const out = new Map<string, ClaimFacts>();
  const entities = new Map((a.entities ?? []).map((e) => [e.id, e]));
  for (const at of a.attributions ?? []) {
    const sentences = new Set<number>([at.sentence]);
    for (const c of at.content) p.sentences.forEach((s, i) => s.start < c.end && c.start < s.end && sentences.add(i));
    const content = at.content.flatMap((c) => tokensIn(p, c.start, c.end));
    const cueSentence = p.sentences[at.sentence];
    const around = cueSentence ? [...tokensIn(p, cueSentence.start, cueSentence.end), ...content.filter((t) => t.start >= cueSentence.end || t.end <= cueSentence.start)] : content;
    const names = new Set<string>();
    const keys = new Set<string>();
    if (at.speaker) {
      const speakerTokens = tokensIn(p, at.speaker.start, at.speaker.end);
      for (const n of namesIn(speakerTokens)) names.add(n);
      const entity = at.speaker.entity ? entities.get(at.speaker.entity) : undefined;
      if (entity) for (const n of nameFolds(entity.name, p)) names.add(n);
      for (const n of names) keys.add(n);
      // Pronouns and the nouns that name a source ("Quellen", "sources"; "die Polizei", "police").
      for (const t of speakerTokens) for (const c of t.concepts) if (PRONOUN.has(c) || !t.functionWord) keys.add(c);
    }
    const speaker: SpeakerClass = !at.speaker
      ? "none"
      : NAMED_KINDS.has(at.speaker.kind) && names.size > 0
        ? "named"
        : at.speaker.kind === "anonymous" || (at.speaker.kind === "group" && names.size === 0)
          ? "anonymous"
          : "described";
    // Hedges in the content that the lexicon agrees are hedges (the cue's own strength, "behauptete", is the cue's).
    const hedgeTokens = content.filter((t) => !t.compound && t.concepts.some((c) => HEDGE.has(c)));
    const hedges = (a.hedges ?? []).filter(
      (h) => CLAIM_HEDGES.has(h.kind) && at.content.some((c) => h.start >= c.start && h.end <= c.end) && hedgeTokens.some((t) => t.start >= h.start && t.end <= h.end),
    );
    const cueTokens = tokensIn(p, at.cue.start, at.cue.end);
    const quoted = at.type === "direct" || at.type === "mixed";
    const contentStart = Math.min(...at.content.map((c) => c.start), at.cue.start);
    const contentEnd = Math.max(...at.content.map((c) => c.end), at.cue.end);
    const from = Math.min(cueSentence?.start ?? contentStart, contentStart);
    const to = Math.max(cueSentence?.end ?? contentEnd, contentEnd);
    const contentNames = new Set<string>();
    for (const e of a.entities ?? []) {
      for (const m of e.mentions) {
        if (m.form === "pronoun" || !at.content.some((c) => m.start >= c.start && m.end <= c.end)) continue;
        for (const n of nameFolds(m.text, p)) contentNames.add(n);
      }
    }
    out.set(at.id, {
      attribution: at,
      sentences: [...sentences].sort((x, y) => x - y),
      content,
      around,
      speaker,
      speakerNames: names,
      speakerKeys: keys,
      confident: speaker !== "none" && keys.size > 0 && (quoted || hasSpeech(cueTokens)),
      quoted,
      hedged: hedgeTokens.length > 0,
      hedgeWords: [...new Set([...hedges.map((h) => h.text), ...hedgeTokens.map((t) => t.raw)])],
      channel: at.channel?.kind ?? null,
      namedChannel: at.channel ? null : channelNamed(cueSentence ? tokensIn(p, cueSentence.start, cueSentence.end) : content),
      channelKeys: at.channel ? recognisable(tokensIn(p, at.channel.start, at.channel.end)) : new Set(),
      contentNames,
      span: { start: from, end: to, text: a.text.slice(from, to) },
    });
  }
  return out;
}

/** The channel kind the first channel word of some tokens stands for. */
function channelNamed(tokens: readonly TokenFeature[]): string | null {
  for (const t of tokens) {
    if (t.compound) continue;
    for (const c of t.concepts) if (CHANNEL_KIND_OF[c]) return CHANNEL_KIND_OF[c]!;
  }
  return null;
}

/** The folded name words of a name (its capitalised words no lexicon knows, and countries). */
function nameFolds(name: string, p: FullProfile): Set<string> {
  const lex = lexiconOf(p.locale);
  const out = new Set<string>();
  const nouns = nounSet(p.locale.code);
  for (const w of wordTokens(name)) {
    if (w.kind !== "word" || !isCapitalized(w.raw)) continue;
    const sense = lex.sense(w.fold);
    if (sense.concepts.length === 0 && !nouns?.has(w.raw)) out.add(nameKey(w.fold));
    for (const c of sense.concepts) if (PLACE_CONCEPT.test(c)) out.add(c);
  }
  return out;
}
