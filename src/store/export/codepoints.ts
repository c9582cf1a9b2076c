/**
 * Our spans count UTF-16 code units (JavaScript string indices); brat, W3C Web Annotation and Label
 * Studio count Unicode code points (as Python does): an emoji is two units and one code point; a
 * combining mark is a code point of its own in both.
 */

/** A converter from UTF-16 indices of `text` to code point indices (an index inside a pair maps to the pair). */
export function codePointIndex(text: string): (utf16: number) => number {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const isHighSurrogate = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isHighSurrogate) {
      table[i + 1] = cp;
      i++;
    }
    cp++;
  }
  table[text.length] = cp;
  return (utf16) => table[Math.max(0, Math.min(text.length, utf16))]!;
}

/** The text between two code point indices. */
export function sliceCodePoints(codePoints: readonly string[], start: number, end: number): string {
  return codePoints.slice(start, end).join("");
}
