import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { parseRecord } from "../../../src/ingest/jsonl.js";
import { assertValidAnalysis } from "../../helpers/validate.js";

/** Published on Friday 2024-06-14. */
const FRIDAY = "2024-06-14";

const NARRATIVE = [
  "Der Krieg begann im Sommer 1914 mit dem Einmarsch in Belgien.",
  "Im September 1914 kam der Vormarsch an der Marne zum Stehen. Zwei Tage später begann der Rückzug.",
  "1916 folgten die Schlachten an der Somme und bei Verdun. Im März griffen die Truppen erneut an.",
  "Im Frühjahr 1917 traten die Vereinigten Staaten in den Krieg ein, am 6. April 1917 erklärten sie den Krieg.",
  "Im November 1918 endete der Krieg mit dem Waffenstillstand von Compiègne.",
].join("\n");

const NEWS = [
  "Streik legt Hafen lahm",
  "Seit Donnerstag stehen die Containerbrücken still. Die Gewerkschaft hat am Mittwoch zum Streik aufgerufen.",
  "Der Hafen war 1990 privatisiert worden, seit 2005 gehört er einem Konzern, der ihn 2019 verkaufen wollte.",
  "Am Montag sollen die Gespräche weitergehen, sagte eine Sprecherin gestern.",
].join("\n");

function analysed(text: string, options: { published?: string; timeAnchoring?: "news" | "narrative" | "auto" } = {}, given?: "news" | "narrative" | "auto") {
  const a = analyze({ text, ...(given ? { timeAnchoring: given } : {}) }, { language: "de", stages: ["time"], ...options });
  assertValidAnalysis(a);
  return a;
}

describe("time anchoring: auto, given, and what it changes", () => {
  it("anchors a story told in its own years on its own dates, and says it detected that", () => {
    const a = analysed(NARRATIVE);
    assert.deepEqual(a.meta.timeAnchoring, { value: "narrative", source: "detected" });
    const byText = new Map((a.times ?? []).map((t) => [t.text, t.value]));
    assert.equal(byText.get("Zwei Tage später"), "1914-09", "two days after September 1914 stays in that month");
    assert.equal(byText.get("März"), "1916-03");
  });
  it("keeps reporting on its publication date, even with background years", () => {
    const a = analysed(NEWS, { published: FRIDAY });
    assert.deepEqual(a.meta.timeAnchoring, { value: "news", source: "detected" });
    const byText = new Map((a.times ?? []).map((t) => [t.text, t.value]));
    assert.equal(byText.get("Mittwoch"), "2024-06-12");
    assert.equal(byText.get("gestern"), "2024-06-13");
  });
  it("lets the caller's option win over the input's field, and the input's field over detection", () => {
    assert.deepEqual(analysed(NARRATIVE, { timeAnchoring: "news" }, "narrative").meta.timeAnchoring, { value: "news", source: "given" });
    assert.deepEqual(analysed(NARRATIVE, {}, "news").meta.timeAnchoring, { value: "news", source: "given" });
    assert.deepEqual(analysed(NEWS, { published: FRIDAY, timeAnchoring: "auto" }, "narrative").meta.timeAnchoring, { value: "narrative", source: "given" });
    assert.deepEqual(analysed(NARRATIVE, { timeAnchoring: "auto" }).meta.timeAnchoring, { value: "narrative", source: "detected" });
  });
  it("reads a JSONL line's timeAnchoring and refuses a wrong one with a typed error", () => {
    const raw = (s: string) => ({ line: 1, bytes: Buffer.from(s), length: s.length });
    assert.equal(parseRecord(raw('{"id":"a","text":"x","timeAnchoring":"narrative"}'), "f:1").timeAnchoring, "narrative");
    assert.throws(() => parseRecord(raw('{"id":"a","text":"x","timeAnchoring":"story"}'), "f:1"), { code: "E_JSONL_FIELD" });
  });
  it("is absent when the time stage did not run", () => {
    const a = analyze({ text: NEWS }, { language: "de", stages: ["structure"] });
    assert.equal(a.meta.timeAnchoring, undefined);
  });
});

describe("time: counts, nights and clock times that need no flag", () => {
  const values = (text: string, language: "de" | "en" = "de") =>
    (analyze({ text }, { language, stages: ["time"], published: FRIDAY }).times ?? []).map((t) => `${t.text} → ${t.value}`);
  it("does not read a bounded count as a year", () => {
    assert.deepEqual(values("Mehr als 1000 interne Unterlagen wurden veröffentlicht."), []);
    assert.deepEqual(values("More than 2000 people attended the rally.", "en"), []);
    assert.deepEqual(values("Bis zu 2000 Menschen kamen."), []);
  });
  it("reads a round number before an adjective and a plural noun as a count, a verb after a year as a year", () => {
    assert.deepEqual(values("Das Werk schafft 2000 neue Stellen."), []);
    assert.deepEqual(values("Bereits 1918 weiße Einheiten hatten sich formiert.").length, 1);
    assert.deepEqual(values("1990 wurde Deutschland wiedervereinigt."), ["1990 → 1990"]);
  });
  it("puts the night to a day on the day before", () => {
    assert.deepEqual(values("In der Nacht zum Mittwoch brannte eine Lagerhalle."), ["Nacht zum Mittwoch → 2024-06-11TNI"]);
    assert.deepEqual(values("In der Nacht auf Samstag soll es Gewitter geben."), ["Nacht auf Samstag → 2024-06-14TNI"]);
    assert.deepEqual(values("In der Nacht zum 3. Mai 2024 brannte es."), ["Nacht zum 3. Mai 2024 → 2024-05-02TNI"]);
    const unanchored = analyze({ text: "In der Nacht zum Mittwoch brannte es." }, { language: "de", stages: ["time"] }).times ?? [];
    assert.equal(unanchored[0]?.value, "XXXX-WXX-2TNI");
  });
  it("reads a German clock time without Uhr after um, not elsewhere", () => {
    assert.deepEqual(values("Die Polizei wurde am Freitag um 20:31 alarmiert."), ["Freitag → 2024-06-14", "20:31 → 2024-06-14T20:31"]);
    assert.deepEqual(values("Das Spiel endete 2:1."), []);
    assert.deepEqual(values("Der Zug kam 20:31 an."), []);
  });
});

describe("time: narrative rules (counting on from the story's last date)", () => {
  const values = (text: string, language: "de" | "en" = "de") =>
    (analyze({ text }, { language, stages: ["time"], timeAnchoring: "narrative" }).times ?? []).map((t) => `${t.text} → ${t.value}`);
  it("dates a month or season of a year given relatively", () => {
    assert.deepEqual(values("Die Stadt wurde 1241 gegründet, im Herbst desselben Jahres bekam sie eine Mauer, im März des folgenden Jahres eine Kirche."), [
      "1241 → 1241",
      "Herbst desselben Jahres → 1241-FA",
      "März des folgenden Jahres → 1242-03",
    ]);
    assert.deepEqual(values("The company was founded in 1846, and in the fall of that year a line opened.", "en"), ["1846 → 1846", "fall of that year → 1846-FA"]);
  });
  it("takes the next or last such weekday after the day given", () => {
    assert.deepEqual(values("Am 3. März 1412 wurde verhandelt. Am Montag darauf zog der Bischof ab."), ["3. März 1412 → 1412-03-03", "Montag darauf → 1412-03-09"]);
  });
  it("gives a day without its month the month and year of the day after it", () => {
    assert.deepEqual(values("In der Nacht vom 5. zum 6. Januar 1918 wurde die Versammlung aufgelöst."), ["Nacht vom 5. → 1918-01-05TNI", "6. Januar 1918 → 1918-01-06"]);
  });
  it("counts weeks on from a day to a day", () => {
    assert.deepEqual(values("Am 1. Juli 1919 begann der Angriff. Zwei Wochen später war er gescheitert."), ["1. Juli 1919 → 1919-07-01", "Zwei Wochen später → 1919-07-15"]);
  });
});
