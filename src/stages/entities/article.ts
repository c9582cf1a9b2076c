import type { Entity } from "../../model/types.js";

/**
 * Kinds of blocks around an article rather than of it: teasers of other articles, page furniture,
 * readers' comments, promotion ("Top 5" boxes, newsletter boxes) and an author's bio. A name that stands
 * only there is on the page, not in the article. Captions and credit lines are the article's (the agency
 * of a photo credit is). Kinds are compared as names, so that kinds a newer structure stage adds ("promo",
 * "bio") count as soon as it writes them.
 */
export const OUTSIDE_ARTICLE_KINDS: ReadonlySet<string> = new Set(["related", "boilerplate", "comment", "promo", "bio"]);

/** Whether a block (by index) is part of the article itself. */
export function blockInArticle(blocks: ReadonlyArray<{ kind: string }>, block: number): boolean {
  const b = blocks[block];
  return !b || !OUTSIDE_ARTICLE_KINDS.has(b.kind);
}

/** Whether any mention of an entity lies in the article itself. */
export function mentionedInArticle(blocks: ReadonlyArray<{ kind: string }>, mentions: ReadonlyArray<{ block: number }>): boolean {
  return mentions.some((m) => blockInArticle(blocks, m.block));
}

/** The entities the article itself names (`inArticle`), for speaker linking and summaries. */
export function articleEntities(entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => e.inArticle !== false);
}
