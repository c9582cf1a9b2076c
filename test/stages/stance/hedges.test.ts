import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { stanceStage } from "../../../src/stages/stance/index.js";
import { assertValidAnalysis } from "../../helpers/validate.js";
import { attribution, sentencesDoc } from "../time/doc.js";

const PUBLISHED = "2024-06-14";

function hedges(text: string, language: "de" | "en" = "de"): string[] {
  const a = analyze({ text }, { language, published: PUBLISHED, stages: ["stance"] });
  assertValidAnalysis(a);
  return (a.hedges ?? []).map((h) => `${h.text}:${h.kind}`);
}

describe("hedges (German)", () => {
  it("finds modals, epistemic adverbs and hearsay", () => {
    assert.deepEqual(hedges("Ein Besuch könnte die Beziehungen vertiefen. Er dürfte bald kommen. Berichten zufolge steht er bevor."), [
      "könnte:modal",
      "dürfte:modal",
      "Berichten zufolge:hearsay",
    ]);
    assert.deepEqual(hedges("Putin wird voraussichtlich kommen, vermutlich im Juni, angeblich mit Gefolge."), [
      "voraussichtlich:adverb",
      "vermutlich:adverb",
      "angeblich:hearsay",
    ]);
  });
  it("takes soll as hearsay only with a perfect infinitive", () => {
    assert.deepEqual(hedges("Er soll das Geld genommen haben."), ["soll:hearsay"]);
    assert.deepEqual(hedges("Die Brücke soll 2025 gebaut werden."), []);
  });
  it("does not take the Konjunktiv of reported speech for a hedge", () => {
    assert.deepEqual(hedges("Er sagte, der Besuch dürfe nicht zu einer Zusammenarbeit führen."), []);
  });
});

describe("hedges (English)", () => {
  it("finds may, reportedly and allegedly, but not the month May", () => {
    assert.deepEqual(hedges("The visit may deepen ties. He reportedly left. The allegedly stolen car was found on May 5.", "en"), [
      "may:modal",
      "reportedly:hearsay",
      "allegedly:hearsay",
    ]);
  });
});

describe("cue strength", () => {
  it("marks the commitment of speech verbs that are cues of attributions", () => {
    const text = "Russland hat Raketen eingesetzt, wie Beamte festgestellt haben. Der Minister behauptete, alles sei gut.";
    const { doc, ctx } = sentencesDoc(text, { published: PUBLISHED });
    const a1 = attribution(text, "a1", "festgestellt haben", ["Russland hat Raketen eingesetzt"], "Beamte");
    const a2 = attribution(text, "a2", "behauptete", ["alles sei gut"], "Der Minister");
    const out = stanceStage.run({ ...doc, attributions: [a1, a2] }, ctx);
    assert.deepEqual(
      out.hedges?.map((h) => [h.text, h.kind, h.strength]),
      [
        ["festgestellt", "evidential", 0.9],
        ["behauptete", "evidential", 0.3],
      ],
    );
    assert.deepEqual(out.attributions?.map((a) => a.hedges), [["h1"], ["h2"]]);
  });
  it("counts such verbs only as cues of attributions", () => {
    const text = "Die Polizei hat festgestellt, dass die Tür offen war.";
    const { doc, ctx } = sentencesDoc(text, { published: PUBLISHED });
    assert.deepEqual(stanceStage.run({ ...doc, attributions: [] }, ctx).hedges, []);
    assert.deepEqual(stanceStage.run(doc, ctx).hedges, []);
  });
  it("lists a hearsay phrase around the cue", () => {
    const text = "Berichten zufolge steht der Besuch bevor.";
    const { doc, ctx } = sentencesDoc(text, { published: PUBLISHED });
    const a = attribution(text, "a1", "zufolge", ["steht der Besuch bevor"]);
    assert.deepEqual(stanceStage.run({ ...doc, attributions: [a] }, ctx).attributions?.[0]?.hedges, ["h1"]);
  });
  it("lists the hedges inside an attribution's content", () => {
    const text = "Shin teilte mit, dass die Container bis zu 4,8 Millionen Granaten enthalten könnten.";
    const { doc, ctx } = sentencesDoc(text, { published: PUBLISHED });
    const a = attribution(text, "a1", "teilte", ["dass die Container bis zu 4,8 Millionen Granaten enthalten könnten"], "Shin");
    const out = stanceStage.run({ ...doc, attributions: [a] }, ctx);
    assert.deepEqual(out.attributions?.[0]?.hedges, ["h1"]);
    assert.equal(out.hedges?.[0]?.text, "könnten");
  });
});
