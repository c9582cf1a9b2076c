import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { parseDigits } from "../../../src/stages/stance/quantities.js";
import { assertValidAnalysis } from "../../helpers/validate.js";

function quantities(text: string, language: "de" | "en" = "de"): string[] {
  const a = analyze({ text }, { language, published: "2024-06-14", stages: ["stance"] });
  assertValidAnalysis(a);
  return (a.quantities ?? []).map((q) => `${q.text} = ${q.value}${q.unit ? ` ${q.unit}` : ""} (${q.bound})`);
}

describe("quantities (German)", () => {
  it("reads value, scale, counted noun and bound", () => {
    assert.deepEqual(quantities("Die Container könnten bis zu 4,8 Millionen Artilleriegranaten enthalten."), [
      "bis zu 4,8 Millionen Artilleriegranaten = 4800000 Artilleriegranaten (upper)",
    ]);
    assert.deepEqual(quantities("Mehr als 300 getötete Soldaten, rund 50 Prozent der Stimmen, 1.000 Euro und Tausende Demonstranten."), [
      "Mehr als 300 getötete Soldaten = 300 Soldaten (lower)",
      "rund 50 Prozent = 50 percent (approximate)",
      "1.000 Euro = 1000 EUR (exact)",
      "Tausende Demonstranten = 1000 Demonstranten (lower)",
    ]);
  });
  it("leaves dates, ordinals, references and compounds alone", () => {
    assert.deepEqual(quantities("Am 13. April 2024 begann der 2. Durchgang zu Resolution 2231 und Weisung Nr. 170/39, ein 48-stündiger Streik."), []);
  });
  it("leaves numbers in names alone", () => {
    assert.deepEqual(quantities("Mit Apollo 11 landeten Menschen auf dem Mond, die Zahl der Toten stieg auf 11."), ["11 = 11 (exact)"]);
  });
  it("takes number words only with what they count", () => {
    assert.deepEqual(quantities("Drei Menschen starben, zwei davon sofort."), ["Drei Menschen = 3 Menschen (exact)"]);
  });
});

describe("quantities (English)", () => {
  it("reads up to, more than, about, currency symbols and thousands", () => {
    assert.deepEqual(quantities("Up to 4.8 million shells, more than 300 people, about 50 percent, $4.8 million and 3,500 wounded soldiers.", "en"), [
      "Up to 4.8 million shells = 4800000 shells (upper)",
      "more than 300 people = 300 people (lower)",
      "about 50 percent = 50 percent (approximate)",
      "$4.8 million = 4800000 USD (exact)",
      "3,500 wounded soldiers = 3500 soldiers (exact)",
    ]);
  });
});

describe("parseDigits", () => {
  it("reads the locale's separators", () => {
    assert.equal(parseDigits("4,8", ",", "."), 4.8);
    assert.equal(parseDigits("1.000.000", ",", "."), 1_000_000);
    assert.equal(parseDigits("1.000,5", ",", "."), 1000.5);
    assert.equal(parseDigits("1.5", ",", "."), 1.5);
    assert.equal(parseDigits("3,500", ".", ","), 3500);
    assert.equal(parseDigits("4.8", ".", ","), 4.8);
  });
});
