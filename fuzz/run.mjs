#!/usr/bin/env node
// npm run fuzz [-- --cases N --seconds S --seed N --case N --case-timeout S --memory-mb M]
//
// Mutated real-looking inputs of every kind (fuzz/cases.mjs) through the built library (fuzz/worker.mjs),
// one case after another in a worker thread with a memory limit. Every case must end in valid analyses
// or typed errors: an exception that is not a QuellenlageError, an E_INTERNAL, an invalid analysis, a
// case that runs past --case-timeout (a hang: the worker is terminated and a new one goes on) or one
// that runs the worker out of its memory (--memory-mb) is a failure, saved to fuzz/crashers/ with the
// command that replays it. Bounded: stops after --cases cases or --seconds seconds, whichever first.
// Exit status 1 when anything failed.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { makeCase } from "./cases.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i < 0 ? dflt : args[i + 1];
};
const CASES = Number(opt("--cases", "20000"));
const SECONDS = Number(opt("--seconds", "1800"));
const SEED = Number(opt("--seed", "1"));
const ONLY = opt("--case", null);
const CASE_TIMEOUT_MS = Number(opt("--case-timeout", "60")) * 1000;
const MEMORY_MB = Number(opt("--memory-mb", "1024"));
const CRASHERS = join(root, "fuzz", "crashers");
/** A line on the way every this many cases. */
const PROGRESS_EVERY = 1000;

const work = mkdtempSync(join(tmpdir(), "quellenlage-fuzz-"));
// Files JSONL cases may name by path: one inside their folder, and ways out of it (refused with E_PATH).
writeFileSync(join(work, "page.html"), "<html><body><p>Die Ministerin sagte am Montag, der Plan komme bald.</p></body></html>");
writeFileSync(join(work, "..", `quellenlage-fuzz-outside-${process.pid}.txt`), "außerhalb");
symlinkSync(join(work, "..", `quellenlage-fuzz-outside-${process.pid}.txt`), join(work, "link-out.txt"));
const pathsTo = ["page.html", "missing.html", "link-out.txt", `../quellenlage-fuzz-outside-${process.pid}.txt`, "/etc/hostname", "file:///etc/hostname", ".", "sub/../page.html"];

let worker = null;
let waiting = null;
function spawn() {
  worker = new Worker(new URL("./worker.mjs", import.meta.url), {
    workerData: { dist: join(root, "dist"), dir: work, seed: SEED, pathsTo },
    resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
  });
  worker.on("message", (m) => waiting?.resolve({ message: m }));
  worker.on("error", (err) => waiting?.resolve({ error: err }));
  worker.on("exit", (code) => waiting?.resolve({ exit: code }));
  return next();
}
function next(timeoutMs = CASE_TIMEOUT_MS) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ hang: true }), timeoutMs);
    waiting = {
      resolve: (v) => {
        clearTimeout(timer);
        waiting = null;
        resolve(v);
      },
    };
  });
}
async function restart() {
  const old = worker;
  old.removeAllListeners();
  old.on("error", () => {});
  await old.terminate();
  const ready = await spawn();
  if (!ready.message?.ready) throw new Error(`the fuzz worker did not start: ${ready.error?.message ?? JSON.stringify(ready)}`);
}

const stats = { cases: 0, analysed: 0, refused: {}, failures: [], byKind: {}, byMutation: {}, slowest: [], heapPeakMB: 0, times: [] };
function save(index, type, detail) {
  mkdirSync(CRASHERS, { recursive: true });
  const c = makeCase(SEED, index, pathsTo);
  const base = join(CRASHERS, `seed${SEED}-case${index}-${c.kind}`);
  writeFileSync(`${base}.bin`, c.bytes);
  writeFileSync(`${base}.json`, JSON.stringify({ seed: SEED, index, kind: c.kind, mutations: c.mutations, type, detail, replay: `npm run fuzz -- --seed ${SEED} --case ${index}` }, null, 2) + "\n");
  return base;
}

const first = await spawn();
if (!first.message?.ready) throw new Error(`the fuzz worker did not start: ${first.error?.message ?? JSON.stringify(first)}`);
const t0 = performance.now();
const load = loadavg()[0] ?? 0;
const indices = ONLY !== null ? [Number(ONLY)] : null;
for (let i = 0; indices ? i < indices.length : i < CASES; i++) {
  if (!indices && (performance.now() - t0) / 1000 > SECONDS) break;
  const index = indices ? indices[i] : i;
  const reply = next();
  worker.postMessage({ index });
  const got = await reply;
  stats.cases++;
  if (stats.cases % PROGRESS_EVERY === 0) console.log(`… ${stats.cases} cases in ${((performance.now() - t0) / 1000).toFixed(0)} s, ${stats.failures.length} failures`);
  if (got.message) {
    const r = got.message;
    stats.analysed += r.analysed;
    for (const [code, n] of Object.entries(r.refused)) stats.refused[code] = (stats.refused[code] ?? 0) + n;
    stats.byKind[r.kind] = (stats.byKind[r.kind] ?? 0) + 1;
    for (const m of r.mutations) stats.byMutation[m] = (stats.byMutation[m] ?? 0) + 1;
    stats.heapPeakMB = Math.max(stats.heapPeakMB, r.heapMB);
    stats.times.push(r.ms);
    stats.slowest.push({ index, ms: r.ms, kind: r.kind, size: r.size, mutations: r.mutations });
    stats.slowest.sort((a, b) => b.ms - a.ms).splice(5);
    for (const f of r.failures) {
      stats.failures.push({ index, ...f, file: save(index, f.type, f) });
      console.log(`FAIL case ${index} (${r.kind}, ${r.mutations.join("+") || "unmutated"}): ${f.type}: ${f.message}\n${f.stack ?? ""}`);
    }
    if (indices) console.log(JSON.stringify(r, null, 2));
    continue;
  }
  const type = got.hang ? "hang" : got.error?.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out of memory" : "worker died";
  const detail = got.hang ? `no answer within ${CASE_TIMEOUT_MS / 1000} s` : (got.error?.message ?? `exit ${got.exit}`);
  stats.failures.push({ index, type, message: detail, file: save(index, type, { message: detail }) });
  console.log(`FAIL case ${index}: ${type}: ${detail}`);
  await restart();
}
const seconds = (performance.now() - t0) / 1000;
await worker.terminate();
rmSync(work, { recursive: true, force: true });
rmSync(join(work, "..", `quellenlage-fuzz-outside-${process.pid}.txt`), { force: true });

const count = (type) => stats.failures.filter((f) => f.type === type).length;
const refused = Object.entries(stats.refused)
  .sort((a, b) => b[1] - a[1])
  .map(([c, n]) => `${c} ${n}`)
  .join(", ");
console.log(`kinds: ${Object.entries(stats.byKind).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`mutations: ${Object.entries(stats.byMutation).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`refused: ${refused || "none"}`);
const sorted = stats.times.sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
console.log(`time per case: median ${at(0.5).toFixed(0)} ms, 90 % ${at(0.9).toFixed(0)} ms, 99 % ${at(0.99).toFixed(0)} ms, total ${(sorted.reduce((a, b) => a + b, 0) / 1000).toFixed(0)} s`);
console.log(`slowest: ${stats.slowest.map((s) => `#${s.index} ${s.kind} ${(s.size / 1024).toFixed(0)} KB ${(s.ms / 1000).toFixed(2)} s (${s.mutations.join("+") || "unmutated"})`).join("; ")}`);
console.log(`memory: worker heap peak ${stats.heapPeakMB.toFixed(0)} MB (limit ${MEMORY_MB} MB), process RSS peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(
  `fuzz: ${stats.cases} cases in ${seconds.toFixed(0)} s (seed ${SEED}; load average ${load.toFixed(2)} on ${availableParallelism()} cores): ${stats.analysed} analyses, ${Object.values(stats.refused).reduce((a, b) => a + b, 0)} typed refusals; ${count("exception") + count("E_INTERNAL")} uncaught exceptions, ${count("invalid output")} invalid analyses, ${count("hang")} hangs, ${count("out of memory")} out of memory, ${count("worker died")} worker deaths`,
);
process.exitCode = stats.failures.length ? 1 : 0;
