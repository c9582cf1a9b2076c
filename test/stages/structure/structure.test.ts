import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { SHARED, skipUnlessShared } from "../../helpers/shared.js";
import { assertValidAnalysis } from "../../helpers/validate.js";

const kinds = (text: string, language: "de" | "en" = "de") =>
  analyze({ text }, { language, stages: ["structure"] }).blocks.map((b) => [b.kind, b.text.slice(0, 30)]);

const PARAGRAPH = {
  de: "Die Stadt hat die alte Brücke am Montag gesperrt, nachdem Ingenieure Risse an zwei Pfeilern gefunden hatten, sagte ein Sprecher.",
  en: "The city closed the old bridge on Monday after engineers found cracks in two of its piers, a spokesman said.",
} as const;

describe("structure", () => {
  it("finds kicker, headline, lead, caption, credit, body, related and an appeal in plain text", () => {
    const text = [
      "Politik",
      "",
      "Regierung kündigt Sparpaket an",
      "",
      "Die Bundesregierung will im kommenden Jahr 20 Milliarden Euro sparen. Das kündigte der Finanzminister an.",
      "Der Finanzminister in Berlin.Foto: dpa/Kay Nietfeld",
      "",
      "Betroffen seien vor allem Förderprogramme, sagte der Minister am Montag.",
      "",
      "Die Opposition kritisierte die Pläne scharf.",
      "",
      "Lesen Sie auch: Was das Sparpaket für Familien bedeutet",
      "",
      "Gefällt Euch unsere Arbeit? Dann unterstützt uns mit einer Spende und abonniert unseren Newsletter. Teilt unsere Artikel!",
    ].join("\n");
    assert.deepEqual(kinds(text), [
      ["kicker", "Politik"],
      ["headline", "Regierung kündigt Sparpaket an"],
      ["lead", "Die Bundesregierung will im ko"],
      ["caption", "Der Finanzminister in Berlin."],
      ["credit", "Foto: dpa/Kay Nietfeld"],
      ["body", "Betroffen seien vor allem Förd"],
      ["body", "Die Opposition kritisierte die"],
      ["related", "Lesen Sie auch: Was das Sparpa"],
      ["promo", "Gefällt Euch unsere Arbeit? Da"],
    ]);
  });

  it("treats a text without a headline as body and joins hard-wrapped lines", () => {
    const text =
      "Der Stadtrat hat am Dienstag beschlossen, die Brücke zu sanieren, obwohl\n" +
      "die Kosten deutlich höher ausfallen als geplant. Die Arbeiten sollen im\n" +
      "Frühjahr beginnen und bis zum Herbst dauern, teilte die Stadt mit, die\n" +
      "mit Einschränkungen für den Verkehr rechnet.\n";
    assert.deepEqual(kinds(text).map((k) => k[0]), ["body"]);
  });

  it("marks subheadings between paragraphs", () => {
    const text = "Titel der Meldung\n\nErster Absatz mit einem ganzen Satz.\n\nWie es weitergeht\n\nZweiter Absatz mit einem ganzen Satz.";
    assert.deepEqual(kinds(text).map((k) => k[0]), ["headline", "lead", "subheading", "body"]);
  });

  it("does not take news about blocked websites for an appeal", () => {
    const text =
      "Die Behörde hat am Montag mehrere Websites gesperrt. Betroffen seien Seiten, die Falschinformationen verbreiteten, hieß es. Auch soziale Medien hätten Accounts blockiert.";
    assert.deepEqual(kinds(text).map((k) => k[0]), ["body"]);
  });

  it("reads English pages too", () => {
    const text = "WORLD\n\nStorm hits coast\n\nA storm hit the coast on Monday. Thousands lost power.\nA flooded street in Miami.Photo: AP/Jane Doe\n\nOfficials said the damage was severe.\n\nRead more: How storms form";
    assert.deepEqual(kinds(text, "en").map((k) => k[0]), ["kicker", "headline", "lead", "caption", "credit", "body", "related"]);
  });

  it("gives the seed article its 14 blocks and its credit", { skip: skipUnlessShared("seed/article.txt") }, () => {
    const text = readFileSync(SHARED + "seed/article.txt", "utf8");
    const a = analyze({ text, id: "seed" }, { published: "2024-06-14" });
    assertValidAnalysis(a);
    const gold = JSON.parse(readFileSync(SHARED + "seed/gold.json", "utf8")) as { blocks: Array<{ kind: string; startsWith: string }> };
    const got = a.blocks.map((b) => ({ kind: b.kind, text: b.text }));
    for (const gb of gold.blocks) {
      const i = got.findIndex((b) => b.kind === gb.kind && b.text.startsWith(gb.startsWith));
      assert.ok(i >= 0, `missing ${gb.kind}: ${gb.startsWith}`);
      got.splice(i, 1);
    }
    assert.equal(a.blocks.length, gold.blocks.length);
    assert.deepEqual(a.credits.map((c) => [c.kind, c.agency, c.person]), [["image", "AFP", "MIKHAIL METZEL"]]);
  });

  it("takes a line crediting reporters and editors for an article credit", () => {
    const text = "Brücke gesperrt\n\nThe city closed the old bridge on Monday after engineers found cracks in two of its piers.\n\nReporting by Anna Muster; Editing by Max Beispiel\n\nJane Doe and John Roe contributed to this report.";
    const a = analyze({ text }, { language: "en", stages: ["structure"] });
    assert.deepEqual(a.blocks.slice(-2).map((b) => [b.kind, b.reason]), [["credit", "credit line"], ["credit", "credit line"]]);
    assert.deepEqual(a.credits.map((c) => [c.kind, c.person]), [["article", "Anna Muster, Max Beispiel"], ["article", "Jane Doe, John Roe"]]);
  });

  it("sets promo lines apart, but not imperatives in how-to lists or reporting", () => {
    const reasons = (text: string, language: "de" | "en" = "en") =>
      analyze({ text }, { language, stages: ["structure"] }).blocks.map((b) => [b.kind, b.reason ?? ""]);
    assert.deepEqual(reasons("Follow @stadtbote on Twitter for more local news.")[0], ["promo", "promo: Follow"]);
    assert.deepEqual(reasons("Folgen Sie dem Stadtboten auf Instagram und Telegram.", "de")[0], ["promo", "promo: Folgen Sie"]);
    assert.deepEqual(reasons("Follow the river north for two miles and the bridge comes into view.")[0]?.[0], "body");
  });

  it("marks disclosure, citation and privacy-notice lines as boilerplate and newsletter lines as promos by their markers", () => {
    const kindOf = (text: string, language: "de" | "en") => {
      const a = analyze({ text: `Brücke gesperrt\n\n${PARAGRAPH[language]}\n\n${text}` }, { language, stages: ["structure"] });
      return a.blocks.at(-1)?.kind;
    };
    for (const line of [
      "We recommend the best products through an independent review process. We may receive compensation when you click on links.",
      "Suggested citation: Muster, Anna: Die Brücke in der Krise, Stadtblog, 2024/6/14.",
    ]) assert.equal(kindOf(line, "en"), "boilerplate", line);
    for (const line of [
      "If you enjoyed reading this post, would you consider supporting our work?",
      "Never miss the latest news by signing up to our newsletter today!",
    ]) assert.equal(kindOf(line, "en"), "promo", line);
    for (const line of [
      "Was sind Cookies?",
      "Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben zur Bearbeitung der Anfrage gespeichert.",
    ]) assert.equal(kindOf(line, "de"), "boilerplate", line);
    assert.equal(kindOf("Mit unserem Newsletter verpassen Sie keine Neuigkeit aus der Stadt.", "de"), "promo");
  });

  it("keeps an h1 followed by a byline as the headline, not as a caption before a credit", () => {
    const page = `<html><body><h1>Brücke gesperrt</h1><div><p class="credit">By Anna Muster</p><p>${PARAGRAPH.en}</p><p>${PARAGRAPH.en}</p></div></body></html>`;
    const a = analyze({ html: page }, { language: "en", stages: ["structure"] });
    assert.deepEqual(a.blocks.slice(0, 2).map((b) => b.kind), ["headline", "credit"]);
  });

  it("does not take a long paragraph about subscriptions for an appeal when the outlet does not speak", () => {
    const deal =
      "This deal only works for new subscribers of the music service, but you do not have to be a member of the shopping club. " +
      "Sign up, and you get four months for one dollar; after that the subscription costs the usual monthly price, and you can cancel it at any time. " +
      "The plan is ad-free and includes offline listening on up to ten devices, which makes it one of the better offers of the week for anyone who streams a lot.";
    assert.equal(analyze({ text: deal }, { language: "en", stages: ["structure"] }).blocks[0]?.kind, "body");
  });
});
