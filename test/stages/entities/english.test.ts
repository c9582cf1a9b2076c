import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { byName, entitiesOf, mentionTexts } from "./helpers.js";

const ARTICLE = `Bridge closure angers commuters

Mayor Linda Carver said on Tuesday that the Harbor Bridge would stay closed until March. "We cannot risk anyone's safety," she said.

Tom Reyes, a spokesman for the Department of Transportation, told the BBC that engineers had found cracks. He added that repairs would cost $4 million. Reyes said the city had asked Washington for help.`;

describe("English articles", () => {
  const entities = entitiesOf(ARTICLE, "en");
  it("finds persons with their roles, short names and pronouns", () => {
    const carver = byName(entities, "Linda Carver");
    assert.deepEqual(mentionTexts(carver), ["Linda Carver", "she"]);
    assert.equal(carver.roles[0]?.role, "Mayor");
    const reyes = byName(entities, "Tom Reyes");
    assert.deepEqual(mentionTexts(reyes), ["Tom Reyes", "He", "Reyes"]);
    assert.equal(reyes.roles[0]?.affiliation, "Department of Transportation");
    assert.equal(reyes.roles[0]?.affiliationEntity, byName(entities, "Department of Transportation").id);
  });
  it("types organisations, outlets and places by their words and the lexicon", () => {
    assert.equal(byName(entities, "Department of Transportation").type, "organization");
    assert.equal(byName(entities, "BBC").type, "media");
    assert.equal(byName(entities, "Harbor Bridge").type, "location");
    assert.equal(byName(entities, "Washington").type, "location");
  });
  it("numbers entities in order of first mention", () => {
    assert.deepEqual(
      entities.map((e) => e.id),
      entities.map((_, i) => `e${i + 1}`),
    );
    const firsts = entities.map((e) => e.mentions[0]!.start);
    assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
  });
  it("reads a town that is also a first name as a person's first name before a surname, and as the town elsewhere", () => {
    const text = "Senator Elizabeth Warren met Owen Dempsey, a doctor. The plant in Elizabeth closed. Washington University and the Denver Post reported it.";
    const found = entitiesOf(text, "en").map((e) => `${e.type}:${e.name}`);
    for (const e of ["person:Elizabeth Warren", "person:Owen Dempsey", "location:Elizabeth"]) assert.ok(found.includes(e), `${e} in ${found.join(", ")}`);
    assert.ok(!found.some((e) => e.startsWith("person:Washington") || e.startsWith("person:Denver")), found.join(", "));
  });
  it("takes a town that is a common word for a place only where the context says place", () => {
    const found = (text: string) => entitiesOf(text, "en").map((e) => `${e.type}:${e.name}`);
    assert.deepEqual(found("Man arrested after the game. Orange contrast stitching is optional."), []);
    assert.ok(found("The attack in Nice shocked France.").includes("location:Nice"));
    assert.ok(found("The tour stops in Phoenix, AZ, on Friday.").includes("location:Phoenix"));
    assert.ok(found("She met Aden O'Hara there.").includes("person:Aden O'Hara"));
  });
});

describe("names the tagger types or ends wrongly", () => {
  it("takes a tagger person or place that is a name of the organisation list as that organisation", () => {
    const entities = entitiesOf("Well there is Taco Bell , Burger King and Subway nearby .", "en");
    assert.equal(byName(entities, "Taco Bell").type, "organization");
    assert.equal(byName(entities, "Burger King").type, "organization");
  });
  it("keeps an organisation's legal form with its name", () => {
    const entities = entitiesOf("Please send the contract to Enron Net Works, LLC by Friday.", "en");
    assert.ok(entities.some((e) => e.type === "organization" && e.mentions.some((m) => m.text === "Enron Net Works, LLC")), entities.map((e) => e.mentions.map((m) => m.text).join("|")).join(", "));
  });
  it("goes on from first names over a particle to the surname", () => {
    const entities = entitiesOf("Henning Voscherau lehnt es ab , gegen Ole von Beust anzutreten . Hans Meier von Elbtrans sagte das .");
    assert.equal(byName(entities, "Ole von Beust").type, "person");
    assert.ok(entities.some((e) => e.name === "Hans Meier"));
  });
  it("tags a sentence written in lowercase word by word", () => {
    const entities = entitiesOf("where can i get good food in chicago and new york ?", "en");
    assert.ok(entities.some((e) => e.type === "location" && /chicago/i.test(e.name)), entities.map((e) => e.name).join(", "));
  });
});
