import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alternatives, escapeRegex, wholeWords } from "../../src/text/regex.js";

describe("regex helpers", () => {
  it("escapes every character with a meaning in a pattern", () => {
    const special = "a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p";
    assert.ok(new RegExp(`^${escapeRegex(special)}$`, "u").test(special));
    assert.ok(!new RegExp(`^${escapeRegex("a.c")}$`, "u").test("abc"));
  });

  it("puts longer words first and drops repeats", () => {
    assert.equal(alternatives(["Mehr", "Mehr zum Thema", "Mehr", "z. B."]), "Mehr zum Thema|z\\. B\\.|Mehr");
    assert.equal(new RegExp(`^(?:${alternatives(["Mehr", "Mehr zum Thema"])})`).exec("Mehr zum Thema: Streik")?.[0], "Mehr zum Thema");
  });
  it("finds words only whole, not inside a longer word or number", () => {
    const re = new RegExp(wholeWords(["und", "im Gespräch mit"]), "giu");
    assert.deepEqual("Anna und Max im Gespräch mit Eva; Grund, und2".match(re), ["und", "im Gespräch mit"]);
  });
});
