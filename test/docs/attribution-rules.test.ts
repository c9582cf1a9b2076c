import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ATTRIBUTION_RULES } from "../../src/stages/attribution/rules.js";

describe("docs/attribution.md", () => {
  it("lists every attribution rule id the output can carry", () => {
    const doc = readFileSync(new URL("../../docs/attribution.md", import.meta.url), "utf8");
    const missing = Object.keys(ATTRIBUTION_RULES).filter((id) => !doc.includes(`\`${id}\``));
    assert.deepEqual(missing, []);
  });
});
