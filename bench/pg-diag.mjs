#!/usr/bin/env node
// Where a PostgreSQL worker's time goes (a diagnostic beside `npm run bench -- --only store --parts pg`,
// which gives only rates): queues the 700 SpkAtt texts or the 181 benchmark pages in a schema of its own,
// runs N workers (`quellenlage worker --exit-when-idle`), and reports per job the workers' CPU time (all
// threads, and the main thread alone), the CPU time of their server processes, and what the workers'
// connections were doing (pg_stat_activity sampled every 20 ms: idle, idle in transaction, running,
// waiting on a lock or on I/O). CPU times are read from /proc, so PostgreSQL must run on this machine.
// On a shared machine the rates are noise; the CPU times per job and the waits are what to compare.
//   node bench/pg-diag.mjs texts|pages [workers=1] [runs=1]     (after npm run build; uses ../shared/data)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import pg from "pg";

const root = fileURLToPath(new URL("..", import.meta.url));
const [which = "texts", workersArg = "1", runsArg = "1"] = process.argv.slice(2);
const WORKERS = Number(workersArg);
const RUNS = Number(runsArg);
const CLI = join(root, "dist", "cli", "main.js");
const PG = process.env["QUELLENLAGE_BENCH_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";
const SPKATT = join(root, "..", "shared", "data", "spkatt2023-task2", "train", "task2");
const AEB = join(root, "..", "shared", "data", "extraction", "article-extraction-benchmark");
/** Milliseconds between two looks at the workers' connections. */
const SAMPLE_MS = 20;
/** Clock ticks per second of /proc/<pid>/stat (Linux: 100). */
const TICKS = 100;

const work = mkdtempSync(join(tmpdir(), "quellenlage-pg-diag-"));
const file = join(work, "input.jsonl");
let n;
if (which === "texts") {
  // As bench/run.mjs does: tokens joined simply.
  const NO_SPACE_BEFORE = new Set([".", ",", ";", ":", "!", "?", ")", "“", "%"]);
  const docs = readdirSync(SPKATT).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const raw = JSON.parse(readFileSync(join(SPKATT, f), "utf8"));
    const text = raw.Sentences.map((s) => s.Tokens.reduce((acc, t) => (acc && !NO_SPACE_BEFORE.has(t) && !acc.endsWith("„") ? `${acc} ${t}` : acc + t), "")).join(" ");
    const date = /\((\d{4}-\d{2}-\d{2})\)$/.exec(raw.DocumentName)?.[1];
    return { id: raw.DocumentName, text, ...(date ? { published: date } : {}), language: "de" };
  });
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
  n = docs.length;
} else {
  const truth = JSON.parse(readFileSync(join(AEB, "ground-truth.json"), "utf8"));
  const ids = Object.keys(truth).filter((id) => existsSync(join(AEB, "html", `${id}.html.gz`))).sort();
  writeFileSync(file, ids.map((id, i) => {
    const path = join(work, `${i}.html`);
    writeFileSync(path, gunzipSync(readFileSync(join(AEB, "html", `${id}.html.gz`))));
    return JSON.stringify({ id, path, url: truth[id].url });
  }).join("\n") + "\n");
  n = ids.length;
}

/** CPU seconds of a process or thread so far (user + system), or null when it is gone. */
function cpuOf(path) {
  try {
    const fields = readFileSync(`/proc/${path}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

const client = new pg.Client({ connectionString: PG });
await client.connect();
const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
for (let run = 0; run < RUNS; run++) {
  const app = `ql_diag_${process.pid}_${run}`;
  const schema = app;
  const url = `${PG}?schema=${schema}`;
  const queued = spawnSync(process.execPath, [CLI, "ingest", file, "--db", url, "--enqueue"], { encoding: "utf8" });
  if (queued.status !== 0) throw new Error(queued.stderr);
  const load = loadavg()[0].toFixed(2);
  const t0 = process.hrtime.bigint();
  const workerCpu = new Map();
  const mainCpu = new Map();
  const serverCpu = new Map();
  const states = new Map();
  let samples = 0;
  // PGAPPNAME names the workers' connections, so only theirs are sampled.
  const workers = Array.from({ length: WORKERS }, () =>
    spawn(process.execPath, [CLI, "worker", "--db", url, "--exit-when-idle", "--poll", "200ms"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, PGAPPNAME: app } }),
  );
  let running = true;
  const sampling = (async () => {
    while (running) {
      for (const w of workers) {
        const all = cpuOf(w.pid);
        const main = cpuOf(`${w.pid}/task/${w.pid}`);
        if (all !== null) workerCpu.set(w.pid, all);
        if (main !== null) mainCpu.set(w.pid, main);
      }
      const rows = (await client.query("SELECT pid, state, wait_event_type, wait_event, left(query, 60) AS q FROM pg_stat_activity WHERE application_name = $1", [app])).rows;
      for (const r of rows) {
        const cpu = cpuOf(r.pid);
        if (cpu !== null) serverCpu.set(r.pid, cpu);
        const waiting = r.wait_event_type && r.wait_event_type !== "Client";
        const key = r.state !== "active" ? r.state : waiting ? `waiting ${r.wait_event_type}:${r.wait_event} in ${r.q.replace(/\s+/g, " ")}` : "running";
        states.set(key, (states.get(key) ?? 0) + 1);
      }
      samples++;
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  await Promise.all(workers.map((w) => new Promise((resolve) => w.on("exit", resolve))));
  running = false;
  await sampling;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const jobs = (await client.query(`SELECT state, COUNT(*)::int AS n FROM ${schema}.jobs GROUP BY state ORDER BY state`)).rows;
  const tries = (await client.query(`SELECT COUNT(*)::int AS n FROM ${schema}.job_attempts`)).rows[0].n;
  const perJob = (seconds) => `${((seconds / n) * 1000).toFixed(1)} ms`;
  console.log(
    `pg diag  ${n} ${which}, ${WORKERS} worker${WORKERS > 1 ? "s" : ""}: ${(n / s).toFixed(1)} articles/s (load ${load}); per job: workers' CPU ${perJob(sum(workerCpu))} ` +
      `(main threads ${perJob(sum(mainCpu))}), their server processes' CPU ${perJob(sum(serverCpu))}; jobs ${jobs.map((j) => `${j.state} ${j.n}`).join(", ")}, tries ${tries}`,
  );
  for (const [k, v] of [...states].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`         ${(v / samples).toFixed(2)} connections ${k}`);
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
}
await client.end();
rmSync(work, { recursive: true, force: true });
