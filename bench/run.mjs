#!/usr/bin/env node
// Benchmarks (npm run bench): figures, not tests. Machines here are shared and noisy: every figure is a
// median over repeated runs, and where a baseline exists it is measured in the same run.
//
//   1. cold start: the built CLI on one bundled sample article vs a bare `node -e ''`, interleaved;
//   2. steady throughput of analyze() in-process on all SpkAtt-2023 train texts (../shared/data), per
//      stage prefix (--stages), so each stage's own cost shows as the difference to the one before;
//   3. throughput through the CLI on the same texts as one JSONL file.
// Options: --runs N (cold-start repetitions, default 15), --only cold|stages|cli.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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

if (!existsSync(CLI)) {
  console.error("bench: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const time = (cmd, cmdArgs) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0) throw new Error(`${cmdArgs.join(" ")} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

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

const texts = ONLY === "cold" ? null : spkattTexts();
if (ONLY !== "cold" && !texts) console.log(`throughput    skipped: ${SPKATT} is absent`);

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
