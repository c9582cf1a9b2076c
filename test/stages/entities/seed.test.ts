import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { SHARED, skipUnlessShared } from "../../helpers/shared.js";
import { assertValidAnalysis } from "../../helpers/validate.js";
import { byName, mentionTexts } from "./helpers.js";

/**
 * The seed article's entity clusters through analyze(): every cluster of the hand annotation, with the
 * mention forms we give them. Skipped where ../shared is absent.
 */
describe("seed article entities", { skip: skipUnlessShared("seed/article.txt") }, () => {
  const load = () => {
    const text = readFileSync(SHARED + "seed/article.txt", "utf8");
    const a = analyze({ text, id: "seed" }, { published: "2024-06-14", stages: ["entities"] });
    assertValidAnalysis(a);
    return a.entities ?? [];
  };
  it("holds the persons with every gold mention and their roles", () => {
    const entities = load();
    const putin = byName(entities, "Wladimir Putin");
    for (const m of ["Putin", "Putins", "Kremlchefs", "Wladimir Putin"]) assert.ok(mentionTexts(putin).includes(m), m);
    assert.deepEqual(mentionTexts(byName(entities, "Shin Won-sik")), ["Shin Won-sik", "Shin"]);
    assert.deepEqual(
      byName(entities, "Kim Hong-kyun").roles.map((r) => [r.role, r.affiliation, r.qualifiers]),
      [["Außenminister", "Südkorea", ["stellvertretend"]]],
    );
    assert.deepEqual(mentionTexts(byName(entities, "Kim Son Gyong"), "pronoun"), ["er"]);
    assert.equal(byName(entities, "Dmitri Peskow").roles[0]?.affiliation, "Kreml");
    assert.equal(byName(entities, "Avril Haines").roles[0]?.role, "Direktorin");
  });
  it("holds organisations, outlets and places, the credit's agency included", () => {
    const entities = load();
    assert.equal(byName(entities, "AFP").type, "media");
    assert.equal(byName(entities, "Wedomosti").type, "media");
    assert.equal(byName(entities, "Bloomberg").type, "media");
    assert.deepEqual(mentionTexts(byName(entities, "UN-Sicherheitsrat")), ["UN-Sicherheitsrates", "UN-Sicherheitsrates"]);
    for (const m of ["USA", "Vereinigten Staaten"]) assert.ok(mentionTexts(byName(entities, "Vereinigte Staaten")).includes(m));
    for (const m of ["Russland", "Russlands"]) assert.ok(mentionTexts(byName(entities, "Russland")).includes(m));
    for (const m of ["Nordkorea", "Nordkoreas"]) assert.ok(mentionTexts(byName(entities, "Nordkorea")).includes(m));
    assert.ok(byName(entities, "Washington").mentions.some((m) => m.form === "metonym"));
    assert.equal(entities.filter((e) => e.name === "Kremlchef").length, 0);
  });
});
