import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bloomFromBase64, bloomHas, bloomToBase64, buildBloom } from "../../../src/stages/entities/bloom.js";
import { nounSet, taggerModel } from "../../../src/stages/entities/resources.js";
import { shapeOf } from "../../../src/stages/entities/tagger/features.js";
import { hasNounTail } from "../../../src/stages/entities/tagger/hints.js";
import { allowed, parseModel, serializeModel, spansOf } from "../../../src/stages/entities/tagger/model.js";

describe("tagger pieces", () => {
  it("reads BIO spans and forbids I- tags that continue nothing", () => {
    assert.deepEqual(spansOf(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"]), [
      { from: 0, to: 2, type: "PER" },
      { from: 3, to: 4, type: "LOC" },
      { from: 4, to: 6, type: "ORG" },
    ]);
    assert.equal(allowed("O", "I-PER"), false);
    assert.equal(allowed("B-PER", "I-PER"), true);
    assert.equal(allowed("B-LOC", "I-PER"), false);
  });
  it("writes and reads a model", () => {
    const text = serializeModel(new Map([["w=Putin", [0, 2.5, 0, 0, 0, 0, -1]]]), 10);
    const m = parseModel(text);
    assert.deepEqual([...m.weights.get("w=Putin")!], [0, 25, 0, 0, 0, 0, -10]);
    assert.throws(() => parseModel("nonsense"), /tagger model/);
  });
  it("gives word shapes", () => {
    assert.equal(shapeOf("Won-sik"), "Xx-x");
    assert.equal(shapeOf("UN"), "X");
    assert.equal(shapeOf("4,8"), "d,d");
  });
  it("keeps a Bloom filter's members and rejects most others", () => {
    const words = Array.from({ length: 500 }, (_, i) => `Wort${i}`);
    const built = buildBloom(words, words.length, 0.01);
    const f = bloomFromBase64(bloomToBase64(built), built.size, built.hashes);
    assert.ok(words.every((w) => bloomHas(f, w)));
    const strangers = Array.from({ length: 500 }, (_, i) => `Fremd${i}`).filter((w) => bloomHas(f, w));
    assert.ok(strangers.length < 25, `${strangers.length} false positives`);
  });
  it("ships a German noun set and tagger, none for English", () => {
    const nouns = nounSet("de")!;
    assert.ok(nouns.has("Regierung") && nouns.has("Häusern"));
    assert.ok(!nouns.has("Peskow"));
    assert.ok(hasNounTail(nouns, "Selbstdarstellung"));
    assert.ok(taggerModel("de")!.weights.size > 1000);
    assert.equal(taggerModel("en"), null);
    assert.equal(nounSet("en"), null);
  });
});
