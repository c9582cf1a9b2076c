/**
 * A batch reports itself on stderr (progress at most once a second, the final count always), and an
 * input that takes too long fails with E_TIMEOUT while the batch goes on.
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import type { Outcome, WorkerReply, WorkerRequest } from "../../src/workers/pool.js";
import { WorkerSlot, watch } from "../../src/workers/watchdog.js";
import { Progress } from "../../src/cli/progress.js";
import { SUMMARY_LINE, cli, errorLines } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "quellenlage-batch-"));
const TEXT = "Die Ministerin sagte am Montag in Kassel, der Plan komme.";

function capture(tty: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough();
  if (tty) stream.isTTY = true;
  const parts: Buffer[] = [];
  stream.on("data", (c: Buffer) => parts.push(c));
  return { stream, text: () => Buffer.concat(parts).toString("utf8") };
}

describe("batch report", () => {
  it("writes progress lines at most once a second when stderr is not a terminal, and the count at the end", () => {
    let now = 0;
    const err = capture(false);
    const progress = new Progress(err.stream, true, () => now);
    for (let i = 0; i < 50; i++) {
      now += 100; // ten inputs a second for five seconds
      progress.tick(i % 10 !== 3);
    }
    progress.done();
    const lines = err.text().trim().split("\n");
    assert.deepEqual(lines.slice(0, -1), [
      "progress: 9 analysed, 1 failed, 1.0 s, 10.0/s",
      "progress: 18 analysed, 2 failed, 2.0 s, 10.0/s",
      "progress: 27 analysed, 3 failed, 3.0 s, 10.0/s",
      "progress: 36 analysed, 4 failed, 4.0 s, 10.0/s",
      "progress: 45 analysed, 5 failed, 5.0 s, 10.0/s",
    ]);
    assert.equal(lines.at(-1), "45 analysed, 5 failed in 5.0 s");
    assert.match(lines.at(-1)!, SUMMARY_LINE);
  });

  it("writes no progress with --no-progress, and on a terminal redraws one line that the count replaces", () => {
    let now = 0;
    const quiet = capture(false);
    const off = new Progress(quiet.stream, false, () => now);
    for (let i = 0; i < 30; i++) {
      now += 200;
      off.tick(true);
    }
    off.done();
    assert.equal(quiet.text(), "30 analysed, 0 failed in 6.0 s\n");
    const term = capture(true);
    const on = new Progress(term.stream, true, () => now);
    on.tick(true);
    on.done();
    const CLEAR = "\r\u001b[K";
    const out = term.text();
    assert.ok(out.startsWith(CLEAR) && out.includes(" 1 analysed, 0 failed, "), JSON.stringify(out));
    assert.ok(out.endsWith(`${CLEAR}1 analysed, 0 failed in 0.0 s\n`), JSON.stringify(out));
  });

  it("the CLI always ends stderr with the count, failures included", async () => {
    const good = join(dir, "good.txt");
    writeFileSync(good, TEXT);
    const r = await cli(["analyze", good, join(dir, "missing.txt"), "--format", "jsonl"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\n1 analysed, 1 failed in \d+\.\d s\n$/);
  });
});

describe("time limit per input", () => {
  it("fails an input past --timeout with E_TIMEOUT and goes on with the next", async () => {
    const list = join(dir, "timed.jsonl");
    writeFileSync(list, [{ id: "a", text: TEXT }, { id: "b", text: TEXT }].map((r) => JSON.stringify(r)).join("\n") + "\n");
    // A limit of a microsecond is over before the first check: every input times out, and each is reported.
    const tiny = await cli(["analyze", list, "--format", "jsonl", "--timeout", "0.000001", "--no-progress"]);
    assert.equal(tiny.status, 1);
    assert.deepEqual(
      errorLines(tiny.stderr).map((l) => l.replace(/: .*/, "")),
      ["E_TIMEOUT a", "E_TIMEOUT b"],
    );
    assert.match(tiny.stderr, /time limit of 0\.0 s/);
    const none = await cli(["analyze", list, "--format", "jsonl", "--timeout", "0", "--no-progress"]);
    assert.equal(none.status, 0, none.stderr);
    assert.equal(none.stdout.trim().split("\n").length, 2);
    const bad = await cli(["analyze", list, "--timeout", "soon"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--timeout must be a number of seconds/);
  });

  it("terminates a worker stuck past the limit, fails its input with E_TIMEOUT and hands the rest to a new worker", async () => {
    const replies: WorkerReply[] = [];
    const stuck: Outcome[] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const check = () => {
      if (replies.length + stuck.length === 3) done();
    };
    const slot = new WorkerSlot(
      (reply) => {
        replies.push(reply);
        check();
      },
      (err) => assert.fail(err),
      new URL("./fixtures/stuck-worker.mjs", import.meta.url),
      // Plain JavaScript: without the test runner's TypeScript loader, which would slow its start.
      { execArgv: [] },
    );
    const unwatch = watch(
      [slot],
      400,
      (_request: WorkerRequest, outcome: Outcome) => {
        stuck.push(outcome);
        check();
      },
      400,
    );
    try {
      for (const [seq, text] of ["first", "stuck", "third"].entries()) slot.post({ seq, article: { id: text, text }, options: {} });
      await finished;
    } finally {
      unwatch();
      await slot.close();
    }
    assert.deepEqual(replies.map((r) => r.error?.message), ["answered first", "answered third"]);
    assert.equal(stuck.length, 1);
    assert.equal(stuck[0]!.id, "stuck");
    assert.equal(stuck[0]!.error?.code, "E_TIMEOUT");
    assert.match(stuck[0]!.error?.message ?? "", /did not stop at its time limit of 0\.4 s; its thread was stopped after/);
  });
});
