import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { entityForSpan, mentionAt, mentionsInSpan } from "../../../src/stages/entities/lookup.js";
import { analyseEntities } from "./helpers.js";

const TEXT = "In einem Interview teilte der südkoreanische Verteidigungsminister Shin Won-sik mit, dass der stellvertretende US-Außenminister Kurt Campbell reise.";

describe("entity look-up", () => {
  const a = analyseEntities(TEXT);
  const entities = a.entities ?? [];
  const spanOf = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  it("prefers the head of a speaker phrase over a demonym", () => {
    const { start, end } = spanOf("der südkoreanische Verteidigungsminister Shin Won-sik");
    assert.equal(entityForSpan(entities, start, end, a.text)?.name, "Shin Won-sik");
  });
  it("prefers a name over a place inside a word", () => {
    const { start, end } = spanOf("der stellvertretende US-Außenminister Kurt Campbell");
    assert.equal(entityForSpan(entities, start, end, a.text)?.name, "Kurt Campbell");
  });
  it("falls back to the mention overlapping most, and to nothing", () => {
    const { start } = spanOf("Won-sik mit");
    assert.equal(entityForSpan(entities, start, start + 4)?.name, "Shin Won-sik");
    assert.equal(entityForSpan(entities, 0, 8), undefined);
  });
  it("finds the mention at an offset, and the mentions in a span", () => {
    const hit = mentionAt(entities, TEXT.indexOf("Campbell"));
    assert.equal(hit?.entity.name, "Kurt Campbell");
    assert.equal(hit?.mention.text, "Kurt Campbell");
    assert.equal(mentionAt(entities, 0), undefined);
    const { start, end } = spanOf("der stellvertretende US-Außenminister Kurt Campbell");
    assert.deepEqual(
      mentionsInSpan(entities, start, end).map((h) => h.mention.text),
      ["US", "Kurt Campbell"],
    );
  });
});
