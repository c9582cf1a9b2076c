/**
 * Label Studio tasks with predictions: per article `{ data: { text, … }, predictions: [{ model_version,
 * result }] }`, each result a `labels` region on the `text` object (`value.start`/`end` in code points,
 * `value.text`, `value.labels`) or a `relation` between two regions; LABEL_STUDIO_CONFIG is the
 * labelling interface those names belong to.
 */
import type { Analysis } from "../../model/types.js";
import { codePointIndex, sliceCodePoints } from "./codepoints.js";
import { regionsOf, type Label } from "./spans.js";

const LABELS: Label[] = ["Speaker", "Cue", "Content", "Person", "Organization", "Media", "Location"];

export const LABEL_STUDIO_CONFIG = `<View>
  <Labels name="label" toName="text">
${LABELS.map((l) => `    <Label value="${l}"/>`).join("\n")}
  </Labels>
  <Text name="text" value="$text"/>
  <Relations>
    <Relation value="says"/>
    <Relation value="content_of"/>
  </Relations>
</View>
`;

export interface LabelStudioRegion {
  id: string;
  from_name: "label";
  to_name: "text";
  type: "labels";
  value: { start: number; end: number; text: string; labels: Label[] };
  meta?: { text: string[] };
}

export interface LabelStudioRelation {
  type: "relation";
  from_id: string;
  to_id: string;
  direction: "right";
  labels: string[];
}

export interface LabelStudioTask {
  data: { text: string; article: string; url: string | null; title: string | null; published: string | null };
  predictions: Array<{ model_version: string; result: Array<LabelStudioRegion | LabelStudioRelation> }>;
}

export function toLabelStudio(articleId: string, analysis: Analysis, url: string | null, modelVersion: string): LabelStudioTask {
  const cp = codePointIndex(analysis.text);
  const points = [...analysis.text];
  const { regions, links } = regionsOf(analysis);
  const ids = new Map<string, string>();
  const result: Array<LabelStudioRegion | LabelStudioRelation> = [];
  for (const r of regions) {
    // Label Studio region ids are short strings unique within the task.
    const id = `r${ids.size + 1}`;
    ids.set(r.key, id);
    const start = cp(r.span.start);
    const end = cp(r.span.end);
    const attrs = Object.entries(r.attributes).map(([k, v]) => `${k}: ${v}`);
    result.push({
      id,
      from_name: "label",
      to_name: "text",
      type: "labels",
      value: { start, end, text: sliceCodePoints(points, start, end), labels: [r.label] },
      ...(attrs.length ? { meta: { text: attrs } } : {}),
    });
  }
  for (const l of links) {
    const from = ids.get(l.from);
    const to = ids.get(l.to);
    if (from && to) result.push({ type: "relation", from_id: from, to_id: to, direction: "right", labels: [l.label] });
  }
  return {
    data: { text: analysis.text, article: articleId, url, title: analysis.meta.title, published: analysis.meta.published },
    predictions: [{ model_version: modelVersion, result }],
  };
}
