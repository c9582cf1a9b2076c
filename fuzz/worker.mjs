// The worker of fuzz/run.mjs: builds case N (fuzz/cases.mjs) and runs it through the built library the
// way the CLI does — bytes straight to analyze(), or a file read by readJobs() and each job analysed —
// and reports what happened. An outcome is "analysed" (every analysis valid against the JSON Schema,
// every span pointing at its text), "refused" (a QuellenlageError with its code), or a failure: an
// exception that is not a QuellenlageError, an E_INTERNAL (a wrapped unexpected error), or an invalid
// analysis. Hangs and memory are watched by the runner.
import { writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { EXTENSION, makeCase } from "./cases.mjs";

const { dist, dir, seed, pathsTo } = workerData;
const { analyze, readJobs, QuellenlageError } = await import(dist + "/index.js");
const schema = JSON.parse(readFileSync(dist + "/model/schema.json", "utf8"));
const validate = new Ajv2020({ allErrors: false, strict: false }).compile(schema);

/** Problems of an analysis: schema errors, spans that do not carry the text they point at. */
function problems(a) {
  if (!validate(a)) return (validate.errors ?? []).slice(0, 3).map((e) => `schema: ${e.instancePath || "/"} ${e.message ?? ""}`);
  const bad = [];
  const visit = (value, path) => {
    if (bad.length > 3) return;
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}/${i}`));
    if (value === null || typeof value !== "object") return;
    if (typeof value.start === "number" && typeof value.end === "number") {
      const { start, end } = value;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= a.text.length)) bad.push(`${path}: [${start}, ${end}) outside the text`);
      else if (typeof value.text === "string" && path !== "" && a.text.slice(start, end) !== value.text) bad.push(`${path}: text is not text.slice(${start}, ${end})`);
    }
    for (const [k, v] of Object.entries(value)) if (k !== "text" || path === "") visit(v, `${path}/${k}`);
  };
  visit(a, "");
  return bad;
}

function runOne(article, result) {
  try {
    const a = analyze(article);
    const p = problems(a);
    if (p.length) result.failures.push({ type: "invalid output", message: p.join("; ") });
    else result.analysed++;
  } catch (err) {
    classify(err, result);
  }
}

function classify(err, result) {
  if (err instanceof QuellenlageError && err.code !== "E_INTERNAL") {
    result.refused[err.code] = (result.refused[err.code] ?? 0) + 1;
    return;
  }
  const type = err instanceof QuellenlageError ? "E_INTERNAL" : "exception";
  const cause = err instanceof QuellenlageError ? err.cause : err;
  result.failures.push({ type, message: String(err?.message ?? err), stack: String(cause?.stack ?? "").split("\n").slice(0, 8).join("\n") });
}

parentPort.on("message", async ({ index }) => {
  const started = performance.now();
  const c = makeCase(seed, index, pathsTo);
  const result = { index, kind: c.kind, mutations: c.mutations, size: c.bytes.length, analysed: 0, refused: {}, failures: [] };
  let file = null;
  try {
    const direct = (c.kind === "text" || c.kind === "html") && !c.gzipped && index % 2 === 0;
    if (direct) {
      runOne({ id: `case-${index}`, bytes: c.bytes, ...(index % 4 === 0 ? { format: c.kind } : {}) }, result);
    } else {
      file = join(dir, `case-${index}.${EXTENSION[c.kind]}${c.gzipped ? ".gz" : ""}`);
      writeFileSync(file, c.bytes);
      for await (const job of readJobs([file])) {
        if ("error" in job) classify(job.error, result);
        else runOne(job.article, result);
      }
    }
  } catch (err) {
    // Something escaped readJobs itself.
    classify(err, result);
  } finally {
    if (file) {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    }
  }
  result.ms = performance.now() - started;
  result.heapMB = process.memoryUsage().heapUsed / 1024 / 1024;
  parentPort.postMessage(result);
});
parentPort.postMessage({ ready: true });
