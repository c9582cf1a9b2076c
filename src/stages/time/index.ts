import { getLocale } from "../../locales/index.js";
import type { Locale, TimeMod } from "../../locales/types.js";
import type { Block, BlockKind, Diagnostic, Sentence, TimeAnchoring, TimeExpression, Token } from "../../model/types.js";
import { detectAnchoring } from "./anchoring.js";
import { SpanIndex } from "../../model/span-index.js";
import type { Doc, Stage, StageContext } from "../stage.js";
import { dayNumber, parseIsoDay } from "./calendar-math.js";
import { coordinate } from "./coordination.js";
import { findInSentence, type Found } from "./extract.js";
import { resolve, type Memory, type ResolveContext } from "./resolve.js";
import { tenseAt, tenseTables } from "./tense.js";
import type { Point } from "./value.js";
import { lowercaseInPlace } from "./words.js";

/** Blocks written at another time than the article (appeals, promos): their times are not anchored on its date. */
const UNANCHORED_BLOCKS: ReadonlySet<BlockKind> = new Set(["boilerplate", "promo", "bio"]);
/** The day of a TIMEX3 value ("2024-06-14T13:05"). */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
/** Blocks that show what has happened (a photo's caption): a weekday without a verb to tell is a past one. */
const PAST_BLOCKS: ReadonlySet<BlockKind> = new Set(["caption"]);

/**
 * Time: the temporal expressions of the text with TIMEX3 types and values, resolved against the
 * publication date (news mode) or the dates the text gives (narrative mode); and the time of every
 * attribution, where one governs its cue. docs/time.md describes the rules.
 */
export const timeStage: Stage = {
  name: "time",
  needs: ["sentences"],
  run(doc: Doc, ctx: StageContext): Doc {
    const { times, anchoring } = findTimesAnchored(doc, ctx);
    const diagnostics = [...doc.diagnostics, ...unanchoredDiagnostics(doc, anchoring, ctx, times)];
    return { ...doc, meta: { ...doc.meta, timeAnchoring: anchoring }, times, diagnostics };
  },
};

/** Says so when relative times stay unresolved for want of a publication date (and how to give one). */
function unanchoredDiagnostics(doc: Doc, anchoring: TimeAnchoring, ctx: StageContext, times: readonly TimeExpression[]): Diagnostic[] {
  if (ctx.published || anchoring.value !== "news") return [];
  const blocks = new SpanIndex(doc.blocks);
  const unanchored = times.filter((t) => t.anchor === "none" && !UNANCHORED_BLOCKS.has(blockAt(blocks, t.start)?.kind ?? "body"));
  const first = unanchored[0];
  if (!first) return [];
  return [
    {
      code: "I_TIME_UNANCHORED",
      message: `${unanchored.length} relative time expression(s) left without a date ("${first.text}"): the publication date is unknown; pass --published YYYY-MM-DD or a "published" field`,
      severity: "info",
      source: "time",
      place: { start: first.start, end: first.end },
    },
  ];
}

/** The first block holding a position. */
function blockAt(blocks: SpanIndex<Block>, position: number): Block | undefined {
  return blocks.overlappingItems(position, position + 1)[0];
}

/** A function from a sentence to its tokens (tokens and sentences in text order). */
export function sentenceTokenLookup(doc: Doc): (s: Sentence) => readonly Token[] {
  const tokens = doc.tokens ?? [];
  const byStart = new Map<number, readonly Token[]>();
  return (s: Sentence) => {
    let found = byStart.get(s.start);
    if (!found) {
      found = tokensWithin(tokens, s.start, s.end);
      byStart.set(s.start, found);
    }
    return found;
  };
}

/** The tokens between two positions, by binary search (tokens in text order). */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && (tokens[i] as Token).end <= end; i++) out.push(tokens[i] as Token);
  return out;
}

/** Makes a mentioned date the reference of what follows, at each granularity it has. */
export function remember(memory: Memory, point: Point): void {
  if (point.year === null || point.decade !== undefined || point.century !== undefined || point.week !== undefined) return;
  if (point.season !== undefined || point.quarter !== undefined) return;
  memory.year = point.year;
  if (memory.month && memory.month.year !== point.year) delete memory.month;
  if (point.month === undefined) {
    if (!memory.month) delete memory.day;
    return;
  }
  const sameMonth = memory.month?.month === point.month;
  memory.month = { year: point.year, month: point.month };
  if (point.day !== undefined) memory.day = dayNumber(point.year, point.month, point.day);
  else if (!sameMonth) delete memory.day;
}

/** The expressions found in one sentence, before they are resolved. */
interface SentenceFinds {
  sentence: Sentence;
  block: Block | undefined;
  tokens: readonly Token[];
  locale: Locale;
  found: readonly Found[];
}

/** Every sentence's expressions, found (not yet resolved). */
function findAll(doc: Doc, ctx: StageContext, lowercase: string): SentenceFinds[] {
  const tokensOf = sentenceTokenLookup(doc);
  const out: SentenceFinds[] = [];
  for (const sentence of doc.sentences ?? []) {
    ctx.checkpoint?.();
    const block = doc.blocks[sentence.block] as Block | undefined;
    const locale = block?.language ? getLocale(block.language) : ctx.locale;
    const tokens = tokensOf(sentence);
    out.push({ sentence, block, tokens, locale, found: coordinate(doc.text, findInSentence(doc.text, lowercase, tokens, locale), locale) });
  }
  return out;
}

/** The anchoring of a document: the one given, else the one its expressions point to (anchoring.ts). */
export function anchoringOf(doc: Doc, ctx: StageContext, finds?: readonly SentenceFinds[]): TimeAnchoring {
  if (ctx.timeAnchoring !== "auto") return { value: ctx.timeAnchoring, source: "given" };
  const all = finds ?? findAll(doc, ctx, lowercaseInPlace(doc.text));
  const reporting = all.filter((f) => f.block === undefined || !UNANCHORED_BLOCKS.has(f.block.kind)).flatMap((f) => f.found.map((x) => x.parsed));
  return { value: detectAnchoring(reporting, ctx.published ? parseIsoDay(ctx.published) : null), source: "detected" };
}

/** The temporal expressions of a document, with ids t1, t2, … in text order, and how they were anchored. */
export function findTimes(doc: Doc, ctx: StageContext): TimeExpression[] {
  return findTimesAnchored(doc, ctx).times;
}

export function findTimesAnchored(doc: Doc, ctx: StageContext): { times: TimeExpression[]; anchoring: TimeAnchoring } {
  const text = doc.text;
  const publication = ctx.published ? parseIsoDay(ctx.published) : null;
  const memory: Memory = {};
  const times: TimeExpression[] = [];
  const lowercase = lowercaseInPlace(text);
  const finds = findAll(doc, ctx, lowercase);
  const anchoring = anchoringOf(doc, ctx, finds);
  let lastBlock = -1;
  let blockMemory: Memory = {};
  for (const { sentence, block, tokens, locale, found } of finds) {
    ctx.checkpoint?.();
    // A live-blog entry's timestamp line is dated like the reporting, not like furniture.
    const unanchored = block !== undefined && UNANCHORED_BLOCKS.has(block.kind) && block.time === undefined;
    if (sentence.block !== lastBlock) {
      blockMemory = {};
      lastBlock = sentence.block;
      // A live-blog entry's times count from the day of its timestamp.
      const entryDay = block?.time ? ISO_DAY.exec(block.time.value) : null;
      if (entryDay) remember(memory, { year: Number(entryDay[1]), month: Number(entryDay[2]), day: Number(entryDay[3]) });
    }
    const tables = tenseTables(locale.time.tense, locale.morphology.participles());
    const fallback = block !== undefined && PAST_BLOCKS.has(block.kind) ? "past" : "present";
    for (const f of found) {
      const rctx: ResolveContext = {
        mode: anchoring.value,
        publication: unanchored ? null : publication,
        memory: unanchored ? blockMemory : memory,
        tense: () => tenseAt(text, tokens, f.first, f.last, tables, fallback),
        ...(f.signal !== undefined ? { signal: f.signal as TimeMod | "" } : {}),
      };
      const r = resolve(f.parsed, rctx);
      if (!r) continue;
      if (r.point && (r.type === "DATE" || r.type === "TIME") && !f.signal) remember(rctx.memory, r.point);
      times.push({
        id: `t${times.length + 1}`,
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        type: r.type,
        value: r.value,
        anchor: r.anchor,
        ...(r.mod ? { mod: r.mod } : {}),
      });
    }
  }
  return { times, anchoring };
}
