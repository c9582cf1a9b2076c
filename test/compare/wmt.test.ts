/**
 * On real news from ../shared/data/wmt22 (research release: read at test time, nothing kept): a few
 * documents and their translations are related and aligned, and copies with changes planted here, at
 * test time, are reported with the planted kind.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { compare } from "../../src/compare/compare.js";
import { relate } from "../../src/compare/relate.js";
import type { LanguageCode } from "../../src/model/types.js";
import { SHARED, skipUnlessShared } from "../helpers/shared.js";

const skip = skipUnlessShared("data/wmt22");
const lines = (name: string) => readFileSync(`${SHARED}data/wmt22/${name}`, "utf8").replace(/\n$/, "").split("\n");
/** Documents of ten consecutive lines (as score-compare.mjs cuts them), the even-numbered ones (the tuning half). */
const DOCS = [2, 6, 40, 52];

describe("WMT22 news (../shared/data/wmt22)", { skip }, () => {
  const docs = skip ? [] : DOCS.flatMap((n) => {
    const [src, ref] = [lines("generaltest2022.de-en.src.de"), lines("generaltest2022.de-en.ref.A.en")];
    const text = (ls: string[]) => ls.slice(n * 10, n * 10 + 10).join("\n\n");
    return [
      { id: `de-${n}`, text: text(src), language: "de" as LanguageCode },
      { id: `en-${n}`, text: text(ref), language: "en" as LanguageCode },
    ];
  });
  const analyses = docs.map((d) => analyze(d));
  it("relates each document to its translation and to nothing else as a translation", () => {
    const pairs = relate(analyses).filter((p) => p.relation === "translation");
    assert.deepEqual(pairs.map((p) => `${p.a} ${p.b}`).sort(), DOCS.map((n) => `de-${n} en-${n}`).sort());
  });
  it("aligns the segments one to one", () => {
    for (let k = 0; k < analyses.length; k += 2) {
      const c = compare(analyses[k]!, analyses[k + 1]!);
      assert.equal(c.relation, "translation");
      assert.ok(c.alignment.length >= 9, `${c.a.id}: ${c.alignment.length} pairs`);
    }
  });
  it("reports a number changed in a copy, and a sentence dropped and one added", () => {
    const original = analyses.find((a) => a.meta.language === "en" && /\b\d{2,}\b/.test(a.text))!;
    const text = original.text;
    const m = /\b\d{2,}\b/.exec(text)!;
    const sentences = original.sentences!;
    const dropped = sentences[3]!;
    let copy = text.slice(0, m.index) + String(Number(m[0]) + 7) + text.slice(m.index + m[0].length);
    copy = copy.replace(dropped.text, "").replace(/\n{3,}/g, "\n\n");
    copy += "\n\nThis is a sentence the copy adds in its own voice about the weather in the city.";
    const c = compare(original, analyze({ id: "copy", text: copy, language: "en" }));
    assert.ok(["near-duplicate", "rewrite"].includes(c.relation), c.relation);
    const ops = c.changes.map((x) => x.op);
    assert.ok(ops.includes("number_changed"), ops.join(" "));
    assert.ok(ops.includes("editorial_added"), ops.join(" "));
    assert.ok(ops.some((op) => op === "editorial_dropped" || op === "attribution_dropped"), ops.join(" "));
    const number = c.changes.find((x) => x.op === "number_changed")!;
    assert.deepEqual(number.values, { a: m[0], b: String(Number(m[0]) + 7) });
  });
});
