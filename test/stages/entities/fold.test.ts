import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { foldName, stripGenitive, type FoldContext } from "../../../src/stages/entities/fold.js";
import { byName, entitiesOf, mentionTexts } from "./helpers.js";

const GERMAN: FoldContext = {
  before: "",
  after: "",
  genitiveDeterminers: new Set(["des", "eines"]),
  weakDeterminers: new Set(["der", "des", "dem", "den"]),
  genitiveEndings: ["es", "s", "’", "'"],
  isFirstName: (w) => ["klaus", "jens", "markus"].includes(w.toLowerCase()),
  knownNames: new Set(["Putin"]),
};

describe("inflection folding", () => {
  it("strips genitive endings after consonants, not from sibilant or short stems", () => {
    assert.equal(stripGenitive("Sicherheitsrates", ["es", "s"]), "Sicherheitsrat");
    assert.equal(stripGenitive("Kongresses", ["es", "s"]), "Kongress");
    assert.equal(stripGenitive("Ministeriums", ["es", "s"]), "Ministerium");
    assert.equal(stripGenitive("Voss", ["es", "s"]), "Voss");
  });
  it("folds a genitive after a genitive determiner and restores the weak adjective", () => {
    assert.equal(foldName("UN-Sicherheitsrates", "organization", { ...GERMAN, before: "des" }), "UN-Sicherheitsrat");
    assert.equal(foldName("Deutschen Bank", "organization", { ...GERMAN, before: "der" }), "Deutsche Bank");
    assert.equal(foldName("Deutsche Bank", "organization", { ...GERMAN, before: "die" }), "Deutsche Bank");
  });
  it("folds a person's possessive genitive but not a first name ending in s", () => {
    assert.equal(foldName("Putins", "person", GERMAN), "Putin");
    assert.equal(foldName("Peskows", "person", { ...GERMAN, after: "Aussage" }), "Peskow");
    assert.equal(foldName("Klaus", "person", { ...GERMAN, after: "Meier" }), "Klaus");
    assert.equal(foldName("Nordafrikas", "location", GERMAN), "Nordafrika");
  });
  it("folds an English possessive", () => {
    const en: FoldContext = { ...GERMAN, genitiveDeterminers: new Set(), weakDeterminers: new Set(), genitiveEndings: ["’s", "'s", "’", "'"] };
    assert.equal(foldName("Carver's", "person", en), "Carver");
  });
  it("gives inflected names their canonical form in the output", () => {
    const entities = entitiesOf(
      "Der Besuch Putins in Nordkoreas Hauptstadt beschäftigt die Mitglieder des UN-Sicherheitsrates. Wladimir Putin schweigt.",
    );
    assert.deepEqual(mentionTexts(byName(entities, "Wladimir Putin")), ["Putins", "Wladimir Putin"]);
    assert.deepEqual(mentionTexts(byName(entities, "Nordkorea")), ["Nordkoreas"]);
    assert.deepEqual(mentionTexts(byName(entities, "UN-Sicherheitsrat")), ["UN-Sicherheitsrates"]);
  });
});
