/**
 * Through which channel a statement was made ("in einem Interview mit Bloomberg", "über die staatlichen
 * Medien", "in einer Aussage … vor dem Kongress", "in a statement"), and to whom ("gegenüber der
 * Zeitung", "told reporters", the partner of a phone call): words of the cue's sentence outside the
 * content, the nearest to the cue.
 */
import type { Channel, ChannelKind } from "../../model/types.js";
import { span } from "../../model/span.js";
import type { Frame, Range } from "./frame.js";
import type { Lexicon } from "./lexicon.js";
import { phraseAt } from "./phrases.js";
import type { Word } from "./words.js";

const CHANNEL_KINDS = new Set<ChannelKind>([
  "interview", "phone_call", "statement", "state_media", "testimony", "press_conference", "press_release", "social_media", "report", "speech", "letter", "other",
]);

function asKind(kind: string): ChannelKind {
  return CHANNEL_KINDS.has(kind as ChannelKind) ? (kind as ChannelKind) : "other";
}

function inside(ranges: readonly Range[], w: Word): boolean {
  return ranges.some((r) => r.start <= w.start && w.end <= r.end);
}

interface ChannelHit {
  from: number;
  to: number;
  kind: ChannelKind;
  length: number;
}

interface ChannelCueWords {
  seq: readonly string[];
  kind: ChannelKind;
  /** Characters of the phrase (words and single spaces): the longest phrase wins at a place. */
  length: number;
}

interface ChannelIndex {
  /** Phrases by their first word. */
  byFirst: ReadonlyMap<string, readonly ChannelCueWords[]>;
  /** One-word cues, for capitalised compounds that end in one ("Telefonat" in "Krisentelefonat"). */
  single: readonly ChannelCueWords[];
}

const indexes = new WeakMap<Lexicon, ChannelIndex>();

function channelIndex(lex: Lexicon): ChannelIndex {
  let index = indexes.get(lex);
  if (!index) {
    const byFirst = new Map<string, ChannelCueWords[]>();
    const single: ChannelCueWords[] = [];
    for (const cue of lex.channels) {
      for (const seq of cue.words) {
        const entry = { seq, kind: asKind(cue.kind), length: seq.join(" ").length };
        const list = byFirst.get(seq[0]!) ?? [];
        list.push(entry);
        byFirst.set(seq[0]!, list);
        if (seq.length === 1) single.push(entry);
      }
    }
    index = { byFirst, single };
    indexes.set(lex, index);
  }
  return index;
}

/** Channel cues of the frame's sentence outside its content, longest first at each place. */
function channelHits(frame: Frame, lex: Lexicon): ChannelHit[] {
  const { words } = frame.sentence;
  const { byFirst, single } = channelIndex(lex);
  const hits: ChannelHit[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== "word" || inside(frame.content, w)) continue;
    let best: ChannelHit | null = null;
    const consider = (c: ChannelCueWords) => {
      if (!best || c.length > best.length) best = { from: k, to: k + c.seq.length, kind: c.kind, length: c.length };
    };
    for (const c of byFirst.get(w.lower) ?? []) if (c.seq.every((s, i) => words[k + i]?.lower === s)) consider(c);
    if (lex.capitalizedNouns && w.cap) for (const c of single) if (w.lower.length > c.seq[0]!.length && w.lower.endsWith(c.seq[0]!)) consider(c);
    if (best) hits.push(best);
  }
  return hits;
}

export function findChannel(frame: Frame, lex: Lexicon, text: string): Channel | null {
  const hits = channelHits(frame, lex);
  const { words } = frame.sentence;
  if (hits.length === 0) {
    const implied = frame.verb?.channel;
    return implied ? { ...span(text, frame.cue.start, frame.cue.end), kind: asKind(implied) } : null;
  }
  const cueAt = frame.cueWord;
  hits.sort((a, b) => Math.abs(a.from - cueAt) - Math.abs(b.from - cueAt) || b.length - a.length);
  const hit = hits[0]!;
  let to = hit.to;
  let partner: Range | null = null;
  if (lex.channelPartner.has(words[to]?.lower ?? "")) {
    const phrase = phraseAt(words, to + 1, lex);
    if (phrase) {
      partner = { start: words[phrase.from]!.start, end: words[phrase.to - 1]!.end };
      to = phrase.to;
    }
  }
  const channel: Channel = { ...span(text, words[hit.from]!.start, words[to - 1]!.end), kind: hit.kind };
  if (partner) channel.with = span(text, partner.start, partner.end);
  return channel;
}

/** The addressee: "gegenüber X", the object of a verb of telling, the other side of a phone call. */
export function findAddressee(frame: Frame, channel: Channel | null, lex: Lexicon): Range | null {
  const { words } = frame.sentence;
  for (let k = 0; k < words.length; k++) {
    if (!lex.addresseePrepositions.has(words[k]!.lower) || inside(frame.content, words[k]!)) continue;
    const phrase = phraseAt(words, k + 1, lex);
    if (phrase) return { start: words[phrase.from]!.start, end: words[phrase.to - 1]!.end };
  }
  if (channel?.kind === "phone_call" && channel.with) return { start: channel.with.start, end: channel.with.end };
  if (frame.verb?.addressee && frame.how === "verb") {
    const k = frame.cueWord + 1;
    const w = words[k];
    const directObject = !lex.capitalizedNouns || (w !== undefined && lex.dativeDeterminers.has(w.lower));
    if (w && directObject && !inside(frame.content, w) && !lex.pronouns.has(w.lower) && !lex.complementizers.has(w.lower)) {
      const phrase = phraseAt(words, k, lex);
      const speaker = frame.speaker;
      if (phrase && !(speaker && words[phrase.from]!.start === speaker.start)) {
        const end = words[phrase.to - 1]!;
        if (!inside(frame.content, end)) return { start: words[phrase.from]!.start, end: end.end };
      }
    }
  }
  return null;
}
