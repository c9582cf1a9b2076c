/**
 * Interview turns: paragraphs that open with a speaker's label ("Frage:", "Antwort:", "Q:", "SZ:",
 * "Olaf Scholz:", "Scholz:" — a name, an outlet in capitals, a question or answer label, or the short form
 * of a name given in full; not "Tipp:" or "PS:"). A page is an interview when at least two labels each
 * open two or more paragraphs, a named speaker or a question label is among them, and the labels take turns; every turn keeps its label as the block's `speaker` (the
 * attribution stage reads turns from it), and a turn printed inside another paragraph ("… ? Scholz:
 * Ich …") is split off into a block of its own.
 */
import type { Locale } from "../../locales/types.js";

/** A speaker's label: one to four capitalised (or all-capital) words before a colon, at most this long. */
const LABEL_MAX_CHARS = 40;
const LABEL = String.raw`(\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:von|van|de|der|den|da|di|du|le|la|al|el|bin|ibn)?\s*\p{Lu}[\p{L}\p{N}.'’&-]*){0,3})\s*:\s+(?=\S)`;
/** A speaker's name: two words or more, each capitalised ("Petra Beispiel", "The Economist", "Kim Jong Un"). */
const NAME_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:von|van|de|der|den|da|di|du|le|la|al|el|bin|ibn)?\s*\p{Lu}[\p{L}.'’-]*)+$/u;
/** An outlet's short name in capitals ("SZ", "SPIEGEL", "ZEIT ONLINE"). */
const CAPITALS_LABEL = /^\p{Lu}{2,10}(?:\s+\p{Lu}{2,10})?$/u;
/** Labels that open at least this many paragraphs are turn labels … */
const MIN_TURNS_PER_LABEL = 2;
/** … and an interview has at least this many turns … */
const MIN_TURNS = 4;
/** … and at least this share of its turns change the speaker (a label repeated paragraph after paragraph is a list's). */
const MIN_ALTERNATION = 0.6;
/** A page the markup or kicker calls an interview needs only this many turns. */
const MIN_TURNS_GIVEN = 2;

export interface Turn {
  /** Index of the unit. */
  unit: number;
  /** Offsets of the label, colon included ("Frage:"). */
  start: number;
  end: number;
}

const LABEL_AT_START = new RegExp(`^${LABEL}`, "u");
/** Where a turn starts inside a paragraph: after a sentence's end. */
const AFTER_SENTENCE = String.raw`(?<=[.!?…"“”»«)]\s+)`;

interface Unitish {
  start: number;
  end: number;
  text: string;
}

const cache = new WeakMap<readonly Locale[], { credits: Set<string>; generic: Set<string> }>();

/** Credit prefixes ("Foto:" opens no turn) and the generic question and answer labels, lowercase. */
function wordsOf(locales: readonly Locale[]): { credits: Set<string>; generic: Set<string> } {
  let words = cache.get(locales);
  if (!words) {
    words = {
      credits: new Set(locales.flatMap((l) => l.structure.creditPrefixes.map((p) => p.toLowerCase()))),
      generic: new Set(locales.flatMap((l) => l.structure.interviewLabels.map((p) => p.toLowerCase()))),
    };
    cache.set(locales, words);
  }
  return words;
}

function keyOf(label: string): string {
  const words = label.trim().split(/\s+/);
  return (words[words.length - 1] ?? "").toLowerCase();
}

/** The label opening a paragraph, or null. */
function labelAt(text: string, credits: ReadonlySet<string>): { label: string; length: number } | null {
  const m = LABEL_AT_START.exec(text);
  if (!m || m[1]!.length > LABEL_MAX_CHARS || credits.has(m[1]!.toLowerCase())) return null;
  return { label: m[1]!, length: m[0].trimEnd().length };
}

/**
 * The turn labels of a text: the keys (a label's last word, lowercase: "Olaf Scholz" and "Scholz" are one
 * speaker) that make an interview, or an empty set.
 */
export function turnLabels(units: readonly Unitish[], locales: readonly Locale[], given: boolean): Set<string> {
  const { credits, generic } = wordsOf(locales);
  const labels = units.map((u) => labelAt(u.text, credits)?.label ?? null);
  // A label names a speaker when it is a name, an outlet in capitals, a question or answer label, or the
  // short form of a name given in full elsewhere ("Beispiel" of "Petra Beispiel"); "Tipp:", "PS:" are not.
  const named = new Set(labels.filter((l): l is string => l !== null && NAME_LABEL.test(l)).map(keyOf));
  const speaks = (label: string) => generic.has(label.toLowerCase()) || named.has(keyOf(label)) || CAPITALS_LABEL.test(label);
  const sequence: string[] = [];
  const counts = new Map<string, number>();
  for (const label of labels) {
    if (label === null || !speaks(label)) continue;
    const key = keyOf(label);
    sequence.push(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = new Set([...counts].filter(([k, n]) => n >= MIN_TURNS_PER_LABEL || (given && generic.has(k))).map(([k]) => k));
  const turns = sequence.filter((k) => keys.has(k));
  let changes = 0;
  for (let i = 1; i < turns.length; i++) if (turns[i] !== turns[i - 1]) changes++;
  const alternation = turns.length > 1 ? changes / (turns.length - 1) : 0;
  // Someone is interviewed: a named speaker or a question and answer label takes part.
  const someone = [...keys].some((k) => named.has(k) || generic.has(k));
  const enough = given ? turns.length >= MIN_TURNS_GIVEN : someone && keys.size >= 2 && turns.length >= MIN_TURNS && alternation >= MIN_ALTERNATION;
  return enough ? keys : new Set();
}

/** Where turns start inside a paragraph (after its first), for splitting it: offsets into the text. */
export function innerTurnStarts(u: Unitish, keys: ReadonlySet<string>): number[] {
  if (keys.size === 0) return [];
  const inner = new RegExp(`${AFTER_SENTENCE}${LABEL}`, "gu");
  const out: number[] = [];
  for (const m of u.text.matchAll(inner)) {
    if (m.index === undefined || m.index === 0 || m[1]!.length > LABEL_MAX_CHARS) continue;
    if (keys.has(keyOf(m[1]!))) out.push(u.start + m.index);
  }
  return out;
}

/** The turn a paragraph opens, with its label's offsets, or null. */
export function turnOf(u: Unitish, unit: number, keys: ReadonlySet<string>, locales: readonly Locale[]): Turn | null {
  if (keys.size === 0) return null;
  const found = labelAt(u.text, wordsOf(locales).credits);
  if (!found || !keys.has(keyOf(found.label))) return null;
  return { unit, start: u.start, end: u.start + found.length };
}
