import type { Block, BlockKind, Credit } from "../../model/types.js";
import { trimSpan } from "../../model/span.js";
import type { Doc, SourceBlock, Stage, StageContext } from "../stage.js";
import {
  ASIDE_KINDS,
  CAPTION_MAX_CHARS,
  LEAD_MAX_CHARS,
  RELATED_FOLLOWERS,
  TEASER_MAX_CHARS,
  isHeadlineLike,
  isKickerLike,
  isProse,
  isSubheadingLike,
} from "./classify.js";
import { findCredit, findDatelineCredit } from "./credits.js";
import { findBareCredit, findByline, findCreditLine } from "./bylines.js";
import { boilerplateReason, isRelatedTeaser } from "./cues.js";
import { paragraphsOf } from "./paragraphs.js";

/** Kinds an HTML source block's markup settles: no cue in the words overrides them. */
const MARKUP_DECIDES: ReadonlySet<BlockKind> = new Set(["related", "boilerplate", "comment"]);

interface Unit {
  start: number;
  end: number;
  text: string;
  kind: BlockKind | null;
  reason?: string;
  /** The input's own hint (HTML element), weaker than a cue found in the words. */
  hint?: BlockKind;
}

/**
 * Structure: the article's blocks (kicker, headline, lead, caption, credit, body, subheading, related,
 * boilerplate) and its credits. Works on the blocks HTML ingest delivered, or on the lines of plain text.
 */
export const structureStage: Stage = {
  name: "structure",
  needs: [],
  run(doc: Doc, ctx: StageContext): Doc {
    const text = doc.text;
    const source: SourceBlock[] = doc.sourceBlocks ?? paragraphsOf(text);
    const credits: Credit[] = [];
    const units: Unit[] = [];
    /** The names of the article's first byline ("Von Anna Muster und Max Beispiel"), for pages whose metadata names no author. */
    let bylineNames: string[] | null = null;
    for (const sb of source) {
      ctx.checkpoint?.();
      const s = trimSpan(text, sb.start, sb.end);
      if (s.start === s.end) continue;
      const hint = sb.kind;
      const found = findCredit(text, s.start, s.end, ctx.locales);
      if (found) {
        credits.push(found.credit);
        if (found.start > s.start) {
          const caption = trimSpan(text, s.start, found.start);
          units.push({ ...caption, kind: "caption", reason: "before a credit" });
        }
        units.push({ start: found.start, end: found.end, text: text.slice(found.start, found.end), kind: "credit" });
        const rest = trimSpan(text, found.end, s.end);
        if (rest.start < rest.end) units.push({ ...rest, kind: null, ...(hint ? { hint } : {}) });
        continue;
      }
      // Pages print bylines and image credits on lines of their own, without a prefix.
      const unprefixed = doc.sourceBlocks !== undefined && (hint === undefined || hint === "credit" || hint === "subheading") ? unprefixedCredit(text, s.start, s.end, ctx) : null;
      if (unprefixed) {
        credits.push(unprefixed);
        if (unprefixed.kind === "article" && unprefixed.person) bylineNames ??= unprefixed.person.split(", ");
        units.push({ ...s, kind: "credit", reason: unprefixed.kind === "article" ? "byline" : "image credit" });
        continue;
      }
      // "Reporting by …; Editing by …", "… contributed to this report.": the article's credit line.
      const creditLine = hint === undefined || !MARKUP_DECIDES.has(hint) ? findCreditLine(text, s.start, s.end, ctx.locales) : null;
      if (creditLine) {
        credits.push(creditLine);
        units.push({ ...s, kind: "credit", reason: "credit line" });
        continue;
      }
      // Furniture the markup marked (related boxes, promos, comments) keeps its kind; other hints are weighed.
      const decided = hint !== undefined && MARKUP_DECIDES.has(hint) ? hint : null;
      units.push({ ...s, kind: decided, ...(hint ? { hint } : {}), ...(sb.hint ? { reason: sb.hint } : {}) });
    }

    markAsides(units, ctx);
    markTop(units, doc);
    markRest(units);

    for (const u of units) {
      if (u.kind !== "body" && u.kind !== "lead") continue;
      const dateline = findDatelineCredit(text, u.start, u.end);
      if (dateline) credits.push(dateline);
    }
    credits.sort((a, b) => a.span.start - b.span.start);

    const blocks: Block[] = units.map((u) => ({
      start: u.start,
      end: u.end,
      text: u.text,
      kind: u.kind ?? "body",
      ...(u.reason ? { reason: u.reason } : {}),
    }));
    const { sourceBlocks: _consumed, ...rest } = doc;
    // A page whose markup names no author: the byline printed in its article names them.
    const meta = bylineNames && doc.meta.authors.length === 0 ? { ...doc.meta, authors: bylineNames } : doc.meta;
    return { ...rest, meta, blocks, credits };
  },
};

function unprefixedCredit(text: string, start: number, end: number, ctx: StageContext): Credit | null {
  return findByline(text, start, end, ctx.locales) ?? findBareCredit(text, start, end, ctx.locales);
}

/** Related teasers, appeals and promos, and captions before image credits. */
function markAsides(units: Unit[], ctx: StageContext): void {
  let teasersLeft = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== null) {
      teasersLeft = 0;
      continue;
    }
    if (isRelatedTeaser(u.text, ctx.locales)) {
      u.kind = "related";
      u.reason = "related-articles marker";
      // A marker alone on its line ("Mehr zum Thema:") heads a list of teaser titles.
      teasersLeft = isKickerLike(u.text.replace(/[:\-–]\s*$/, "")) || u.text.length <= 30 ? RELATED_FOLLOWERS : 0;
      continue;
    }
    if (teasersLeft > 0 && u.text.length <= TEASER_MAX_CHARS && !isProse(u.text)) {
      u.kind = "related";
      u.reason = "teaser under a related-articles marker";
      teasersLeft--;
      continue;
    }
    teasersLeft = 0;
    const reason = boilerplateReason(u.text, ctx.locale, u.hint === "list");
    if (reason) {
      u.kind = "boilerplate";
      u.reason = reason;
      continue;
    }
    const next = units[i + 1];
    // A line before a credit is its picture's caption, unless the markup says it is the headline (a byline follows it).
    if (u.hint !== "caption" && u.hint !== "headline" && next?.kind === "credit" && u.text.length <= CAPTION_MAX_CHARS && !isProse(u.text)) {
      u.kind = "caption";
      u.reason = "before a credit";
    }
  }
  for (const u of units) {
    if (u.kind === null && u.hint === "caption") u.kind = "caption";
  }
}

/** Kicker, headline and lead at the top of the article. */
function markTop(units: Unit[], doc: Doc): void {
  const open = units.map((u, i) => [u, i] as const).filter(([u]) => u.kind === null);
  const hinted = units.findIndex((u) => u.hint === "headline" && u.kind === null);
  let headline = hinted;
  if (headline < 0) {
    const title = normalizeTitle(doc.meta.title);
    const byTitle = title ? open.slice(0, 3).find(([u]) => normalizeTitle(u.text) === title) : undefined;
    if (byTitle) headline = byTitle[1];
    else {
      const [first, second] = open;
      const hasProseAfter = (i: number) => units.slice(i + 1).some((u) => u.kind === null && isProse(u.text));
      if (first && second && isKickerLike(first[0].text) && isHeadlineLike(second[0].text) && hasProseAfter(second[1])) {
        headline = second[1];
      } else if (first && isHeadlineLike(first[0].text) && hasProseAfter(first[1])) headline = first[1];
    }
  }
  if (headline < 0) return;
  units[headline]!.kind = "headline";
  for (let i = 0; i < headline; i++) {
    const u = units[i]!;
    if (u.kind === null && (u.hint === "kicker" || isKickerLike(u.text))) u.kind = "kicker";
  }
  // The lead: the first prose paragraph after the headline, short, with more of the article after it.
  const hintedLead = units.findIndex((u) => u.hint === "lead" && u.kind === null);
  if (hintedLead >= 0) {
    units[hintedLead]!.kind = "lead";
    return;
  }
  if (doc.sourceBlocks !== undefined) return; // HTML: a lead needs the page's own mark
  for (let i = headline + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== null) {
      if (ASIDE_KINDS.has(u.kind)) continue;
      return;
    }
    const more = units.slice(i + 1).some((v) => v.kind === null || v.kind === "caption");
    if (isProse(u.text) && u.text.length <= LEAD_MAX_CHARS && more) u.kind = "lead";
    return;
  }
}

/** Subheadings between paragraphs; everything else is body (or what the input's hint says). */
function markRest(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== null) continue;
    if (u.hint) {
      u.kind = u.hint;
      continue;
    }
    const prev = units[i - 1];
    const next = units[i + 1];
    const between = prev !== undefined && next !== undefined && next.kind !== "credit" && (next.kind === null || next.kind === "body");
    u.kind = between && isSubheadingLike(u.text) ? "subheading" : "body";
  }
}

function normalizeTitle(s: string | null | undefined): string {
  return (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();
}
