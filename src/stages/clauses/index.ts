import type { Clause, Span } from "../../model/types.js";
import { span } from "../../model/span.js";
import { getLocale } from "../../locales/index.js";
import type { Doc, Stage, StageContext } from "../stage.js";
import { clauseLexicon } from "./lexicon.js";
import { clauseRoles, nounPhrases } from "./phrases.js";
import { clauseTagger } from "./resources.js";
import { segmentClauses } from "./segment.js";
import { sentenceFeatures, tagWords } from "./tagger.js";
import { isImperative, verbComplex } from "./verbs.js";
import { clauseWords, type ClauseWord } from "./words.js";

export { clausesOfSentence, clauseAt, clauseOfVerb, subjectOfVerb } from "./query.js";

/**
 * Clauses, sentence by sentence (docs/clauses.md): each word tagged by a small trained tagger
 * (tagger.ts), clause boundaries from those tags and the locale's clause words (segment.ts), each
 * clause's verb complex, lemma and mood (verbs.ts), its subject and objects (phrases.ts). A sentence in a
 * block of another language is read with that language's words and tagger.
 */
export const clausesStage: Stage = {
  name: "clauses",
  needs: ["sentences"],
  run(doc: Doc, ctx: StageContext): Doc {
    const tokens = doc.tokens ?? [];
    const sentences = doc.sentences ?? [];
    const clauses: Clause[] = [];
    let t = 0;
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s]!;
      while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
      let e = t;
      while (e < tokens.length && tokens[e]!.end <= sentence.end) e++;
      const language = doc.blocks[sentence.block]?.language;
      const locale = language ? getLocale(language) : ctx.locale;
      const words = clauseWords(doc.text, tokens, t, e, locale);
      sentenceClauses(doc.text, words, s, locale, clauses);
      t = e;
    }
    clauses.forEach((c, k) => (c.id = `c${k + 1}`));
    return { ...doc, clauses };
  },
};

const GENITIVE_CACHE = new WeakMap<object, { genitive: Set<string>; attachments: Set<string> }>();

function attachmentWords(locale: ReturnType<typeof getLocale>): { genitive: Set<string>; attachments: Set<string> } {
  let c = GENITIVE_CACHE.get(locale);
  if (!c) {
    c = {
      genitive: new Set(locale.attribution.genitiveDeterminers.map((w) => w.toLowerCase())),
      attachments: new Set(locale.attribution.attachmentPrepositions.map((w) => w.toLowerCase())),
    };
    GENITIVE_CACHE.set(locale, c);
  }
  return c;
}

/** Appends the clauses of one sentence (with `parent` as sentence-local indices offset by what `out` held). */
function sentenceClauses(text: string, words: ClauseWord[], sentence: number, locale: ReturnType<typeof getLocale>, out: Clause[]): void {
  if (words.length === 0) return;
  const lex = clauseLexicon(locale);
  const tags = tagWords(clauseTagger(locale.code), sentenceFeatures(locale, words));
  const drafts = segmentClauses(words, tags, lex);
  const base = out.length;
  const { genitive, attachments } = attachmentWords(locale);
  const sentenceEnd = lastMark(words);
  const ranges = drafts.map((d) => [words[d.words[0]!]!.start, words[d.words[d.words.length - 1]!]!.end] as [number, number]);
  // A clause's range holds the ranges of the clauses inside it.
  for (let k = drafts.length - 1; k >= 0; k--) {
    let p = drafts[k]!.parent;
    while (p !== null) {
      const r = ranges[p]!;
      r[0] = Math.min(r[0], ranges[k]![0]);
      r[1] = Math.max(r[1], ranges[k]![1]);
      p = drafts[p]!.parent;
    }
  }
  const sp = (i: number): Span => span(text, words[i]!.start, words[i]!.end);
  // Text order: by start, an enclosing clause before the ones it holds.
  const order = drafts.map((_, k) => k).sort((a, b) => ranges[a]![0] - ranges[b]![0] || ranges[b]![1] - ranges[a]![1] || a - b);
  const position = new Int32Array(drafts.length);
  order.forEach((k, p) => (position[k] = base + p));
  for (const k of order) {
    const d = drafts[k]!;
    const vc = verbComplex(words, tags, d, lex, sentenceEnd);
    const nps = nounPhrases(words, tags, d.words, lex, genitive, attachments);
    const roles = isImperative(d, sentenceEnd, lex) ? { subject: null, objects: nps.filter((np) => !np.governed) } : clauseRoles(words, tags, d, nps, lex, vc.verbs);
    const subject = roles.subject
      ? { ...span(text, words[roles.subject.from]!.start, words[roles.subject.extent]!.end), head: sp(roles.subject.head) }
      : null;
    out.push({
      id: "",
      sentence,
      kind: d.kind,
      start: ranges[k]![0],
      end: ranges[k]![1],
      parent: d.parent === null ? null : position[d.parent]!,
      introducer: d.introducer >= 0 ? sp(d.introducer) : null,
      finite: d.finite >= 0 ? sp(d.finite) : null,
      verbs: vc.verbs.map(sp),
      lemma: vc.lemma,
      mood: vc.mood,
      subject,
      objects: roles.objects.map((np) => span(text, words[np.from]!.start, words[np.extent]!.end)),
      conjunct: d.conjunct === null ? null : position[d.conjunct]!,
    });
  }
}

function lastMark(words: readonly ClauseWord[]): string {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.kind === "quote") continue;
    return w.kind === "punct" ? w.text : "";
  }
  return "";
}
