import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isDateLine } from "../../src/ingest/html/lines.js";

describe("date lines", () => {
  it("reads a date alone, with a time or a weekday, as a date line", () => {
    assert.ok(isDateLine("23.10.2018"));
    assert.ok(isDateLine("Montag, 30. April 2019, 14:30 Uhr"));
    assert.ok(isDateLine("05. Februar 2020 | 14.30"));
  });

  it("reads labelled publication lines with names and times as date lines", () => {
    assert.ok(isDateLine("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm"));
    assert.ok(isDateLine("By Anna Muster and Max Beispiel on Monday, November 18th, 2019 at 11:08 a.m."));
    assert.ok(isDateLine("Published 7:07 PM EST Nov 19, 2019"));
    assert.ok(isDateLine("Veröffentlicht am 30.04.2019 um 14:30 Uhr, aktualisiert am 01.05.2019"));
  });

  it("leaves sentences and unlabelled headings with dates alone", () => {
    assert.ok(!isDateLine("On November 18, 2019, the city council voted to close the old bridge for repairs."));
    assert.ok(!isDateLine("Timeline of the protests in the capital since March 3, 2020"));
    assert.ok(!isDateLine("Der Stadtrat hat am 30. April 2019 beschlossen, die Brücke zu sanieren."));
    assert.ok(!isDateLine("Kindersitze im Test"));
  });
});
