import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "../../../src/stages/sentences/tokenize.js";

const words = (text: string) => tokenize(text).map((t) => [text.slice(t.start, t.end), t.kind]);

describe("tokenize", () => {
  it("keeps names with hyphens and apostrophes whole", () => {
    assert.deepEqual(words("Shin Won-sik, Putin's"), [["Shin", "word"], ["Won-sik", "word"], [",", "punct"], ["Putin's", "word"]]);
  });
  it("reads numbers with decimal commas, thousands, times and dates", () => {
    assert.deepEqual(words("4,8 1.000 13:45 13.04.2024"), [["4,8", "number"], ["1.000", "number"], ["13:45", "number"], ["13.04.2024", "number"]]);
  });
  it("tells quotes from punctuation", () => {
    assert.deepEqual(words("„Ja“, »nein«."), [["„", "quote"], ["Ja", "word"], ["“", "quote"], [",", "punct"], ["»", "quote"], ["nein", "word"], ["«", "quote"], [".", "punct"]]);
  });
  it("works on a range and keeps offsets into the whole text", () => {
    const text = "abc Def ghi";
    assert.deepEqual(tokenize(text, 4, 7), [{ start: 4, end: 7, kind: "word" }]);
  });
});
