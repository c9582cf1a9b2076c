import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isDateLine, isNavigationLine, isPrintedMarkup } from "../../src/ingest/html/lines.js";

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

describe("markup printed as text", () => {
  it("finds escaped tags and shortcodes with attributes", () => {
    assert.ok(isPrintedMarkup('<img height="1" width="1" style="display:none" src="https://pixel.example/p?c=1">'));
    assert.ok(isPrintedMarkup('&lt;span data-type="bookmark" class="sel"&gt;&lt;/span&gt;'));
    assert.ok(isPrintedMarkup('[button link="https://x.example/review" type="big"] Send us your review[/button]'));
  });

  it("leaves text with brackets or an occasional tag name alone", () => {
    assert.ok(!isPrintedMarkup("„[V]ielen Dank für [die] Unterstützung.“"));
    assert.ok(!isPrintedMarkup("Erlaubt sind Tags wie <em> und <strong> in Kommentaren, sagte der Betreiber der Seite am Montag."));
  });
});

describe("navigation lines", () => {
  it("finds breadcrumbs and lines of labels", () => {
    assert.ok(isNavigationLine("Start › Politik › Inland › Alte Brücke wird saniert"));
    assert.ok(isNavigationLine("> Blog > Aus den Ländern > Jahrestagung 2015"));
    assert.ok(isNavigationLine("Impressum | Datenschutz | Kontakt | Alle Rechte vorbehalten"));
  });

  it("leaves sentences and numbers between separators alone", () => {
    assert.ok(!isNavigationLine("Die Brücke ist gesperrt. | Die Umleitung führt über die Nordstraße. | Busse fahren später."));
    assert.ok(!isNavigationLine("> 29 100 > 25 4"));
    assert.ok(!isNavigationLine("Regen | Wind"));
  });
});
