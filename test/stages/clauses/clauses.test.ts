import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import type { Analysis, Clause } from "../../../src/model/types.js";
import { STAGE_NAMES } from "../../../src/pipeline.js";
import { clauseAt, clauseOfVerb, clausesOfSentence, subjectOfVerb } from "../../../src/stages/clauses/index.js";
import { assertValidAnalysis } from "../../helpers/validate.js";

function clausesOf(text: string, language: "de" | "en"): { a: Analysis; clauses: Clause[] } {
  const a = analyze({ text }, { language, stages: ["clauses"], clauses: true });
  return { a, clauses: a.clauses ?? [] };
}

/** The clause whose finite verb (or first verb) is `verb`. */
function byVerb(clauses: readonly Clause[], verb: string): Clause {
  const c = clauses.find((x) => x.finite?.text === verb) ?? clauses.find((x) => x.verbs[0]?.text === verb);
  assert.ok(c, `no clause with the verb "${verb}" in ${clauses.map((x) => x.finite?.text ?? x.verbs[0]?.text).join(", ")}`);
  return c;
}

const rangeText = (a: Analysis, c: Clause) => a.text.slice(c.start, c.end);

describe("clauses stage", () => {
  it("runs between sentences and attribution, and its output appears only on request", () => {
    assert.ok(STAGE_NAMES.indexOf("sentences") < STAGE_NAMES.indexOf("clauses"));
    assert.ok(STAGE_NAMES.indexOf("clauses") < STAGE_NAMES.indexOf("attribution"));
    const text = "Der Minister sagte, dass er komme.";
    assert.equal(analyze({ text }, { language: "de" }).clauses, undefined);
    const { a, clauses } = clausesOf(text, "de");
    assert.ok(clauses.length >= 2);
    assertValidAnalysis(a);
  });

  it("German: quote, reporting clause with subject and apposition, relative clause with its own subject", () => {
    const { a, clauses } = clausesOf("„Das hat mich schockiert“, sagt Anna Berger, eine Lehrerin, die lange in Wien gearbeitet hat.", "de");
    const quote = byVerb(clauses, "hat");
    const says = byVerb(clauses, "sagt");
    assert.equal(says.kind, "main");
    assert.equal(says.subject?.head.text, "Anna");
    assert.match(says.subject?.text ?? "", /^Anna Berger, eine Lehrerin$/);
    assert.equal(says.lemma, "sagen");
    assert.equal(rangeText(a, quote), "Das hat mich schockiert");
    assert.equal(quote.subject?.text, "Das");
    assert.deepEqual(quote.objects.map((o) => o.text), ["mich"]);
    const rel = clauses.find((c) => c.kind === "relative");
    assert.ok(rel);
    assert.equal(rel.introducer?.text, "die");
    assert.equal(rel.subject?.text, "die");
    assert.equal(rel.lemma, "arbeiten");
    assert.equal(clauses[rel.parent!], says);
    assert.equal(rangeText(a, rel), "die lange in Wien gearbeitet hat");
    assert.ok(says.start <= rel.start && rel.end <= says.end, "the relative clause lies inside the clause it depends on");
  });

  it("German: separable verbs joined, dass-clause in Konjunktiv I with its subject and object", () => {
    const { clauses } = clausesOf("Der Minister fügte hinzu, dass er die Pläne kenne.", "de");
    const main = byVerb(clauses, "fügte");
    assert.equal(main.lemma, "hinzufügen");
    assert.deepEqual(main.verbs.map((v) => v.text), ["fügte", "hinzu"]);
    assert.equal(main.subject?.text, "Der Minister");
    assert.equal(main.subject?.head.text, "Minister");
    const dass = byVerb(clauses, "kenne");
    assert.equal(dass.kind, "complement");
    assert.equal(dass.introducer?.text, "dass");
    assert.equal(dass.mood, "subjunctive1");
    assert.equal(dass.subject?.text, "er");
    assert.deepEqual(dass.objects.map((o) => o.text), ["die Pläne"]);
    assert.equal(clauses[dass.parent!], main);
  });

  it("German: an adverbial clause before its main clause depends on it; the main clause goes on around a relative clause", () => {
    const first = clausesOf("Wenn es regnet, bleibe ich zu Hause.", "de").clauses;
    const wenn = byVerb(first, "regnet");
    assert.equal(wenn.kind, "adverbial");
    assert.equal(first[wenn.parent!], byVerb(first, "bleibe"));
    assert.equal(byVerb(first, "bleibe").subject?.text, "ich");
    assert.equal(byVerb(first, "bleibe").mood, "indicative", "first person: indicative, not Konjunktiv I");

    const { a, clauses } = clausesOf("Der Mann, der dort steht, ist alt.", "de");
    const main = byVerb(clauses, "ist");
    assert.equal(main.kind, "main");
    assert.equal(main.subject?.text, "Der Mann");
    assert.equal(rangeText(a, main), "Der Mann, der dort steht, ist alt");
    const rel = byVerb(clauses, "steht");
    assert.equal(rel.kind, "relative");
    assert.equal(rel.subject?.text, "der");
  });

  it("German: the subject is the nominative, wherever it stands; objects are marked as objects", () => {
    const { clauses } = clausesOf("Den Vorfall nannte Jana Weber besorgniserregend. Am Mittwoch sagte ein hochrangiger Beamter, die Lage sei ernst.", "de");
    const nannte = byVerb(clauses, "nannte");
    assert.equal(nannte.subject?.text, "Jana Weber");
    assert.deepEqual(nannte.objects.map((o) => o.text), ["Den Vorfall"]);
    const sagte = byVerb(clauses, "sagte");
    assert.equal(sagte.subject?.text, "ein hochrangiger Beamter");
    const sei = byVerb(clauses, "sei");
    assert.equal(sei.kind, "complement");
    assert.equal(sei.mood, "subjunctive1");
    assert.equal(sei.subject?.text, "die Lage");
  });

  it("German: an apposition with a genitive and a prepositional phrase stays with the subject", () => {
    const { clauses } = clausesOf("Jana Weber, verkehrspolitische Sprecherin der Grünen im Landtag, nennt den Plan riskant.", "de");
    const nennt = byVerb(clauses, "nennt");
    assert.equal(nennt.subject?.text, "Jana Weber, verkehrspolitische Sprecherin der Grünen im Landtag");
    assert.deepEqual(nennt.objects.map((o) => o.text), ["den Plan"]);
  });

  it("English: quote, reporting clause, trailing participle clause and relative clause", () => {
    const { a, clauses } = clausesOf('"It was shocking," Miller said on Sunday, referring to the actor who lives in Vienna.', "en");
    const said = byVerb(clauses, "said");
    assert.equal(said.subject?.text, "Miller");
    assert.equal(said.lemma, "say");
    const referring = clauses.find((c) => c.kind === "participial");
    assert.ok(referring);
    assert.equal(rangeText(a, referring), "referring to the actor who lives in Vienna");
    assert.equal(referring.finite, null);
    assert.equal(clauses[referring.parent!], said);
    const who = byVerb(clauses, "lives");
    assert.equal(who.kind, "relative");
    assert.equal(who.subject?.text, "who");
    assert.equal(clauses[who.parent!], referring);
  });

  it("English: inverted 'said X' with an apposition; that-clause with a nested relative clause", () => {
    const first = clausesOf('"We will appeal," said Jane Doe, a spokeswoman for the union.', "en").clauses;
    assert.equal(byVerb(first, "said").subject?.head.text, "Jane");
    const { clauses } = clausesOf("He said that the company, which makes widgets, will close.", "en");
    const that = byVerb(clauses, "will");
    assert.equal(that.kind, "complement");
    assert.equal(that.introducer?.text, "that");
    assert.equal(that.subject?.text, "the company");
    assert.equal(that.lemma, "close");
    assert.equal(byVerb(clauses, "makes").subject?.text, "which");
  });

  it("English: the subject is not an object, a time phrase or a noun inside an apposition", () => {
    const { clauses } = clausesOf("Acme Corp., the world's largest widget maker, last year pledged to cut emissions.", "en");
    const pledged = byVerb(clauses, "pledged");
    assert.match(pledged.subject?.text ?? "", /^Acme Corp\., the world's largest widget maker$/);
    const inf = clauses.find((c) => c.kind === "infinitive");
    assert.ok(inf);
    assert.equal(inf.lemma, "cut");
    assert.equal(inf.subject, null);
  });

  it("helpers: the clauses of a sentence, the innermost clause at an offset, the subject of a verb's clause", () => {
    const { a, clauses } = clausesOf("Officials denied the report and refused to comment. The union, which has 5,000 members, said it would strike.", "en");
    assert.deepEqual(clausesOfSentence(clauses, 0).map((c) => c.sentence), clausesOfSentence(clauses, 0).map(() => 0));
    assert.ok(clausesOfSentence(clauses, 1).length >= 3);
    assert.equal(clausesOfSentence(clauses, 2).length, 0);
    const refused = a.text.indexOf("refused");
    assert.equal(rangeText(a, clauseOfVerb(clauses, a.text.indexOf("denied"))!), "Officials denied the report");
    assert.equal(clauseOfVerb(clauses, refused)?.finite?.text, "refused");
    assert.equal(subjectOfVerb(clauses, refused)?.text, "Officials", "a coordinated clause shares the subject before it");
    const members = a.text.indexOf("members");
    assert.equal(clauseAt(clauses, members)?.kind, "relative");
    assert.equal(subjectOfVerb(clauses, a.text.indexOf("said"))?.text, "The union");
    assert.equal(subjectOfVerb(clauses, a.text.indexOf("union")), null, "no verb there");
  });
});
