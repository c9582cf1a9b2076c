import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { byName, entitiesOf, mentionTexts } from "./helpers.js";

describe("places, demonyms and metonyms", () => {
  it("reads the genitive of a common noun as that noun, not as a town the noun's other form names ('des Bundes' is not Bunde)", () => {
    const entities = entitiesOf("Die Länder wollen die Klinikreform des Bundes im Bundesrat aufhalten.");
    assert.equal(entities.some((e) => e.type === "location" && e.name === "Bunde"), false);
    // The town itself, after a place preposition, stays a town.
    assert.equal(byName(entitiesOf("In Bunde wurde am Sonntag gewählt."), "Bunde").type, "location");
  });
  it("maps demonyms to their country, in every ending", () => {
    const entities = entitiesOf("Der südkoreanische Minister traf den russischen Botschafter. Russische Medien berichteten.");
    const korea = byName(entities, "Südkorea");
    assert.equal(korea.type, "location");
    assert.equal(korea.subtype, "country");
    assert.deepEqual(mentionTexts(korea, "demonym"), ["südkoreanische"]);
    assert.deepEqual(mentionTexts(byName(entities, "Russland"), "demonym"), ["russischen", "Russische"]);
  });
  it("groups a country's names and abbreviations", () => {
    const entities = entitiesOf("Die USA warnen. Die Beamten der Vereinigten Staaten sagten, die US-Regierung sei besorgt.");
    assert.deepEqual(mentionTexts(byName(entities, "Vereinigte Staaten")), ["USA", "Vereinigten Staaten", "US"]);
  });
  it("marks a capital that acts as a metonym and keeps it a place", () => {
    const entities = entitiesOf("Washington warf Moskau Vertragsbruch vor. Die Delegation reiste nach Washington.");
    const washington = byName(entities, "Washington");
    assert.equal(washington.type, "location");
    assert.deepEqual(
      washington.mentions.map((m) => m.form),
      ["metonym", "name"],
    );
  });
  it("finds English places, demonyms and capitals as metonyms", () => {
    const entities = entitiesOf("South Korean officials said Pyongyang had fired missiles. Beijing urged calm in the region.", "en");
    assert.deepEqual(mentionTexts(byName(entities, "South Korea"), "demonym"), ["South Korean"]);
    assert.equal(byName(entities, "Pyongyang").mentions[0]!.form, "metonym");
  });
  it("keeps Sankt/St. in German place names, never a courtesy title before a person", () => {
    const entities = entitiesOf("Der FC St. Pauli verlor in St. Gallen. Die Kirche St. Peter wurde renoviert.");
    assert.equal(byName(entities, "St. Gallen").type, "location");
    assert.equal(byName(entities, "St. Peter").type, "location");
    assert.equal(
      entities.some((e) => e.type === "person"),
      false,
    );
  });
});
