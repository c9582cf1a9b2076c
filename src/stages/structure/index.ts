import type { Block, BlockKind, BlockTime, Credit, Span } from "../../model/types.js";
import { span, trimSpan } from "../../model/span.js";
import type { Doc, SourceBlock, Stage, StageContext } from "../stage.js";
import {
  ASIDE_KINDS,
  CAPTION_MAX_CHARS,
  isCaptionSentence,
  LEAD_MAX_CHARS,
  RELATED_FOLLOWERS,
  TEASER_MAX_CHARS,
  isHeadlineLike,
  isKickerLike,
  isProse,
  isSubheadingLike,
  wordsUpTo,
} from "./classify.js";
import { findCredit, findDatelineCredit } from "./credits.js";
import { findBareCredit, findByline, findCreditLine } from "./bylines.js";
import { asideReason, isRelatedTeaser } from "./cues.js";
import { paragraphsOf } from "./paragraphs.js";
import { bioReason } from "./bio.js";
import { galleryReason, isArrowTeaser, repeatKey, withoutArrow } from "./furniture.js";
import { decideGenre, givenGenre } from "./genre.js";
import { innerTurnStarts, turnLabels, turnOf } from "./interview.js";
import { ENTRY_MIN_WORDS, LIVEBLOG_MIN_ENTRIES, liveStamps, newestFirst } from "./liveblog.js";

/** Kinds an HTML source block's markup settles: no cue in the words overrides them. */
const MARKUP_DECIDES: ReadonlySet<BlockKind> = new Set(["related", "boilerplate", "comment", "promo", "bio"]);

interface Unit {
  start: number;
  end: number;
  text: string;
  kind: BlockKind | null;
  reason?: string;
  /** The input's own hint (HTML element), weaker than a cue found in the words. */
  hint?: BlockKind;
  /** An interview turn's label. */
  speaker?: Span;
  /** A live-blog entry's timestamp. */
  time?: BlockTime;
}

/** A headline or gallery title said again has at least this many words (a table's "1" or "0" repeats for other reasons). */
const REPEAT_MIN_WORDS = 2;
/** How many of the first paragraphs may hold a kicker naming the genre ("Interview", "Kommentar"). */
const GENRE_KICKER_REACH = 2;

/**
 * Structure: the article's blocks (kicker, headline, lead, caption, credit, body, subheading, related,
 * boilerplate, promo, bio), interview turns and live-blog entries, the genre, and the credits. Works on
 * the blocks HTML ingest delivered, or on the lines of plain text.
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
      const unprefixed = doc.sourceBlocks !== undefined && (hint === undefined || hint === "credit" || hint === "subheading" || hint === "bio") ? unprefixedCredit(text, s.start, s.end, ctx) : null;
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

    const given = givenGenre(doc.meta.genre ?? null, units.slice(0, GENRE_KICKER_REACH).map((u) => u.text), doc.meta.title, ctx.locales);
    const interview = markTurns(units, text, ctx, given === "interview");
    markAsides(units, ctx, doc.sourceBlocks === undefined);
    const liveblog = markEntries(units, text, ctx, given === "liveblog");
    markTop(units, doc);
    markRepeats(units);
    const authors = [...doc.meta.authors, ...(bylineNames ?? []), ...credits.flatMap((c) => (c.kind === "article" && c.person ? c.person.split(", ") : []))];
    markBios(units, ctx, authors);
    markRest(units);

    let datelined = false;
    for (const u of units) {
      if (u.kind !== "body" && u.kind !== "lead") continue;
      const dateline = findDatelineCredit(text, u.start, u.end);
      if (dateline) {
        credits.push(dateline);
        datelined = true;
      }
    }
    credits.sort((a, b) => a.span.start - b.span.start);

    const blocks: Block[] = units.map((u) => ({
      start: u.start,
      end: u.end,
      text: u.text,
      kind: u.kind ?? "body",
      ...(u.reason ? { reason: u.reason } : {}),
      ...(u.speaker ? { speaker: u.speaker } : {}),
      ...(u.time ? { time: u.time } : {}),
    }));
    const { sourceBlocks: _consumed, ...rest } = doc;
    // A page whose markup names no author: the byline printed in its article names them.
    const withAuthors = bylineNames && doc.meta.authors.length === 0 ? { ...doc.meta, authors: bylineNames } : doc.meta;
    const genre = decideGenre(
      {
        page: doc.meta.genre ?? null,
        kicker: units.find((u) => u.kind === "kicker")?.text ?? null,
        title: units.find((u) => u.kind === "headline")?.text ?? doc.meta.title,
        url: doc.meta.url ?? doc.meta.canonicalUrl ?? null,
        interview,
        liveblog,
        dateline: datelined,
      },
      ctx.locales,
    );
    const meta = genre ? { ...withAuthors, genre } : withAuthors;
    return { ...rest, meta, blocks, credits };
  },
};

function unprefixedCredit(text: string, start: number, end: number, ctx: StageContext): Credit | null {
  return findByline(text, start, end, ctx.locales) ?? findBareCredit(text, start, end, ctx.locales);
}

/** Related teasers, appeals and promos, gallery furniture, and captions before image credits. */
function markAsides(units: Unit[], ctx: StageContext, plain: boolean): void {
  let teasersLeft = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== null) {
      // A page's link line that names another article ("Lesen Sie auch: …") is a teaser, not furniture.
      if (u.kind === "boilerplate" && u.hint === "boilerplate" && (isRelatedTeaser(withoutArrow(u.text), ctx.locales) || isArrowTeaser(u.text, ctx.locales))) {
        u.kind = "related";
        u.reason = isArrowTeaser(u.text, ctx.locales) ? "teaser behind an arrow" : "related-articles marker";
      }
      teasersLeft = 0;
      continue;
    }
    if (isRelatedTeaser(withoutArrow(u.text), ctx.locales)) {
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
    if (u.speaker) continue; // an interview turn is what was said
    if (isArrowTeaser(u.text, ctx.locales)) {
      u.kind = "related";
      u.reason = "teaser behind an arrow";
      continue;
    }
    const aside = asideReason(u.text, ctx.locale, u.hint === "list");
    if (aside) {
      u.kind = aside.kind;
      u.reason = aside.reason;
      continue;
    }
    const gallery = galleryReason(u.text, ctx.locales);
    if (gallery) {
      u.kind = "boilerplate";
      u.reason = gallery;
      continue;
    }
    const next = units[i + 1];
    // A line before a credit is its picture's caption, unless the markup says it is the headline (a byline follows it).
    // In plain text a caption may be a short sentence of its own line; pages mark theirs.
    const captionLike = !isProse(u.text) || (plain && isCaptionSentence(u.text));
    if (u.hint !== "caption" && u.hint !== "headline" && next?.kind === "credit" && u.text.length <= CAPTION_MAX_CHARS && captionLike) {
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
    if (isProse(u.text) && u.text.length <= LEAD_MAX_CHARS && more && !u.speaker) u.kind = "lead";
    return;
  }
}

/**
 * Interview turns: paragraphs opening with a speaker's label that takes turns with others (interview.ts).
 * A turn printed inside a paragraph is split off first. Returns whether the text is an interview.
 */
function markTurns(units: Unit[], text: string, ctx: StageContext, given: boolean): boolean {
  const open = (u: Unit) => u.kind === null || u.kind === "boilerplate";
  const keys = turnLabels(units.filter(open), ctx.locales, given);
  if (keys.size === 0) return false;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (!open(u)) continue;
    const starts = innerTurnStarts(u, keys);
    if (starts.length === 0) continue;
    const pieces = [u.start, ...starts, u.end];
    const split: Unit[] = [];
    for (let k = 0; k + 1 < pieces.length; k++) {
      const piece = trimSpan(text, pieces[k]!, pieces[k + 1]!);
      if (piece.start < piece.end) split.push({ ...u, ...piece });
    }
    units.splice(i, 1, ...split);
  }
  units.forEach((u, i) => {
    if (!open(u)) return;
    const turn = turnOf(u, i, keys, ctx.locales);
    if (!turn) return;
    u.speaker = span(text, turn.start, turn.end);
    // A turn is what was said, whatever furniture its words resemble.
    if (u.kind === "boilerplate" && u.hint !== "boilerplate") u.kind = null;
  });
  return true;
}

/** The page's top, which no entry takes in. */
const TOP_HINTS: ReadonlySet<BlockKind> = new Set(["kicker", "headline", "lead"]);
/** Kinds whose paragraphs neither hold a live-blog timestamp nor belong to an entry. */
const NOT_ENTRY: ReadonlySet<BlockKind> = new Set(["credit", "caption", "related", "promo", "bio", "comment"]);

/**
 * Live-blog entries (liveblog.ts): when the text shows enough timestamps newest first (or is called a live blog), every
 * paragraph from a timestamp to the next carries it; a line that is only a timestamp is furniture.
 * Returns whether the text is a live blog.
 */
function markEntries(units: Unit[], text: string, ctx: StageContext, given: boolean): boolean {
  // A page's own date line before its headline dates the article, not an entry.
  const headline = units.findIndex((u) => u.hint === "headline");
  const skip = (i: number) => {
    const u = units[i]!;
    return i <= headline || (u.kind !== null && NOT_ENTRY.has(u.kind)) || (u.hint !== undefined && TOP_HINTS.has(u.hint));
  };
  const found = liveStamps(text, units, skip, ctx.locale, ctx.published);
  const { dateLines } = found;
  // A timestamp line over teasers or furniture dates no entry: an entry has text of its own.
  const stamps = found.stamps.filter((stamp, s) => {
    if (!stamp.line) return true;
    const next = found.stamps[s + 1]?.unit ?? units.length;
    for (let i = stamp.unit + 1; i < next; i++) if (units[i]!.kind === null && wordsUpTo(units[i]!.text, ENTRY_MIN_WORDS) >= ENTRY_MIN_WORDS) return true;
    return false;
  });
  if (given ? stamps.length === 0 : stamps.length < LIVEBLOG_MIN_ENTRIES || !newestFirst(stamps)) return false;
  // An entry runs to the next timestamp or date line; a date line is the blog's furniture.
  const dated = new Set(dateLines);
  for (const i of dateLines) {
    units[i]!.kind = "boilerplate";
    units[i]!.reason = "live-blog date line";
  }
  for (let s = 0; s < stamps.length; s++) {
    const stamp = stamps[s]!;
    const last = s + 1 < stamps.length ? stamps[s + 1]!.unit : units.length;
    for (let i = stamp.unit; i < last && (i === stamp.unit || !dated.has(i)); i++) {
      if (skip(i)) continue;
      const u = units[i]!;
      u.time = stamp.time;
    }
    if (stamp.line) {
      const u = units[stamp.unit]!;
      u.kind = "boilerplate";
      u.reason = "live-blog timestamp";
    }
  }
  return true;
}

/**
 * A headline printed again further down is furniture, and so is a title repeated beside every picture of
 * a gallery. Other lines said twice (a table's cells, a refrain) are left as they are.
 */
function markRepeats(units: Unit[]): void {
  const groups = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (u.kind !== null && u.kind !== "headline") return;
    const key = repeatKey(u.text);
    if (key === null || isProse(u.text) || wordsUpTo(u.text, REPEAT_MIN_WORDS) < REPEAT_MIN_WORDS) return;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const besidePicture = (i: number) => [units[i - 1], units[i + 1]].some((v) => v?.kind === "caption" || v?.kind === "credit");
  for (const indices of groups.values()) {
    if (indices.length < 2) continue;
    const headline = indices.find((i) => units[i]!.kind === "headline");
    const gallery = headline === undefined && indices.every(besidePicture);
    if (headline === undefined && !gallery) continue;
    for (const i of indices) {
      if (i === headline) continue;
      const u = units[i]!;
      u.kind = "boilerplate";
      u.reason = headline !== undefined ? "repeats the headline" : "gallery title repeated per picture";
    }
  }
}

/** Author bios that end the article's text: only furniture or other bios after them (bio.ts). */
function markBios(units: Unit[], ctx: StageContext, authors: readonly string[]): void {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.kind !== null && ASIDE_KINDS.has(u.kind)) continue;
    const reason = u.kind === null && !u.speaker ? bioReason(u.text, ctx.locale, authors) : null;
    if (!reason) return;
    u.kind = "bio";
    u.reason = reason;
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
