/**
 * Sources: who an article lets speak, from its attributions and the voice of its sentences — the
 * distinct sources (an entity, or the words naming a source that is none), named or anonymous, by kind;
 * the statements by type and per source; the statements nobody is named for; and the share of the
 * article's prose sentences in the outlet's own voice. docs/attribution.md describes it.
 */
import type { Attribution, AttributionType, BlockKind, SourceEntry, SourceSummary, SpeakerKind } from "../../model/types.js";
import type { Doc, Stage } from "../stage.js";

const KINDS: readonly SpeakerKind[] = ["person", "organization", "media", "state", "group", "anonymous"];
/** Blocks whose sentences are the article's prose (the outlet's voice is counted among them). */
const PROSE = new Set<BlockKind>(["headline", "lead", "body", "subheading", "list"]);
/** Characters that do not tell two speakers' words apart ("the", case, spacing). */
const LEADING_ARTICLE = /^(?:der|die|das|den|dem|des|the)\s+/i;

/** An attribution id as the attribution stage writes it: "a" and a number without leading zeros. */
const PLAIN_ID = /^a[1-9]\d{0,14}$/;
let collator: Intl.Collator | null = null;

/**
 * The order of sources with as many statements: by their first attribution's id, numbers as numbers ("a2"
 * before "a10"), as the collator of "en" with numeric ordering has it. Plain ids ("a7") are compared by
 * their numbers: the collator (made on first use, not per comparison as `localeCompare` with options
 * does) costs milliseconds to make, a single article's start-up pays for it otherwise.
 */
function byId(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return Number(a.slice(1)) - Number(b.slice(1));
  return (collator ??= new Intl.Collator("en", { numeric: true })).compare(a, b);
}

const zeroTypes = (): Record<AttributionType, number> => ({ direct: 0, indirect: 0, mixed: 0, reported: 0 });

export const sourcesStage: Stage = {
  name: "sources",
  needs: ["attribution", "stance"],
  run(doc: Doc): Doc {
    return { ...doc, sources: summarize(doc) };
  },
};

/** The source summary of a document whose attribution and stance stages ran. */
export function summarize(doc: Doc): SourceSummary {
  const attributions = doc.attributions ?? [];
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
  const byKey = new Map<string, SourceEntry>();
  const types = zeroTypes();
  let unattributed = 0;
  for (const a of attributions) {
    types[a.type]++;
    if (!a.speaker) {
      unattributed++;
      continue;
    }
    const entity = a.speaker.entity ? entities.get(a.speaker.entity) : undefined;
    const name = entity?.name ?? (a.speaker.antecedent ?? a.speaker).text.replace(/\s+/g, " ").trim();
    const key = entity ? `e:${entity.id}` : `t:${name.toLowerCase().replace(LEADING_ARTICLE, "")}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { name, kind: a.speaker.kind, ...(entity ? { entity: entity.id } : {}), named: isNamed(a), statements: 0, types: zeroTypes(), attributions: [] };
      byKey.set(key, entry);
    }
    entry.statements++;
    entry.types[a.type]++;
    entry.attributions.push(a.id);
  }
  const sources = [...byKey.values()].sort((x, y) => y.statements - x.statements || byId(x.attributions[0]!, y.attributions[0]!));
  const kinds = Object.fromEntries(KINDS.map((k) => [k, sources.filter((s) => s.kind === k).length])) as Record<SpeakerKind, number>;
  const prose = (doc.sentences ?? []).filter((s) => PROSE.has(doc.blocks[s.block]?.kind ?? "body") && s.voice !== undefined);
  const own = prose.filter((s) => s.voice === "editorial").length;
  return {
    statements: attributions.length,
    unattributed,
    named: sources.filter((s) => s.named).length,
    anonymous: sources.filter((s) => !s.named).length,
    kinds,
    types,
    ownVoiceShare: prose.length ? Math.round((own / prose.length) * 1000) / 1000 : 0,
    sources,
  };
}

/** A source named as someone (a linked entity, or a person, body, outlet or state by name), not "ein Sprecher" or "officials". */
function isNamed(a: Attribution): boolean {
  const sp = a.speaker!;
  if (sp.entity) return true;
  return sp.kind !== "anonymous" && sp.kind !== "group";
}

