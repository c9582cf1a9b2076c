import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Change, Comparison } from "../../src/model/compare.js";
import { assertValidComparison } from "../helpers/validate-compare.js";
import { compareExpectedPath, listCompareCases, readCompareCase, runCompareCase, type PlantedChange } from "./cases.js";

/** Where a snippet lies in a text (its first occurrence). */
function locate(text: string, snippet: string): { start: number; end: number } {
  const at = text.indexOf(snippet);
  assert.ok(at >= 0, `snippet not in the text: ${snippet}`);
  return { start: at, end: at + snippet.length };
}

function matches(c: Change, p: PlantedChange, cmp: Comparison): boolean {
  if (c.op !== p.op) return false;
  const side = (span: Change["a"], snippet: string | null, text: string) => {
    if (snippet === null) return span === null;
    if (span === null) return false;
    const at = locate(text, snippet);
    return span.start < at.end && at.start < span.end;
  };
  return side(c.a, p.a, cmp.a.text) && side(c.b, p.b, cmp.b.text);
}

describe("compare cases: planted changes (npm run cases:regenerate rewrites expected.json)", () => {
  const slugs = listCompareCases();
  it("has the rewrite and the translation case", () => assert.ok(slugs.length >= 2));
  for (const slug of slugs) {
    const spec = readCompareCase(slug);
    describe(`${slug}: ${spec.note}`, () => {
      const { comparison } = runCompareCase(slug);
      it("plants at least eight changes", () => assert.ok(spec.planted.length >= 8));
      it(`is a ${spec.relation}, direction ${spec.direction}`, () => {
        assert.equal(comparison.relation, spec.relation);
        assert.equal(comparison.direction, spec.direction);
      });
      it("reports every planted change with its kind", () => {
        const missing = spec.planted.filter((p) => !comparison.changes.some((c) => matches(c, p, comparison)));
        assert.deepEqual(missing, []);
      });
      it("reports nothing that was not changed", () => {
        const extra = comparison.changes.filter((c) => !spec.planted.some((p) => matches(c, p, comparison)));
        assert.deepEqual(extra.map((c) => `${c.op}: ${c.detail}`), []);
      });
      it("validates against the compare schema", () => assertValidComparison(comparison));
      it("matches expected.json", () => {
        assert.ok(existsSync(compareExpectedPath(slug)), "no expected.json: run npm run cases:regenerate");
        assert.deepEqual(JSON.parse(JSON.stringify(comparison)), JSON.parse(readFileSync(compareExpectedPath(slug), "utf8")));
      });
    });
  }
});
