import type { Analysis, Attribution, Entity, SourceSummary } from "../model/types.js";
import { articleEntities } from "../stages/entities/article.js";
import { checkAnalysis } from "../arguments.js";

export interface MarkdownOptions {
  /** Show each attribution's confidence, rule and the reason for a missing speaker. */
  explain?: boolean;
}

/** Longest excerpt of a block shown in the readable view. */
const EXCERPT = 160;
/** Longest excerpt of what was said. */
const CONTENT_EXCERPT = 300;

function excerpt(s: string, max = EXCERPT): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + "…";
}

/**
 * A readable annotated view of one analysis for a terminal or a Markdown viewer: the article's
 * blocks with their kinds, its credits, who said what, whose voice each sentence is in, the times,
 * hedges and quantities, and the diagnostics. Sections of stages that did not run are left out.
 */
export function toMarkdown(a: Analysis, options: MarkdownOptions = {}): string {
  checkAnalysis(a);
  const out: string[] = [];
  const headline = a.blocks.find((b) => b.kind === "headline")?.text ?? a.meta.title ?? a.id;
  out.push(`# ${excerpt(headline, 200)}`, "");
  const facts = [
    `id: ${a.id}`,
    `language: ${a.meta.language} (${a.meta.languageSource})`,
    `published: ${a.meta.published ?? "unknown"}`,
    a.meta.outlet ? `outlet: ${a.meta.outlet}` : null,
    a.meta.url ? `url: ${a.meta.url}` : null,
    a.meta.authors.length ? `authors: ${a.meta.authors.join(", ")}` : null,
    a.meta.genre ? `genre: ${a.meta.genre}` : null,
    a.meta.timeAnchoring ? `times anchored: ${a.meta.timeAnchoring.value} (${a.meta.timeAnchoring.source})` : null,
    `stages: ${a.stages.join(", ")}`,
  ].filter(Boolean);
  out.push(facts.join(" · "), "");

  out.push("## Blocks", "");
  for (const b of a.blocks) {
    const marks = [b.language, b.time ? `at ${b.time.value}` : null].filter(Boolean).join(", ");
    const body = b.speaker ? `**${b.speaker.text}** ${excerpt(b.text.slice(b.speaker.end - b.start))}` : excerpt(b.text);
    out.push(`- **${b.kind}**${marks ? ` (${marks})` : ""}: ${body}`);
  }
  out.push("");

  if (a.credits.length) {
    out.push("## Credits", "");
    for (const c of a.credits) {
      const who = [c.agency, c.person].filter(Boolean).join(" · ");
      out.push(`- ${c.kind} credit: ${who} — “${c.span.text}”`);
    }
    out.push("");
  }

  if (a.attributions) {
    out.push(`## Who said what (${a.attributions.length})`, "");
    a.attributions.forEach((at, i) => out.push(...attributionLines(at, i, a.entities ?? [], options.explain === true)));
    if (a.attributions.length === 0) out.push("No attributed statements found.", "");
  }

  if (a.sources) out.push(...sourceLines(a.sources));

  if (a.sentences?.some((s) => s.voice)) {
    const editorial = a.sentences.filter((s) => s.voice === "editorial");
    out.push(`## The outlet's own voice (${editorial.length} editorial sentence${editorial.length === 1 ? "" : "s"})`, "");
    for (const s of editorial) out.push(`- ${excerpt(s.text, 240)}`);
    out.push("");
  }

  if (a.entities?.length) {
    // The article's own entities; names that stand only around it (teasers, comments, page furniture) in one line.
    const own = articleEntities(a.entities);
    out.push("## Entities", "");
    for (const e of own) out.push(`- ${entityLine(e)}`);
    const around = a.entities.filter((e) => !own.includes(e));
    if (around.length) out.push("", `Elsewhere on the page: ${around.map((e) => e.name).join(", ")}.`);
    out.push("");
  }

  if (a.times?.length) {
    out.push("## Times", "");
    for (const t of a.times) out.push(`- “${t.text}” → ${t.value} (${t.type})`);
    out.push("");
  }
  if (a.hedges?.length) {
    out.push("## Hedges", "", a.hedges.map((h) => `“${h.text}”`).join(", "), "");
  }
  if (a.quantities?.length) {
    out.push("## Quantities", "");
    for (const q of a.quantities) out.push(`- “${q.text}” = ${q.value}${q.unit ? ` ${q.unit}` : ""}${q.bound && q.bound !== "exact" ? ` (${q.bound} bound)` : ""}`);
    out.push("");
  }
  if (a.sentences && !a.sentences.some((s) => s.voice)) out.push(`${a.sentences.length} sentences.`, "");
  if (a.diagnostics.length) {
    out.push("## Diagnostics", "");
    for (const d of a.diagnostics) out.push(`- ${d.severity} ${d.code}: ${d.message}`);
    out.push("");
  }
  out.push("## Notation", "", ...LEGEND, "");
  return out.join("\n");
}

/** What the view's marks mean, printed under every analysis. */
const LEGEND = [
  "- **kind**: what a block is (kicker, headline, lead, body, caption, credit, related, promo, bio, boilerplate, …); `at` a live-blog entry's time.",
  "- **Speaker** (= Name) [kind]: who is quoted, the person or body the words refer to, and what the speaker is (person, organization, media, state, group, anonymous).",
  "- Times are TIMEX3 values: `2024-06-14` a day, `2024-W24` a week, `2024-06` a month, `2024-06-06TEV` the evening of a day (MO morning, MI noon, AF afternoon, EV evening, NI night), `2024-06-14T20:31` a clock time, `P3D` three days long, `PRESENT_REF` / `PAST_REF` / `FUTURE_REF` now, earlier, later; `X` stands for what is unknown.",
  "- What was said in several pieces is joined with “…”.",
];

function attributionLines(at: Attribution, i: number, entities: readonly Entity[], explain: boolean): string[] {
  const entity = at.speaker?.entity ? entities.find((e) => e.id === at.speaker?.entity) : undefined;
  const refersTo = entity?.name ?? at.speaker?.antecedent?.text;
  const speaker = at.speaker
    ? `**${at.speaker.text}**${refersTo && refersTo !== at.speaker.text ? ` (= ${excerpt(refersTo, 80)})` : ""} [${at.speaker.kind}]`
    : "**(no source named)**";
  const details = [
    `${at.type}`,
    `cue “${at.cue.text}”`,
    at.channel ? `channel ${at.channel.kind} “${at.channel.text}”` : null,
    at.addressee ? `to “${at.addressee.text}”` : null,
    at.time ? `time ${at.time.value}` : null,
    at.hedges.length ? `${at.hedges.length} hedge${at.hedges.length === 1 ? "" : "s"}` : null,
  ].filter(Boolean);
  const why = explain ? [`   confidence ${at.confidence.toFixed(2)} · rule \`${at.rule}\`${at.reason ? ` · ${at.reason}` : ""}`] : [];
  return [`${i + 1}. ${speaker} — ${details.join(" · ")}`, ...why, `   > ${excerpt(at.content.map((c) => c.text).join(" … "), CONTENT_EXCERPT)}`, ""];
}

/** The source summary: counts, then each source with its statements by type. */
function sourceLines(s: SourceSummary): string[] {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const kinds = Object.entries(s.kinds).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  const types = Object.entries(s.types).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  const out = [
    `## Sources (${plural(s.named + s.anonymous, "source")})`,
    "",
    `${plural(s.statements, "statement")} (${types.join(", ") || "none"}); ${s.named} named and ${s.anonymous} anonymous source${s.anonymous === 1 ? "" : "s"}${kinds.length ? ` (${kinds.join(", ")})` : ""}; ${plural(s.unattributed, "statement")} with no source named; ${Math.round(s.ownVoiceShare * 100)} % of the prose sentences in the outlet's own voice.`,
    "",
  ];
  for (const src of s.sources) {
    const byType = Object.entries(src.types).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(", ");
    out.push(`- **${src.name}** [${src.kind}${src.named ? "" : ", anonymous"}]: ${plural(src.statements, "statement")} (${byType})`);
  }
  out.push("");
  return out;
}

function entityLine(e: Entity): string {
  const forms = [...new Set(e.mentions.map((m) => m.text))];
  const roles = e.roles.map((r) => r.role + (r.affiliation ? ` (${r.affiliation})` : ""));
  return `${e.name} [${e.type}] — ${forms.join(", ")}${roles.length ? ` — ${[...new Set(roles)].join("; ")}` : ""}`;
}
