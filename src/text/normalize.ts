/**
 * How `Analysis.text` derives from the input text (docs/schema.md, "The text"):
 *  1. line breaks: CR LF and lone CR become LF; U+2028/U+2029 and U+0085 become LF;
 *  2. white space: NBSP, narrow NBSP, figure space, the U+2000–U+200A spaces, ideographic space,
 *     medium mathematical space and TAB become an ASCII space;
 *  3. removed: zero-width space/non-joiner/joiner, word joiner, soft hyphen, BOM, bidi marks and
 *     other format and control characters (apart from LF);
 *  4. Unicode NFC.
 * Letters are never changed otherwise. `normalizeText` also reports how many characters each step
 * touched, so ingest can put it in diagnostics.
 */

/** Spaces that are not ASCII space but separate words like one. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Characters that carry no text: zero-width, soft hyphen, BOM, bidi controls, C0/C1 controls but LF. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u200b-\u200f\u2060-\u2064\u00ad\ufeff\u202a-\u202e\u2066-\u2069\u061c\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

export interface NormalizeReport {
  /** Odd spaces replaced by an ASCII space. */
  spaces: number;
  /** Invisible characters removed. */
  removed: number;
  /** Whether NFC changed the text. */
  composed: boolean;
}

export function normalizeText(input: string): { text: string; report: NormalizeReport } {
  let spaces = 0;
  let removed = 0;
  let text = input.replace(LINE_BREAKS, "\n");
  text = text.replace(ODD_SPACES, () => {
    spaces++;
    return " ";
  });
  text = text.replace(INVISIBLE, () => {
    removed++;
    return "";
  });
  const composedText = text.normalize("NFC");
  return { text: composedText, report: { spaces, removed, composed: composedText !== text } };
}

/** Lone surrogates cannot be encoded as UTF-8; they become U+FFFD (and are counted). */
export function replaceLoneSurrogates(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, () => {
    replaced++;
    return "\ufffd";
  });
  return { text: out, replaced };
}
