import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LOCALES } from "../../../src/locales/index.js";
import { findCredit, findDatelineCredit, parseCreditBody } from "../../../src/stages/structure/credits.js";

const locales = [LOCALES.de, LOCALES.en];
const credit = (s: string) => findCredit(s, 0, s.length, locales);

describe("credits", () => {
  it("parses agency and person in the common forms", () => {
    assert.deepEqual(parseCreditBody("AFP © MIKHAIL METZEL"), { agency: "AFP", person: "MIKHAIL METZEL" });
    assert.deepEqual(parseCreditBody("dpa/Max Muster"), { agency: "dpa", person: "Max Muster" });
    assert.deepEqual(parseCreditBody("Reuters"), { agency: "Reuters" });
    assert.deepEqual(parseCreditBody("AP/Jane Doe"), { agency: "AP", person: "Jane Doe" });
    assert.deepEqual(parseCreditBody("Jane Doe/Getty Images"), { agency: "Getty Images", person: "Jane Doe" });
    assert.deepEqual(parseCreditBody("picture alliance / dpa / Kay Nietfeld"), { agency: "picture alliance/dpa", person: "Kay Nietfeld" });
  });
  it("keeps an unknown source rather than losing it", () => {
    assert.deepEqual(parseCreditBody("privat"), { agency: "privat" });
  });
  it("splits a caption glued to its credit", () => {
    const s = "Putin reist bald nach Nordkorea – USA in AlarmstimmungQuelle: AFP © MIKHAIL METZEL";
    const found = credit(s);
    assert.ok(found);
    assert.equal(s.slice(found.start, found.end), "Quelle: AFP © MIKHAIL METZEL");
    assert.equal(found.credit.kind, "image");
    assert.equal(found.credit.agency, "AFP");
    assert.equal(found.credit.person, "MIKHAIL METZEL");
  });
  it("finds credits after a caption sentence, in brackets, and with a copyright sign", () => {
    assert.equal(credit("Der Kreml in Moskau. Foto: dpa/Max Muster")?.credit.person, "Max Muster");
    const bracketed = "Der Kreml in Moskau (Foto: Reuters)";
    const b = credit(bracketed);
    assert.equal(b?.credit.agency, "Reuters");
    assert.equal(bracketed.slice(b!.start, b!.end), "(Foto: Reuters)");
    assert.equal(credit("© Getty Images")?.credit.agency, "Getty Images");
    assert.equal(credit("Bild: Reuters")?.credit.kind, "image");
  });
  it("does not take prose for a credit", () => {
    assert.equal(credit("Die Quelle: ein Insider, der anonym bleiben wollte, sagte dies. Er kam später."), null);
    assert.equal(credit("Foto: Das Bild zeigt den Minister bei einem Besuch in Kiew, wo er mit Soldaten sprach und sich lange über die Lage an der Front informieren ließ, bevor er weiterreiste"), null);
  });
  it("reads wire credits in datelines", () => {
    const s = "Berlin (dpa) – Die Regierung will sparen.";
    const c = findDatelineCredit(s, 0, s.length);
    assert.deepEqual(c, { kind: "article", agency: "dpa", span: { start: 7, end: 12, text: "(dpa)" } });
    assert.equal(findDatelineCredit("WASHINGTON (AP) — Lawmakers met.", 0, 32)?.agency, "AP");
    assert.equal(findDatelineCredit("Die Partei (CDU) – so heißt es – kam.", 0, 37), null);
  });
});
