import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lexiconOf } from "../../src/compare/lexicon.js";
import { numbersOf, sameValue } from "../../src/compare/numbers.js";
import { cognateSpelling, fold, stem, wordTokens } from "../../src/compare/words.js";
import { getLocale } from "../../src/locales/index.js";

const de = getLocale("de");
const en = getLocale("en");

describe("words", () => {
  it("tokenises words and numbers with their places", () => {
    const text = "Laut Polizei: 4,8 Millionen (13.04.2024), don't.";
    const t = wordTokens(text);
    assert.deepEqual(t.map((x) => [x.raw, x.kind]), [["Laut", "word"], ["Polizei", "word"], ["4,8", "number"], ["Millionen", "word"], ["13.04.2024", "number"], ["don't", "word"]]);
    for (const x of t) assert.equal(text.slice(x.start, x.end), x.raw);
    assert.deepEqual(wordTokens(text, 14, 27).map((x) => x.raw), ["4,8", "Millionen"]);
  });
  it("folds case, accents and ß", () => {
    assert.equal(fold("Äußerung"), "ausserung");
    assert.equal(fold("Putin’s"), "putin's");
  });
  it("stems a word and its inflections alike", () => {
    assert.equal(stem(fold("Regierungen"), de.compare), stem(fold("Regierung"), de.compare));
    assert.equal(stem(fold("Städte"), de.compare), stem(fold("Stadt"), de.compare));
    assert.equal(stem("haus", de.compare), "haus");
    assert.equal(stem("studies", en.compare), stem("study", en.compare));
    assert.equal(stem("putin's", en.compare), "putin");
  });
  it("spells cognates alike across the languages", () => {
    assert.equal(cognateSpelling("konzert", de.compare).slice(0, 5), cognateSpelling("concert", en.compare).slice(0, 5));
    assert.equal(cognateSpelling("foto", de.compare), cognateSpelling("photo", en.compare));
  });
});

describe("lexicon", () => {
  const sense = (locale: typeof de, w: string) => lexiconOf(locale).sense(fold(w)).concepts;
  it("maps German and English words onto shared concepts", () => {
    for (const [d, e] of [["Regierung", "government"], ["sagte", "said"], ["erklärte", "explained"], ["Kinder", "children"], ["könnte", "could"], ["wahrscheinlich", "probably"]]) {
      assert.ok(sense(de, d!).some((c) => sense(en, e!).includes(c)), `${d} / ${e}`);
    }
  });
  it("reads German verbs in every form the morphology knows", () => {
    assert.ok(sense(de, "gesprochen").includes("speak"));
    assert.ok(sense(de, "sprach").includes("speak"));
  });
  it("reads a compound by its parts, and no name as one", () => {
    assert.deepEqual(new Set(sense(de, "Bundesregierung")), new Set(["government", "federal"]));
    assert.equal(lexiconOf(de).sense("bundesregierung").compound, true);
    assert.deepEqual(sense(de, "Alexander"), []);
  });
  it("knows countries by their names and adjectives in both languages", () => {
    assert.deepEqual(sense(de, "südkoreanische"), sense(de, "Südkorea"));
    assert.deepEqual(lexiconOf(en).phrase("south", "korea"), sense(de, "Südkorea"));
    assert.deepEqual(lexiconOf(en).phrase("south", "korean"), sense(de, "Südkorea"));
    assert.ok(sense(de, "Russland").some((c) => sense(en, "Russia").includes(c)));
    assert.ok(sense(de, "russischen").some((c) => sense(en, "Russian").includes(c)));
  });
  it("reads two-word phrases", () => {
    assert.ok(lexiconOf(en).phrase("press", "releases")?.includes("press_release"));
    assert.ok(lexiconOf(de).phrase(fold("darüber"), "hinaus")?.includes("also_further"));
    assert.equal(lexiconOf(en).phrase("press", "the"), undefined);
  });
  it("lists the same concepts in every locale", () => {
    const ids = (l: typeof de) => [...l.lexicon.concepts, ...l.lexicon.functionWords].map((x) => x.split(":")[0]).sort();
    assert.deepEqual(ids(de), ids(en));
  });
});

describe("numbers", () => {
  const values = (text: string, locale: typeof de) => numbersOf(text, wordTokens(text), locale).map((n) => n.value);
  it("reads the locale's decimal convention, scales and number words", () => {
    assert.deepEqual(values("bis zu 4,8 Millionen Granaten und 1.000 Soldaten, zwei Tage", de), [4_800_000, 1000, 2]);
    assert.deepEqual(values("4.8 million shells and 1,000 soldiers, two days", en), [4_800_000, 1000, 2]);
  });
  it("reads a number in the other convention and splits dates into their digits", () => {
    assert.deepEqual(values("5,963,373 Menschen", de), [5_963_373]);
    assert.deepEqual(values("am 13.04.2024", de), [13, 4, 2024]);
  });
  it("takes a year and its two last digits for one number", () => {
    assert.ok(sameValue(88, 1988));
    assert.ok(!sameValue(88, 1989));
    assert.ok(sameValue(4.8, 4.8));
  });
});
