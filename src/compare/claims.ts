/**
 * The claim-by-claim comparison: attributions of A and B paired through the sentence alignment (the
 * same aligned sentences, then the closest content and the same speaker), and for each pair what
 * changed — the speaker (`reattributed`, `anonymised`), quote and paraphrase, the hedges, the channel,
 * the content (a negation, an opposite, another name); attributions without a counterpart are
 * `attribution_added`/`_dropped`, or `attributed_to_editorial` where the sentence is still there in the
 * outlet's own voice. Where the other side's sentence still names the speaker or speaks of saying, the
 * analyses merely disagree about the attribution, and nothing is reported: wording is no change.
 */
import { OPPOSITE_CONCEPTS } from "../locales/shared/concepts.js";
import type { Change } from "../model/compare.js";
import type { Span } from "../model/types.js";
import type { Bead } from "./align.js";
import {
  claimFactsOf,
  hasChannel,
  hasConcept,
  hasHedgeOrModal,
  hasSpeech,
  namesIn,
  namesMissing,
  negations,
  QUOTE_MARKS,
  recognisable,
  sharesName,
  tokensIn,
  type ClaimFacts,
} from "./claim-facts.js";
import { tokensOf, type FullProfile, type TokenFeature } from "./profile.js";
import { tokenSimilarity } from "./similarity.js";

/** Bonus of a pair of attributions whose speakers share a name. */
const SAME_SPEAKER_BONUS = 0.3;
/** Attributions whose contents share less than this (and no speaker) are not paired … */
const MIN_PAIR_SCORE = 0.05;
/** … and less than this where their sentences were paired for their place alone (weak beads). */
const MIN_WEAK_PAIR_SCORE = 0.3;
/**
 * A pair of sentences made for its place alone that shares less than this (in one language, across two)
 * is a sentence replaced by another, not one rendered anew: a claim in it is dropped or added.
 */
const REPLACED_BELOW = { same: 0.12, cross: 0.03 } as const;
/**
 * A change of content (a negation, an opposite, a name) is read only from claims this similar
 * otherwise, in one language and across two: below, the two renderings differ too much in their words
 * to tell a changed claim from another wording.
 */
const CONTENT_GATE = { same: 0.5, cross: 0.2 } as const;
/** A negation or an opposite is read only from claims whose sentences are this similar otherwise. */
const POLARITY_GATE = { same: 0.8, cross: 0.25 } as const;

export interface Sides {
  a: FullProfile;
  b: FullProfile;
  beads: readonly Bead[];
  /** The bead of each sentence, -1 where it is not aligned. */
  beadOfA: Int32Array;
  beadOfB: Int32Array;
  /** Whether a bead pairs a sentence with the one that replaced it (see REPLACED_BELOW). */
  replaced: (bead: number) => boolean;
}

export function sidesOf(a: FullProfile, b: FullProfile, beads: readonly Bead[]): Sides {
  const beadOfA = new Int32Array(a.sentences.length).fill(-1);
  const beadOfB = new Int32Array(b.sentences.length).fill(-1);
  beads.forEach((bd, k) => {
    for (let i = bd.a0; i < bd.a1; i++) beadOfA[i] = k;
    for (let j = bd.b0; j < bd.b1; j++) beadOfB[j] = k;
  });
  const floor = a.language === b.language ? REPLACED_BELOW.same : REPLACED_BELOW.cross;
  return { a, b, beads, beadOfA, beadOfB, replaced: (k) => !!beads[k]!.weak && beads[k]!.similarity < floor };
}

function beadsOf(sentences: readonly number[], beadOf: Int32Array): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) if (beadOf[s]! >= 0) out.add(beadOf[s]!);
  return out;
}

/** The tokens of the other side's sentences aligned with these beads. */
function counterpartTokens(p: FullProfile, beads: readonly Bead[], which: Set<number>, side: "a" | "b"): TokenFeature[] {
  const out: TokenFeature[] = [];
  for (const k of which) {
    const bd = beads[k]!;
    const [s0, s1] = side === "a" ? [bd.a0, bd.a1] : [bd.b0, bd.b1];
    for (let i = s0; i < s1; i++) out.push(...tokensOf(p, i));
  }
  return out;
}

function counterpartSpan(p: FullProfile, beads: readonly Bead[], which: Set<number>, side: "a" | "b"): Span | null {
  let start = Infinity;
  let end = -Infinity;
  for (const k of which) {
    const bd = beads[k]!;
    const [s0, s1] = side === "a" ? [bd.a0, bd.a1] : [bd.b0, bd.b1];
    start = Math.min(start, p.sentences[s0]!.start);
    end = Math.max(end, p.sentences[s1 - 1]!.end);
  }
  return start < end ? { start, end, text: p.analysis.text.slice(start, end) } : null;
}

const intersects = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>) => [...x].some((v) => y.has(v));

/** Whether the other side's tokens still carry the claim's source: a speech word, the cue's concept, the speaker's name or pronoun. */
function stillAttributed(claim: ClaimFacts, claimSide: FullProfile, other: readonly TokenFeature[]): boolean {
  if (hasSpeech(other)) return true;
  const keys = recognisable(other);
  if (intersects(claim.speakerKeys, keys) || sharesName(claim.speakerNames, keys)) return true;
  const cue = tokensIn(claimSide, claim.attribution.cue.start, claim.attribution.cue.end);
  const cueConcepts = new Set(cue.flatMap((t) => t.concepts));
  return hasConcept(other, cueConcepts);
}

export interface ClaimPairing {
  pairs: [ClaimFacts, ClaimFacts][];
  onlyA: ClaimFacts[];
  onlyB: ClaimFacts[];
}

/** Pairs the attributions of A and B that lie in aligned sentences. */
export function pairClaims(s: Sides, factsA: Map<string, ClaimFacts>, factsB: Map<string, ClaimFacts>): ClaimPairing {
  const scored: { x: ClaimFacts; y: ClaimFacts; score: number }[] = [];
  for (const x of factsA.values()) {
    const bx = beadsOf(x.sentences, s.beadOfA);
    if (bx.size === 0) continue;
    for (const y of factsB.values()) {
      const shared = [...beadsOf(y.sentences, s.beadOfB)].filter((k) => bx.has(k));
      if (shared.length === 0) continue;
      const weak = shared.every((k) => s.beads[k]!.weak);
      const score = tokenSimilarity(x.content, y.content) + (sharesName(x.speakerNames, y.speakerNames) || intersects(x.speakerKeys, y.speakerKeys) ? SAME_SPEAKER_BONUS : 0);
      if (score >= (weak ? MIN_WEAK_PAIR_SCORE : MIN_PAIR_SCORE)) scored.push({ x, y, score });
    }
  }
  scored.sort((p, q) => q.score - p.score || p.x.attribution.sentence - q.x.attribution.sentence);
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const pairs: [ClaimFacts, ClaimFacts][] = [];
  for (const { x, y } of scored) {
    if (usedA.has(x.attribution.id) || usedB.has(y.attribution.id)) continue;
    usedA.add(x.attribution.id);
    usedB.add(y.attribution.id);
    pairs.push([x, y]);
  }
  pairs.sort((p, q) => p[0].span.start - q[0].span.start);
  return {
    pairs,
    onlyA: [...factsA.values()].filter((x) => !usedA.has(x.attribution.id)),
    onlyB: [...factsB.values()].filter((y) => !usedB.has(y.attribution.id)),
  };
}

const speakerText = (c: ClaimFacts) => c.attribution.speaker?.text ?? "nobody named";
const spanText = (p: FullProfile, sp: Span) => p.analysis.text.slice(sp.start, sp.end);

/** What changed between two paired claims. */
function pairChanges(x: ClaimFacts, y: ClaimFacts, s: Sides): Change[] {
  const out: Change[] = [];
  const ids = { a: x.attribution.id, b: y.attribution.id };
  const push = (op: Change["op"], detail: string) => out.push({ op, a: x.span, b: y.span, attribution: ids, detail });
  const bxBeads = beadsOf(x.sentences, s.beadOfA);
  const otherOfX = counterpartTokens(s.b, s.beads, bxBeads, "b");
  const otherOfY = counterpartTokens(s.a, s.beads, beadsOf(y.sentences, s.beadOfB), "a");
  const namesOfX = namesIn(otherOfX);
  const namesOfY = namesIn(otherOfY);

  if (x.speaker === "named" && y.speaker === "named" && !sharesName(x.speakerNames, y.speakerNames) && !sharesName(x.speakerNames, namesOfX)) {
    push("reattributed", `${speakerText(x)} → ${speakerText(y)}`);
  } else if (x.speaker === "named" && y.speaker === "anonymous" && !sharesName(x.speakerNames, namesOfX)) {
    push("anonymised", `${speakerText(x)} → ${speakerText(y)}`);
  } else if (x.speaker === "anonymous" && y.speaker === "named" && !sharesName(y.speakerNames, namesOfY)) {
    push("reattributed", `${speakerText(x)} → ${speakerText(y)} (named)`);
  }

  const quotesInY = QUOTE_MARKS.test(spanText(s.b, y.span)) || y.attribution.content.some((c) => QUOTE_MARKS.test(c.text));
  const quotesInX = QUOTE_MARKS.test(spanText(s.a, x.span)) || x.attribution.content.some((c) => QUOTE_MARKS.test(c.text));
  if (x.quoted && !y.quoted && !quotesInY) push("quote_to_paraphrase", `${x.attribution.type} → ${y.attribution.type}`);
  else if (!x.quoted && y.quoted && !quotesInX) push("paraphrase_to_quote", `${x.attribution.type} → ${y.attribution.type}`);

  if (x.hedged && !y.hedged && !hasHedgeOrModal(y.around) && !hasHedgeOrModal(otherOfX)) push("hedge_removed", `${x.hedgeWords.join(", ")} → stated`);
  else if (!x.hedged && y.hedged && !hasHedgeOrModal(x.around) && !hasHedgeOrModal(otherOfY)) push("hedge_added", `stated → ${y.hedgeWords.join(", ")}`);

  // The channel: the analysis's, else the one the words of the sentence name ("in an interview").
  const cx = x.channel ?? x.namedChannel;
  const cy = y.channel ?? y.namedChannel;
  // Only where the analysis found a channel on one side at least: the words alone are no channel.
  if (cx !== cy && (x.channel || y.channel)) {
    // A channel on one side only counts when the other side's sentences show none of its words.
    const missing =
      cx === null
        ? !intersects(y.channelKeys, recognisable(otherOfY)) && !hasChannel(otherOfY) && !hasChannel(x.around)
        : cy === null
          ? !intersects(x.channelKeys, recognisable(otherOfX)) && !hasChannel(otherOfX) && !hasChannel(y.around)
          : true;
    if (missing) push("channel_changed", `${cx ?? "none"} → ${cy ?? "none"}`);
  }

  const same = s.a.language === s.b.language;
  const content = contentChange(x, y, namesOfX, namesOfY, {
    names: tokenSimilarity(x.content, y.content) >= (same ? CONTENT_GATE.same : CONTENT_GATE.cross),
    polarity: tokenSimilarity(x.around, y.around) >= (same ? POLARITY_GATE.same : POLARITY_GATE.cross),
  });
  if (content) push("content_changed", content);
  return out;
}

const OPPOSITES: readonly (readonly [string, string])[] = OPPOSITE_CONCEPTS.flatMap(([p, q]) => [
  [p, q],
  [q, p],
]);

/** A change of what is claimed: the negation, an opposite word, another name. */
function contentChange(x: ClaimFacts, y: ClaimFacts, namesOfX: ReadonlySet<string>, namesOfY: ReadonlySet<string>, read: { names: boolean; polarity: boolean }): string | null {
  const details: string[] = [];
  if (read.polarity) {
    if (negations(x.around) % 2 !== negations(y.around) % 2) details.push(`negation ${negations(x.around) % 2 ? "dropped" : "added"}`);
    const cx = new Set(x.around.flatMap((t) => t.concepts));
    const cy = new Set(y.around.flatMap((t) => t.concepts));
    for (const [p, q] of OPPOSITES) {
      if (cx.has(p) && !cx.has(q) && cy.has(q) && !cy.has(p)) {
        details.push(`${wordOf(x.around, p)} → ${wordOf(y.around, q)}`);
        break;
      }
    }
  }
  if (!read.names) return details.length ? details.join("; ") : null;
  const namesX = namesMissing(x.contentNames, namesOfX).filter((n) => !x.speakerNames.has(n));
  const namesY = namesMissing(y.contentNames, namesOfY).filter((n) => !y.speakerNames.has(n));
  if (namesX.length && namesY.length) details.push(`${rawName(x.content, namesX[0]!)} → ${rawName(y.content, namesY[0]!)}`);
  return details.length ? details.join("; ") : null;
}

function wordOf(tokens: readonly TokenFeature[], concept: string): string {
  return tokens.find((t) => t.concepts.includes(concept))?.raw ?? concept;
}

function rawName(tokens: readonly TokenFeature[], folded: string): string {
  return tokens.find((t) => t.fold === folded || t.concepts.includes(folded))?.raw ?? folded;
}

/** Changes of the claims of A and B. */
export function claimChanges(s: Sides): { changes: Change[]; pairing: ClaimPairing } {
  const replaced = s.replaced;
  const factsA = claimFactsOf(s.a);
  const factsB = claimFactsOf(s.b);
  const pairing = pairClaims(s, factsA, factsB);
  const out: Change[] = [];
  for (const [x, y] of pairing.pairs) out.push(...pairChanges(x, y, s));
  for (const x of pairing.onlyA) {
    if (!x.confident) continue;
    const beads = beadsOf(x.sentences, s.beadOfA);
    if ([...beads].every(replaced)) {
      out.push({ op: "attribution_dropped", a: x.span, b: null, attribution: { a: x.attribution.id, b: null }, detail: `${speakerText(x)}: the claim is gone` });
      continue;
    }
    const other = counterpartTokens(s.b, s.beads, beads, "b");
    if (stillAttributed(x, s.a, other)) continue;
    out.push({ op: "attributed_to_editorial", a: x.span, b: counterpartSpan(s.b, s.beads, beads, "b"), attribution: { a: x.attribution.id, b: null }, detail: `${speakerText(x)} → the outlet's own voice` });
  }
  for (const y of pairing.onlyB) {
    if (!y.confident) continue;
    const beads = beadsOf(y.sentences, s.beadOfB);
    if ([...beads].every(replaced)) {
      out.push({ op: "attribution_added", a: null, b: y.span, attribution: { a: null, b: y.attribution.id }, detail: `${speakerText(y)}: a new claim` });
      continue;
    }
    const other = counterpartTokens(s.a, s.beads, beads, "a");
    if (stillAttributed(y, s.b, other)) continue;
    out.push({ op: "attribution_added", a: counterpartSpan(s.a, s.beads, beads, "a"), b: y.span, attribution: { a: null, b: y.attribution.id }, detail: `the outlet's own voice → ${speakerText(y)}` });
  }
  return { changes: out, pairing };
}
