import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const samples = fileURLToPath(new URL("../../samples", import.meta.url));
const run = (jobs: string) => spawnSync(process.execPath, [cli, "analyze", samples, "--format", "jsonl", "--jobs", jobs], { encoding: "utf8" });

describe("worker pool", () => {
  it("gives the same analyses, in the same order, on several threads as on one", { skip: existsSync(cli) ? false : "dist/ is not built (npm run build)" }, () => {
    const one = run("1");
    const two = run("2");
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.ok(one.stdout.trim().split("\n").length >= 6);
    assert.equal(two.stdout, one.stdout);
  });
});
