import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { byName, entitiesOf, mentionTexts } from "./helpers.js";

describe("coreference inside the article", () => {
  it("adds a surname after the full name to the person", () => {
    const entities = entitiesOf("Verteidigungsminister Shin Won-sik reiste nach Tokio. Dort sagte Shin, die Lage sei ernst.");
    const shin = byName(entities, "Shin Won-sik");
    assert.deepEqual(mentionTexts(shin), ["Shin Won-sik", "Shin"]);
    assert.equal(shin.mentions[1]!.form, "short");
    assert.equal(entities.filter((e) => e.type === "person").length, 1);
  });
  it("resolves a role synonym through the article's own role facts, also before the name", () => {
    const entities = entitiesOf(
      "Der Besuch des Kremlchefs steht bevor. Ein Besuch des russischen Präsidenten Wladimir Putin in Nordkorea wäre der zweite.",
    );
    const putin = byName(entities, "Wladimir Putin");
    assert.deepEqual(mentionTexts(putin, "title"), ["Kremlchefs"]);
  });
  it("resolves a definite bare role to the person named with it before", () => {
    const entities = entitiesOf("Verteidigungsminister Boris Pistorius besuchte die Truppe. Der Minister lobte die Soldaten.");
    assert.deepEqual(mentionTexts(byName(entities, "Boris Pistorius"), "title"), ["Minister"]);
  });
  it("leaves a bare role alone when the article names nobody with it", () => {
    const entities = entitiesOf("Der Minister lobte die Soldaten. Boris Pistorius war nicht dabei.");
    assert.deepEqual(mentionTexts(byName(entities, "Boris Pistorius"), "title"), []);
  });
  it("resolves English titles", () => {
    const entities = entitiesOf("Mayor Linda Carver closed the bridge. The mayor later said it would reopen in March.", "en");
    assert.deepEqual(mentionTexts(byName(entities, "Linda Carver"), "title"), ["mayor"]);
  });
});

describe("pronouns", () => {
  it("adds er and sie to the nearest person of their gender", () => {
    const entities = entitiesOf(
      "Die Direktorin des Geheimdienstes Avril Haines sprach vor dem Kongress. Sie sagte, Russland sei gezwungen worden. Kurt Campbell widersprach. Er sagte, das sei falsch.",
    );
    assert.deepEqual(mentionTexts(byName(entities, "Avril Haines"), "pronoun"), ["Sie"]);
    assert.deepEqual(mentionTexts(byName(entities, "Kurt Campbell"), "pronoun"), ["Er"]);
  });
  it("resolves er inside the sentence that names the person", () => {
    const entities = entitiesOf("Der Außenminister Kim Son Gyong gab eine Erklärung ab, in der er Washington vorwarf, zu provozieren.");
    assert.deepEqual(mentionTexts(byName(entities, "Kim Son Gyong"), "pronoun"), ["er"]);
  });
  it("leaves pronouns that refer to things when no person is near", () => {
    const entities = entitiesOf(
      "Peter Müller eröffnete die Messe. Der Umsatz stieg im Jahr darauf deutlich. Die Firma meldete Gewinne. Der Vertrag läuft aus, er wurde nicht verlängert.",
    );
    assert.deepEqual(mentionTexts(byName(entities, "Peter Müller"), "pronoun"), []);
  });
  it("leaves a plural sie and the polite Sie alone", () => {
    const entities = entitiesOf("Ministerin Anna Berg traf die Bauern. Sie sind unzufrieden, sagte Berg. Kennen Sie das?");
    assert.deepEqual(mentionTexts(byName(entities, "Anna Berg"), "pronoun"), []);
  });
  it("resolves English he and she by gender", () => {
    const entities = entitiesOf("Tom Reyes met Linda Carver on Monday. She said the bridge was unsafe. He agreed.", "en");
    assert.deepEqual(mentionTexts(byName(entities, "Linda Carver"), "pronoun"), ["She"]);
    assert.deepEqual(mentionTexts(byName(entities, "Tom Reyes"), "pronoun"), ["He"]);
  });
});
