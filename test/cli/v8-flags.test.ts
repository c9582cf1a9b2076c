import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cliFlagsToSet } from "../../src/cli/v8-flags.js";

describe("the CLI's V8 flags", () => {
  it("sets the inlining budget when the user set none", () => {
    assert.deepEqual(cliFlagsToSet([]), ["--max-inlined-bytecode-size-cumulative=300"]);
    assert.deepEqual(cliFlagsToSet(["--max-old-space-size=4096", ""]), ["--max-inlined-bytecode-size-cumulative=300"]);
  });
  it("leaves a value the user gave node alone, in either spelling", () => {
    assert.deepEqual(cliFlagsToSet(["--max-inlined-bytecode-size-cumulative=920"]), []);
    assert.deepEqual(cliFlagsToSet(["--max_inlined_bytecode_size_cumulative=500"]), []);
  });
  it("does not take a longer flag for it", () => {
    assert.deepEqual(cliFlagsToSet(["--max-inlined-bytecode-size-cumulative-extra=1"]), ["--max-inlined-bytecode-size-cumulative=300"]);
  });
});
