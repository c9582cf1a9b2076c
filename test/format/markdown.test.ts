import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { toMarkdown } from "../../src/format/markdown.js";

const TEXT = [
  "Regierung plant Reform",
  "",
  "„Wir werden das Rentensystem reformieren“, sagte der Minister am Montag in Berlin, „und zwar noch in diesem Jahr.“",
  "",
  "Die Opposition kritisierte die Pläne.",
].join("\n");

describe("the Markdown view", () => {
  const md = toMarkdown(analyze({ id: "md", text: TEXT, published: "2024-06-14" }, { language: "de" }));
  it("explains its notation in a legend", () => {
    assert.match(md, /## Notation/);
    for (const mark of ["(= Name)", "[kind]", "2024-06-06TEV", "PRESENT_REF", "“…”"]) assert.ok(md.includes(mark), mark);
  });
  it("joins what was said in several pieces with …", () => {
    const a = analyze({ id: "md", text: TEXT, published: "2024-06-14" }, { language: "de", stages: ["structure"] });
    const piece = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words });
    const said = {
      id: "a1",
      type: "direct" as const,
      speaker: { ...piece("der Minister"), kind: "person" as const },
      cue: piece("sagte"),
      content: [piece("Wir werden das Rentensystem reformieren"), piece("und zwar noch in diesem Jahr.")],
      addressee: null,
      channel: null,
      time: null,
      hedges: [],
      sentence: 0,
      confidence: 0.9,
      rule: "verb.inverted" as const,
    };
    const quote = toMarkdown({ ...a, attributions: [said] }).split("\n").find((l) => l.startsWith("   > "));
    assert.equal(quote, "   > Wir werden das Rentensystem reformieren … und zwar noch in diesem Jahr.");
  });
  it("says how times were anchored", () => {
    assert.match(md, /times anchored: news \(detected\)/);
  });
});
