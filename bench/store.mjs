// The store's part of `npm run bench` (`-- --only store`):
//   1. ingest rate into SQLite through the CLI (start-up included): the 700 SpkAtt texts (JSONL) and the
//      181 benchmark pages (HTML), analysis included, `--jobs 1` and the default `auto`;
//   2. into PostgreSQL through the queue: enqueue, then one worker vs two workers (each analysing in its
//      own thread, as `--jobs 1`), the load average beside each figure;
//   3. search and quotes latency, p50/p95, in-process (library calls on an open store) and through the
//      CLI, on a store of 100,000 articles: the SpkAtt texts replicated with new ids, outlets and dates,
//      built once and kept in .bench/ (gitignored; delete it to build again).
// `--parts sqlite,pg,query` (with --only store) runs some of them.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const load = () => (loadavg()[0] ?? 0).toFixed(2);
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

/** Articles in the big store. */
const BIG = Number(process.env["QUELLENLAGE_BENCH_ARTICLES"] ?? 100_000);
/** Outlets the replicated articles are spread over. */
const HOSTS = Array.from({ length: 20 }, (_, i) => `outlet${i + 1}.example`);
const PG = process.env["QUELLENLAGE_BENCH_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

export async function benchStore({ root, texts, pages, parts = ["sqlite", "pg", "query"] }) {
  const CLI = join(root, "dist", "cli", "main.js");
  const work = mkdtempSync(join(tmpdir(), "quellenlage-bench-store-"));
  const cli = (args) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`quellenlage ${args.join(" ")} failed: ${r.stderr}`);
    return { s: seconds(t0), stdout: r.stdout, stderr: r.stderr };
  };
  const inputs = [];
  if (texts) {
    const file = join(work, "spkatt.jsonl");
    writeFileSync(file, texts.map((d) => JSON.stringify(d)).join("\n") + "\n");
    inputs.push(["SpkAtt texts", file, texts.length]);
  }
  if (pages) inputs.push(["benchmark pages (HTML)", pages.file, pages.count]);
  if (inputs.length === 0) {
    console.log(`store         skipped: ../shared/data is absent`);
    return;
  }

  // 1. SQLite ingest.
  // Beside each, `analyze` of the same input in the same minutes (interleaved): what the analysis alone costs here now.
  for (const [label, file, n] of parts.includes("sqlite") ? inputs : []) {
    for (const jobs of ["1", "auto"]) {
      const runs = [];
      const baseline = [];
      let l = "";
      for (let i = 0; i < 2; i++) {
        const db = join(work, `ingest-${i}.db`);
        l = load();
        runs.push(cli(["ingest", file, "--db", db, "--jobs", jobs]).s);
        baseline.push(cli(["analyze", file, "--format", "jsonl", "--jobs", jobs]).s);
        rmSync(db, { force: true });
        rmSync(db + "-wal", { force: true });
        rmSync(db + "-shm", { force: true });
      }
      const s = Math.min(...runs);
      const b = Math.min(...baseline);
      console.log(
        `store sqlite  ingest ${n} ${label}, --jobs ${jobs.padEnd(4)}: ${(n / s).toFixed(1)} articles/s (${s.toFixed(2)} s, analysis and start-up included, best of 2; ` +
          `analyze alone ${(n / b).toFixed(1)}/s, ingest at ${((b / s) * 100).toFixed(0)} % of it; load average ${l})`,
      );
    }
  }

  // 2. PostgreSQL: one worker vs two.
  const pg = parts.includes("pg") && (await pgAnswers());
  if (!parts.includes("pg")) {
    // not asked for
  } else if (!pg) console.log(`store pg      skipped: no PostgreSQL answers at ${PG}`);
  else {
    for (const [label, file, n] of inputs) {
      const rates = {};
      for (const workers of [1, 2, 1, 2]) {
        const schema = `ql_bench_${process.pid}_${workers}_${Math.floor(Math.random() * 1e6)}`;
        const url = `${PG}?schema=${schema}`;
        cli(["ingest", file, "--db", url, "--enqueue"]);
        const l = load();
        const t0 = process.hrtime.bigint();
        await Promise.all(Array.from({ length: workers }, () => runWorker(CLI, url)));
        const s = seconds(t0);
        await dropSchema(schema);
        (rates[workers] ??= []).push({ rate: n / s, load: l });
      }
      const best = (w) => rates[w].reduce((a, b) => (b.rate > a.rate ? b : a));
      const one = best(1);
      const two = best(2);
      console.log(`store pg      ${n} ${label}: 1 worker ${one.rate.toFixed(1)} articles/s (load ${one.load}), 2 workers ${two.rate.toFixed(1)} articles/s (load ${two.load}): ${(two.rate / one.rate).toFixed(2)}× (target ≥ 1.6 on 2 cores; best of 2 each, workers started together, start-up included)`);
    }
  }

  // 3. Latency on the big store.
  if (!texts || !parts.includes("query")) return;
  const big = join(root, ".bench", `store-${BIG}.db`);
  if (!existsSync(big)) await buildBig(root, texts, big);
  const store = await import(join(root, "dist", "store", "index.js"));
  const s = await store.openStore(big);
  const counts = await s.counts();
  const top = (await s.db.all("SELECT n.name FROM attributions q JOIN names n ON n.key = q.speaker_key WHERE q.is_current = 1 GROUP BY n.name ORDER BY COUNT(*) DESC LIMIT 8")).map((r) => r.name);
  const searches = ["Bundesregierung", "Regierung sagte", '"Bundesregierung sagte"', "Flüchtlinge", "Fluechtlinge", "Merkel", "Steuern Erhöhung", "Polizei", "Klimaschutz", "Europa", "Wahl", "Gericht"];
  const quoteQueries = [
    ...top.map((name) => ({ speaker: name })),
    ...top.slice(0, 3).map((name) => ({ speaker: name.split(" ").at(-1) })),
    { outlet: HOSTS[3] }, { type: "direct" }, { type: "indirect", from: "2022-01-01", to: "2022-03-31" }, { outlet: HOSTS[7], type: "reported" }, {},
  ];
  const time = async (fn) => {
    const t0 = process.hrtime.bigint();
    await fn();
    return seconds(t0) * 1000;
  };
  const measure = async (list, run) => {
    for (const x of list) await run(x); // warm-up
    const ms = [];
    for (let r = 0; r < 5; r++) for (const x of list) ms.push(await time(() => run(x)));
    return ms;
  };
  const l = load();
  const sMs = await measure(searches, (t) => store.search(s, t, { limit: 100 }));
  const qMs = await measure(quoteQueries, (f) => store.quotes(s, { ...f, limit: 100 }));
  await s.close();
  const fmt = (ms) => `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms`;
  console.log(`store query   ${counts.articles} articles, ${counts.attributions} attributions (SQLite, in-process, ${sMs.length + qMs.length} calls, load ${l}): search ${fmt(sMs)}; quotes ${fmt(qMs)} (target p95 ≤ 200 ms)`);
  const cliS = [];
  const cliQ = [];
  const l2 = load();
  for (const t of searches.slice(0, 8)) cliS.push(cli(["search", t, "--db", big, "--format", "json"]).s * 1000);
  for (const f of quoteQueries.slice(0, 8)) cliQ.push(cli(["quotes", "--db", big, "--format", "json", ...Object.entries(f).flatMap(([k, v]) => [`--${k}`, v])]).s * 1000);
  console.log(`store query   the same through the CLI (a process per query, start-up included; load ${l2}): search ${fmt(cliS)}; quotes ${fmt(cliQ)}`);
  rmSync(work, { recursive: true, force: true });
}

function runWorker(cli, url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "worker", "--db", url, "--exit-when-idle", "--poll", "200ms"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (c) => (err += c));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(err))));
  });
}

async function pgAnswers() {
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: PG, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function dropSchema(schema) {
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
}

/** The texts analysed once, then stored again and again with new ids, outlets and dates (2019–2024). */
export async function buildBig(root, texts, path) {
  const { analyze } = await import(join(root, "dist", "index.js"));
  const store = await import(join(root, "dist", "store", "index.js"));
  mkdirSync(join(root, ".bench"), { recursive: true });
  const partial = path + ".building";
  for (const suffix of ["", "-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  const s = await store.openStore(partial);
  const t0 = process.hrtime.bigint();
  const analyses = texts.map((t) => analyze(t));
  const DAY_MS = 86_400_000;
  const start = Date.UTC(2019, 0, 1);
  const span = 6 * 365;
  let batch = [];
  for (let i = 0; i < BIG; i++) {
    const k = i % texts.length;
    const copy = Math.floor(i / texts.length);
    const host = HOSTS[(k * 7 + copy) % HOSTS.length];
    const published = new Date(start + ((i * 7919) % span) * DAY_MS).toISOString().slice(0, 10);
    const id = `${texts[k].id}#${copy}`;
    const url = `https://${host}/${copy}/${k}`;
    const a = analyses[k];
    const analysis = { ...a, id, meta: { ...a.meta, published, url, outlet: host.replace(".example", "").toUpperCase() } };
    const input = { id, url, published, text: texts[k].text };
    batch.push(store.toRecord(analysis, input, { analyserVersion: "bench", keepSource: false }));
    if (batch.length === 200) {
      await s.putMany(batch, new Date(start).toISOString());
      batch = [];
    }
    if ((i + 1) % 10000 === 0) console.log(`store build   ${i + 1} articles (${((i + 1) / seconds(t0)).toFixed(0)}/s)`);
  }
  if (batch.length) await s.putMany(batch, new Date(start).toISOString());
  await s.relinkSpeakers();
  await s.close();
  for (const suffix of ["-wal", "-shm"]) rmSync(partial + suffix, { force: true });
  const { renameSync } = await import("node:fs");
  renameSync(partial, path);
}
