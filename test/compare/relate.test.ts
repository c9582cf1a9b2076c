import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { compare } from "../../src/compare/compare.js";
import { relate, Relater } from "../../src/compare/relate.js";
import type { Analysis } from "../../src/model/types.js";
import { relatedPairErrors } from "../helpers/validate-compare.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const rewrite = { a: read("./cases/de-rewrite-stadtwerke/a.txt"), b: read("./cases/de-rewrite-stadtwerke/b.txt") };
const translation = { a: read("./cases/en-de-translation-hafen/a.txt"), b: read("./cases/en-de-translation-hafen/b.txt") };
const samples = ["de-hafenstreik.txt", "de-wasserstoff.txt", "en-bridge-closure.txt"].map((f) => read(`../../samples/${f}`));

function corpus(): Analysis[] {
  return [
    analyze({ id: "stadtwerke", text: rewrite.a, published: "2025-03-14" }),
    analyze({ id: "hafen-en", text: translation.a }),
    analyze({ id: "sample-1", text: samples[0]! }),
    analyze({ id: "stadtwerke-copy", text: rewrite.a.replace("12 Prozent", "13 Prozent"), published: "2025-03-16" }),
    analyze({ id: "sample-2", text: samples[1]! }),
    analyze({ id: "hafen-de", text: translation.b }),
    analyze({ id: "stadtwerke-rewrite", text: rewrite.b, published: "2025-03-15" }),
    analyze({ id: "sample-3", text: samples[2]! }),
  ];
}

describe("relate", () => {
  const analyses = corpus();
  const pairs = relate(analyses);
  const find = (a: string, b: string) => pairs.find((p) => p.a === a && p.b === b);
  it("finds the near-duplicate, the rewrite and the translation, with the direction the dates give", () => {
    assert.deepEqual(find("stadtwerke", "stadtwerke-copy"), { ...find("stadtwerke", "stadtwerke-copy")!, relation: "near-duplicate", direction: "a->b" });
    assert.equal(find("stadtwerke", "stadtwerke-rewrite")?.relation, "rewrite");
    assert.equal(find("stadtwerke", "stadtwerke-rewrite")?.direction, "a->b");
    assert.equal(find("stadtwerke-copy", "stadtwerke-rewrite")?.direction, "b->a");
    assert.deepEqual(find("hafen-en", "hafen-de"), { a: "hafen-en", b: "hafen-de", relation: "translation", direction: null, similarity: find("hafen-en", "hafen-de")!.similarity });
  });
  it("reports no pair of unrelated texts and each pair once, in input order", () => {
    const ids = analyses.map((a) => a.id);
    for (const p of pairs) {
      assert.ok(ids.indexOf(p.a) < ids.indexOf(p.b));
      assert.ok(!p.a.startsWith("sample") && !p.b.startsWith("sample"), `${p.a} ~ ${p.b}`);
      assert.deepEqual(relatedPairErrors(p), []);
    }
    assert.equal(new Set(pairs.map((p) => `${p.a}|${p.b}`)).size, pairs.length);
  });
  it("agrees with compare on every pair", () => {
    const byId = new Map(analyses.map((a) => [a.id, a]));
    for (const p of pairs) {
      const c = compare(byId.get(p.a)!, byId.get(p.b)!);
      assert.deepEqual([c.relation, c.direction, c.similarity], [p.relation, p.direction, p.similarity]);
    }
  });
  it("is the same in every run and with the texts added one at a time", () => {
    const r = new Relater();
    for (const a of corpus()) r.add(a);
    assert.deepEqual(r.pairs(), pairs);
    assert.equal(r.stats.texts, analyses.length);
  });
});
