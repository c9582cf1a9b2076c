/**
 * What kind of source a speaker phrase names, and which of the article's entities it is: the
 * entities stage's types and coreference where it ran (a pronoun "er" is a mention of its person),
 * else the phrase's own words (a coordination is a group, "ein Sprecher" anonymous, "die Zeitung"
 * an outlet).
 */
import type { Entity, SpeakerKind } from "../../model/types.js";
import type { SpeakerRef } from "./frame.js";
import type { Lexicon } from "./lexicon.js";
import { nameHintSet } from "../entities/resources.js";
import { NAME_HINT_PREFIX } from "../entities/tagger/hints.js";

const KIND_BY_ENTITY_TYPE: Record<Entity["type"], SpeakerKind> = {
  person: "person",
  organization: "organization",
  media: "media",
  location: "state",
};
/** The words of a phrase before its first attachment ("of", "von", a genitive, a place). */
function coreOf<W extends { lower: string }>(words: readonly W[], lex: Lexicon): W[] {
  // Where nouns are not capitalised (English) any preposition ends the core ("Staff on short-term contracts").
  const cut = words.findIndex((w, i) => i > 0 && (lex.attachmentPrepositions.has(w.lower) || lex.genitiveDeterminers.has(w.lower) || lex.placePrepositions.has(w.lower) || lex.subordinators.has(w.lower) || (!lex.capitalizedNouns && lex.prepositions.has(w.lower))));
  return cut > 0 ? words.slice(0, cut) : [...words];
}

/** Two capitalised words at the end of the phrase's core, none of them a head noun of a group or body. */
function endsWithName(phrase: readonly { text: string; lower: string; cap: boolean; kind: string }[], lex: Lexicon): boolean {
  const heads = [...lex.mediaHeads, ...lex.organizationHeads, ...lex.anonymousHeads];
  const isName = (ws: readonly { lower: string; cap: boolean }[]) =>
    ws.length === 2 && ws.every((w) => w.cap) && !ws.some((w) => headMatches(w.lower, heads) || lex.groupHeads.has(w.lower));
  // A quoted name is that of the body before it, not a person's ("Die Bürgerinitiative „Sauberes Wasser“").
  let quoted = false;
  const words = phrase.filter((w) => {
    if (w.kind === "quote") quoted = !quoted;
    return !quoted && w.kind !== "quote";
  });
  // "Tom Reyes, a spokesman for the department": the name before an apposition counts too.
  const comma = words.findIndex((w) => w.text === ",");
  const first = comma > 0 ? words.slice(0, comma).filter((w) => w.kind === "word") : [];
  if (first.length >= 2 && isName(first.slice(-2))) return true;
  return isName(coreOf(words.filter((w) => w.kind === "word"), lex).slice(-2));
}

/** Heads this short only match whole words or after a hyphen ("rat" is not "Landrat"). */
const MIN_SUFFIX_HEAD = 5;

function headMatches(word: string, heads: readonly string[]): boolean {
  return heads.some((h) => word === h || word.endsWith("-" + h) || (h.length >= MIN_SUFFIX_HEAD && word.endsWith(h)));
}

/** The kind of source, from the linked entity or the phrase's words. */
export function speakerKind(ref: SpeakerRef, lex: Lexicon, entity: Entity | undefined): SpeakerKind {
  if (ref.coordinated) return "group";
  if (ref.pronoun) {
    const number = lex.pronouns.get(ref.words[0]?.lower ?? "");
    if (number === "plural") return "group";
    if (entity) return KIND_BY_ENTITY_TYPE[entity.type];
    return number === "neuter" ? "organization" : "person";
  }
  const words = ref.words.filter((w) => w.kind === "word");
  const first = words[0];
  const indefinite = first !== undefined && lex.indefinite.has(first.lower);
  const nouns = lex.capitalizedNouns ? words.filter((w) => w.cap && !lex.determiners.has(w.lower)) : words.filter((w) => !lex.determiners.has(w.lower));
  // "Angaben der Polizei", "Einschätzung von Beobachtern": the source is what follows the noun of saying.
  const saying = nouns.length > 0 && lex.sayingNouns.some((n) => nouns[0]!.lower.endsWith(n));
  if (saying && nouns.length === 1) return "anonymous";
  // "a report by the city's auditor": the preposition joining the author is not part of it.
  const rest = saying ? nouns.slice(lex.prepositions.has(nouns[1]?.lower ?? "") ? 2 : 1) : nouns;
  // The head noun: the first noun in German ("Beamte in Washington"), the last of the core in English
  // ("Local officials", "the shipping companies' association").
  const head = (lex.capitalizedNouns ? rest[0] : coreOf(rest, lex).at(-1))?.lower ?? "";
  const determiner = saying ? words[words.indexOf(rest[0]!) - 1] : first;
  // "a report by the city's auditor": whether the source is indefinite is its own determiner's matter.
  const ownIndefinite = saying && !lex.capitalizedNouns ? determiner !== undefined && lex.indefinite.has(determiner.lower) : indefinite;
  const plural = !determiner || !lex.determiners.has(determiner.lower) || lex.pluralDeterminers.has(determiner.lower);
  if (rest.some((w) => headMatches(w.lower, lex.mediaHeads))) return "media";
  if (ownIndefinite && rest.some((w) => headMatches(w.lower, lex.anonymousHeads))) return "anonymous";
  if (plural && isGroupHead(head, lex)) return "group";
  // English plurals by their ending, where no entity is named: "Workers said", "the nurses".
  const headWord = rest.find((w) => w.lower === head);
  const common = headWord !== undefined && (!headWord.cap || (headWord === words[0] && !rest.some((w) => w !== headWord && w.cap)));
  // A capitalised one opening the sentence may be a surname ("Sanders said"), not a plural ("Workers said").
  const surname = headWord !== undefined && headWord.cap && nameHintSet(lex.locale.code)?.has(NAME_HINT_PREFIX.surname + headWord.text) === true;
  if (plural && !entity && !lex.capitalizedNouns && common && !surname && isPluralForm(head, lex)) return "group";
  if (entity && entity.type !== "location") return KIND_BY_ENTITY_TYPE[entity.type];
  // A personal name closes the phrase ("union president Harold Jenkins", "Kreml-Sprecher Dmitri Peskow").
  if (endsWithName(ref.words, lex)) return "person";
  if (headMatches(head, lex.organizationHeads) || (!lex.capitalizedNouns && rest.some((w) => headMatches(w.lower, lex.organizationHeads)))) return "organization";
  if (entity) return KIND_BY_ENTITY_TYPE[entity.type];
  if (ownIndefinite) return "anonymous";
  return "person";
}

/** A group's head noun ("beamte", "verkehrsforscher"), also with a case ending ("verkehrsforschern"). */
function isGroupHead(head: string, lex: Lexicon): boolean {
  const listed = (h: string) => lex.groupHeads.has(h) || [...lex.groupHeads].some((g) => g.length >= MIN_SUFFIX_HEAD && h.endsWith(g));
  return listed(head) || lex.groupHeadCaseEndings.some((e) => head.length > e.length && head.endsWith(e) && listed(head.slice(0, -e.length)));
}

/** A lowercase noun with the locale's plural ending ("workers"), not one of the endings that are no plural ("-ss", "-us"). */
function isPluralForm(head: string, lex: Lexicon): boolean {
  return head.length > lex.pluralEnding.length + 2 && head.endsWith(lex.pluralEnding) && !lex.notPluralEndings.some((e) => head.endsWith(e));
}
