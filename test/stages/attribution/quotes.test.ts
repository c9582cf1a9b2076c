import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { MAX_QUOTATION_DEPTH, findQuotations, quotationAt } from "../../../src/stages/attribution/quotes.js";

function quotationsOf(text: string) {
  const doc = analyze({ text }, { language: "de", stages: ["sentences"], tokens: true });
  return findQuotations(doc.text, doc.tokens ?? [], doc.blocks);
}

describe("quotations", () => {
  it("pairs marks, counts the words inside and runs an unclosed one to the end of its block", () => {
    const text = "„Wir kommen ‚bald‘ wieder“, sagte er. „Nie wieder";
    const quotes = quotationsOf(text);
    assert.deepEqual(
      quotes.map((q) => [text.slice(q.start, q.end), q.depth, q.words, q.closed]),
      [
        ["„Wir kommen ‚bald‘ wieder“", 0, 4, true],
        ["‚bald‘", 1, 1, true],
        ["„Nie wieder", 0, 2, false],
      ],
    );
    assert.equal(quotationAt(quotes, text.indexOf("bald"))?.depth, 0, "the outermost");
  });

  it(`opens no quotation deeper than ${MAX_QUOTATION_DEPTH}`, () => {
    const quotes = quotationsOf("„Ja, ".repeat(50) + "sagte er.");
    assert.equal(quotes.length, MAX_QUOTATION_DEPTH);
    assert.ok(quotes.every((q) => q.depth < MAX_QUOTATION_DEPTH && !q.closed));
  });
});
