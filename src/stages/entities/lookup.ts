import type { Entity, Mention } from "../../model/types.js";
import { SpanIndex } from "../../model/span-index.js";

/**
 * Pure look-ups over an analysis's `entities`, for the stages after this one (attribution resolves a
 * speaker span to an entity with them). They never change their input.
 */

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/**
 * The mentions of an analysis's entities indexed by position, in the order of a walk over the entities
 * and their mentions, for callers that look up many spans (a scan per look-up is quadratic on long texts).
 */
export class EntityIndex {
  readonly hits: readonly MentionHit[];
  private readonly spans: SpanIndex<Mention>;

  constructor(readonly entities: readonly Entity[]) {
    const hits: MentionHit[] = [];
    for (const entity of entities) for (const mention of entity.mentions) hits.push({ entity, mention });
    this.hits = hits;
    this.spans = new SpanIndex(hits.map((h) => h.mention));
  }

  /** The hits whose mentions overlap [start, end), in walk order. */
  overlapping(start: number, end: number): MentionHit[] {
    return this.spans.overlapping(start, end).map((i) => this.hits[i]!);
  }

  /** The hits whose mentions lie inside [start, end], in walk order. */
  inside(start: number, end: number): MentionHit[] {
    return this.spans.startingIn(start, end).flatMap((i) => (this.hits[i]!.mention.end <= end ? [this.hits[i]!] : []));
  }
}

function indexOf(entities: readonly Entity[] | EntityIndex): EntityIndex {
  return entities instanceof EntityIndex ? entities : new EntityIndex(entities);
}

/** The mention that covers `offset` (start ≤ offset < end), with its entity; the shortest if several do. */
export function mentionAt(entities: readonly Entity[] | EntityIndex, offset: number): MentionHit | undefined {
  let best: MentionHit | undefined;
  for (const hit of indexOf(entities).overlapping(offset, offset + 1)) {
    if (!best || hit.mention.end - hit.mention.start < best.mention.end - best.mention.start) best = hit;
  }
  return best;
}

/** Every mention lying inside [start, end), in text order. */
export function mentionsInSpan(entities: readonly Entity[] | EntityIndex, start: number, end: number): MentionHit[] {
  return indexOf(entities)
    .inside(start, end)
    .sort((a, b) => a.mention.start - b.mention.start);
}

/** How likely a mention is the head of a phrase: a person's name over an outlet or organisation over a place. */
const TYPE_RANK: Record<Entity["type"], number> = { person: 3, media: 2, organization: 2, location: 1 };
/** Forms that modify a head rather than being one: "südkoreanische" (demonym) before a noun. */
const MODIFIER_FORMS = new Set<Mention["form"]>(["demonym"]);

/**
 * The entity a span of text stands for, preferring its head: for "der südkoreanische Verteidigungsminister
 * Shin Won-sik" the person Shin Won-sik (not Südkorea, named by the demonym), for "Die russische Zeitung
 * Wedomosti" the outlet. Among the mentions inside the span it prefers names over demonyms and parts of
 * words ("US" in "US-Außenminister"), persons over outlets and organisations over places, then the
 * longest, then the last (a German or English noun phrase ends in its head more often than it starts with
 * it). With no mention inside, the mention overlapping the span most; undefined when none overlaps.
 */
export function entityForSpan(entities: readonly Entity[] | EntityIndex, start: number, end: number, text?: string): Entity | undefined {
  const index = indexOf(entities);
  const inside = mentionsInSpan(index, start, end);
  if (inside.length) {
    let best: { hit: MentionHit; score: number[] } | undefined;
    for (const hit of inside) {
      const score = [
        MODIFIER_FORMS.has(hit.mention.form) || (text !== undefined && insideWord(text, hit.mention)) ? 0 : 1,
        TYPE_RANK[hit.entity.type],
        hit.mention.end - hit.mention.start,
        hit.mention.start,
      ];
      if (!best || compareScores(score, best.score) > 0) best = { hit, score };
    }
    return best?.hit.entity;
  }
  let bestOverlap: { entity: Entity; overlap: number } | undefined;
  for (const { entity, mention: m } of index.overlapping(start, end)) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > 0 && (!bestOverlap || overlap > bestOverlap.overlap)) bestOverlap = { entity, overlap };
  }
  return bestOverlap?.entity;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Whether a mention is part of a longer word ("US" of "US-Außenminister", "Kreml" of "Kreml-Sprecher"). */
function insideWord(text: string, m: Mention): boolean {
  const letterOrHyphen = /[\p{L}\p{N}-]/u;
  return letterOrHyphen.test(text.charAt(m.end)) || (m.start > 0 && letterOrHyphen.test(text.charAt(m.start - 1)));
}
