/**
 * brat standoff: per article a `.txt` (the analysis text) and an `.ann`: text-bound annotations
 * (`T1<TAB>Speaker 10 24<TAB>Dmitri Peskow`) with code point offsets, as brat (Python) counts them;
 * a span across a line break is written as fragments (`0 5;6 10`), which brat requires; relations
 * (`R1<TAB>says Arg1:T1 Arg2:T2`) and attributes (`A1<TAB>Type T2 indirect`).
 */
import type { Analysis } from "../../model/types.js";
import { codePointIndex } from "./codepoints.js";
import { regionsOf } from "./spans.js";

/** brat's configuration for what the `.ann` files use. */
export const BRAT_CONF = `[entities]
Speaker
Cue
Content
Person
Organization
Media
Location

[relations]
says\tArg1:Speaker, Arg2:Cue
content_of\tArg1:Content, Arg2:Cue

[events]

[attributes]
Type\tArg:Cue, Value:direct|indirect|mixed|reported
Channel\tArg:Cue, Value:interview|phone_call|statement|state_media|testimony|press_conference|press_release|social_media|report|speech|letter|other
`;

/** brat attribute names for our attributes, and the attributes brat gets. */
const BRAT_ATTRIBUTES: Record<string, string> = { type: "Type", channel: "Channel" };
const LINE_BREAK = /\r\n|\r|\n/g;

/** Fragments of [start, end) (UTF-16) without the line breaks inside. */
function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  const part = text.slice(start, end);
  for (const m of part.matchAll(LINE_BREAK)) {
    const at = start + m.index;
    if (at > from) out.push([from, at]);
    from = at + m[0].length;
  }
  if (end > from) out.push([from, end]);
  return out;
}

export function toBrat(analysis: Analysis): { txt: string; ann: string } {
  const text = analysis.text;
  const cp = codePointIndex(text);
  const { regions, links } = regionsOf(analysis);
  const lines: string[] = [];
  const ids = new Map<string, string>();
  const bySpan = new Map<string, string>();
  let t = 0;
  let a = 0;
  for (const r of regions) {
    const parts = fragments(text, r.span.start, r.span.end);
    if (parts.length === 0) continue;
    const spanKey = `${r.label}:${r.span.start}:${r.span.end}`;
    let id = bySpan.get(spanKey);
    if (!id) {
      id = `T${++t}`;
      bySpan.set(spanKey, id);
      const offsets = parts.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(";");
      lines.push(`${id}\t${r.label} ${offsets}\t${parts.map(([s, e]) => text.slice(s, e)).join(" ")}`);
      for (const [name, value] of Object.entries(r.attributes)) {
        const bratName = BRAT_ATTRIBUTES[name];
        if (bratName) lines.push(`A${++a}\t${bratName} ${id} ${value}`);
      }
    }
    ids.set(r.key, id);
  }
  let n = 0;
  for (const l of links) {
    const from = ids.get(l.from);
    const to = ids.get(l.to);
    if (from && to) lines.push(`R${++n}\t${l.label} Arg1:${from} Arg2:${to}`);
  }
  return { txt: text, ann: lines.join("\n") + (lines.length ? "\n" : "") };
}
