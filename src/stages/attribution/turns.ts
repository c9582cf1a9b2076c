/**
 * Labels before a colon that name who speaks: interview turns ("Frage: … / Antwort: …", "Q: … / A: …",
 * "Linda Carver: …", bold names as "**Name:**") and single labels ("Schäuble: „…“", a headline
 * "McCain: Populist anger appeals to …"). Read from the text alone, so it works on any page: a label is
 * a question or answer word of the locale, or a short name (an entity of the entities stage, a name in
 * capitals, or a label that recurs as one); two or more turns make an interview, whose interviewer (the
 * question label, the outlet, or the name whose turns are questions) asks and whose other labels answer.
 * An answer label without a name answers for the person the headline and introduction name most.
 */
import type { Block, Entity, Sentence, Token } from "../../model/types.js";
import type { Lexicon } from "./lexicon.js";

/** Longest label before the colon, in words. */
const MAX_LABEL_WORDS = 5;
/** Share of a label's turns ending in a question mark that makes it the interviewer's. */
const QUESTION_SHARE = 0.5;
/** Blocks whose text is not prose someone says. */
const NO_TURNS = new Set<Block["kind"]>(["boilerplate", "related", "credit", "comment", "caption", "kicker"]);
const EMPHASIS = new Set(["*", "**", "_", "__"]);
const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}'’.-]*$/u;

export type TurnRole = "question" | "answer" | "label";

export interface Turn {
  block: number;
  /** Index of the sentence the label opens. */
  sentence: number;
  /** The label's characters (without emphasis marks and the colon). */
  labelStart: number;
  labelEnd: number;
  /** What follows the colon, to the next label or the block's end. */
  contentStart: number;
  contentEnd: number;
  role: TurnRole;
  /** For an answer without a name: whom it is given to. */
  answerer?: { start: number; end: number; entity: string };
  /** Where a "So" before the label starts ("So X: „…“"). */
  so?: number;
  /** For a label with a short form of a name ("Beispiel:"): the label with the full name ("Petra Beispiel:"). */
  fullName?: { start: number; end: number };
}

export interface TurnInput {
  text: string;
  blocks: readonly Block[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  entities?: readonly Entity[];
  outlet?: string | null;
}

interface Candidate {
  block: number;
  sentence: number;
  labelStart: number;
  labelEnd: number;
  contentStart: number;
  key: string;
  kind: "question" | "answer" | "name";
  named: boolean;
  /** The structure stage marked the label as an interview turn's speaker (the block's `speaker`). */
  structural: boolean;
  /** Where a "So" before the label starts. */
  so?: number;
}

/** The turns and labels of a document, in text order. */
export function findTurns(input: TurnInput, lex: Lexicon): Turn[] {
  const candidates = labelCandidates(input, lex);
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  // A name label counts when it is a known name, or recurs (a transcript).
  const kept = candidates.filter((c) => c.kind !== "name" || c.named || c.structural || (counts.get(c.key) ?? 0) > 1);
  const turns = kept.filter((c) => c.so === undefined);
  const interview = turns.filter((c) => c.kind !== "name").length >= 2 || (new Set(turns.map((c) => c.key)).size >= 2 && turns.length >= 3);
  const ends = contentEnds(kept, input);
  const interviewer = interview ? interviewerKey(kept, ends, input) : null;
  const answerer = interview && kept.some((c) => c.kind === "answer") ? mainPerson(input, kept[0]?.labelStart ?? 0) : undefined;
  return kept.map((c, i) => {
    const role: TurnRole = c.so !== undefined ? "label" : c.kind === "question" || c.key === interviewer ? "question" : interview ? "answer" : "label";
    const turn: Turn = { block: c.block, sentence: c.sentence, labelStart: c.labelStart, labelEnd: c.labelEnd, contentStart: c.contentStart, contentEnd: ends[i]!, role };
    if (c.so !== undefined) turn.so = c.so;
    if (c.kind === "answer" && answerer) turn.answerer = answerer;
    const full = c.kind === "name" ? kept.find((d) => d.kind === "name" && d.key.length > c.key.length && d.key.endsWith(" " + c.key)) : undefined;
    if (full) turn.fullName = { start: full.labelStart, end: full.labelEnd };
    return turn;
  });
}

function labelCandidates(input: TurnInput, lex: Lexicon): Candidate[] {
  const { text, tokens, sentences } = input;
  const out: Candidate[] = [];
  let t = 0;
  sentences.forEach((s, si) => {
    const block = input.blocks[s.block];
    if (!block || NO_TURNS.has(block.kind)) return;
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    let j = t;
    while (j < tokens.length && tokens[j]!.end <= s.end && EMPHASIS.has(text.slice(tokens[j]!.start, tokens[j]!.end))) j++;
    const first = j;
    let colon = -1;
    for (; j < tokens.length && tokens[j]!.end <= s.end && j - first <= MAX_LABEL_WORDS + 1; j++) {
      const w = text.slice(tokens[j]!.start, tokens[j]!.end);
      if (w === ":") {
        colon = j;
        break;
      }
      if (tokens[j]!.kind === "quote" || (tokens[j]!.kind === "punct" && w !== "." && w !== "-" && !EMPHASIS.has(w))) return;
    }
    if (colon <= first) return;
    let last = colon;
    while (last > first && EMPHASIS.has(text.slice(tokens[last - 1]!.start, tokens[last - 1]!.end))) last--;
    let after = colon + 1;
    while (after < tokens.length && EMPHASIS.has(text.slice(tokens[after]!.start, tokens[after]!.end))) after++;
    const next = tokens[after];
    // Something must follow on the same block: "Antwort: Weil …".
    if (!next || next.start >= block.end || next.kind === "number") return;
    const labelWords = tokens.slice(first, last).filter((x) => x.kind === "word").map((x) => text.slice(x.start, x.end));
    if (labelWords.length === 0 || labelWords.length > MAX_LABEL_WORDS) return;
    // "So Kämmerer Jens Ott: „…“": a trailing-source word before the label names it outright.
    const so = lex.trailingSo.has(labelWords[0]!.toLowerCase()) && labelWords.length > 1;
    if (so) labelWords.shift();
    const key = labelWords.join(" ").toLowerCase();
    const labelStart = tokens[so ? first + 1 : first]!.start;
    const labelEnd = tokens[last - 1]!.end;
    // The structure stage read the paragraph as an interview turn with this label ("Beispiel:").
    const structural = block.speaker !== undefined && block.speaker.start <= labelStart && labelEnd <= block.speaker.end;
    const base = { block: s.block, sentence: si, labelStart, labelEnd, contentStart: next.start, key, structural, ...(so ? { so: tokens[first]!.start } : {}) };
    if (so) out.push({ ...base, kind: "name", named: true });
    else if (lex.questionLabels.has(key)) out.push({ ...base, kind: "question", named: false });
    else if (lex.answerLabels.has(key)) out.push({ ...base, kind: "answer", named: false });
    else if (structural || isNameLabel(labelWords, labelStart, labelEnd, input, lex)) out.push({ ...base, kind: "name", named: namedEntity(labelStart, labelEnd, input) });
  });
  return out;
}

/** Capitalised words, no label of the locale's list ("Foto", "Update"), no calendar word. */
function isNameLabel(words: readonly string[], start: number, end: number, input: TurnInput, lex: Lexicon): boolean {
  const key = words.join(" ").toLowerCase();
  if (lex.notLabels.has(key) || words.some((w) => lex.calendarWords.has(w.toLowerCase()))) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || lex.determiners.has(w.toLowerCase()))) return false;
  // One capitalised word is a noun in a language that capitalises them, unless it is a name or in capitals.
  return namedEntity(start, end, input) || words.every((w) => CAPITALS.test(w)) || words.length >= 2 || !lex.capitalizedNouns;
}

function namedEntity(start: number, end: number, input: TurnInput): boolean {
  return (input.entities ?? []).some((e) => e.type !== "location" && e.mentions.some((m) => m.start >= start && m.end <= end));
}

/** Each turn runs to the next label in its block, or the block's end (without trailing white space). */
function contentEnds(turns: readonly Candidate[], input: TurnInput): number[] {
  return turns.map((c, i) => {
    const next = turns[i + 1];
    const block = input.blocks[c.block]!;
    let end = next && next.block === c.block ? next.labelStart : block.end;
    while (end > c.contentStart && /\s/.test(input.text[end - 1]!)) end--;
    return end;
  });
}

/** The label that asks: the outlet, or the name whose turns are mostly questions. */
function interviewerKey(turns: readonly Candidate[], ends: readonly number[], input: TurnInput): string | null {
  const names = [...new Set(turns.filter((c) => c.kind === "name").map((c) => c.key))];
  if (names.length === 0) return null;
  const outlet = input.outlet?.toLowerCase();
  if (outlet) {
    const match = names.find((n) => n === outlet || outlet.includes(n) || n.includes(outlet));
    if (match) return match;
  }
  let best: { key: string; share: number } | null = null;
  for (const key of names) {
    const own = turns.map((c, i) => ({ c, i })).filter(({ c }) => c.key === key);
    const questions = own.filter(({ i }) => input.text.slice(turns[i]!.contentStart, ends[i]).trimEnd().endsWith("?")).length;
    const share = questions / own.length;
    if (share >= QUESTION_SHARE && (!best || share > best.share)) best = { key, share };
  }
  return best?.key ?? null;
}

/** The person the headline and the text before the first turn name most (the first named on a tie). */
function mainPerson(input: TurnInput, before: number): Turn["answerer"] {
  let best: { m: { start: number; end: number }; id: string; n: number } | null = null;
  for (const e of input.entities ?? []) {
    if (e.type !== "person") continue;
    const early = e.mentions.filter((m) => m.end <= before && m.form !== "pronoun");
    if (early.length === 0) continue;
    const first = early[0]!;
    if (!best || early.length > best.n || (early.length === best.n && first.start < best.m.start)) best = { m: first, id: e.id, n: early.length };
  }
  return best ? { start: best.m.start, end: best.m.end, entity: best.id } : undefined;
}
