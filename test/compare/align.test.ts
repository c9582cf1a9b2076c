import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { alignSentences, CROSS_LINGUAL, lengthCost, MONOLINGUAL } from "../../src/compare/align.js";
import { profileOf } from "../../src/compare/profile.js";

const sentences = (id: string, text: string, language: "de" | "en") => profileOf(analyze({ id, text, language })).sentences;
const pairs = (beads: ReturnType<typeof alignSentences>) => beads.map((b) => `${b.a0}-${b.a1 - 1}:${b.b0}-${b.b1 - 1}`);

describe("sentence alignment", () => {
  it("costs nothing for lengths in the texts' ratio and more the further they are off it", () => {
    assert.ok(lengthCost(100, 110, 1.1) < 0.1);
    assert.ok(lengthCost(100, 300, 1.1) > lengthCost(100, 160, 1.1));
  });
  it("aligns a translation sentence by sentence across languages", () => {
    const en = sentences("en", "The government announced new taxes on Monday.\n\nThe minister said prices would rise by 5 percent.\n\nCritics called the plan unfair.", "en");
    const de = sentences("de", "Die Regierung kündigte am Montag neue Steuern an.\n\nDer Minister sagte, die Preise würden um 5 Prozent steigen.\n\nKritiker nannten den Plan unfair.", "de");
    assert.deepEqual(pairs(alignSentences(en, de, CROSS_LINGUAL)), ["0-0:0-0", "1-1:1-1", "2-2:2-2"]);
  });
  it("joins a sentence split in two (1:2)", () => {
    const en = sentences("en", "The minister said prices would rise by 5 percent, because the costs of energy and of transport have gone up sharply this year.", "en");
    const de = sentences("de", "Der Minister sagte, die Preise würden um 5 Prozent steigen. Die Kosten für Energie und Transport seien in diesem Jahr stark gestiegen.", "de");
    assert.deepEqual(pairs(alignSentences(en, de, CROSS_LINGUAL)), ["0-0:0-1"]);
  });
  it("leaves out a sentence the other text has not, and pairs moved sentences in one language", () => {
    const a = sentences("a", "Erster Satz über den Hafen von Hamburg.\n\nZweiter Satz über die Streiks der Arbeiter.\n\nDritter Satz über die Reedereien in Bremen.", "de");
    const b = sentences("b", "Dritter Satz über die Reedereien in Bremen.\n\nErster Satz über den Hafen von Hamburg.\n\nEin neuer Satz, der nichts gemein hat mit allem anderen hier.", "de");
    const beads = alignSentences(a, b, MONOLINGUAL);
    assert.deepEqual(pairs(beads), ["0-0:1-1", "2-2:0-0"]);
    assert.equal(beads.filter((x) => x.moved).length, 1);
  });
});
