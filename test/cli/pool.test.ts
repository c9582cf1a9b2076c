import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { AUTO_MIN_JOBS, autoWorkers } from "../../src/cli/pool.js";

const cli = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const samples = fileURLToPath(new URL("../../samples", import.meta.url));
const run = (input: string, jobs: string) => spawnSync(process.execPath, [cli, "analyze", input, "--format", "jsonl", "--jobs", jobs], { encoding: "utf8" });
const built = existsSync(cli) ? false : "dist/ is not built (npm run build)";

describe("worker pool", () => {
  it("gives the same analyses, in the same order, on several threads as on one", { skip: built }, () => {
    const one = run(samples, "1");
    const two = run(samples, "2");
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.ok(one.stdout.trim().split("\n").length >= 6);
    assert.equal(two.stdout, one.stdout);
  });

  it("--jobs auto gives what one thread gives, for a batch too", { skip: built }, () => {
    const dir = mkdtempSync(join(tmpdir(), "quellenlage-pool-"));
    try {
      const input = join(dir, "batch.jsonl");
      const lines = Array.from({ length: AUTO_MIN_JOBS + 5 }, (_, i) =>
        JSON.stringify({ id: `n${i}`, text: `Die Ministerin Anna Berg sagte am Montag in Kassel, der Plan ${i} komme. „Wir sind bereit“, sagte sie.`, published: "2024-03-04" }),
      );
      writeFileSync(input, lines.join("\n") + "\n");
      const one = run(input, "1");
      const auto = run(input, "auto");
      assert.equal(one.status, 0, one.stderr);
      assert.equal(auto.status, 0, auto.stderr);
      assert.equal(one.stdout.trim().split("\n").length, AUTO_MIN_JOBS + 5);
      assert.equal(auto.stdout, one.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a --jobs that is neither auto nor a count", { skip: built }, () => {
    const bad = run(samples, "many");
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--jobs must be "auto" or an integer/);
  });
});

describe("autoWorkers", () => {
  it("stays in this thread for fewer inputs than a batch", () => {
    assert.equal(autoWorkers(8, 0, AUTO_MIN_JOBS - 1), 1);
  });
  it("uses one worker per idle core for a batch", () => {
    assert.equal(autoWorkers(2, 0.1, AUTO_MIN_JOBS), 2);
    assert.equal(autoWorkers(4, 1.2, AUTO_MIN_JOBS), 3);
    assert.equal(autoWorkers(64, 0, AUTO_MIN_JOBS), 8);
  });
  it("stays in this thread when fewer than two cores are idle", () => {
    assert.equal(autoWorkers(2, 1.0, AUTO_MIN_JOBS), 1);
    assert.equal(autoWorkers(1, 0, AUTO_MIN_JOBS), 1);
    assert.equal(autoWorkers(4, 7.5, AUTO_MIN_JOBS), 1);
  });
});
