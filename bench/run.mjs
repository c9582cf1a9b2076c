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
//      in-process (bench/readability-baseline.mjs), runs interleaved, with the ratio of the medians.
//   5. the clauses stage alone on the SpkAtt texts (made once up to the sentences stage), wall and CPU time.
// Options: --runs N (cold-start repetitions, default 15), --only cold|stages|clauses|cli|html.
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

const texts = ONLY === "cold" || ONLY === "html" ? null : spkattTexts();
if (ONLY !== "cold" && ONLY !== "html" && !texts) console.log(`throughput    skipped: ${SPKATT} is absent`);

if (texts && (ONLY === "all" || ONLY === "stages")) {
  const { analyze, STAGE_NAMES } = await import(join(root, "dist", "index.js"));
  let previous = 0;
  for (let k = 1; k <= STAGE_NAMES.length; k++) {
    const stages = STAGE_NAMES.slice(0, k);
    const run = () => {
      const t0 = process.hrtime.bigint();
      for (const d of texts) analyze(d, { stages });
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };
    run(); // warm-up
    const seconds = median([run(), run(), run()]);
    const perDoc = (seconds / texts.length) * 1000;
    console.log(
      `in-process    ${String(texts.length)} SpkAtt texts, stages ${stages.join(",").padEnd(48)} ${(texts.length / seconds).toFixed(0).padStart(5)} docs/s   ${perDoc.toFixed(2)} ms/doc   (+${(perDoc - previous).toFixed(2)} ms for ${stages.at(-1)})`,
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
