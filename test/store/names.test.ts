import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nameKey, surnameOf } from "../../src/store/names.js";
import { foldWord, parseSearch, toFts5Query, toTsQuery } from "../../src/store/fold.js";
import { LOCALES } from "../../src/locales/index.js";

describe("name keys", () => {
  it("fold German and English transcriptions of the same name together", () => {
    const same = [
      ["Dmitri Peskow", "Dmitry Peskov"],
      ["Wolodymyr Selenskyj", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskiy"],
      ["Boris Jelzin", "Boris Yeltsin"],
      ["Michail Chodorkowski", "Mikhail Khodorkovsky"],
      ["Sergej Schoigu", "Sergei Shoigu"],
      ["Sergej Lawrow", "Sergey Lavrov"],
      ["Maria Sacharowa", "Maria Zakharova"],
      ["Anton Tschechow", "Anton Chekhov"],
      ["GERHARD SCHRÖDER", "Gerhard Schroder"],
    ];
    for (const forms of same) {
      const keys = new Set(forms.map(nameKey));
      assert.equal(keys.size, 1, forms.join(" / "));
    }
  });
  it("keeps different names apart", () => {
    for (const [a, b] of [["Peskow", "Pesko"], ["Olaf Scholz", "Olaf Schulz"], ["Kim Jong Un", "Kim Hong-kyun"]]) assert.notEqual(nameKey(a!), nameKey(b!));
  });
  it("takes its spellings from the locales' data", () => {
    for (const locale of Object.values(LOCALES)) {
      assert.ok(locale.transliteration.nameSpellings.length > 0);
      for (const [from, to] of locale.transliteration.nameSpellings) assert.equal(from, from.toLowerCase(), `${locale.code} ${from}→${to}`);
    }
    assert.equal(surnameOf(nameKey("Dmitri Peskow")), nameKey("Peskov"));
  });
});

describe("search folding", () => {
  it("folds ß, umlauts and diacritics", () => {
    assert.equal(foldWord("Straße"), "strasse");
    assert.equal(foldWord("Ärger"), "arger");
    assert.equal(foldWord("Łódź"), "lodz");
  });
  it("stems a query word in every language and builds both databases' queries", () => {
    const units = parseSearch('Erklärungen "grain deal"');
    assert.equal(units.length, 2);
    assert.ok(units[0]!.alternatives.some((a) => a[0] === "erklar"));
    assert.match(toFts5Query(units), /^\(.*"erklar".*\) AND \(.*"grain deal".*\)$/);
    assert.match(toTsQuery(units), /'grain' <-> 'deal'/);
    assert.deepEqual(parseSearch("  ,;  "), []);
  });
});
