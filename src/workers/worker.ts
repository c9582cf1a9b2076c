/**
 * A worker thread of src/workers/pool.ts: analyses the articles it is sent, or with `until` only as far as
 * that stage (analyzeUntil), for the main thread of a pipeline to finish.
 */
import { parentPort } from "node:worker_threads";
import { analyze, analyzeUntil } from "../analyze.js";
import { toQuellenlageError } from "../model/errors.js";
import type { WorkerReply, WorkerRequest } from "./pool.js";

parentPort?.on("message", ({ seq, article, options, until }: WorkerRequest) => {
  let reply: WorkerReply;
  const started = performance.now();
  try {
    // Bytes arrive as a plain Uint8Array; ingest reads them the same way.
    reply = until ? { seq, doc: analyzeUntil(article, until, options) } : { seq, analysis: analyze(article, options) };
  } catch (err) {
    const e = toQuellenlageError(err, article.id);
    reply = { seq, error: { code: e.code, message: e.message, ...(e.input !== undefined ? { input: e.input } : {}) } };
  }
  reply.elapsedMs = performance.now() - started;
  parentPort!.postMessage(reply);
});
