/**
 * The article's genre where the page or the text says it: the page's markup (JSON-LD type, section,
 * address: read at ingest), a kicker or a title prefix ("Interview", "Kommentar:", "Liveblog:"), the
 * address of a text given with one, interview turns, live-blog entries, and a wire dateline (a report).
 * Genre words are language data (`genreWords`); a page's own word wins over what the text's shape
 * suggests, except that a plain `report` gives way to turns and entries.
 */
import type { Genre } from "../../model/types.js";
import type { Locale } from "../../locales/types.js";
import { alternatives } from "../../text/regex.js";

const GENRES: readonly Genre[] = ["interview", "liveblog", "opinion", "press_release", "report"];
/** Words of an address shorter than this count only as a whole path segment ("/live/", not "live-music"). */
const MIN_SLUG_WORD_CHARS = 5;
const PATH_SEPARATORS = /[/?#&=]+/;
const SLUG_SEPARATORS = /[-_.+]+/;

interface GenreRules {
  /** Each genre's words, lowercase. */
  words: ReadonlyMap<string, Genre>;
  /** A title or headline opening with a genre word and a colon or bar ("Interview: …", "Liveblog | …"). */
  prefix: RegExp;
}

const compiled = new WeakMap<readonly Locale[], GenreRules>();

function rulesFor(locales: readonly Locale[]): GenreRules {
  let rules = compiled.get(locales);
  if (!rules) {
    const words = new Map<string, Genre>();
    for (const l of locales) for (const g of GENRES) for (const w of l.structure.genreWords[g]) if (!words.has(w)) words.set(w.toLowerCase(), g);
    rules = { words, prefix: new RegExp(`^(${alternatives(words.keys())})\\s*[:|]`, "iu") };
    compiled.set(locales, rules);
  }
  return rules;
}

/** The genre a kicker ("Interview", "Kommentar") or a title prefix ("Liveblog: …") names, or null. */
export function genreOfWords(kicker: string | null, title: string | null, locales: readonly Locale[]): Genre | null {
  const rules = rulesFor(locales);
  const k = kicker?.trim().replace(/[:.|]$/, "").trim().toLowerCase();
  if (k) {
    const g = rules.words.get(k);
    if (g) return g;
  }
  const m = title ? rules.prefix.exec(title.trim()) : null;
  return m ? (rules.words.get(m[1]!.toLowerCase()) ?? null) : null;
}

/** The genre an address names in a path segment or its slug ("/meinung/…", "…/liveblog-ukraine-123", "/opinion/"), or null. */
export function genreOfUrl(url: string | null, locales: readonly Locale[]): Genre | null {
  if (!url) return null;
  const rules = rulesFor(locales);
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").toLowerCase();
  for (const segment of path.split(PATH_SEPARATORS)) {
    const whole = rules.words.get(segment.replace(SLUG_SEPARATORS, " ").trim());
    if (whole) return whole;
    const parts = segment.split(SLUG_SEPARATORS).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const pair = i + 1 < parts.length ? rules.words.get(`${parts[i]} ${parts[i + 1]}`) : undefined;
      if (pair) return pair;
      const single = parts[i]!.length >= MIN_SLUG_WORD_CHARS ? rules.words.get(parts[i]!) : undefined;
      if (single) return single;
    }
  }
  return null;
}

export interface GenreEvidence {
  /** What the page's markup said (ingest), if anything. */
  page: Genre | null;
  kicker: string | null;
  title: string | null;
  url: string | null;
  interview: boolean;
  liveblog: boolean;
  /** A wire dateline opens the text ("Berlin (dpa) –"). */
  dateline: boolean;
}

/** The genre the evidence supports, or null where nothing says one. */
export function decideGenre(e: GenreEvidence, locales: readonly Locale[]): Genre | null {
  const said = (e.page !== "report" ? e.page : null) ?? genreOfWords(e.kicker, e.title, locales);
  if (said && said !== "report") return said;
  if (e.liveblog) return "liveblog";
  if (e.interview) return "interview";
  // An address naming an interview may be a report about one: without turns it says nothing.
  const url = genreOfUrl(e.url, locales);
  const fromUrl = url === "interview" ? null : url;
  if (fromUrl && fromUrl !== "report") return fromUrl;
  return said ?? e.page ?? fromUrl ?? (e.dateline ? "report" : null);
}

/** What the page or the words at its top call the article before its shape is read (for reading turns). */
export function givenGenre(page: Genre | null, top: readonly string[], title: string | null, locales: readonly Locale[]): Genre | null {
  if (page && page !== "report") return page;
  for (const line of top) {
    const g = genreOfWords(line, null, locales);
    if (g) return g;
  }
  return genreOfWords(null, title ?? top[1] ?? top[0] ?? null, locales);
}
