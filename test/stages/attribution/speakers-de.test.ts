/**
 * German speaker rules of issue 12 on a text written for them (test/cases/de-speaker-roles/input.txt):
 * which phrase of the cue's clause is the speaker, and how far its span reaches.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCase } from "../../cases/cases.js";

const SLUG = "de-speaker-roles";

/** [words of the content, the speaker's exact text, the rule] */
const EXPECTED: ReadonlyArray<readonly [string, string, string]> = [
  // An object before the verb, the subject after it.
  ["bezeichnete", "Ministerin Anna Vogt", "verb.subject"],
  ["auf drei Jahre", "die Zeitung „Nordkurier“", "verb.subject"],
  // An adverbial first: an uninflected present participle, a particle before a preposition, a participle before a preposition.
  ["Wir halten trotzdem", "Vogt", "verb.inverted"],
  ["für mehr Lehrkräfte", "Jonas Brandt", "verb.inverted"],
  ["die Reform komme zu spät", "die Abgeordnete Lena Hofer", "verb.inverted"],
  // ", wonach" after a noun of saying earlier in the sentence.
  ["Lehrkräfte streiken wollten", "Meldungen der Lokalpresse", "source.anaphoric"],
  // An office after a name, with its coordination, before an adjunct.
  ["Die Kosten seien noch offen", "Peter Lang, Sprecher des Ministeriums und Leiter der Pressestelle", "verb.inverted"],
  // Adverbs before an attributive participle stay in the phrase before the apposition.
  ["Geduld zu haben", "Der erst kürzlich ernannte Leiter des Schulamts, Tobias Kern", "verb.subject"],
  // Konjunktiv I after an indicative sentence whose subject names a source.
  ["Seine Schule sei gut vorbereitet", "Schuldirektor Martin Graf", "continuation.subjunctive"],
  // The passive of a verb whose subject speaks in it.
  ["Wir brauchen mehr Zeit", "Brandt", "verb.passive"],
  // A phrase after "aus" with an article belongs to the noun before it.
  ["fehlen zweihundert Lehrkräfte", "Unterlagen aus dem Ministerium", "source.preposition"],
  // A relative pronoun that may be nominative is the subject of its clause, not the object after it.
  ["die Lage zu beschönigen", "der", "verb.relative"],
  // colon.clause: an object before the verb, the subject after it.
  ["Die Planung sei Sache des Bundes", "Vogt", "colon.clause"],
  // A quantifier alone before the verb.
  ["die Reform sei verfrüht", "Einige", "verb.subject"],
  // An impersonal subject with a document named in the clause.
  ["mehr Geld für die Schulen", "einem offenen Brief", "verb.inverted"],
  // A document before an impersonal frame.
  ["die Schulen seien schlecht ausgestattet", "Bericht", "source.impersonal"],
  // A noun of saying: its genitive author, else an agent before it in its clause.
  ["die Lehrkräfte zu überlasten", "der Schulleiter", "source.nominal"],
  ["die Mittel seien bereits verplant", "der Landesregierung", "source.nominal"],
];

describe("German speakers (de-speaker-roles)", () => {
  const analysis = runCase(SLUG);
  const attributions = analysis.attributions ?? [];
  for (const [content, speaker, rule] of EXPECTED) {
    it(`${speaker} for „${content}“`, () => {
      const a = attributions.find((x) => x.content.some((c) => c.text.includes(content)));
      assert.ok(a, `no attribution holds "${content}"`);
      assert.equal(a.speaker?.text, speaker);
      assert.equal(a.rule, rule);
    });
  }
  it("a verb of saying with the stative auxiliary is passive: no speaker from its subject", () => {
    const a = attributions.find((x) => x.cue.text === "angekündigt");
    assert.ok(!a || a.speaker === null || !a.speaker.text.includes("Gespräche"));
  });
  it("a relative pronoun speaker stands for the phrase before it", () => {
    const a = attributions.find((x) => x.cue.text === "vorwarf");
    assert.equal(a?.speaker?.antecedent?.text, "ein Vertreter der Eltern");
  });
  it("„nach eigenen Angaben“ before the verb: the subject after it owns them", () => {
    const a = attributions.find((x) => x.cue.text === "Nach eigenen Angaben");
    assert.equal(a?.speaker?.text, "eigenen Angaben");
    assert.ok(a?.speaker?.antecedent?.text.startsWith("die Gewerkschaft"));
  });
  it("the object before the verb is part of the content, not the speaker", () => {
    const a = attributions.find((x) => x.cue.text === "bezeichnete");
    assert.ok(a?.content.some((c) => c.text.includes("Eine Verschiebung der Reform")));
  });
});
