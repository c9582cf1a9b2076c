import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { toMarkdown } from "../../../src/format/markdown.js";
import type { Entity } from "../../../src/model/types.js";
import { OUTSIDE_ARTICLE_KINDS, articleEntities, blockInArticle, mentionedInArticle } from "../../../src/stages/entities/article.js";

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Brücke für Lübeck</title></head><body><article>
<h1>Neue Brücke für Lübeck</h1>
<p>Die Stadt Lübeck baut eine neue Brücke über die Trave. Das hat Bausenatorin Clara Voss am Montag angekündigt.</p>
<p>Voss sagte, die Brücke solle 2029 fertig sein.</p>
<div class="related-posts"><h3>Mehr zum Thema</h3><p><a href="/a">Warum Hafenchef Bernd Olsen nach Rostock wechselt</a></p></div>
</article>
</body></html>`;

describe("entities that belong to the article", () => {
  it("tells the kinds of blocks around an article from the article's own", () => {
    const blocks = [{ kind: "body" }, { kind: "related" }, { kind: "caption" }, { kind: "comment" }, { kind: "promo" }, { kind: "bio" }] as const;
    assert.deepEqual(
      blocks.map((_, i) => blockInArticle(blocks, i)),
      [true, false, true, false, false, false],
    );
    assert.equal(mentionedInArticle(blocks, [{ block: 1 }, { block: 3 }]), false);
    assert.equal(mentionedInArticle(blocks, [{ block: 1 }, { block: 2 }]), true);
    assert.ok(OUTSIDE_ARTICLE_KINDS.has("boilerplate"));
  });
  it("gives every mention its block, and entities only around the article inArticle false", () => {
    const a = analyze({ id: "page", bytes: new TextEncoder().encode(PAGE), format: "html" }, { published: "2025-04-07" });
    const entities = a.entities ?? [];
    for (const e of entities) for (const m of e.mentions) assert.ok(a.blocks[m.block]!.start <= m.start && m.end <= a.blocks[m.block]!.end, `${m.text} in its block`);
    const byName = (name: string): Entity => entities.find((e) => e.name === name)!;
    assert.equal(byName("Clara Voss").inArticle, true);
    assert.equal(byName("Bernd Olsen").inArticle, false);
    assert.equal(byName("Rostock").inArticle, false);
    assert.deepEqual(
      articleEntities(entities).map((e) => e.name),
      entities.filter((e) => e.inArticle).map((e) => e.name),
    );
    // Speakers link only to the article's entities; the Markdown view lists the others apart.
    for (const at of a.attributions ?? []) if (at.speaker?.entity) assert.ok(byName(entities.find((e) => e.id === at.speaker!.entity)!.name).inArticle);
    const md = toMarkdown(a);
    assert.match(md, /Elsewhere on the page: .*Bernd Olsen/);
    assert.doesNotMatch(md, /^- Bernd Olsen/m);
  });
});
