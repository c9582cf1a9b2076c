import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bloomFromBytes, bloomHas, bloomToBytes, buildBloom } from "../../../src/stages/entities/bloom.js";
import { nounSet, taggerModel } from "../../../src/stages/entities/resources.js";
import { LOWERCASE_DOMAIN, TAGS, emissionFeatures, featureBuffer, sentenceView, shapeHash, shapeOf, writtenInLowercase, type WordHints } from "../../../src/stages/entities/tagger/features.js";
import { hashString } from "../../../src/stages/entities/tagger/hash.js";
import { hasNounTail } from "../../../src/stages/entities/tagger/hints.js";
import { allowed, parseModel, scoredWords, serializeModel, spansOf, tagSentence, weightsOf } from "../../../src/stages/entities/tagger/model.js";

const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
const NO_HINTS: WordHints = { first: "", org: false, place: false, role: false, noun: false, nounTail: false, surname: false, town: false, verb: false };

describe("tagger pieces", () => {
  it("reads BIO spans and forbids I- tags that continue nothing", () => {
    assert.deepEqual(spansOf(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"]), [
      { from: 0, to: 2, type: "PER" },
      { from: 3, to: 4, type: "LOC" },
      { from: 4, to: 6, type: "ORG" },
    ]);
    assert.equal(allowed(tag("O"), tag("I-PER")), false);
    assert.equal(allowed(tag("B-PER"), tag("I-PER")), true);
    assert.equal(allowed(tag("I-PER"), tag("I-PER")), true);
    assert.equal(allowed(tag("B-LOC"), tag("I-PER")), false);
    assert.equal(allowed(TAGS.length, tag("I-LOC")), false);
  });
  it("writes and reads a model, and refuses other files", () => {
    const bytes = serializeModel(
      new Map([
        [12345, [0, 2.5, 0, 0, 0, 0, -1, 0, 0]],
        [-7, [0, 0, 0, 0, 0, 0, 0, 0, 0]],
      ]),
      10,
    );
    const m = parseModel(bytes);
    assert.deepEqual([...weightsOf(m, 12345)!], [0, 25, 0, 0, 0, 0, -10, 0, 0]);
    assert.equal(weightsOf(m, -7), undefined);
    assert.equal(m.size, 1);
    assert.throws(() => parseModel(new TextEncoder().encode("nonsense, not a model")), /tagger model/);
    assert.throws(() => parseModel(bytes.subarray(0, bytes.length - 1)), /truncated/);
  });
  it("gives word shapes, and hashes them as strings", () => {
    assert.equal(shapeOf("Won-sik"), "Xx-x");
    assert.equal(shapeOf("UN"), "X");
    assert.equal(shapeOf("4,8"), "d,d");
    assert.equal(shapeOf("Österreich"), "Xx");
    assert.equal(shapeHash("Won-sik"), hashString("Xx-x"));
    assert.notEqual(shapeHash("Won-sik"), shapeHash("UN"));
  });
  it("gives a word the same features wherever its sentence is, and other words other ones", () => {
    const features = (words: string[], i: number) => {
      const buf = featureBuffer();
      emissionFeatures(sentenceView(words, words.map(() => NO_HINTS), words.map(() => "")), i, buf);
      return [...buf.ids.subarray(0, buf.n)];
    };
    assert.deepEqual(features(["Peskow", "sagte", "das"], 0), features(["Peskow", "sagte", "das"], 0));
    assert.notDeepEqual(features(["Peskow", "sagte", "das"], 0), features(["Peskows", "sagte", "das"], 0));
    assert.equal(new Set(features(["Der", "Kreml", "sagte", "das"], 1)).size, features(["Der", "Kreml", "sagte", "das"], 1).length);
  });
  it("tags by the weights: a name where the model says so", () => {
    const words = ["Peskow", "sagte"];
    const view = sentenceView(words, [NO_HINTS, NO_HINTS], ["", ""]);
    const buf = featureBuffer();
    emissionFeatures(view, 0, buf);
    // buf.ids[0] is the bias every word has, buf.ids[1] the word itself.
    const outside: number[] = TAGS.map((t) => (t === "O" ? 10 : 0));
    const person: number[] = TAGS.map((t) => (t === "B-PER" ? 20 : 0));
    const m = parseModel(
      serializeModel(
        new Map([
          [buf.ids[0]!, outside],
          [buf.ids[1]!, person],
        ]),
        1,
      ),
    );
    assert.deepEqual(tagSentence(m, view), ["B-PER", "O"]);
    assert.deepEqual(tagSentence(parseModel(serializeModel(new Map([[buf.ids[0]!, outside]]), 1)), view), ["O", "O"]);
    // No margin (OUTSIDE_MARGIN): the better score wins, a name whose evidence is stronger than the O's.
    const close: number[] = TAGS.map((t) => (t === "B-PER" ? 11 : 0));
    assert.deepEqual(
      tagSentence(
        parseModel(
          serializeModel(
            new Map([
              [buf.ids[0]!, outside],
              [buf.ids[1]!, close],
            ]),
            1,
          ),
        ),
        view,
      ),
      ["B-PER", "O"],
    );
  });
  it("keeps a Bloom filter's members and rejects most others", () => {
    const words = Array.from({ length: 500 }, (_, i) => `Wort${i}`);
    const built = buildBloom(words, words.length, 0.01);
    const f = bloomFromBytes(bloomToBytes(built));
    assert.ok(words.every((w) => bloomHas(f, w)));
    const strangers = Array.from({ length: 500 }, (_, i) => `Fremd${i}`).filter((w) => bloomHas(f, w));
    assert.ok(strangers.length < 25, `${strangers.length} false positives`);
  });
  it("ships a noun set and a tagger for German and for English", () => {
    const nouns = nounSet("de")!;
    assert.ok(nouns.has("Regierung") && nouns.has("Häusern"));
    assert.ok(!nouns.has("Peskow"));
    assert.ok(hasNounTail(nouns, "Selbstdarstellung"));
    assert.ok(taggerModel("de")!.size > 1000);
    assert.ok(taggerModel("en")!.size > 1000);
    assert.ok(nounSet("en")!.has("Keyboard") && nounSet("en")!.has("Nature"));
    assert.ok(!nounSet("en")!.has("Obama"));
  });
  it("looks up only the last 40 letters of a long word for a noun it ends in (hostile runs of letters stay linear)", () => {
    const asked: string[] = [];
    const counting = { has: (w: string) => (asked.push(w), w === "Darstellung") };
    assert.ok(hasNounTail(counting, "Selbstdarstellung"));
    asked.length = 0;
    const huge = "Q" + "w".repeat(200_000) + "darstellung";
    assert.ok(hasNounTail(counting, huge));
    assert.ok(asked.length <= 40, `${asked.length} look-ups`);
    assert.ok(asked.every((w) => w.length <= 40));
  });

  it("scores every word of a sentence written in lowercase, in a domain of its own", () => {
    const lower = "where can I get morcillas in tampa bay ?".split(" ");
    assert.ok(writtenInLowercase(lower));
    assert.ok(!writtenInLowercase("The food was good .".split(" ")));
    assert.ok(!writtenInLowercase("in Tampa Bay".split(" ")));
    assert.ok(!writtenInLowercase("ok !".split(" ")));
    assert.deepEqual([...scoredWords(lower)], [1, 1, 1, 1, 1, 1, 1, 1, 0]);
    assert.equal(sentenceView(lower, lower.map(() => NO_HINTS), lower.map(() => "")).domain, LOWERCASE_DOMAIN);
    // Ordinary text: only capitalised words and a short run after them are scored.
    assert.deepEqual([...scoredWords("we met in Tampa Bay on a Sunday morning".split(" "))], [0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });
});
