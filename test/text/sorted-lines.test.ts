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

describe("sorted lines, indexed", () => {
  it("answers the same before and after it indexes its lines", () => {
    // More keys than a table bisects by characters before it indexes its lines (2,000).
    const keys = Array.from({ length: 3000 }, (_, i) => `k${String(i * 2).padStart(5, "0")}`);
    const text = `# comment\n${keys.map((k, i) => (i % 7 === 0 ? k : `${k}\tv${i}`)).join("\n")}`;
    const table = sortedLines(text);
    for (let round = 0; round < 2; round++) {
      keys.forEach((k, i) => {
        assert.equal(table.get(k), i % 7 === 0 ? "" : `v${i}`, k);
        // Odd numbers are not keys.
        assert.equal(table.has(`k${String(i * 2 + 1).padStart(5, "0")}`), false);
      });
    }
    assert.equal(table.get("k"), undefined);
    assert.equal(table.get("k99999"), undefined);
    assert.equal(table.get("# comment"), undefined);
  });
});
