import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeText, replaceLoneSurrogates } from "../../src/text/normalize.js";

describe("normalizeText", () => {
  it("turns odd spaces into spaces and line breaks into LF", () => {
    assert.equal(normalizeText("a\u00a0b\u202fc\u2009d\r\ne\rf\u2028g\th").text, "a b c d\ne\nf\ng h");
  });
  it("removes invisible characters and counts them", () => {
    const { text, report } = normalizeText("Zu\u00adsam\u200bmen\ufeff\u200e!");
    assert.equal(text, "Zusammen!");
    assert.equal(report.removed, 4);
  });
  it("composes to NFC without touching letters", () => {
    const { text, report } = normalizeText("Su\u0308dkorea");
    assert.equal(text, "Südkorea");
    assert.equal(report.composed, true);
  });
  it("replaces lone surrogates", () => {
    assert.deepEqual(replaceLoneSurrogates("a\ud800b\udc00c😀"), { text: "a\ufffdb\ufffdc😀", replaced: 2 });
  });
});
