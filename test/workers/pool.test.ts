import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { AUTO_MIN_JOBS, autoPlan } from "../../src/workers/pool.js";

const cli = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const samples = fileURLToPath(new URL("../../samples", import.meta.url));
const run = (input: string, jobs: string) => spawnSync(process.execPath, [cli, "analyze", input, "--format", "jsonl", "--jobs", jobs, "--no-progress"], { encoding: "utf8" });
/** stderr without its last line, the count with the time taken. */
const withoutCount = (stderr: string) => stderr.replace(/\d+ analysed, \d+ failed in \d+\.\d s\n$/, "");
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

  it("--jobs auto and pipeline give what one thread gives, for a batch too, failures included", { skip: built }, () => {
    const dir = mkdtempSync(join(tmpdir(), "quellenlage-pool-"));
    try {
      const input = join(dir, "batch.jsonl");
      const lines = Array.from({ length: AUTO_MIN_JOBS + 5 }, (_, i) =>
        JSON.stringify(
          i === 7
            ? { id: "empty", text: "   " }
            : i % 3 === 0
              ? { id: `h${i}`, html: `<html><head><title>Bericht ${i}</title></head><body><article><h1>Bericht ${i}</h1><p>Die Ministerin Anna Berg sagte am Montag in Kassel, der Plan ${i} komme.</p></article></body></html>`, published: "2024-03-04" }
              : { id: `n${i}`, text: `Die Ministerin Anna Berg sagte am Montag in Kassel, der Plan ${i} komme. „Wir sind bereit“, sagte sie.`, published: "2024-03-04" },
        ),
      );
      writeFileSync(input, lines.join("\n") + "\n");
      const one = run(input, "1");
      assert.equal(one.status, 1, "the empty input fails");
      assert.match(one.stderr, /E_EMPTY empty/);
      assert.equal(one.stdout.trim().split("\n").length, AUTO_MIN_JOBS + 4);
      for (const jobs of ["auto", "pipeline"]) {
        const other = run(input, jobs);
        assert.equal(other.status, 1, `${jobs}: ${other.stderr}`);
        assert.equal(other.stdout, one.stdout, jobs);
        assert.equal(withoutCount(other.stderr), withoutCount(one.stderr), jobs);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a --jobs that is neither auto, pipeline nor a count", { skip: built }, () => {
    const bad = run(samples, "many");
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--jobs must be "auto", "pipeline" or an integer/);
  });
});

describe("autoPlan", () => {
  it("stays in this thread for fewer inputs than a batch, and on a single core", () => {
    assert.equal(autoPlan(8, 0, AUTO_MIN_JOBS - 1), "here");
    assert.equal(autoPlan(1, 0, AUTO_MIN_JOBS), "here");
  });
  it("splits the stages between two threads with fewer than three idle cores, busy ones too", () => {
    assert.equal(autoPlan(2, 0.1, AUTO_MIN_JOBS), "pipeline");
    assert.equal(autoPlan(2, 1.6, AUTO_MIN_JOBS), "pipeline");
    assert.equal(autoPlan(4, 7.5, AUTO_MIN_JOBS), "pipeline");
  });
  it("runs whole analyses on one worker per idle core from three", () => {
    assert.equal(autoPlan(4, 1.2, AUTO_MIN_JOBS), 3);
    assert.equal(autoPlan(64, 0, AUTO_MIN_JOBS), 8);
  });
});
