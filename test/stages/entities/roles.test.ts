import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Role } from "../../../src/model/types.js";
import { byName, entitiesOf } from "./helpers.js";

function roleOf(text: string, person: string, language: "de" | "en" = "de"): Omit<Role, "affiliationEntity"> & { entity?: boolean } {
  const entities = entitiesOf(text, language);
  const e = byName(entities, person);
  assert.equal(e.type, "person");
  assert.equal(e.roles.length, 1, `roles of ${person}: ${JSON.stringify(e.roles)}`);
  const { affiliationEntity, ...rest } = e.roles[0]!;
  return { ...rest, entity: affiliationEntity !== undefined };
}

describe("roles", () => {
  it("reads a role with qualifier and genitive affiliation before an apposed name", () => {
    const r = roleOf("Der stellvertretende Außenminister Südkoreas, Kim Hong-kyun, erklärte am Freitag, die Lage sei ernst.", "Kim Hong-kyun");
    assert.equal(r.span.text, "stellvertretende Außenminister Südkoreas");
    assert.equal(r.role, "Außenminister");
    assert.equal(r.affiliation, "Südkorea");
    assert.deepEqual(r.qualifiers, ["stellvertretend"]);
    assert.equal(r.entity, true);
  });
  it("reads hyphenated affiliations, demonyms and genitive phrases", () => {
    assert.deepEqual(
      roleOf("Kreml-Sprecher Dmitri Peskow lehnte es ab, ein Datum zu nennen.", "Dmitri Peskow"),
      { span: roleOf("Kreml-Sprecher Dmitri Peskow lehnte es ab, ein Datum zu nennen.", "Dmitri Peskow").span, role: "Sprecher", affiliation: "Kreml", entity: true },
    );
    const shin = roleOf("In einem Interview teilte der südkoreanische Verteidigungsminister Shin Won-sik mit, dass Seoul Container entdeckt habe.", "Shin Won-sik");
    assert.equal(shin.role, "Verteidigungsminister");
    assert.equal(shin.affiliation, "Südkorea");
    const haines = roleOf("Vor dem Kongress sagte die Direktorin des US-Geheimdienstes Avril Haines, Russland sei gezwungen worden.", "Avril Haines");
    assert.equal(haines.span.text, "Direktorin des US-Geheimdienstes");
    assert.equal(haines.role, "Direktorin");
    assert.equal(haines.affiliation, "US-Geheimdienst");
  });
  it("folds the role's inflection", () => {
    const r = roleOf("Ein Besuch des russischen Präsidenten Wladimir Putin steht bevor.", "Wladimir Putin");
    assert.equal(r.role, "Präsident");
    assert.equal(r.affiliation, "Russland");
  });
  it("reads an apposition after the name", () => {
    const r = roleOf("Das bestätigte Dmitri Peskow, der Sprecher des Kremls, am Montag.", "Dmitri Peskow");
    assert.equal(r.role, "Sprecher");
    assert.equal(r.affiliation, "Kreml");
  });
  it("reads English titles and appositions", () => {
    assert.equal(roleOf("Mayor Linda Carver said the bridge would stay closed.", "Linda Carver", "en").role, "Mayor");
    const reyes = roleOf("Tom Reyes, a spokesman for the department, said repairs would take weeks.", "Tom Reyes", "en");
    assert.equal(reyes.role, "spokesman");
    assert.equal(reyes.affiliation, "department");
    assert.equal(reyes.span.text, "spokesman for the department");
    const shin = roleOf("South Korean Defense Minister Shin Won-sik told reporters that Seoul was ready.", "Shin Won-sik", "en");
    assert.equal(shin.role, "Defense Minister");
    assert.equal(shin.affiliation, "South Korea");
  });
});
