/**
 * Hedges and evidentials: modal and epistemic markers ("könnte", "vermutlich", "reportedly"), hearsay
 * ("Berichten zufolge", "soll … getötet haben") and the commitment a speech verb lends ("festgestellt"
 * against "behauptet"). Words and strengths come from the locale (`hedges`).
 */
import type { HedgeLocale, HedgeMarker, Locale } from "../../locales/types.js";
import type { Hedge, Span, Token } from "../../model/types.js";
import { overlaps } from "../../model/span.js";
import type { SpanIndex } from "../../model/span-index.js";
import { isClauseBreak } from "../time/tense.js";
import { matchPhrase, phraseIndex, type PhraseIndex } from "./phrases.js";

interface HedgeTables {
  markers: PhraseIndex<HedgeMarker>;
  reportative: Map<string, HedgeMarker>;
  perfectInfinitives: Set<string>;
  cues: PhraseIndex<HedgeMarker>;
}

const cache = new WeakMap<HedgeLocale, HedgeTables>();

function tables(data: HedgeLocale): HedgeTables {
  let t = cache.get(data);
  if (!t) {
    const entries = (list: readonly HedgeMarker[]) => list.map((m) => ({ words: m.words, value: m }));
    const reportative = new Map<string, HedgeMarker>();
    for (const m of data.reportativeModals) for (const w of m.words) reportative.set(w, m);
    t = {
      markers: phraseIndex(entries(data.markers)),
      reportative,
      perfectInfinitives: new Set(data.perfectInfinitives),
      cues: phraseIndex(entries(data.cueStrengths)),
    };
    cache.set(data, t);
  }
  return t;
}

/** A hedge found in a sentence, before it gets its id. */
export interface FoundHedge extends Span {
  marker: HedgeMarker;
}

/** The last word of the clause that token `i` is in. */
function clauseLastWord(text: string, tokens: readonly Token[], words: readonly string[], i: number): string | null {
  let last: string | null = null;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isClauseBreak(text, t)) break;
    if (t.kind === "word") last = words[k] ?? null;
  }
  return last;
}

export interface HedgeContext {
  text: string;
  locale: Locale;
  /** Spans no hedge may start in (dates: "May" the month is no modal). */
  blocked: readonly Span[];
  /** The attributions' cues, when the attribution stage ran: speech verbs lend strength only as their cues. */
  cues?: SpanIndex<Span>;
}

/** The hedges of one sentence (its tokens and their lowercase texts), in text order, no two sharing a token. */
export function findHedges(tokens: readonly Token[], words: readonly string[], c: HedgeContext): FoundHedge[] {
  const t = tables(c.locale.hedges);
  const out: FoundHedge[] = [];
  const span = (from: number, to: number) => {
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    return { start, end, text: c.text.slice(start, end) };
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || c.blocked.some((b) => overlaps(b, token))) continue;
    const marker = matchPhrase(c.text, tokens, words, i, t.markers);
    if (marker) {
      out.push({ ...span(marker.from, marker.to), marker: marker.value });
      i = marker.to - 1;
      continue;
    }
    const reportative = t.reportative.get(words[i] ?? "");
    if (reportative && t.perfectInfinitives.has(clauseLastWord(c.text, tokens, words, i) ?? "")) {
      out.push({ ...span(i, i + 1), marker: reportative });
      continue;
    }
    const cue = c.cues ? matchPhrase(c.text, tokens, words, i, t.cues) : null;
    if (cue) {
      const s = span(cue.from, cue.to);
      if (c.cues?.anyOverlapping(s.start, s.end)) out.push({ ...s, marker: cue.value });
      i = cue.to - 1;
    }
  }
  return out;
}

/** Hedges with ids h1, h2, … */
export function toHedges(found: readonly FoundHedge[]): Hedge[] {
  return found.map((f, i) => ({ id: `h${i + 1}`, start: f.start, end: f.end, text: f.text, kind: f.marker.kind, strength: f.marker.strength }));
}
