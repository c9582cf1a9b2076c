import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { directionOf } from "../../src/compare/direction.js";
import { profileOf } from "../../src/compare/profile.js";
import type { ArticleInput } from "../../src/ingest/types.js";

const EN = "The port authority said it expected about 1,200 ships to be delayed.\n\nTalks would resume on Thursday, a spokesman said.";
const DE = "Die Hafenbehörde erklärte, sie erwarte, dass rund 1.200 Schiffe verspätet sein werden.\n\nDie Gespräche würden am Donnerstag wieder aufgenommen, sagte ein Sprecher.";
const p = (input: ArticleInput) => profileOf(analyze(input));

describe("direction", () => {
  it("is null without evidence: a guess is worse than none", () => {
    assert.deepEqual(directionOf(p({ id: "a", text: EN }), p({ id: "b", text: DE }), "translation"), { direction: null, evidence: [] });
  });
  it("follows the publication dates", () => {
    const d = directionOf(p({ id: "a", text: EN, published: "2025-06-03" }), p({ id: "b", text: DE, published: "2025-06-02" }), "translation");
    assert.equal(d.direction, "b->a");
  });
  it("follows a note that one text is a translation", () => {
    const d = directionOf(p({ id: "a", text: EN }), p({ id: "b", text: `${DE}\n\nAus dem Englischen von Maria Beispiel.` }), "translation");
    assert.equal(d.direction, "a->b");
    assert.match(d.evidence[0]!, /aus dem englischen/);
  });
  it("gives none when the note names another original, or the signals disagree", () => {
    const french = directionOf(p({ id: "a", text: EN }), p({ id: "b", text: `${DE}\n\nAus dem Französischen von Maria Beispiel.` }), "translation");
    assert.equal(french.direction, null);
    const disagree = directionOf(p({ id: "a", text: EN, published: "2025-06-03" }), p({ id: "b", text: `${DE}\n\nAus dem Englischen.`, published: "2025-06-02" }), "translation");
    assert.equal(disagree.direction, null);
  });
  it("follows a wire credit naming the other text's outlet", () => {
    const wire = p({ id: "a", html: `<html><head><meta property="og:site_name" content="Reuters"><title>Port strike</title></head><body><article><h1>Port strike</h1><p>${EN.split("\n\n").join("</p><p>")}</p></article></body></html>` });
    const d = directionOf(wire, p({ id: "b", text: `Hafenstreik\n\nRotterdam (Reuters) – ${DE}` }), "translation");
    assert.equal(d.direction, "a->b");
    assert.match(d.evidence[0]!, /credits reuters/);
  });
  it("says nothing of texts that only tell the same story", () => {
    assert.equal(directionOf(p({ id: "a", text: EN, published: "2025-06-01" }), p({ id: "b", text: DE, published: "2025-06-02" }), "same-story").direction, null);
  });
});
