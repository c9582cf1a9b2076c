import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { isQuellenlageError } from "../../src/model/errors.js";
import { parseRecord, readLines, type RawLine } from "../../src/ingest/jsonl.js";

async function lines(chunks: string[], max?: number): Promise<Array<[number, string | null]>> {
  const out: Array<[number, string | null]> = [];
  for await (const l of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push([l.line, l.bytes ? l.bytes.toString() : null]);
  return out;
}
const raw = (s: string): RawLine => ({ line: 1, bytes: Buffer.from(s), length: Buffer.byteLength(s) });
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return isQuellenlageError(err) ? err.code : "untyped";
  }
  return "none";
};

describe("readLines", () => {
  it("splits lines across chunk borders and skips blank lines", async () => {
    assert.deepEqual(await lines(['{"a":', '1}\n\n  \n{"b"', ':2}\r\n{"c":3}']), [
      [1, '{"a":1}'],
      [4, '{"b":2}\r'],
      [5, '{"c":3}'],
    ]);
  });
  it("skips an overlong line without holding it and goes on", async () => {
    assert.deepEqual(await lines(["x".repeat(10), "y".repeat(10) + "\nok\n"], 8), [
      [1, null],
      [2, "ok"],
    ]);
  });
});

describe("parseRecord", () => {
  it("accepts the contract's fields", () => {
    assert.deepEqual(parseRecord(raw('{"id":"a","text":"Hallo","published":"2024-06-14","language":"de","title":"T","url":"https://x.example/"}'), "f:1"), {
      id: "a",
      text: "Hallo",
      url: "https://x.example/",
      published: "2024-06-14",
      title: "T",
      language: "de",
    });
    assert.deepEqual(parseRecord(raw('{"id":7,"html":"<p>x</p>"}'), "f:1"), { id: "7", html: "<p>x</p>" });
  });
  it("refuses broken lines with typed errors", () => {
    assert.equal(codeOf(() => parseRecord(raw("{not json"), "f:1")), "E_JSON");
    assert.equal(codeOf(() => parseRecord({ line: 1, bytes: Buffer.from([0x7b, 0xff, 0x7d]), length: 3 }, "f:1")), "E_JSON");
    assert.equal(codeOf(() => parseRecord(raw("[1,2]"), "f:1")), "E_JSONL_FIELD");
    assert.equal(codeOf(() => parseRecord(raw('{"text":"x"}'), "f:1")), "E_JSONL_FIELD");
    assert.equal(codeOf(() => parseRecord(raw('{"id":"a","text":"x","html":"y"}'), "f:1")), "E_JSONL_FIELD");
    assert.equal(codeOf(() => parseRecord(raw('{"id":"a"}'), "f:1")), "E_JSONL_FIELD");
    assert.equal(codeOf(() => parseRecord(raw('{"id":"a","text":5}'), "f:1")), "E_JSONL_FIELD");
    assert.equal(codeOf(() => parseRecord(raw('{"id":"a","text":"x","language":"fr"}'), "f:1")), "E_LANGUAGE");
    assert.equal(codeOf(() => parseRecord({ line: 3, bytes: null, length: 99 }, "f:3")), "E_TOO_LARGE");
  });
});
