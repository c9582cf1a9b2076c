/** A worker thread of the analysis pool (src/cli/pool.ts): analyses the articles it is sent. */
import { parentPort } from "node:worker_threads";
import { analyze, type AnalyzeOptions } from "../analyze.js";
import type { ArticleInput } from "../ingest/types.js";
import { toQuellenlageError } from "../model/errors.js";
import type { WorkerReply } from "./pool.js";

interface Request {
  seq: number;
  article: ArticleInput;
  options: AnalyzeOptions;
}

parentPort?.on("message", ({ seq, article, options }: Request) => {
  let reply: WorkerReply;
  try {
    // Bytes arrive as a plain Uint8Array; ingest reads them the same way.
    reply = { seq, analysis: analyze(article, options) };
  } catch (err) {
    const e = toQuellenlageError(err, article.id);
    reply = { seq, error: { code: e.code, message: e.message, ...(e.input !== undefined ? { input: e.input } : {}) } };
  }
  parentPort!.postMessage(reply);
});
