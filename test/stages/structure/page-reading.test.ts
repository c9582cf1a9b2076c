import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { assertValidAnalysis } from "../../helpers/validate.js";

const FRIDAY = "2024-06-14";
const blocksOf = (text: string, language: "de" | "en" = "de") => {
  const a = analyze({ text }, { language, stages: ["structure"], published: FRIDAY });
  assertValidAnalysis(a);
  return a.blocks;
};
const kindOf = (text: string, line: string, language: "de" | "en" = "de") => blocksOf(text, language).find((b) => b.text.startsWith(line))?.kind;
const article = (middle: string, language: "de" | "en" = "de") =>
  language === "de"
    ? `Stadt baut neue Brücke\n\nDie Stadt will bis 2027 eine neue Brücke bauen, beschloss der Stadtrat am Donnerstag.\n\n${middle}\n\nDie Kosten liegen nach Angaben der Stadt bei rund 40 Millionen Euro, sagte ein Sprecher.`
    : `City to build new bridge\n\nThe city will build a new bridge by 2027, the council decided on Thursday.\n\n${middle}\n\nThe cost is around 40 million dollars, a spokesman said.`;

describe("promos: the outlet's offers named, called for and pitched", () => {
  it("sets newsletter, subscription, push and support lines apart as promos, German and English", () => {
    for (const line of [
      "[Alle Updates zur Brücke in unserem Newsletter – hier anmelden]",
      "Neu: Testen Sie jetzt unser Plus-Abo einen Monat kostenlos.",
      "Aktivieren Sie die Push-Benachrichtigungen, um keine Eilmeldung zu verpassen.",
      "Melden Sie sich hier für den Newsletter an.",
      "Unterstützen Sie unabhängigen Journalismus!",
      "[Alle Neuigkeiten zur Brücke in unserem Newsletter – jetzt hier kostenlos abonnieren!]",
      "Das Wichtigste aus der Region im Newsletter: jetzt kostenlos bestellen!",
    ]) assert.equal(kindOf(article(line), line), "promo", line);
    for (const line of [
      "[Get all the bridge updates in our newsletter – sign up here]",
      "New: try our Plus subscription free for a month.",
      "Turn on push notifications so you never miss breaking news.",
      "Sign up for the newsletter here.",
      "Support independent journalism!",
    ]) assert.equal(kindOf(article(line, "en"), line, "en"), "promo", line);
  });
  it("leaves reporting and advice about someone else's subscriptions alone", () => {
    for (const line of [
      "Prüfen Sie Ihr Abo regelmäßig, rät die Verbraucherzentrale.",
      "Der Verein verschickt seinen Newsletter künftig nur noch digital.",
      "Kunden können das Abo jederzeit kündigen, teilte der Anbieter mit.",
      "Den Newsletter der Stadt können Bürger kostenlos abonnieren, sagte ein Sprecher.",
    ]) assert.equal(kindOf(article(line), line), "body", line);
    for (const line of ["Readers can subscribe to the council's newsletter, the mayor said.", "Check your subscriptions regularly, consumer advocates say."]) {
      assert.equal(kindOf(article(line, "en"), line, "en"), "body", line);
    }
  });
  it("keeps an appeal to share as boilerplate and an appeal for money as a promo", () => {
    const share = "Wenn Euch unsere Artikel gefallen, teilt sie gern überall, wo Ihr aktiv seid. Unsere Website wurde gesperrt.";
    assert.equal(kindOf(article(share), "Wenn Euch"), "boilerplate");
    const money = "Gefällt Euch unsere Arbeit? Dann unterstützt uns mit einer Spende und abonniert unseren Newsletter.";
    assert.equal(kindOf(article(money), "Gefällt Euch"), "promo");
  });
});

describe("page furniture inside the body", () => {
  it("reads picture credits on their own line as credits", () => {
    const a = analyze({ text: article("Die geplante Brücke.\nBildrechte: picture alliance/dpa | Max Muster") }, { language: "de", stages: ["structure"] });
    assert.deepEqual(
      a.blocks.filter((b) => b.kind === "caption" || b.kind === "credit").map((b) => b.kind),
      ["caption", "credit"],
    );
    assert.equal(a.credits[0]?.agency, "picture alliance/dpa");
  });
  it("marks broadcast notes, print-edition footers, gallery counters and labels as boilerplate", () => {
    for (const line of [
      "Über dieses Thema berichtete Radio Musterstadt am 13. Juni 2024 in den Nachrichten.",
      "Dieser Artikel erschien in der gedruckten Ausgabe vom 14. Juni 2024.",
      "Bild 3 von 12",
      "Bildergalerie: So sieht die neue Brücke aus",
    ]) assert.equal(kindOf(article(line), line), "boilerplate", line);
    for (const line of [
      "This story was featured on Riverton Radio's evening news on June 13, 2024.",
      "A version of this article appears in print on June 14, 2024, Section B, Page 2.",
      "Image 3 of 12",
    ]) assert.equal(kindOf(article(line, "en"), line, "en"), "boilerplate", line);
  });
  it("marks the headline printed again as a subheading, and a title repeated over every picture", () => {
    const text = article("Stadt baut neue Brücke\n\nSo sieht die Brücke aus\nDer Entwurf von Norden.Foto: Stadt\nSo sieht die Brücke aus\nDer Entwurf von Süden.Foto: Stadt");
    const repeated = blocksOf(text).filter((b) => b.kind === "boilerplate").map((b) => b.reason);
    assert.deepEqual(repeated, ["repeats the headline", "gallery title repeated per picture", "gallery title repeated per picture"]);
    assert.equal(blocksOf(text)[0]?.kind, "headline");
  });
  it("reads a line set off by an arrow as a teaser, but not a quotation in German marks", () => {
    assert.equal(kindOf(article("→ Alle Infos zum Brückenbau"), "→"), "related");
    assert.equal(kindOf(article("▶ Lesen Sie auch: Was die Brücke kostet"), "▶"), "related");
    assert.equal(kindOf(article("»Wir bauen die Brücke«, sagte die Bürgermeisterin."), "»"), "body");
  });
  it("finds author bios at the end only", () => {
    const bio = "Anna Muster ist Redakteurin im Lokalressort und schreibt über Verkehr.";
    assert.equal(kindOf(article(`Weitere Pläne sollen folgen.\n\n${bio}`), bio), "body", "a bio-like paragraph before the last one is text");
    const atEnd = `${article("Weitere Pläne sollen folgen.")}\n\n${bio}`;
    assert.equal(kindOf(atEnd, bio), "bio");
    assert.equal(kindOf(`${article("Weitere Pläne sollen folgen.", "en")}\n\nJane Roe is a staff writer covering transport.`, "Jane Roe", "en"), "bio");
    assert.equal(kindOf(`${article("Weitere Pläne sollen folgen.")}\n\nZur Autorin: Anna Muster lebt in Musterstadt.`, "Zur Autorin"), "bio");
    const news = `${article("Weitere Pläne sollen folgen.")}\n\nPetra Beispiel ist Baudezernentin der Stadt.`;
    assert.equal(kindOf(news, "Petra Beispiel"), "body", "a role that is no journalist's");
  });
});

describe("interviews and live blogs", () => {
  it("keeps interview turns as blocks with their speaker's label and splits turns inside a paragraph", () => {
    const text = [
      "Interview",
      "",
      "„Wir brauchen mehr Mut“",
      "",
      "Frage: Warum dauert das so lange?",
      "",
      "Petra Beispiel: Weil zu wenig investiert wurde.",
      "",
      "Frage: Reicht das Geld? Beispiel: Nein.",
      "",
      "Frage: Kommt das Tempolimit?",
      "",
      "Beispiel: Nicht in dieser Legislaturperiode.",
    ].join("\n");
    const a = analyze({ text }, { language: "de", stages: ["structure"], published: FRIDAY });
    assertValidAnalysis(a);
    assert.equal(a.meta.genre, "interview");
    assert.deepEqual(
      a.blocks.filter((b) => b.speaker).map((b) => b.speaker?.text),
      ["Frage:", "Petra Beispiel:", "Frage:", "Beispiel:", "Frage:", "Beispiel:"],
    );
    for (const b of a.blocks) if (b.speaker) assert.equal(a.text.slice(b.speaker.start, b.speaker.end), b.speaker.text);
  });
  it("does not take labels repeated paragraph after paragraph for turns", () => {
    const text = article("Update: Die Polizei sperrt die Straße.\n\nUpdate: Die Sperrung ist aufgehoben.\n\nUpdate: Der Verkehr fließt wieder.\n\nHinweis: Die Stadt informiert.");
    const a = analyze({ text }, { language: "de", stages: ["structure"], published: FRIDAY });
    assert.ok(a.blocks.every((b) => !b.speaker));
    assert.notEqual(a.meta.genre, "interview");
  });
  it("keeps live-blog entries apart with their timestamps", () => {
    const text = [
      "Liveblog: Unwetter im Süden",
      "",
      "Starkregen hat große Schäden angerichtet.",
      "",
      "14:32 Uhr: Die Warnung ist aufgehoben.",
      "",
      "12:05 Uhr: Die Feuerwehr meldet 300 Einsätze.",
      "",
      "Die Lage bleibt angespannt.",
      "",
      "9.15 Uhr: Die Bahn stellt den Verkehr ein.",
    ].join("\n");
    const a = analyze({ text }, { language: "de", stages: ["structure"], published: FRIDAY });
    assertValidAnalysis(a);
    assert.equal(a.meta.genre, "liveblog");
    assert.deepEqual(
      a.blocks.filter((b) => b.time).map((b) => [b.text.slice(0, 12), b.time?.value]),
      [
        ["14:32 Uhr: D", "2024-06-14T14:32"],
        ["12:05 Uhr: D", "2024-06-14T12:05"],
        ["Die Lage ble", "2024-06-14T12:05"],
        ["9.15 Uhr: Di", "2024-06-14T09:15"],
      ],
    );
  });
  it("reads timestamps newest first as a live blog without being told, but not an agenda that runs forward", () => {
    const entries = (times: string[]) =>
      [
        "Unwetter im Süden",
        "",
        "Starkregen hat große Schäden angerichtet.",
        "",
        ...times.flatMap((t, i) => [`${t} Uhr: Die Feuerwehr meldet ihren ${i + 1}. großen Einsatz des Tages.`, ""]),
      ].join("\n");
    const newest = analyze({ text: entries(["14:32", "12:05", "9:15"]) }, { language: "de", stages: ["structure"], published: FRIDAY });
    assert.equal(newest.meta.genre, "liveblog");
    const agenda = analyze({ text: entries(["9:15", "12:05", "14:32"]) }, { language: "de", stages: ["structure"], published: FRIDAY });
    assert.notEqual(agenda.meta.genre, "liveblog");
    assert.ok(agenda.blocks.every((b) => !b.time));
  });
  it("names the genre the page or the text says", () => {
    const genre = (text: string, url?: string) => analyze({ text, ...(url ? { url } : {}) }, { language: "de", stages: ["structure"] }).meta.genre;
    assert.equal(genre(`Kommentar\n\n${article("Das ist richtig so.")}`), "opinion");
    assert.equal(genre(`Pressemitteilung\n\n${article("Die Stadt informiert.")}`), "press_release");
    assert.equal(genre(article("Das ist richtig so."), "https://zeitung.example/meinung/bruecke-123"), "opinion");
    assert.equal(genre(article("Das ist richtig so."), "https://zeitung.example/politik/interview-mit-der-buergermeisterin-123"), undefined, "an address alone makes no interview");
    assert.equal(genre("Brücke gesperrt\n\nMusterstadt (dpa) – Die Stadt hat die Brücke gesperrt. Ingenieure fanden Risse."), "report");
    assert.equal(genre(article("Das ist so.")), undefined);
    const page = `<html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Unwetter"}</script></head><body><article><h1>Unwetter</h1><p>${"Starkregen hat große Schäden angerichtet, sagte ein Sprecher der Feuerwehr am Freitag. ".repeat(4)}</p></article></body></html>`;
    assert.equal(analyze({ html: page }, { stages: ["structure"] }).meta.genre, "liveblog");
  });
});
