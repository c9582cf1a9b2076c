#!/usr/bin/env node
// Benchmarks (npm run bench): figures, not tests. Machines here are shared and noisy: every figure is a
// median over repeated runs, and where a baseline exists it is measured in the same run.
//
//   1. cold start: the built CLI on one bundled sample article vs a bare `node -e ''`, interleaved;
//   2. steady throughput of analyze() in-process on all SpkAtt-2023 train texts (../shared/data), per
//      stage prefix (--stages), so each stage's own cost shows as the difference to the one before;
//   3. throughput through the CLI on the same texts as one JSONL file;
//   4. HTML: the CLI on the 181 pages of article-extraction-benchmark (../shared/data), as raw files named
//      in a JSONL file like the extraction scorer hands them over, against Readability.js on linkedom
//      in-process (bench/readability-baseline.mjs), runs interleaved, with the ratio of the medians;
//   5. size: analyze() on long texts of 0.1, 0.5, 1 and 2 MB (bench/long/): one article of our own repeated
//      (the same people, pronouns and quotes over and over) and different made-up articles concatenated,
//      each size in a process of its own (bench/long/measure.mjs): time per MB, and the ratio of the time
//      per MB at 2 MB to that at 0.1 MB (target ≤ 1.5: linear time), with the memory peak;
//   6. the corpus store (bench/store.mjs): ingest rates into SQLite and PostgreSQL (one vs two workers),
//      search and quotes latency on a store of 100,000 articles;
//   7. compare (bench/compare.mjs): `relate` over the analyses of 10,000 articles (corpora replicated with
//      planted edits; analysis timed apart), its memory and near-duplicate precision and recall, and
//      `compare` in-process on two analysed 1,000-word articles;
//   8. the clauses stage alone on the SpkAtt texts (made once up to the sentences stage), wall and CPU time.
// Options: --runs N (cold-start repetitions, default 15), --size-runs N (default 3),
// --only cold|stages|clauses|cli|html|size|store|compare, --parts sqlite,pg,query (of the store's part).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args[i + 1];
};
const RUNS = Number(opt("--runs", "15"));
const SIZE_RUNS = Number(opt("--size-runs", "3"));
const ONLY = opt("--only", "all");
const CLI = join(root, "dist", "cli", "main.js");
const SAMPLE = join(root, "samples", "de-hafenstreik.txt");
const SPKATT = join(root, "..", "shared", "data", "spkatt2023-task2", "train", "task2");
const AEB = join(root, "..", "shared", "data", "extraction", "article-extraction-benchmark");

if (!existsSync(CLI)) {
  console.error("bench: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const run = (cmd, cmdArgs) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmdArgs.join(" ")} failed: ${r.stderr}`);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, stdout: r.stdout };
};
const time = (cmd, cmdArgs) => run(cmd, cmdArgs).seconds;

if (ONLY === "all" || ONLY === "cold") {
  const bare = [];
  const ours = [];
  time(process.execPath, [CLI, "analyze", SAMPLE]); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    bare.push(time(process.execPath, ["-e", ""]));
    ours.push(time(process.execPath, [CLI, "analyze", SAMPLE, "--format", "json"]));
  }
  const b = median(bare);
  const o = median(ours);
  console.log(`cold start    node -e '': ${b.toFixed(3)} s   quellenlage analyze (one article): ${o.toFixed(3)} s   difference ${(o - b).toFixed(3)} s (target ≤ 0.400)   median of ${RUNS}`);
}

/** SpkAtt texts, detokenised simply (no space before closing punctuation): the bench needs text, not gold. */
function spkattTexts() {
  if (!existsSync(SPKATT)) return null;
  const NO_SPACE_BEFORE = new Set([".", ",", ";", ":", "!", "?", ")", "“", "%"]);
  return readdirSync(SPKATT)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(SPKATT, f), "utf8"));
      const text = raw.Sentences.map((s) => s.Tokens.reduce((acc, t) => (acc && !NO_SPACE_BEFORE.has(t) && !acc.endsWith("„") ? `${acc} ${t}` : acc + t), "")).join(" ");
      const date = /\((\d{4}-\d{2}-\d{2})\)$/.exec(raw.DocumentName)?.[1];
      return { id: raw.DocumentName, text, ...(date ? { published: date } : {}), language: "de" };
    });
}

const NO_TEXTS = ["cold", "html", "size", "compare"];
const texts = NO_TEXTS.includes(ONLY) ? null : spkattTexts();
if (!NO_TEXTS.includes(ONLY) && !texts) console.log(`throughput    skipped: ${SPKATT} is absent`);

if (texts && (ONLY === "all" || ONLY === "stages")) {
  const { analyze, STAGE_NAMES } = await import(join(root, "dist", "index.js"));
  let previous = 0;
  for (let k = 1; k <= STAGE_NAMES.length; k++) {
    const stages = STAGE_NAMES.slice(0, k);
    // Wall and CPU time of one pass (CPU: all of the process's threads, the compiler's and GC's included;
    // on a shared machine it moves less than the wall clock).
    const run = () => {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      for (const d of texts) analyze(d, { stages });
      const c = process.cpuUsage(c0);
      return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
    };
    run(); // warm-up
    const passes = [run(), run(), run()];
    const seconds = median(passes.map((p) => p.wall));
    const cpuPerDoc = (median(passes.map((p) => p.cpu)) / texts.length) * 1000;
    const perDoc = (seconds / texts.length) * 1000;
    console.log(
      `in-process    ${String(texts.length)} SpkAtt texts, stages ${stages.join(",").padEnd(48)} ${(texts.length / seconds).toFixed(0).padStart(5)} docs/s   ${perDoc.toFixed(2)} ms/doc   (+${(perDoc - previous).toFixed(2)} ms for ${stages.at(-1)}; CPU ${cpuPerDoc.toFixed(2)} ms/doc)`,
    );
    previous = perDoc;
  }
}

if (texts && (ONLY === "all" || ONLY === "stages" || ONLY === "clauses")) {
  // The clauses stage alone (target ≤ 0.6 ms per document): its run over documents made once up to the
  // sentences stage, so that no other stage's cost or noise is in the figure; CPU time beside wall time.
  const { analyzeUntil } = await import(join(root, "dist", "analyze.js"));
  const { clausesStage } = await import(join(root, "dist", "stages", "clauses", "index.js"));
  const { LOCALES, getLocale } = await import(join(root, "dist", "locales", "index.js"));
  const docs = texts.map((d) => analyzeUntil(d, "sentences", { stages: ["sentences"] }));
  const ctx = { locale: getLocale("de"), locales: Object.values(LOCALES), published: null, timeAnchoring: "news" };
  const once = () => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const d of docs) clausesStage.run(d, ctx);
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1000 / docs.length, wall: Number(process.hrtime.bigint() - t0) / 1e6 / docs.length };
  };
  once(); // warm-up
  const runs = [1, 2, 3, 4, 5].map(once);
  const load = loadavg()[0] ?? 0;
  console.log(
    `clauses stage ${docs.length} SpkAtt texts, the stage alone: ${median(runs.map((r) => r.wall)).toFixed(3)} ms/doc wall, ${median(runs.map((r) => r.cpu)).toFixed(3)} ms/doc CPU (target ≤ 0.6)   median of 5, load average ${load.toFixed(2)}`,
  );
}

if (texts && (ONLY === "all" || ONLY === "cli")) {
  const work = mkdtempSync(join(tmpdir(), "quellenlage-bench-"));
  const input = join(work, "spkatt.jsonl");
  writeFileSync(input, texts.map((d) => JSON.stringify(d)).join("\n") + "\n");
  // One thread, and the default (--jobs auto: workers on idle cores, judged by the load average).
  for (const jobs of ["1", "auto"]) {
    const load = loadavg()[0] ?? 0;
    const runs = [1, 2, 3].map(() => time(process.execPath, [CLI, "analyze", input, "--format", "jsonl", "--jobs", jobs]));
    const s = median(runs);
    console.log(
      `through CLI   ${texts.length} SpkAtt texts as JSONL, all stages, --jobs ${jobs.padEnd(4)}: ${(texts.length / s).toFixed(1)} docs/s (${s.toFixed(2)} s, start-up included, median of 3; load average ${load.toFixed(2)} on ${availableParallelism()} cores)`,
    );
  }
  rmSync(work, { recursive: true, force: true });
}

if (ONLY === "all" || ONLY === "html") {
  if (!existsSync(join(AEB, "ground-truth.json"))) {
    console.log(`html          skipped: ${AEB} is absent`);
  } else {
    const work = mkdtempSync(join(tmpdir(), "quellenlage-bench-"));
    const truth = JSON.parse(readFileSync(join(AEB, "ground-truth.json"), "utf8"));
    const ids = Object.keys(truth).filter((id) => existsSync(join(AEB, "html", `${id}.html.gz`))).sort();
    const lines = ids.map((id, i) => {
      const path = join(work, `${i}.html`);
      writeFileSync(path, gunzipSync(readFileSync(join(AEB, "html", `${id}.html.gz`))));
      return JSON.stringify({ id, path, url: truth[id].url });
    });
    const input = join(work, "pages.jsonl");
    writeFileSync(input, lines.join("\n") + "\n");
    const baseline = join(root, "bench", "readability-baseline.mjs");
    const ours = [];
    const theirs = [];
    const load = loadavg()[0] ?? 0;
    for (let i = 0; i < 3; i++) {
      // As the extraction scorer runs it: through npx (about 0.5 s of each run here), from the project root.
      ours.push(time("npx", ["quellenlage", "analyze", input, "--format", "jsonl"]));
      theirs.push(Number(run(process.execPath, [baseline, input]).stdout.trim()));
    }
    const cli = ids.length / median(ours);
    const readability = ids.length / median(theirs);
    console.log(
      `html          ${ids.length} pages (article-extraction-benchmark): npx quellenlage analyze: ${cli.toFixed(1)} pages/s (start-up included), Readability.js ${readability.toFixed(1)} pages/s in-process, ratio ${(cli / readability).toFixed(2)} (target ≥ 0.80)   median of 3, load average ${load.toFixed(2)} on ${availableParallelism()} cores`,
    );
    rmSync(work, { recursive: true, force: true });
  }
}

if (ONLY === "all" || ONLY === "size") {
  // Sizes in UTF-8 bytes; the library is given maxChars above each text's length (the default limit is
  // 2,000,000 characters, which 2 MB of German text stays just under).
  const SIZES = [0.1, 0.5, 1, 2];
  const measure = join(root, "bench", "long", "measure.mjs");
  for (const kind of ["repeated", "different"]) {
    const rows = [];
    for (const mb of SIZES) {
      const load = loadavg()[0] ?? 0;
      const runs = Array.from({ length: SIZE_RUNS }, () => JSON.parse(run(process.execPath, [measure, kind, String(mb * 1e6)]).stdout));
      const seconds = median(runs.map((r) => r.seconds));
      const cpu = median(runs.map((r) => r.cpuSeconds));
      const rss = Math.max(...runs.map((r) => r.rssPeakMB));
      const size = runs[0].bytes / 1e6;
      rows.push({ mb, perMB: seconds / size, cpuPerMB: cpu / size });
      console.log(
        `size          ${kind.padEnd(9)} ${size.toFixed(2)} MB (${runs[0].chars} chars, ${runs[0].sentences} sentences, ${runs[0].attributions} attributions, ${runs[0].entities} entities): ${seconds.toFixed(2)} s, ${(seconds / size).toFixed(2)} s/MB (cpu ${(cpu / size).toFixed(2)} s/MB), memory peak ${rss.toFixed(0)} MB RSS   median of ${SIZE_RUNS}, load average ${load.toFixed(2)}`,
      );
    }
    const first = rows[0];
    const last = rows.at(-1);
    console.log(
      `size          ${kind.padEnd(9)} time per MB at ${last.mb} MB / at ${first.mb} MB: ${(last.perMB / first.perMB).toFixed(2)} (cpu ${(last.cpuPerMB / first.cpuPerMB).toFixed(2)}; target ≤ 1.50)`,
    );
  }
}

if (ONLY === "all" || ONLY === "store") {
  const { benchStore } = await import("./store.mjs");
  let pages = null;
  if (existsSync(join(AEB, "ground-truth.json"))) {
    const work = mkdtempSync(join(tmpdir(), "quellenlage-bench-"));
    const truth = JSON.parse(readFileSync(join(AEB, "ground-truth.json"), "utf8"));
    const ids = Object.keys(truth).filter((id) => existsSync(join(AEB, "html", `${id}.html.gz`))).sort();
    const file = join(work, "pages.jsonl");
    writeFileSync(file, ids.map((id, i) => { const path = join(work, `${i}.html`); writeFileSync(path, gunzipSync(readFileSync(join(AEB, "html", `${id}.html.gz`)))); return JSON.stringify({ id, path, url: truth[id].url }); }).join("\n") + "\n");
    pages = { file, count: ids.length };
  }
  await benchStore({ root, texts, pages, parts: opt("--parts", "sqlite,pg,query").split(",") });
}

if (ONLY === "all" || ONLY === "compare") {
  const { benchCompare } = await import("./compare.mjs");
  await benchCompare({ root, cli: CLI, spkattTexts });
}
