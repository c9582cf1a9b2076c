/**
 * What kind of source a speaker phrase names, and which of the article's entities it is: the
 * entities stage's types and coreference where it ran (a pronoun "er" is a mention of its person),
 * else the phrase's own words (a coordination is a group, "ein Sprecher" anonymous, "die Zeitung"
 * an outlet).
 */
import type { Entity, SpeakerKind } from "../../model/types.js";
import type { Range, SpeakerRef } from "./frame.js";
import type { Lexicon } from "./lexicon.js";

const KIND_BY_ENTITY_TYPE: Record<Entity["type"], SpeakerKind> = {
  person: "person",
  organization: "organization",
  media: "media",
  location: "state",
};
/** Preference among entities named inside one speaker phrase: the person a role describes first. */
const ENTITY_PREFERENCE: Record<Entity["type"], number> = { person: 0, media: 1, organization: 2, location: 3 };

/** The entity a speaker phrase names: one of its mentions inside the phrase, a person before the rest. */
export function entityForSpeaker(entities: readonly Entity[], range: Range): Entity | undefined {
  let best: { entity: Entity; score: number } | undefined;
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (m.start < range.start || m.end > range.end) continue;
      const exact = m.start === range.start && m.end === range.end;
      // Exact mentions first, then by type, then the later mention (a name in apposition after its role).
      const score = (exact ? 0 : 10) + ENTITY_PREFERENCE[entity.type] - m.start / 1e9;
      if (!best || score < best.score) best = { entity, score };
    }
  }
  return best?.entity;
}

function headMatches(word: string, heads: readonly string[]): boolean {
  return heads.some((h) => word === h || word.endsWith(h) || word.endsWith("-" + h));
}

/** The kind of source, from the linked entity or the phrase's words. */
export function speakerKind(ref: SpeakerRef, lex: Lexicon, entity: Entity | undefined): SpeakerKind {
  if (ref.coordinated) return "group";
  if (ref.pronoun) return lex.pronouns.get(ref.words[0]?.lower ?? "") === "plural" ? "group" : entity ? KIND_BY_ENTITY_TYPE[entity.type] : "person";
  const words = ref.words.filter((w) => w.kind === "word");
  const first = words[0];
  const indefinite = first !== undefined && lex.indefinite.has(first.lower);
  const nouns = lex.capitalizedNouns ? words.filter((w) => w.cap && !lex.determiners.has(w.lower)) : words.filter((w) => !lex.determiners.has(w.lower));
  // "Angaben der Polizei", "Einschätzung von Beobachtern": the source is what follows the noun of saying.
  const saying = nouns.length > 0 && lex.sayingNouns.some((n) => nouns[0]!.lower.endsWith(n));
  if (saying && nouns.length === 1) return "anonymous";
  const rest = saying ? nouns.slice(1) : nouns;
  const head = rest[0]?.lower ?? "";
  const determiner = saying ? words[words.indexOf(rest[0]!) - 1] : first;
  const plural = !determiner || !lex.determiners.has(determiner.lower) || lex.pluralDeterminers.has(determiner.lower);
  if (rest.some((w) => headMatches(w.lower, lex.mediaHeads))) return "media";
  if (indefinite && rest.some((w) => headMatches(w.lower, lex.anonymousHeads))) return "anonymous";
  if (plural && lex.groupHeads.has(head)) return "group";
  if (entity && entity.type !== "location") return KIND_BY_ENTITY_TYPE[entity.type];
  if (headMatches(head, lex.organizationHeads)) return "organization";
  if (entity) return KIND_BY_ENTITY_TYPE[entity.type];
  if (indefinite) return "anonymous";
  return "person";
}
