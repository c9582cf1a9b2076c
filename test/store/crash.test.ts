/**
 * Crash tests: ingest (SQLite) and workers (PostgreSQL) killed with SIGKILL at random points, again and
 * again, then run to the end. Afterwards the store is consistent, holds exactly the articles, versions
 * and attributions of an uninterrupted run, and nothing is doubled.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { openStore, type CorpusStore } from "../../src/store/index.js";
import { CLI, dropSchema, ingestFiles, pgSchemaUrl, runCliSync, skipUnlessPg } from "./helpers.js";
import { corpus, tempDir, writeCorpus } from "./corpus.js";
import { mulberry32 as random } from "../../scripts/seeded-random.mjs";

/** Kills per test (the issue asks for at least 20). */
const KILLS = 20;
/** Enough that 20 kills, each after one or two written batches of two, never finish the job. */
const ARTICLES = 96;
/** Articles per transaction in the SQLite runs: many commits, so kills land before, in and after them. */
const BATCH = "2";

const SEED = Number(process.env["QUELLENLAGE_CRASH_SEED"] ?? Math.floor(Math.random() * 2 ** 31));
console.log(`# crash tests: seed ${SEED} (QUELLENLAGE_CRASH_SEED=${SEED} repeats the kill points)`);
const rand = random(SEED);

/**
 * Starts a child and kills it with SIGKILL after its `afterLines`-th line matching `pattern` on stderr
 * (plus up to `jitterMs`), or after `afterMs` — whichever the caller chose; resolves when it is gone.
 */
function runAndKill(args: readonly string[], kill: { afterLines?: number; pattern?: RegExp; afterMs?: number; jitterMs?: number }): Promise<{ killed: boolean; lines: number }> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(CLI[0], [...CLI.slice(1), ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let lines = 0;
    let killed = false;
    let buffer = "";
    const doKill = () => {
      if (killed || child.exitCode !== null) return;
      killed = true;
      child.kill("SIGKILL");
    };
    const later = () => setTimeout(doKill, Math.floor(rand() * (kill.jitterMs ?? 0)));
    child.stderr!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (kill.pattern?.test(line) && ++lines === kill.afterLines) later();
      }
    });
    const timer = kill.afterMs !== undefined ? setTimeout(doKill, kill.afterMs) : null;
    child.on("exit", () => {
      if (timer) clearTimeout(timer);
      resolve({ killed, lines });
    });
  });
}

async function reference(inputs: readonly string[]): Promise<Record<string, number>> {
  const store = await openStore(join(tempDir(), "reference.db"));
  await ingestFiles(store, inputs);
  const counts = await store.counts();
  await store.close();
  return counts;
}

/** Every version whole: its query rows are all there, its attributions once each. */
async function assertWhole(store: CorpusStore): Promise<void> {
  const broken = await store.db.all(
    `SELECT v.id FROM versions v WHERE v.n_attributions <> (SELECT COUNT(*) FROM attributions q WHERE q.version_id = v.id)
       OR v.n_sentences <> (SELECT COUNT(*) FROM sentences s WHERE s.version_id = v.id)`,
  );
  assert.deepEqual(broken, [], "versions with missing or extra rows");
  const doubled = await store.db.all("SELECT article_id, COUNT(*) AS n FROM versions GROUP BY article_id HAVING COUNT(*) > 1");
  assert.deepEqual(doubled, [], "an unchanged article stored twice");
  const twice = await store.db.all("SELECT version_id, idx FROM attributions GROUP BY version_id, idx HAVING COUNT(*) > 1");
  assert.deepEqual(twice, []);
  const orphans = await store.db.all("SELECT a.id FROM articles a LEFT JOIN versions v ON v.id = a.current_version WHERE v.id IS NULL");
  assert.deepEqual(orphans, []);
}

describe("crash: ingest into SQLite killed at random points", () => {
  it(`finishes after ${KILLS} kills with nothing lost or doubled`, async () => {
    const input = writeCorpus(corpus(ARTICLES));
    const db = join(tempDir(), "crash.db");
    const expected = await reference([input]);
    let kills = 0;
    for (let round = 0; kills < KILLS; round++) {
      // Killed after one or two batches were committed (and 0–30 ms later): in the analysis of the next
      // articles, in the middle of a transaction, or in its commit.
      const mode = { pattern: /^new-article /, afterLines: 1 + Math.floor(rand() * 2), jitterMs: 30 };
      const r = await runAndKill(["ingest", input, "--db", db, "--jobs", "1", "--batch", BATCH, "--verbose"], mode);
      assert.ok(r.killed, "the run finished before it was killed: the corpus is too small for the kills");
      kills++;
      const raw = new Database(db, { readonly: true });
      try {
        assert.equal(raw.pragma("integrity_check", { simple: true }), "ok");
      } finally {
        raw.close();
      }
      const store = await openStore(db);
      try {
        await assertWhole(store);
        assert.ok((await store.counts())["articles"]! <= ARTICLES);
      } finally {
        await store.close();
      }
    }
    assert.equal(kills, KILLS);
    const last = runCliSync(["ingest", input, "--db", db, "--jobs", "1"]);
    assert.equal(last.status, 0, last.stderr);
    const store = await openStore(db);
    try {
      await assertWhole(store);
      assert.deepEqual(await store.counts(), expected);
    } finally {
      await store.close();
    }
  });
});

const skip = await skipUnlessPg();
if (skip) console.log(`# skipping the PostgreSQL crash test: ${skip}`);

describe("crash: PostgreSQL workers killed at random points", { skip }, () => {
  let schema: string | null = null;
  after(async () => {
    if (schema) await dropSchema(schema);
  });

  it(`retries the jobs of ${KILLS} killed workers and stores each once`, async () => {
    const input = writeCorpus(corpus(ARTICLES));
    const target = pgSchemaUrl("crash");
    schema = target.schema;
    const expected = await reference([input]);
    const queued = runCliSync(["ingest", input, "--db", target.url, "--enqueue"]);
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stderr, new RegExp(`queued ${ARTICLES},`));
    let kills = 0;
    // Two workers at a time; each is killed after a few jobs (or at a random time) and replaced.
    const worker = async (): Promise<void> => {
      while (kills < KILLS) {
        // Killed while a job is in hand: 0–8 ms after the first or second job it takes for the first time
        // started (a small article's analysis and write take longer), so no job is killed twice and none
        // reaches MAX_ATTEMPTS. A worker that finds the queue empty stops by itself.
        const mode = { pattern: /^started job \d+ .* try 1$/, afterLines: 1 + Math.floor(rand() * 2), jitterMs: 8 };
        const r = await runAndKill(["worker", "--db", target.url, "--verbose", "--exit-when-idle"], mode);
        if (!r.killed) break;
        kills++;
      }
    };
    await Promise.all([worker(), worker()]);
    assert.ok(kills >= KILLS);
    const last = runCliSync(["worker", "--db", target.url, "--exit-when-idle"]);
    assert.equal(last.status, 0, last.stderr);
    const store = await openStore(target.url);
    try {
      await assertWhole(store);
      const counts = await store.counts();
      assert.deepEqual(counts, expected);
      const jobs = await store.db.all<{ state: string; n: number }>("SELECT state, COUNT(*) AS n FROM jobs GROUP BY state");
      assert.deepEqual(jobs, [{ state: "done", n: ARTICLES }]);
      const retried = await store.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM (SELECT job_id FROM job_attempts GROUP BY job_id HAVING COUNT(*) > 1) t");
      console.log(`# PostgreSQL crash test: ${kills} workers killed, ${retried?.n ?? 0} jobs retried`);
      assert.ok(Number(retried?.n) > 0, "some kills hit a job in hand");
    } finally {
      await store.close();
    }
  });
});
