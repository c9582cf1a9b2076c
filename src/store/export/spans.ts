/**
 * The annotations every export writes, from one analysis: speakers, cues and contents of attributions
 * (with their type, channel and speaker), and the entities' mentions. Spans are UTF-16 here; each
 * exporter converts them to what its format counts.
 */
import type { Analysis, Span } from "../../model/types.js";

export type Label = "Speaker" | "Cue" | "Content" | "Person" | "Organization" | "Media" | "Location";

export interface Region {
  /** Stable within the article: "q3-speaker", "q3-cue", "q3-content-0", "e2-m1". */
  key: string;
  label: Label;
  span: Span;
  /** The attribution it belongs to, or the entity. */
  attribution?: string;
  entity?: string;
  /** Attributes shown in formats that have them (type, channel, speaker name, entity name). */
  attributes: Record<string, string>;
}

export interface Link {
  from: string;
  to: string;
  label: "says" | "content_of";
}

const ENTITY_LABEL: Record<string, Label> = { person: "Person", organization: "Organization", media: "Media", location: "Location" };

export function regionsOf(analysis: Analysis): { regions: Region[]; links: Link[] } {
  const regions: Region[] = [];
  const links: Link[] = [];
  const entityName = new Map((analysis.entities ?? []).map((e) => [e.id, e.name]));
  for (const a of analysis.attributions ?? []) {
    const cueKey = `${a.id}-cue`;
    const attrs: Record<string, string> = { type: a.type };
    if (a.channel) attrs["channel"] = a.channel.kind;
    if (a.time) attrs["time"] = a.time.value;
    regions.push({ key: cueKey, label: "Cue", span: a.cue, attribution: a.id, attributes: attrs });
    if (a.speaker) {
      const speakerKey = `${a.id}-speaker`;
      const speakerAttrs: Record<string, string> = { kind: a.speaker.kind };
      const name = a.speaker.entity ? entityName.get(a.speaker.entity) : undefined;
      if (name) speakerAttrs["name"] = name;
      regions.push({ key: speakerKey, label: "Speaker", span: a.speaker, attribution: a.id, attributes: speakerAttrs });
      links.push({ from: speakerKey, to: cueKey, label: "says" });
    }
    a.content.forEach((c, i) => {
      const key = `${a.id}-content-${i}`;
      regions.push({ key, label: "Content", span: c, attribution: a.id, attributes: {} });
      links.push({ from: key, to: cueKey, label: "content_of" });
    });
  }
  for (const e of analysis.entities ?? []) {
    e.mentions.forEach((m, i) => regions.push({ key: `${e.id}-m${i}`, label: ENTITY_LABEL[e.type] ?? "Person", span: m, entity: e.id, attributes: { name: e.name } }));
  }
  return { regions, links };
}
