import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { identifyLanguage } from "../../src/text/language.js";

describe("identifyLanguage", () => {
  it("tells German from English in ordinary news sentences", () => {
    const de = identifyLanguage("Der Bürgermeister sagte am Montag, die Stadt werde die Brücke noch in diesem Jahr sanieren lassen.");
    assert.deepEqual(de, { language: "de", reliable: true });
    const en = identifyLanguage("The mayor said on Monday that the city would have the bridge repaired before the end of the year.");
    assert.deepEqual(en, { language: "en", reliable: true });
  });

  it("counts letters only German writes when common words are few", () => {
    const g = identifyLanguage("Großübung: Feuerwehrleute üben Löscharbeiten");
    assert.equal(g?.language, "de");
  });

  it("gives no guess for texts in languages without locale data", () => {
    for (const text of [
      "Le gouvernement a annoncé mardi une réforme des retraites qui devrait entrer en vigueur l'année prochaine.",
      "El ministro de Economía presentó ayer un plan para reducir el déficit durante los próximos dos años.",
      "Il sindaco ha detto che i lavori sul ponte inizieranno entro la fine del mese di settembre.",
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
      "Calendário da temporada\n1a etapa: 10 de março – Lisboa\n2a etapa: 8 de abril – Porto\n3a etapa: 22 de abril – Braga\n4a etapa: 6 de maio – Faro",
    ]) {
      const g = identifyLanguage(text);
      assert.ok(g === null || !g.reliable, `${text} → ${JSON.stringify(g)}`);
    }
  });

  it("marks a short or mixed text as unreliable rather than guessing boldly", () => {
    const mixed = identifyLanguage("Die Band spielte „Born in the U.S.A.“ und „The River“");
    assert.ok(mixed === null || !mixed.reliable || mixed.language === "de");
    assert.equal(identifyLanguage("12 345 — 678"), null);
    assert.equal(identifyLanguage(""), null);
  });
});
