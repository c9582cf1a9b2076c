import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import type { TimeExpression } from "../../../src/model/types.js";
import { timeStage } from "../../../src/stages/time/index.js";
import { assertValidAnalysis } from "../../helpers/validate.js";
import { sentencesDoc } from "./doc.js";

type Lang = "de" | "en";

function timesOf(text: string, published: string | null, language: Lang = "de", anchoring: "news" | "narrative" = "news"): TimeExpression[] {
  const a = analyze({ text }, { language, stages: ["time"], timeAnchoring: anchoring, ...(published ? { published } : {}) });
  assertValidAnalysis(a);
  return a.times ?? [];
}

/** "text → value" of every expression, for compact comparisons. */
function values(text: string, published: string | null, language: Lang = "de", anchoring: "news" | "narrative" = "news"): string[] {
  return timesOf(text, published, language, anchoring).map((t) => `${t.text} → ${t.value}`);
}

/** Published on Friday 2024-06-14 unless a test says otherwise. */
const FRIDAY = "2024-06-14";
const WEDNESDAY = "2024-06-12";

describe("time (German, news mode)", () => {
  it("matches regardless of case and keeps offsets after letters whose lowercase is longer", () => {
    assert.deepEqual(values("AM 14. JUNI 2024 SPRACH ER.", FRIDAY), ["14. JUNI 2024 → 2024-06-14"]);
    const text = "İstanbul meldete am 3. Mai 2024 Regen.";
    const [t] = timesOf(text, FRIDAY);
    assert.equal(t?.text, "3. Mai 2024");
    assert.equal(text.slice(t?.start, t?.end), "3. Mai 2024");
  });
  it("keeps a time zone with its clock time, as a UTC offset, and local time without one", () => {
    assert.deepEqual(values("Das Beben ereignete sich um 20:31 MEZ, ein Nachbeben um 2 Uhr MESZ.", FRIDAY), [
      "20:31 MEZ → 2024-06-14T20:31+01:00",
      "2 Uhr MESZ → 2024-06-14T02:00+02:00",
    ]);
    assert.deepEqual(values("Die Sitzung begann um 15 Uhr Ortszeit.", FRIDAY), ["15 Uhr Ortszeit → 2024-06-14T15:00"]);
    const a = analyze({ text: "Das Beben ereignete sich um 20:31 MEZ." }, { language: "de", published: FRIDAY });
    assert.deepEqual(a.entities, [], "a zone is no organisation");
  });
  it("resolves weekdays by tense: past to the last one, future to the next one", () => {
    assert.deepEqual(values("Die Zeitung berichtete am Montag darüber.", FRIDAY), ["Montag → 2024-06-10"]);
    assert.deepEqual(values("Am Freitag sagte er das.", FRIDAY), ["Freitag → 2024-06-14"]);
    assert.deepEqual(values("Am Freitag sagte er das.", WEDNESDAY), ["Freitag → 2024-06-07"]);
    assert.deepEqual(values("Am Freitag wird er reisen.", WEDNESDAY), ["Freitag → 2024-06-14"]);
    assert.deepEqual(values("Er hat am Dienstag unterschrieben.", WEDNESDAY), ["Dienstag → 2024-06-11"]);
    // Separable verbs' participles come from the verb data: "niedergelegt" has no prefix "ge" up front.
    assert.deepEqual(values("Die Arbeiter haben am Donnerstag die Arbeit niedergelegt.", FRIDAY), ["Donnerstag → 2024-06-13"]);
    assert.deepEqual(values("Am Montag hat die Stadt den Plan mitgeteilt.", FRIDAY), ["Montag → 2024-06-10"]);
  });
  it("reads vergangenen and nächsten, and compounds with a part of the day", () => {
    assert.deepEqual(values("Am vergangenen Freitag kam er.", FRIDAY), ["vergangenen Freitag → 2024-06-07"]);
    assert.deepEqual(values("Am nächsten Freitag kommt er.", FRIDAY), ["nächsten Freitag → 2024-06-21"]);
    const [evening] = timesOf("Er sprach am Freitagabend.", FRIDAY);
    assert.deepEqual([evening?.value, evening?.type], ["2024-06-14TEV", "TIME"]);
  });
  it("resolves relative days, weeks, months and years against the publication date", () => {
    assert.deepEqual(values("Gestern kam er, heute bleibt er, morgen geht er.", FRIDAY), [
      "Gestern → 2024-06-13",
      "heute → 2024-06-14",
      "morgen → 2024-06-15",
    ]);
    assert.deepEqual(values("Die Sitzung ist diese Woche.", FRIDAY), ["diese Woche → 2024-W24"]);
    assert.deepEqual(values("Vor 24 Jahren reiste er nach Nordkorea.", FRIDAY), ["Vor 24 Jahren → 2000"]);
    assert.deepEqual(values("Vor zwei Tagen und vor drei Monaten kam er.", FRIDAY), ["Vor zwei Tagen → 2024-06-12", "vor drei Monaten → 2024-03"]);
    assert.deepEqual(values("Im vergangenen Jahr wuchs der Umsatz.", FRIDAY), ["vergangenen Jahr → 2023"]);
  });
  it("counts a month or season from the time of writing with nächsten, vergangenen, kommenden", () => {
    assert.deepEqual(values("Der Bau soll im nächsten Frühjahr beginnen.", FRIDAY), ["nächsten Frühjahr → 2025-SP"]);
    assert.deepEqual(values("Im vergangenen März stieg der Preis.", FRIDAY), ["vergangenen März → 2024-03"]);
    assert.deepEqual(values("Im kommenden Winter wird gebaut.", FRIDAY), ["kommenden Winter → 2024-WI"]);
    assert.deepEqual(values("Der letzte Winter war mild.", "2024-01-14"), ["letzte Winter → 2022-WI"]);
  });
  it("takes the last March for past statements and the next one for plans", () => {
    assert.deepEqual(values("In einer Aussage im März vor dem Kongress sagte sie das.", FRIDAY), ["März → 2024-03"]);
    assert.deepEqual(values("Im März wird gewählt.", FRIDAY), ["März → 2025-03"]);
    assert.deepEqual(values("Putin wird im Juni Nordkorea besuchen.", FRIDAY), ["Juni → 2024-06"]);
  });
  it("reads absolute dates in every common form", () => {
    assert.deepEqual(values("Am 13. April 2023, am 13.04.2024, im April 2024 und am 1.9.39.", FRIDAY), [
      "13. April 2023 → 2023-04-13",
      "13.04.2024 → 2024-04-13",
      "April 2024 → 2024-04",
      "1.9.39 → 1939-09-01",
    ]);
    const got = timesOf("Anfang Juli wird gewählt. Mitte Mai kam es zu Protesten. Ende 2023 auch, seit 2019 gibt es sie.", FRIDAY);
    assert.deepEqual(
      got.map((t) => [t.text, t.value, t.mod]),
      [
        ["Anfang Juli", "2024-07", "START"],
        ["Mitte Mai", "2024-05", "MID"],
        ["Ende 2023", "2023", "END"],
        ["2019", "2019", "ON_OR_AFTER"],
      ],
    );
  });
  it("gives vague futures, clock times, durations and recurrences their TIMEX values", () => {
    assert.deepEqual(values("Er werde in den kommenden Tagen reisen.", FRIDAY), ["kommenden Tagen → FUTURE_REF"]);
    const got = timesOf("Um 14:30 Uhr begann die Sitzung, die drei Tage dauerte; er kommt jeden Montag, anderthalb Jahre lang.", FRIDAY);
    assert.deepEqual(
      got.map((t) => [t.text, t.type, t.value]),
      [
        ["14:30 Uhr", "TIME", "2024-06-14T14:30"],
        ["drei Tage", "DURATION", "P3D"],
        ["jeden Montag", "SET", "XXXX-WXX-1"],
        ["anderthalb Jahre", "DURATION", "P1Y6M"],
      ],
    );
  });
  it("tells years from counts", () => {
    assert.deepEqual(values("Rund 2000 Soldaten und 1500 Euro.", FRIDAY), []);
    assert.deepEqual(values("1939 marschierte die Armee ein.", FRIDAY), ["1939 → 1939"]);
    assert.deepEqual(values("Sie war 1998 Europameisterin und ist seit 2001 Trainerin.", FRIDAY), ["1998 → 1998", "2001 → 2001"]);
  });
  it("reads quarters", () => {
    assert.deepEqual(values("Im ersten Quartal stieg der Umsatz, im dritten Quartal 2023 fiel er. Im zweiten Quartal wird er steigen.", FRIDAY), [
      "ersten Quartal → 2024-Q1",
      "dritten Quartal 2023 → 2023-Q3",
      "zweiten Quartal → 2024-Q2",
    ]);
    assert.deepEqual(values("Profits rose in the first quarter.", FRIDAY, "en"), ["first quarter → 2024-Q1"]);
  });
  it("reads für Montag as a plan and the gestrigen Samstag as yesterday", () => {
    assert.deepEqual(values("Weitere Aktionen sind für Montag angekündigt.", FRIDAY), ["Montag → 2024-06-17"]);
    assert.deepEqual(values("Am gestrigen Donnerstag kam es zu Protesten.", FRIDAY), ["gestrigen Donnerstag → 2024-06-13"]);
  });
  it("shares the year along ranges and lists", () => {
    assert.deepEqual(values("Die Luftschlacht (10. Juli bis 31. Oktober 1940) und der Mai/Juni 1940.", FRIDAY), [
      "10. Juli → 1940-07-10",
      "31. Oktober 1940 → 1940-10-31",
      "Mai → 1940-05",
      "Juni 1940 → 1940-06",
    ]);
    assert.deepEqual(values("Zwischen dem 15. und 21. Mai 1942 fanden die Kämpfe statt.", FRIDAY), ["15. → 1942-05-15", "21. Mai 1942 → 1942-05-21"]);
  });
  it("leaves relative expressions unanchored without a publication date", () => {
    const got = timesOf("Gestern sagte er, am Freitag sei er in Rom gewesen, im März auch.", null);
    assert.deepEqual(
      got.map((t) => [t.text, t.value, t.anchor]),
      [
        ["Gestern", "XXXX-XX-XX", "none"],
        ["Freitag", "XXXX-WXX-5", "none"],
        ["März", "XXXX-03", "none"],
      ],
    );
  });
  it("says how to anchor them", () => {
    const a = analyze({ text: "Gestern kam er." }, { language: "de", stages: ["time"] });
    assert.deepEqual(
      a.diagnostics.filter((d) => d.source === "time").map((d) => [d.code, d.place]),
      [["I_TIME_UNANCHORED", { start: 0, end: 7 }]],
    );
  });
  it("does not anchor times in boilerplate blocks on the publication date", () => {
    const { doc, ctx } = sentencesDoc("Österreich hat am 13. April eine Änderung eingeführt.", { published: FRIDAY });
    const boilerplate = { ...doc, blocks: doc.blocks.map((b) => ({ ...b, kind: "boilerplate" as const })) };
    const [t] = timeStage.run(boilerplate, ctx).times ?? [];
    assert.deepEqual([t?.value, t?.anchor], ["XXXX-04-13", "none"]);
    const [body] = timeStage.run(doc, ctx).times ?? [];
    assert.deepEqual([body?.value, body?.anchor], ["2024-04-13", "publication"]);
  });
});

describe("time (German, narrative mode)", () => {
  it("anchors on the last date the text gave", () => {
    const text =
      "Am 1. September 1939 begann der Angriff. Zwei Tage später erklärten Großbritannien und Frankreich den Krieg. " +
      "Am 22. Juni wurde ein Waffenstillstand geschlossen. Heute erinnert ein Denkmal daran.";
    assert.deepEqual(values(text, FRIDAY, "de", "narrative"), [
      "1. September 1939 → 1939-09-01",
      "Zwei Tage später → 1939-09-03",
      "22. Juni → 1939-06-22",
      "Heute → PRESENT_REF",
    ]);
  });
  it("does not move the narrative to a year named after seit or ab", () => {
    const text = "Am 6. Juni 1944 landeten die Alliierten, nach ab 1941 ausgearbeiteten Plänen. Am 25. Juli begann der Ausbruch.";
    assert.deepEqual(values(text, null, "de", "narrative").at(-1), "25. Juli → 1944-07-25");
  });
  it("stays before Christ once the story is there", () => {
    const text = "Im Jahr 490 v. Chr. landeten die Perser. Zehn Jahre später kamen sie wieder, im Jahr 479 siegten die Griechen.";
    assert.deepEqual(values(text, null, "de", "narrative"), ["Jahr 490 v. Chr. → BC0490", "Zehn Jahre später → BC0480", "Jahr 479 → BC0479"]);
  });
  it("reads centuries and decades", () => {
    assert.deepEqual(values("Im 20. Jahrhundert, in den 1930er-Jahren und im 6. Jahrhundert v. Chr.", null, "de", "narrative"), [
      "20. Jahrhundert → 19",
      "1930er-Jahren → 193",
      "6. Jahrhundert v. Chr. → BC05",
    ]);
  });
});

describe("time (English)", () => {
  it("counts a month or season from the time of writing: next spring, last March, this summer", () => {
    assert.deepEqual(values("Construction would begin next spring, she said.", FRIDAY, "en"), ["next spring → 2025-SP"]);
    assert.deepEqual(values("Construction began last winter.", FRIDAY, "en"), ["last winter → 2023-WI"]);
    assert.deepEqual(values("It will happen next March.", FRIDAY, "en"), ["next March → 2025-03"]);
    assert.deepEqual(values("It happens this summer.", FRIDAY, "en"), ["this summer → 2024-SU"]);
    assert.deepEqual(values("This may change.", FRIDAY, "en"), []);
  });
  it("keeps a time zone with its clock time, and local time without an offset", () => {
    assert.deepEqual(values("Polls close at 8 p.m. EST; the count starts at 01:00 GMT.", FRIDAY, "en"), [
      "8 p.m. EST → 2024-06-14T20:00-05:00",
      "01:00 GMT → 2024-06-14T01:00Z",
    ]);
    assert.deepEqual(values("The blast was heard at 10:15 local time.", FRIDAY, "en"), ["10:15 local time → 2024-06-14T10:15"]);
  });
  it("resolves on Friday, last week, in March and two days ago against the publication date", () => {
    assert.deepEqual(values("The minister said on Friday that talks failed last week.", WEDNESDAY, "en"), [
      "Friday → 2024-06-07",
      "last week → 2024-W23",
    ]);
    assert.deepEqual(values("The inspection was carried out in March, two days ago he resigned.", FRIDAY, "en"), [
      "March → 2024-03",
      "two days ago → 2024-06-12",
    ]);
    assert.deepEqual(values("The council will meet on Monday and again next Monday.", WEDNESDAY, "en"), [
      "Monday → 2024-06-17",
      "next Monday → 2024-06-17",
    ]);
  });
  it("reads absolute dates, decades, times and the modal may apart from the month", () => {
    assert.deepEqual(values("On June 14, 2024 and 3 May 2023, in the 1990s. It may rain tonight.", FRIDAY, "en"), [
      "June 14, 2024 → 2024-06-14",
      "3 May 2023 → 2023-05-03",
      "1990s → 199",
      "tonight → 2024-06-14TNI",
    ]);
    assert.deepEqual(values("The hearing starts at 2:30 p.m. and ends at 5 o'clock.", FRIDAY, "en"), [
      "2:30 p.m. → 2024-06-14T14:30",
      "5 o'clock → 2024-06-14T05:00",
    ]);
  });
});
