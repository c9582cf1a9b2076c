/**
 * Inflection folding for names the lexicon does not list: the genitive -s/-es ("Putins" → "Putin",
 * "des UN-Sicherheitsrates" → "UN-Sicherheitsrat") and the weak adjective ending of multi-word names
 * ("der Deutschen Bank" → "Deutsche Bank"). Which endings exist is locale data (`names.genitiveEndings`);
 * the rules here only decide when an ending is one.
 */

/** Consonant before "-es" that makes "-es" a genitive ending ("Rates", "Amtes", "Kongresses"). */
const CONSONANT_BEFORE_ES = /[bcdfghjklmnpqrstvwxzß]es$/;
/** Stems a bare -s genitive attaches to in place names ("Nordafrikas", "Syriens", "Bayerns"). */
const PLACE_GENITIVE_S = /(?:[aeo]|ien|en|rn|nd|ch)s$/;
/** Words ending in a double s or in -us, -is, -os are not genitives of shorter names ("Voss", "Markus"). */
const NOT_A_GENITIVE = /(?:ss|us|is|os|x|z|ß)$/;
/** Weak adjective ending -en of a name's first word ("Deutschen", "Europäischen", "Vereinten"). */
const WEAK_ADJECTIVE = /^(\p{Lu}\p{L}*(?:isch|sch|ch|t|l|r|ig))en$/u;
/** Shortest stem a genitive ending may leave. */
const MIN_STEM = 3;

/** Strips a genitive ending from the last word of a name, if the ending is one ("Amtes" → "Amt"). */
export function stripGenitive(word: string, endings: readonly string[]): string {
  for (const e of endings) {
    if (!word.endsWith(e) || word.length - e.length < MIN_STEM) continue;
    if (e === "es" && !CONSONANT_BEFORE_ES.test(word)) continue;
    if (e === "s" && NOT_A_GENITIVE.test(word.slice(0, -1) + "s") && word.endsWith("ss")) continue;
    return word.slice(0, word.length - e.length);
  }
  return word;
}

export interface FoldContext {
  /** The word before the name, lowercase (a genitive determiner says the name is a genitive). */
  before: string;
  /** The word after the name ("Putins Besuch": a capitalised word after a person's name). */
  after: string;
  genitiveDeterminers: ReadonlySet<string>;
  /** Determiners after which a name's first adjective takes its weak ending ("der Deutschen Bank"). */
  weakDeterminers: ReadonlySet<string>;
  genitiveEndings: readonly string[];
  /** Whether a word is a first name ("Klaus", "Jens" end in s but are not genitives). */
  isFirstName(word: string): boolean;
  /** Names already seen in the article, for "Putins" when "Putin" is there. */
  knownNames: ReadonlySet<string>;
}

/**
 * The canonical form of a name found in text, with its type: genitives folded where the context shows
 * a genitive, weak adjective endings of multi-word names restored after a determiner.
 */
export function foldName(surface: string, type: string, ctx: FoldContext): string {
  const words = surface.split(" ");
  const last = words[words.length - 1]!;
  let folded = last;
  const genitiveContext = ctx.genitiveDeterminers.has(ctx.before);
  const apostrophe = ctx.genitiveEndings.filter((e) => /['’]/.test(e));
  const stripped = stripGenitive(last, apostrophe);
  if (stripped !== last) folded = stripped;
  else if (genitiveContext && type !== "person") folded = stripGenitive(last, ctx.genitiveEndings);
  else if (last.endsWith("s") && !last.endsWith("ss") && !ctx.isFirstName(last)) {
    const stem = last.slice(0, -1);
    const seen = ctx.knownNames.has(stem) || ctx.knownNames.has([...words.slice(0, -1), stem].join(" "));
    const possessive = type === "person" && /^\p{Lu}/u.test(ctx.after) && ctx.genitiveEndings.includes("s");
    const placeGenitive = type === "location" && PLACE_GENITIVE_S.test(last) && ctx.genitiveEndings.includes("s");
    if (stem.length >= MIN_STEM && (seen || possessive || placeGenitive)) folded = stem;
  }
  words[words.length - 1] = folded;
  if (words.length > 1 && ctx.weakDeterminers.has(ctx.before)) {
    const m = WEAK_ADJECTIVE.exec(words[0]!);
    if (m) words[0] = m[1] + "e";
  }
  return words.join(" ");
}
