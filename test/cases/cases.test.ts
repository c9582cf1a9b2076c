import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Analysis } from "../../src/model/types.js";
import { assertValidAnalysis } from "../helpers/validate.js";
import { expectedPath, listCases, readCase, runCase } from "./cases.js";

describe("expected-output cases (npm run cases:regenerate rewrites them)", () => {
  const slugs = listCases();
  it("has cases", () => assert.ok(slugs.length >= 5));
  for (const slug of slugs) {
    it(`${slug}: ${readCase(slug).note}`, () => {
      const got = runCase(slug);
      assertValidAnalysis(got);
      assert.ok(existsSync(expectedPath(slug)), `no expected.json: run npm run cases:regenerate`);
      const want = JSON.parse(readFileSync(expectedPath(slug), "utf8")) as Analysis;
      assert.deepEqual(JSON.parse(JSON.stringify(got)), want);
    });
  }
});
