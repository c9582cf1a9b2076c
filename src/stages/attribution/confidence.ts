/**
 * How likely an attribution is right (the statement found, with the right speaker): a logistic model over
 * a few features of the attribution — its rule, type, what its speaker is (none, a pronoun, taken from an
 * earlier sentence, linked to an entity, its kind), the length of its content, whether the content is a
 * quotation and whether it reaches into other sentences. The weights are a small table
 * (confidence-params.ts) fitted by `npm run fit:confidence` (scripts/fit-confidence.mjs); docs/attribution.md
 * says on what and how well it is calibrated.
 */
import type { Attribution, Block, Sentence } from "../../model/types.js";
import { CONFIDENCE_PARAMS } from "./confidence-params.js";
import type { Lexicon } from "./lexicon.js";

export interface ConfidenceParams {
  /** What the table was fitted on and how. */
  fitted: string;
  bias: number;
  /** Weight by feature name; a feature not listed weighs 0. */
  weights: Record<string, number>;
}

/** What the features are read from besides the attribution itself. */
export interface FeatureContext {
  lex: Lexicon;
  language: string;
  sentences: readonly Sentence[];
  blocks: readonly Block[];
}

/** Content longer than this many words counts as this many (the length feature is a log). */
const MAX_CONTENT_WORDS = 200;
const WORD = /[\p{L}\p{N}]+/gu;
const QUOTE_MARKS = /^["„“”«»‚‘’'‹›]|^''|["„“”«»‚‘’'‹›]$/u;

/** The features of one attribution, by name, each 0–1 (the length is scaled). */
export function attributionFeatures(a: Attribution, ctx: FeatureContext): Record<string, number> {
  const f: Record<string, number> = {};
  f[`lang:${ctx.language}`] = 1;
  f[`rule:${a.rule}`] = 1;
  f[`type:${a.type}`] = 1;
  const sp = a.speaker;
  if (!sp) f["speaker:none"] = 1;
  else {
    f[`kind:${sp.kind}`] = 1;
    const lower = sp.text.toLowerCase();
    if (ctx.lex.pronouns.has(lower) || ctx.lex.relativePronouns.has(lower)) f["speaker:pronoun"] = 1;
    if (sp.entity) f["speaker:entity"] = 1;
    const cueSentence = ctx.sentences[a.sentence];
    if (cueSentence && (sp.end <= cueSentence.start || sp.start >= cueSentence.end)) f["speaker:elsewhere"] = 1;
  }
  const words = a.content.reduce((n, c) => n + (c.text.match(WORD)?.length ?? 0), 0);
  f["content:log-words"] = Math.log(1 + Math.min(words, MAX_CONTENT_WORDS)) / Math.log(1 + MAX_CONTENT_WORDS);
  if (a.content.every((c) => QUOTE_MARKS.test(c.text.trim()))) f["content:quotation"] = 1;
  if (a.content.length > 1) f["content:parts"] = 1;
  const cueSentence = ctx.sentences[a.sentence];
  if (cueSentence && a.content.some((c) => c.start < cueSentence.start || c.end > cueSentence.end + 1)) f["content:other-sentences"] = 1;
  const block = cueSentence ? ctx.blocks[cueSentence.block] : undefined;
  if (block && block.kind !== "body" && block.kind !== "lead") f["block:not-body"] = 1;
  return f;
}

const table: ConfidenceParams = CONFIDENCE_PARAMS;

/** The calibrated probability for a feature vector under a table (the fitted one by default). */
export function confidenceOf(features: Record<string, number>, p: ConfidenceParams = table): number {
  let z = p.bias;
  for (const [name, value] of Object.entries(features)) z += (p.weights[name] ?? 0) * value;
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
