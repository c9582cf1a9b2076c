import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import { getLocale } from "../../../src/locales/index.js";
import { span } from "../../../src/model/span.js";
import { findNamesAgain, type Cluster } from "../../../src/stages/entities/cluster.js";
import { lexiconFor } from "../../../src/stages/entities/lexicon.js";
import { abbreviates } from "../../../src/stages/entities/mentions.js";
import { nounSet } from "../../../src/stages/entities/resources.js";
import { byName, entitiesOf, mentionTexts } from "./helpers.js";

/** The entities stage's units for a text: its sentences with their token ranges and German tools. */
function unitsOf(text: string) {
  const a = analyze({ text }, { language: "de", stages: ["sentences"], tokens: true });
  const tokens = a.tokens ?? [];
  const tools = { lex: lexiconFor(getLocale("de")), nouns: nounSet("de") };
  const units = (a.sentences ?? []).map((s, index) => ({
    index,
    from: tokens.findIndex((t) => t.start >= s.start),
    to: tokens.filter((t) => t.end <= s.end).length,
    tools,
  }));
  return { tokens, units };
}

function clusterOf(text: string, type: Cluster["type"], name: string, at: number, form: "name" | "acronym" = "name"): Cluster {
  return { type, name, fixed: false, mentions: [{ ...span(text, at, at + name.length), form, sentence: 0 }] };
}

describe("organisation phrases, acronyms, names found again, tagger spans that name nothing", () => {
  it("reads a head word with a genitive as one organisation", () => {
    const entities = entitiesOf("Der Zentralverband der deutschen Seehafenbetriebe warnte vor den Folgen.");
    const zds = byName(entities, "Zentralverband der deutschen Seehafenbetriebe");
    assert.equal(zds.type, "organization");
    assert.deepEqual(mentionTexts(zds), ["Zentralverband der deutschen Seehafenbetriebe"]);
    assert.equal(
      entities.some((e) => e.name === "Seehafenbetriebe"),
      false,
    );
  });
  it("reads a head word with 'für' and joined words as one organisation", () => {
    const entities = entitiesOf("Nach Angaben des Bundesamtes für Migration und Flüchtlinge stieg die Zahl der Anträge.");
    const bamf = entities.find((e) => e.type === "organization" && e.mentions.some((m) => m.text === "Bundesamtes für Migration und Flüchtlinge"));
    assert.ok(bamf, `entities: ${entities.map((e) => e.name).join(", ")}`);
  });
  it("reads a head word before a place as one organisation", () => {
    const entities = entitiesOf("Die Universität Hamburg hat gegen den Bescheid geklagt.");
    assert.equal(byName(entities, "Universität Hamburg").type, "organization");
    assert.equal(
      entities.some((e) => e.name === "Hamburg"),
      false,
    );
  });
  it("leaves a government with a country's genitive alone", () => {
    const entities = entitiesOf("Die Regierung der USA widersprach am Abend.");
    assert.equal(
      entities.some((e) => e.type === "organization" && /Regierung/.test(e.name)),
      false,
    );
    assert.equal(byName(entities, "Vereinigte Staaten").type, "location");
  });
  it("makes an acronym in parentheses after a name a mention of the same entity", () => {
    const entities = entitiesOf("Das Bundesamt für Migration und Flüchtlinge (BAMF) teilte am Montag mit, es prüfe die Fälle.");
    const bamf = byName(entities, "Bundesamt für Migration und Flüchtlinge");
    assert.deepEqual(
      bamf.mentions.map((m) => [m.text, m.form ?? "name"]),
      [
        ["Bundesamt für Migration und Flüchtlinge", "name"],
        ["BAMF", "acronym"],
      ],
    );
    assert.equal(entities.filter((e) => e.name === "BAMF").length, 0);
  });
  it("does not take a parenthesised word that cannot abbreviate the name", () => {
    const entities = entitiesOf("Der Zentralverband der deutschen Seehafenbetriebe (USA) warnte.");
    assert.deepEqual(mentionTexts(byName(entities, "Zentralverband der deutschen Seehafenbetriebe")), ["Zentralverband der deutschen Seehafenbetriebe"]);
  });
  it("finds a name again where it occurs bare later in the article", () => {
    const text = "Der Zentralverband der deutschen Seehafenbetriebe (ZDS) warnte. Sie habe mit Vertretern von Verdi und dem ZDS telefoniert.";
    const entities = entitiesOf(text);
    const zds = byName(entities, "Zentralverband der deutschen Seehafenbetriebe");
    assert.equal(zds.type, "organization");
    assert.deepEqual(mentionTexts(zds), ["Zentralverband der deutschen Seehafenbetriebe", "ZDS", "ZDS"]);
    assert.deepEqual(
      zds.mentions.map((m) => m.start),
      [4, text.indexOf("ZDS"), text.lastIndexOf("ZDS")],
    );
    for (const m of zds.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(byName(entities, "Verdi").type, "organization");
    assert.equal(entities.filter((e) => e.mentions.some((m) => m.text === "ZDS")).length, 1);
  });
  it("makes a bare acronym before the name (a headline's) a mention of it too", () => {
    const text = "ZDS warnt vor Streik\n\nDer Zentralverband der deutschen Seehafenbetriebe (ZDS) warnte am Montag.";
    const entities = entitiesOf(text);
    const zds = byName(entities, "Zentralverband der deutschen Seehafenbetriebe");
    assert.deepEqual(
      zds.mentions.map((m) => m.start),
      [0, text.indexOf("Zentralverband"), text.lastIndexOf("ZDS")],
    );
    assert.equal(entities.filter((e) => e.mentions.some((m) => m.text === "ZDS")).length, 1);
  });
  it("finds a name again where the tagger alone misses it", () => {
    const text = "Der Zentralverband der deutschen Seehafenbetriebe (ZDS) warnte. Laut ZDS seien die Häfen überlastet.";
    const zds = byName(entitiesOf(text), "Zentralverband der deutschen Seehafenbetriebe");
    assert.deepEqual(
      zds.mentions.map((m) => [m.start, m.form]),
      [
        [4, "name"],
        [text.indexOf("ZDS"), "acronym"],
        [text.lastIndexOf("ZDS"), "acronym"],
      ],
    );
  });
  it("reads a head word with a genitive adjective and noun as one organisation", () => {
    const entities = entitiesOf("Der Verband Kommunaler Unternehmen (VKU) warnte. Nach Einschätzung des VKU fehlen Milliarden.");
    assert.deepEqual(mentionTexts(byName(entities, "Verband Kommunaler Unternehmen")), ["Verband Kommunaler Unternehmen", "VKU", "VKU"]);
  });
  it("keeps one entity for a name the tagger types differently in two places", () => {
    const entities = entitiesOf("Die Firma Quantexa Solutions baut ab. Gegen die Pläne von Quantexa Solutions protestierten gestern viele.");
    assert.equal(entities.filter((e) => e.name === "Quantexa Solutions").length, 1);
    assert.equal(byName(entities, "Quantexa Solutions").mentions.length, 2);
  });
  it("spreads names, but not one-word names that are common nouns or never names", () => {
    const text = "Stern und Quantexa und ZDS. Ein Stern, Quantexa, der ZDS.";
    const { tokens, units } = unitsOf(text);
    const stern = clusterOf(text, "organization", "Stern", 0);
    const quantexa = clusterOf(text, "organization", "Quantexa", text.indexOf("Quantexa"));
    const zds = clusterOf(text, "organization", "ZDS", text.indexOf("ZDS"), "acronym");
    findNamesAgain(text, tokens, [stern, quantexa, zds], units);
    assert.deepEqual(
      stern.mentions.map((m) => m.text),
      ["Stern"],
    );
    assert.deepEqual(
      quantexa.mentions.map((m) => [m.start, m.form]),
      [
        [text.indexOf("Quantexa"), "name"],
        [text.lastIndexOf("Quantexa"), "name"],
      ],
    );
    assert.deepEqual(
      zds.mentions.map((m) => [m.start, m.form]),
      [
        [text.indexOf("ZDS"), "acronym"],
        [text.lastIndexOf("ZDS"), "acronym"],
      ],
    );
  });
  it("does not spread a name two entities share", () => {
    const text = "Quantexa hier, Quantexa dort. Und Quantexa.";
    const { tokens, units } = unitsOf(text);
    const a = clusterOf(text, "organization", "Quantexa", 0);
    const b = clusterOf(text, "person", "Quantexa", text.indexOf("Quantexa", 1));
    findNamesAgain(text, tokens, [a, b], units);
    assert.equal(a.mentions.length + b.mentions.length, 2);
  });
  it("tells whether an acronym can abbreviate a name", () => {
    assert.equal(abbreviates("BAMF", "Bundesamt für Migration und Flüchtlinge"), true);
    assert.equal(abbreviates("ZDS", "Zentralverband der deutschen Seehafenbetriebe"), true);
    assert.equal(abbreviates("USA", "Zentralverband der deutschen Seehafenbetriebe"), false);
    assert.equal(abbreviates("ZXQ", "Zentralverband der deutschen Seehafenbetriebe"), false);
  });
  it("makes a town named like a person's surname in the article that person", () => {
    const entities = entitiesOf("Gesundheitsministerin Petra Vogt (SPD) wies die Kritik zurück. „Niemand wird schlechter versorgt“, sagte Vogt im Landtag.");
    assert.deepEqual(mentionTexts(byName(entities, "Petra Vogt")), ["Petra Vogt", "Vogt"]);
    assert.equal(
      entities.some((e) => e.type === "location"),
      false,
    );
    // Without the person, the town stays a town.
    assert.equal(byName(entitiesOf("Die Feuerwehr in Vogt rückte aus."), "Vogt").type, "location");
  });
  it("makes a surname the tagger took for a place that person (no town of that name is listed)", () => {
    const text = "Das kündigte die Vorsitzende der Gesundheitsministerkonferenz, Petra Köpping, am Mittwoch in Dresden an.\n\n„Wir lassen uns nicht erpressen“, sagte Köpping.";
    const entities = entitiesOf(text);
    assert.deepEqual(mentionTexts(byName(entities, "Petra Köpping")), ["Petra Köpping", "Köpping"]);
    assert.deepEqual(
      entities.filter((e) => e.type === "location").map((e) => e.name),
      ["Dresden"],
    );
  });
  it("drops tagger spans without a name's letters: single letters and numbers", () => {
    const entities = entitiesOf("Die Tabelle zeigt die Werte für S und E im Jahr 1993 . Gruppe M gewann 3/3 Spiele .");
    assert.deepEqual(
      entities.map((e) => e.name),
      [],
    );
    assert.equal(byName(entitiesOf("Er fuhr auf der A 7 nach Norden ."), "A 7").type, "location");
  });
  it("takes no closed-class word capitalised at a sentence's start for a name", () => {
    const text = "Insgesamt mussten 200 Menschen die Halle verlassen. Ebenso sperrte die Polizei die Brücke. Dazu kamen Schaulustige.";
    assert.deepEqual(entitiesOf(text).map((e) => e.name), []);
  });
});
