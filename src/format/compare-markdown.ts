/**
 * A readable view of a comparison for a terminal or a Markdown viewer: the relation, direction and
 * reuse, then the changes in B's reading order, each with both versions of the changed claim (the whole
 * sentences, where the analyses are given), then the alignment in brief.
 */
import type { Change, Comparison } from "../model/compare.js";
import type { Analysis, Span } from "../model/types.js";

/** Longest quotation of one version. */
const EXCERPT = 400;
/** Alignment pairs listed at most. */
const ALIGNMENT_LINES = 40;

function flat(s: string, max = EXCERPT): string {
  const f = s.replace(/\s+/g, " ").trim();
  return f.length <= max ? f : f.slice(0, max - 1) + "…";
}

const percent = (x: number) => `${Math.round(x * 100)} %`;

/** The sentences of an analysis around a span (the span itself where there are none). */
function inContext(analysis: Analysis | undefined, text: string, sp: Span): string {
  const sentences = analysis?.sentences ?? [];
  const first = sentences.find((s) => s.end > sp.start);
  const last = [...sentences].reverse().find((s) => s.start < sp.end);
  if (!first || !last || first.start > sp.start || last.end < sp.end) return text.slice(sp.start, sp.end);
  const from = first.start;
  const to = last.end;
  return `${text.slice(from, sp.start)}**${text.slice(sp.start, sp.end)}**${text.slice(sp.end, to)}`;
}

function changeLines(c: Change, k: number, cmp: Comparison, analyses: { a?: Analysis; b?: Analysis }): string[] {
  const ids = [c.attribution.a, c.attribution.b].some(Boolean) ? ` · attributions ${c.attribution.a ?? "–"} → ${c.attribution.b ?? "–"}` : "";
  const out = [`${k + 1}. **${c.op}** — ${c.detail}${ids}`];
  out.push(`   - A: ${c.a ? `> ${flat(inContext(analyses.a, cmp.a.text, c.a))}` : "(nothing)"}`);
  out.push(`   - B: ${c.b ? `> ${flat(inContext(analyses.b, cmp.b.text, c.b))}` : "(nothing)"}`);
  return out;
}

/** The comparison as Markdown; pass the two analyses to quote whole sentences around the changes. */
export function comparisonToMarkdown(cmp: Comparison, analyses: { a?: Analysis; b?: Analysis } = {}): string {
  const out: string[] = [];
  out.push(`# ${cmp.a.id} → ${cmp.b.id}`, "");
  const direction = cmp.direction === "a->b" ? `A is B's source` : cmp.direction === "b->a" ? `B is A's source` : "not known";
  out.push(
    `- relation: **${cmp.relation}** (similarity ${cmp.similarity.toFixed(2)}; ${cmp.a.language} → ${cmp.b.language})`,
    `- direction: ${direction}${cmp.evidence.length ? ` — ${cmp.evidence.join("; ")}` : ""}`,
    `- B reuses: ${percent(cmp.reuse.verbatim)} verbatim, ${percent(cmp.reuse.edited)} ${cmp.a.language === cmp.b.language ? "with edits" : "translated"}, ${percent(cmp.reuse.new)} new`,
    `- aligned: ${cmp.alignment.length} sentence pair${cmp.alignment.length === 1 ? "" : "s"}`,
    "",
  );
  out.push(`## Changes (${cmp.changes.length}), in reading order`, "");
  if (cmp.changes.length === 0) out.push(cmp.relation === "unrelated" || cmp.relation === "same-story" ? "No sentences reused: no changes to read." : "No change of claims.", "");
  cmp.changes.forEach((c, k) => out.push(...changeLines(c, k, cmp, analyses)));
  if (cmp.changes.length) out.push("");
  if (cmp.alignment.length) {
    out.push("## Alignment", "");
    for (const al of cmp.alignment.slice(0, ALIGNMENT_LINES)) {
      const sa = al.a.sentences[0] === al.a.sentences[1] ? `${al.a.sentences[0]}` : `${al.a.sentences[0]}–${al.a.sentences[1]}`;
      const sb = al.b.sentences[0] === al.b.sentences[1] ? `${al.b.sentences[0]}` : `${al.b.sentences[0]}–${al.b.sentences[1]}`;
      out.push(`- A ${sa} ↔ B ${sb} (${al.kind}${al.moved ? ", moved" : ""}, ${al.similarity.toFixed(2)}): ${flat(cmp.a.text.slice(al.a.start, al.a.end), 80)}`);
    }
    if (cmp.alignment.length > ALIGNMENT_LINES) out.push(`- … ${cmp.alignment.length - ALIGNMENT_LINES} more`);
    out.push("");
  }
  return out.join("\n");
}
