import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sortedLines } from "../../src/text/sorted-lines.js";

describe("sorted lines", () => {
  const text = "# a comment\n# another\nAbend\tevening\nHaus\thouse\nhaus\nhauses\thouse's\nÜbung\texercise";
  const table = sortedLines(text);

  it("finds every key, with its value up to the line's end", () => {
    assert.equal(table.get("Abend"), "evening");
    assert.equal(table.get("Haus"), "house");
    assert.equal(table.get("hauses"), "house's");
    // The last line has no newline; a line without a tab has the empty value.
    assert.equal(table.get("Übung"), "exercise");
    assert.equal(table.get("haus"), "");
    assert.ok(table.has("haus"));
  });

  it("finds no prefix, extension, comment or absent key", () => {
    for (const key of ["Hau", "Hause", "hause", "# a comment", "", "Zebra", "Aal", "Übungen"]) {
      assert.equal(table.get(key), undefined, key);
      assert.equal(table.has(key), false, key);
    }
    // Asked again: the remembered answer.
    assert.equal(table.get("Haus"), "house");
    assert.equal(table.has("Hau"), false);
  });

  it("works on an empty table and on one of comments only", () => {
    assert.equal(sortedLines("").has("a"), false);
    assert.equal(sortedLines("# only\n").get("a"), undefined);
    assert.equal(sortedLines("a\tb\n").get("a"), "b");
  });
});
