import type { SourceBlock } from "../stage.js";

/** Lines at most this long, ending mid-sentence, in a text whose lines all stop near one width, are a hard wrap. */
const WRAP_MIN_WIDTH = 50;
const WRAP_MAX_WIDTH = 110;
/** Share of a paragraph's non-final lines that must stop within `WRAP_SLACK` of the widest line. */
const WRAP_SHARE = 0.8;
const WRAP_SLACK = 20;
const ENDS_SENTENCE = /[.!?:;…"“”»«')\]]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const ENDS_HYPHENATED = /\p{Ll}-$/u;

interface Line {
  start: number;
  end: number;
}

/**
 * Plain text to candidate blocks: every non-empty line is a block (text copied from a web page has one
 * paragraph a line), except that hard-wrapped lines are joined into their paragraph: a line that stops
 * mid-sentence before a lowercase continuation, a hyphenated line end, or a whole text wrapped at one width.
 */
export function paragraphsOf(text: string): SourceBlock[] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    const line = trimLine(text, pos, end);
    if (line === null) {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
    if (nl < 0) break;
    pos = nl + 1;
  }
  if (current.length) groups.push(current);

  const wrapped = isHardWrapped(groups);
  const blocks: SourceBlock[] = [];
  for (const group of groups) {
    let block: SourceBlock = { start: group[0]!.start, end: group[0]!.end };
    for (let i = 1; i < group.length; i++) {
      const prev = group[i - 1]!;
      const line = group[i]!;
      if (wrapped || continues(text, prev, line)) block.end = line.end;
      else {
        blocks.push(block);
        block = { start: line.start, end: line.end };
      }
    }
    blocks.push(block);
  }
  return blocks;
}

function trimLine(text: string, start: number, end: number): Line | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

function continues(text: string, prev: Line, line: Line): boolean {
  const prevText = text.slice(prev.start, prev.end);
  const lineText = text.slice(line.start, line.end);
  if (ENDS_HYPHENATED.test(prevText)) return true;
  return !ENDS_SENTENCE.test(prevText) && STARTS_LOWER.test(lineText) && prevText.length >= WRAP_MIN_WIDTH;
}

/** A text is hard-wrapped when the non-final lines of its multi-line paragraphs stop near one width. */
function isHardWrapped(groups: Line[][]): boolean {
  const widths: number[] = [];
  for (const g of groups) for (let i = 0; i + 1 < g.length; i++) widths.push(g[i]!.end - g[i]!.start);
  if (widths.length < 3) return false;
  const max = widths.reduce((a, b) => Math.max(a, b), 0);
  if (max < WRAP_MIN_WIDTH || max > WRAP_MAX_WIDTH) return false;
  const near = widths.filter((w) => w >= max - WRAP_SLACK).length;
  return near / widths.length >= WRAP_SHARE;
}
