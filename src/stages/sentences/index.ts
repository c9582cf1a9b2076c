import type { Block, Sentence, Token } from "../../model/types.js";
import { span } from "../../model/span.js";
import { getLocale } from "../../locales/index.js";
import type { Doc, Stage, StageContext } from "../stage.js";
import { MIN_LETTERS_FOR_BLOCK_LANGUAGE, hasLetters, identifyLanguage } from "../../text/language.js";
import { splitSentences } from "./split.js";
import { tokenize } from "./tokenize.js";

/**
 * Sentences and tokens, block by block (a sentence never crosses a block), each block split with the
 * rules of its own language: a block long enough to identify on its own that is reliably in another
 * supported language than the document gets that language.
 */
export const sentencesStage: Stage = {
  name: "sentences",
  needs: ["structure"],
  run(doc: Doc, ctx: StageContext): Doc {
    const text = doc.text;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const blocks: Block[] = doc.blocks.map((block, b) => {
      ctx.checkpoint?.();
      const language = blockLanguage(block, ctx);
      const locale = language ? getLocale(language) : ctx.locale;
      const blockTokens = tokenize(text, block.start, block.end);
      for (const [from, to] of splitSentences(text, blockTokens, locale)) {
        const first = blockTokens[from];
        const last = blockTokens[to - 1];
        if (!first || !last) continue;
        sentences.push({ ...span(text, first.start, last.end), block: b });
      }
      for (const t of blockTokens) tokens.push(t);
      return language ? { ...block, language } : block;
    });
    return { ...doc, blocks, sentences, tokens };
  },
};

function blockLanguage(block: Block, ctx: StageContext): Block["language"] | undefined {
  if (!hasLetters(block.text, MIN_LETTERS_FOR_BLOCK_LANGUAGE)) return undefined;
  const guess = identifyLanguage(block.text);
  if (!guess || !guess.reliable || guess.language === ctx.locale.code) return undefined;
  return guess.language;
}
