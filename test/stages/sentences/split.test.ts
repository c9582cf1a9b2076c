import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { MAX_SENTENCE_TOKENS } from "../../../src/stages/sentences/split.js";

function sentencesOf(text: string, language: "de" | "en" = "de"): string[] {
  return (analyze({ text }, { language, stages: ["sentences"] }).sentences ?? []).map((s) => s.text);
}

describe("sentences (German)", () => {
  it("keeps abbreviations inside the sentence", () => {
    assert.deepEqual(sentencesOf("Es gibt z. B. Äpfel, u. a. rote. Dr. Müller kam bzw. ging. Das ist Nr. 5."), [
      "Es gibt z. B. Äpfel, u. a. rote.",
      "Dr. Müller kam bzw. ging.",
      "Das ist Nr. 5.",
    ]);
  });
  it("reads ordinals and dates as part of the sentence", () => {
    assert.deepEqual(sentencesOf("Am 13. April kam er. Bis zum 3. Oktober blieb er. Der 2. Weltkrieg endete 1945. Danach war Ruhe."), [
      "Am 13. April kam er.",
      "Bis zum 3. Oktober blieb er.",
      "Der 2. Weltkrieg endete 1945.",
      "Danach war Ruhe.",
    ]);
  });
  it("keeps decimal commas and thousands in numbers", () => {
    assert.deepEqual(sentencesOf("Es waren bis zu 4,8 Millionen Granaten. Das kostet 1.000 Euro."), [
      "Es waren bis zu 4,8 Millionen Granaten.",
      "Das kostet 1.000 Euro.",
    ]);
  });
  it("does not end a sentence at an initial or a roman numeral", () => {
    assert.deepEqual(sentencesOf("Kurt M. Campbell traf Papst Benedikt XVI. in Rom. Dann flog er heim."), [
      "Kurt M. Campbell traf Papst Benedikt XVI. in Rom.",
      "Dann flog er heim.",
    ]);
  });
  it("keeps a closing quote with its sentence and splits quotes that span sentences", () => {
    assert.deepEqual(sentencesOf("Er sagte: „Wir kommen. Wir bleiben.“ Dann ging er. „Warum?“, fragte sie."), [
      "Er sagte: „Wir kommen.",
      "Wir bleiben.“",
      "Dann ging er.",
      "„Warum?“, fragte sie.",
    ]);
  });
  it("does not split before a lowercase word or inside a domain", () => {
    assert.deepEqual(sentencesOf("Laut tagesschau.de kam er. „Nein!“ rief er. Das war's."), ["Laut tagesschau.de kam er.", "„Nein!“ rief er.", "Das war's."]);
  });
  it("never lets a sentence cross a block", () => {
    assert.deepEqual(sentencesOf("Überschrift ohne Punkt\n\nDer erste Satz. Der zweite Satz."), [
      "Überschrift ohne Punkt",
      "Der erste Satz.",
      "Der zweite Satz.",
    ]);
  });
  it("keeps US- as a suspended compound", () => {
    const a = analyze({ text: "Die US- und EU-Vertreter kamen." }, { language: "de", stages: ["sentences"], tokens: true });
    const words = (a.tokens ?? []).map((t) => a.text.slice(t.start, t.end));
    assert.deepEqual(words, ["Die", "US-", "und", "EU-Vertreter", "kamen", "."]);
  });
});

describe("sentences (English)", () => {
  it("handles titles, initials and U.S.", () => {
    assert.deepEqual(sentencesOf("Mr. Smith met Dr. J. Jones in Washington, D.C. on Monday. He left the U.S. The talks ended.", "en"), [
      "Mr. Smith met Dr. J. Jones in Washington, D.C. on Monday.",
      "He left the U.S.",
      "The talks ended.",
    ]);
  });
  it("keeps quotes with their sentence", () => {
    assert.deepEqual(sentencesOf('"We will not back down," she said. "Never." He nodded.', "en"), [
      '"We will not back down," she said.',
      '"Never."',
      "He nodded.",
    ]);
  });
});

describe("sentences without an end", () => {
  it("cuts a run of more than MAX_SENTENCE_TOKENS tokens, after a comma where there is one", () => {
    const words = Array.from({ length: 700 }, (_, i) => `wort${i}`);
    const withCommas = words.map((w, i) => (i % 50 === 49 ? `${w},` : w)).join(" ");
    const pieces = analyze({ text: withCommas }, { language: "de", stages: ["sentences"] }).sentences ?? [];
    assert.ok(pieces.length >= 2);
    for (const s of pieces) assert.ok((s.text.match(/\S+/g) ?? []).length <= MAX_SENTENCE_TOKENS, s.text.slice(0, 40));
    assert.ok(pieces.slice(0, -1).every((s) => s.text.endsWith(",")), "cut after a comma");
    assert.equal(pieces.map((s) => s.text).join(" "), withCommas, "nothing lost");
    const bare = analyze({ text: words.join(" ") }, { language: "de", stages: ["sentences"] }).sentences ?? [];
    assert.deepEqual(bare.map((s) => s.text.split(" ").length), [MAX_SENTENCE_TOKENS, 700 - MAX_SENTENCE_TOKENS]);
  });
});
