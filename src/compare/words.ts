/**
 * Words as the comparison sees them: tokens of a stretch of text (words and numbers with their
 * places), folded to a spelling without case and accents, and reduced to a stem by the locale's
 * endings. Pure functions over strings; the locale supplies the words.
 */
import type { CompareLocale } from "../locales/types.js";

export interface WordToken {
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lowercase, accents and ß folded ("Städte" → "stadte"). */
  fold: string;
  kind: "word" | "number";
}

/**
 * Words (letters with an inner apostrophe: "don't", "Putin's") and numbers (digits with inner
 * separators: "4,8", "1.000", "13.04.2024"). Hyphens and other signs split tokens.
 */
const TOKEN = /(\d+(?:[.,:/]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?)/gu;

/** The tokens of `text` between `from` and `to`, with positions in `text`. */
export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const out: WordToken[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    if (m.index + raw.length > to) break;
    out.push({ start: m.index, end: m.index + raw.length, raw, fold: fold(raw), kind: m[1] ? "number" : "word" });
  }
  return out;
}

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[’]/g;
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/** Letters, digits and signs of plain ASCII: such a word only needs lowercasing. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is the point
const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase, accents removed, ß as ss, typographic apostrophes as "'" ("Äußerung" → "ausserung"). */
export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  let f = foldCache.get(word);
  if (f === undefined) {
    f = word.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(COMBINING_MARKS, "").replace(APOSTROPHES, "'");
    if (foldCache.size > FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, f);
  }
  return f;
}

/** FNV-1a over a string: a stable 32-bit hash. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether a token as written starts with a capital letter. */
export function isCapitalized(raw: string): boolean {
  const c = raw.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

interface Suffix {
  ending: string;
  /** Letters one of which must stand before the ending, or null for any. */
  after: string | null;
}

const suffixCache = new WeakMap<CompareLocale, Suffix[]>();

function suffixesOf(locale: CompareLocale): Suffix[] {
  let s = suffixCache.get(locale);
  if (!s) {
    s = locale.suffixes
      .map((spec) => {
        const [ending = "", after] = spec.split(":");
        return { ending: fold(ending), after: after ? fold(after) : null };
      })
      .sort((a, b) => b.ending.length - a.ending.length);
    suffixCache.set(locale, s);
  }
  return s;
}

/** How many endings are stripped at most ("sagten" → "sagt" → "sag"). */
const STRIP_ROUNDS = 2;

/**
 * The stem of a folded word: its longest listed ending stripped, twice at most, as long as the stem
 * keeps the locale's shortest length. Crude, and the same for a word in a text and in the lexicon, which
 * is what matters: "Regierungen" and "Regierung", "said"… are then one key.
 */
export function stem(folded: string, locale: CompareLocale): string {
  const suffixes = suffixesOf(locale);
  let w = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  for (let round = 0; round < STRIP_ROUNDS; round++) {
    let stripped = false;
    for (const s of suffixes) {
      if (w.length - s.ending.length < locale.minStem || !w.endsWith(s.ending)) continue;
      if (s.after !== null && !s.after.includes(w.charAt(w.length - s.ending.length - 1))) continue;
      w = w.slice(0, -s.ending.length);
      stripped = true;
      break;
    }
    if (!stripped) break;
  }
  return w;
}

const spellingCache = new WeakMap<CompareLocale, (w: string) => string>();

/** A folded word in the spelling shared across languages for cognates ("konzert" → "concert"). */
export function cognateSpelling(folded: string, locale: CompareLocale): string {
  let f = spellingCache.get(locale);
  if (!f) {
    const rules = locale.cognateSpelling.map(([from, to]) => [fold(from), fold(to)] as const);
    f = (w: string) => rules.reduce((acc, [from, to]) => acc.split(from).join(to), w);
    spellingCache.set(locale, f);
  }
  return f(folded);
}
