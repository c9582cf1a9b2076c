import type { Entity, Sentence, Token } from "../../model/types.js";
import { getLocale } from "../../locales/index.js";
import type { Locale } from "../../locales/types.js";
import type { Doc, Stage, StageContext } from "../stage.js";
import { addShortMentions, clusterCandidates, findNamesAgain, type Cluster } from "./cluster.js";
import { resolvePronouns, resolveTitles } from "./coref.js";
import { lexiconFor } from "./lexicon.js";
import { findCandidates, type Candidate, type MentionTools } from "./mentions.js";
import { mentionedInArticle } from "./article.js";
import { markMetonyms } from "./metonyms.js";
import { nameHintSet, nounSet, taggerModel } from "./resources.js";
import { roleIndexFor } from "./role-index.js";
import { attachRoles, type RoleFact } from "./roles.js";

/** One sentence with its token range and the tools of its block's language. */
export interface SentenceUnit {
  index: number;
  sentence: Sentence;
  from: number;
  to: number;
  tools: MentionTools;
}

/**
 * Entities: names of persons, organisations, outlets and places in every block (credits, captions and
 * related-article teasers too), grouped per article, with the roles the article gives persons, titles
 * ("der Minister", "Kremlchef") and pronouns ("er", "sie") added to the persons they refer to.
 */
export const entitiesStage: Stage = {
  name: "entities",
  needs: ["sentences"],
  run(doc: Doc, ctx: StageContext): Doc {
    const entities = findEntities(doc, ctx);
    return { ...doc, entities };
  },
};

export function findEntities(doc: Doc, ctx: StageContext): Entity[] {
  const text = doc.text;
  const tokens = doc.tokens ?? [];
  const units = sentenceUnits(doc, ctx, tokens);
  const candidates: Candidate[] = [];
  const unitOf: SentenceUnit[] = [];
  for (const u of units) {
    ctx.checkpoint?.();
    const found = findCandidates({ text, tokens, from: u.from, to: u.to, sentence: u.index }, u.tools);
    markMetonyms(text, tokens, found, u.tools.lex, u.from, u.to);
    for (const c of found) {
      candidates.push(c);
      unitOf.push(u);
    }
  }
  const unitBySentence = new Map(units.map((u) => [u.index, u]));
  const indexOf = new Map(candidates.map((c, i) => [c, i]));
  const word = (i: number) => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : "";
  };
  const found = clusterCandidates({
    text,
    candidates,
    localeOf: (c) => unitOf[indexOf.get(c)!]!.tools.locale,
    lexiconOf: (c) => unitOf[indexOf.get(c)!]!.tools.lex,
    before: (c) => (c.from > unitOf[indexOf.get(c)!]!.from ? word(c.from - 1).toLowerCase() : ""),
    after: (c) => (c.to < unitOf[indexOf.get(c)!]!.to ? word(c.to) : ""),
  });
  ctx.checkpoint?.();
  findNamesAgain(text, tokens, found, units);
  addShortMentions(text, tokens, found, units);
  // Entities whose mentions went to others (a town that is a person's surname) are gone.
  const clusters = found.filter((c) => c.mentions.length > 0);
  const facts: RoleFact[] = attachRoles(text, tokens, clusters, unitBySentence);
  ctx.checkpoint?.();
  resolveTitles(text, tokens, clusters, facts, units);
  resolvePronouns(text, tokens, clusters, facts, units);
  const blockOf = (sentence: number) => doc.sentences?.[sentence]?.block ?? 0;
  return toEntities(clusters, facts, blockOf, doc.blocks);
}

/** The sentences with their token ranges and the tools of their block's language. */
function sentenceUnits(doc: Doc, ctx: StageContext, tokens: readonly Token[]): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  const toolsByLocale = new Map<Locale, MentionTools>();
  const toolsFor = (locale: Locale): MentionTools => {
    let t = toolsByLocale.get(locale);
    if (!t) {
      t = { locale, lex: lexiconFor(locale), roles: roleIndexFor(locale), nouns: nounSet(locale.code), names: nameHintSet(locale.code), model: taggerModel(locale.code) };
      toolsByLocale.set(locale, t);
    }
    return t;
  };
  let k = 0;
  (doc.sentences ?? []).forEach((sentence, index) => {
    while (k < tokens.length && tokens[k]!.start < sentence.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.end <= sentence.end) k++;
    const block = doc.blocks[sentence.block];
    const locale = block?.language ? getLocale(block.language) : ctx.locale;
    units.push({ index, sentence, from, to: k, tools: toolsFor(locale) });
  });
  return units;
}

/** The output entities, in order of first mention, with ids e1, e2, … */
function toEntities(clusters: readonly Cluster[], facts: readonly RoleFact[], blockOf: (sentence: number) => number, blocks: Doc["blocks"]): Entity[] {
  const ordered = [...clusters].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const ids = new Map(ordered.map((c, i) => [c, `e${i + 1}`]));
  const factsOf = new Map<Cluster, RoleFact[]>();
  for (const f of facts) {
    const list = factsOf.get(f.cluster);
    if (list) list.push(f);
    else factsOf.set(f.cluster, [f]);
  }
  return ordered.map((c) => {
    const e: Entity = {
      id: ids.get(c)!,
      type: c.type,
      name: c.name,
      mentions: c.mentions.map(({ start, end, text, form, sentence }) => (form ? { start, end, text, form, block: blockOf(sentence) } : { start, end, text, block: blockOf(sentence) })),
      roles: (factsOf.get(c) ?? []).map((f) => {
        const role = { ...f.role };
        if (f.affiliationCluster) role.affiliationEntity = ids.get(f.affiliationCluster)!;
        return role;
      }),
      inArticle: false,
    };
    e.inArticle = mentionedInArticle(blocks, e.mentions);
    if (c.subtype) e.subtype = c.subtype;
    return e;
  });
}
