import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cliFlagsToSet } from "../../src/cli/v8-flags.js";

describe("the CLI's V8 flags", () => {
  const ALL = ["--max-inlined-bytecode-size-cumulative=300", "--interrupt-budget=270336"];
  it("sets the inlining and interrupt budgets when the user set none", () => {
    assert.deepEqual(cliFlagsToSet([]), ALL);
    assert.deepEqual(cliFlagsToSet(["--max-old-space-size=4096", ""]), ALL);
  });
  it("leaves a value the user gave node alone, in either spelling", () => {
    assert.deepEqual(cliFlagsToSet(["--max-inlined-bytecode-size-cumulative=920"]), ["--interrupt-budget=270336"]);
    assert.deepEqual(cliFlagsToSet(["--max_inlined_bytecode_size_cumulative=500", "--interrupt-budget=1000"]), []);
  });
  it("does not take a longer flag for one of them", () => {
    assert.deepEqual(cliFlagsToSet(["--max-inlined-bytecode-size-cumulative-extra=1", "--interrupt-budget-for-feedback-allocation=9"]), ALL);
  });
});
