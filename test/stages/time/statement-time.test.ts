import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timeStage } from "../../../src/stages/time/index.js";
import { withStatementTimes } from "../../../src/stages/time/statement-time.js";
import { attribution, sentencesDoc } from "./doc.js";

const FRIDAY = "2024-06-14";

/** The statement time of each hand-made attribution, from the times the time stage found. */
function statementTimes(text: string, attributions: ReturnType<typeof attribution>[], language: "de" | "en" = "de"): (string | null)[] {
  const { doc, ctx } = sentencesDoc(text, { published: FRIDAY, language });
  const times = timeStage.run(doc, ctx).times ?? [];
  return withStatementTimes(doc, times, attributions).map((a) => (a.time ? `${a.time.text} → ${a.time.value}` : null));
}

describe("statement times", () => {
  it("takes the time governing the cue, never the one inside the content", () => {
    const text = "Die russische Zeitung Wedomosti berichtete am Montag, Putin werde in den kommenden Wochen Nordkorea besuchen.";
    const a = attribution(text, "a1", "berichtete", ["Putin werde in den kommenden Wochen Nordkorea besuchen"], "Wedomosti");
    assert.deepEqual(statementTimes(text, [a]), ["Montag → 2024-06-10"]);
  });
  it("finds a time after the cue and its speaker", () => {
    const text = "Ein Besuch könnte die Beziehungen vertiefen, so die Darstellung der Beamten Südkoreas am Freitag.";
    const a = attribution(text, "a1", "so die Darstellung", ["Ein Besuch könnte die Beziehungen vertiefen"], "Beamten Südkoreas");
    assert.deepEqual(statementTimes(text, [a]), ["Freitag → 2024-06-14"]);
  });
  it("finds a time before the cue", () => {
    const text = "In einer Aussage im März vor dem Kongress sagte die Direktorin Avril Haines, dass Russland gezwungen worden sei.";
    const a = attribution(text, "a1", "sagte", ["dass Russland gezwungen worden sei"], "Avril Haines");
    assert.deepEqual(statementTimes(text, [a]), ["März → 2024-03"]);
  });
  it("leaves the time null where only the content has one", () => {
    const text = "Peskow sagte, das Treffen finde am Freitag statt.";
    const a = attribution(text, "a1", "sagte", ["das Treffen finde am Freitag statt"], "Peskow");
    assert.deepEqual(statementTimes(text, [a]), [null]);
  });
  it("prefers the time in the cue's clause and ignores vague references", () => {
    const text = "Er sagte am Dienstag, nachdem er am Montag gelandet war, er komme bald wieder.";
    const a = attribution(text, "a1", "sagte", ["er komme bald wieder"], "Er");
    assert.deepEqual(statementTimes(text, [a]), ["Dienstag → 2024-06-11"]);
    const vague = "Er sagte jetzt, er komme.";
    assert.deepEqual(statementTimes(vague, [attribution(vague, "a1", "sagte", ["er komme"], "Er")]), [null]);
  });
  it("works in English and keeps other attributions' times apart", () => {
    const text = "The mayor said on Tuesday the bridge would stay closed. Reyes told reporters on Monday that nobody was hurt.";
    const a1 = attribution(text, "a1", "said", ["the bridge would stay closed"], "The mayor");
    const a2 = attribution(text, "a2", "told", ["that nobody was hurt"], "Reyes");
    assert.deepEqual(statementTimes(text, [a1, a2], "en"), ["Tuesday → 2024-06-11", "Monday → 2024-06-10"]);
  });
  it("dates a nested statement only from inside the outer content", () => {
    const text = "Das Gericht hatte 1983 gesagt, Bürger, die nicht wissen, wer was über sie weiß, seien gehemmt.";
    const outer = attribution(text, "a1", "gesagt", ["Bürger, die nicht wissen, wer was über sie weiß, seien gehemmt"], "Das Gericht");
    const inner = attribution(text, "a2", "wissen", ["wer was über sie weiß"], "die");
    assert.deepEqual(statementTimes(text, [outer, inner]), ["1983 → 1983", null]);
  });
  it("does not take a time from inside a quotation", () => {
    const text = "„Sie wussten es im März und schwiegen“, sagte eine Anwohnerin.";
    const a = attribution(text, "a1", "sagte", ["Anwohnerin"], "eine Anwohnerin");
    assert.deepEqual(statementTimes(text, [a]), [null]);
  });
  it("leaves documents without attributions without them", () => {
    const { doc, ctx } = sentencesDoc("Er kam am Freitag.", { published: FRIDAY });
    assert.equal(timeStage.run(doc, ctx).attributions, undefined);
  });
});
