import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Comparison, RelatedPair } from "../../src/model/compare.js";
import { cli, ERROR_LINE } from "../helpers/cli.js";
import { assertValidComparison } from "../helpers/validate-compare.js";

const CASE = fileURLToPath(new URL("./cases/en-de-translation-hafen/", import.meta.url));
const REWRITE = fileURLToPath(new URL("./cases/de-rewrite-stadtwerke/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "quellenlage-compare-"));
const en = join(CASE, "a.txt");
const de = join(CASE, "b.txt");

describe("quellenlage compare", () => {
  it("prints the comparison of two files as JSON", async () => {
    const r = await cli(["compare", en, de]);
    assert.equal(r.status, 0, r.stderr);
    const c = JSON.parse(r.stdout) as Comparison;
    assertValidComparison(c);
    assert.equal(c.relation, "translation");
    assert.deepEqual([c.a.language, c.b.language], ["en", "de"]);
    assert.ok(c.changes.some((x) => x.op === "number_changed"));
  });
  it("prints the changes in reading order with both versions as Markdown", async () => {
    const r = await cli(["compare", en, de, "--format", "md"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /## Changes \(\d+\), in reading order/);
    assert.match(r.stdout, /- A: > .*\*\*1,200\*\*/);
    assert.match(r.stdout, /- B: > .*\*\*2\.200\*\*/);
  });
  it("reads analyses that analyze wrote, and one article of a JSONL file by its id", async () => {
    const analysed = await cli(["analyze", en, "--format", "json"]);
    const file = join(dir, "a.json");
    writeFileSync(file, analysed.stdout);
    const jsonl = join(dir, "two.jsonl");
    writeFileSync(jsonl, [JSON.stringify({ id: "x", text: "Anderer Text über nichts." }), JSON.stringify({ id: "de", text: readFileSync(de, "utf8") })].join("\n") + "\n");
    const r = await cli(["compare", file, `${jsonl}#de`]);
    assert.equal(r.status, 0, r.stderr);
    const c = JSON.parse(r.stdout) as Comparison;
    assert.equal(c.b.id, "de");
    assert.equal(c.relation, "translation");
  });
  it("refuses an input with several articles (usage) and reports one it cannot read", async () => {
    const jsonl = join(dir, "two.jsonl");
    const many = await cli(["compare", jsonl, de]);
    assert.equal(many.status, 2);
    assert.match(many.stderr, /more than one article/);
    const missing = await cli(["compare", join(dir, "missing.txt"), de]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr.trim(), ERROR_LINE);
    assert.equal(missing.stdout, "");
  });
});

describe("quellenlage relate", () => {
  it("prints every related pair as JSONL, from texts and from analyses alike", async () => {
    const input = join(dir, "corpus.jsonl");
    const lines = [
      { id: "r-a", text: readFileSync(join(REWRITE, "a.txt"), "utf8"), published: "2025-03-14" },
      { id: "t-en", text: readFileSync(en, "utf8") },
      { id: "r-b", text: readFileSync(join(REWRITE, "b.txt"), "utf8"), published: "2025-03-15" },
      { id: "t-de", text: readFileSync(de, "utf8") },
    ];
    writeFileSync(input, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const r = await cli(["relate", input, "--jobs", "1"]);
    assert.equal(r.status, 0, r.stderr);
    const pairs = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as RelatedPair);
    assert.deepEqual(
      pairs.map((p) => [p.a, p.b, p.relation, p.direction]),
      [
        ["r-a", "r-b", "rewrite", "a->b"],
        ["t-en", "t-de", "translation", null],
      ],
    );
    const analyses = join(dir, "analyses.jsonl");
    writeFileSync(analyses, (await cli(["analyze", input, "--format", "jsonl", "--jobs", "1"])).stdout);
    const again = await cli(["relate", analyses]);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(again.stdout, r.stdout);
  });
  it("goes on past an input that fails, and says so in the exit status", async () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify({ id: "ok", text: "Ein kurzer Text." })}\n{"id": "broken"\n`);
    const r = await cli(["relate", bad, "--jobs", "1"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr.trim(), ERROR_LINE);
    assert.equal(r.stdout, "");
  });
});
