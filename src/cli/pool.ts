/**
 * Analyses a stream of jobs on several cores, in input order: worker threads each run `analyze`, the
 * main thread reads inputs, hands them out and writes results as soon as the next one in order is done.
 * A run of one input (or `--jobs 1`) stays in this thread, so a single article pays no start-up cost;
 * `--jobs auto` (the default) starts workers only for a batch and only on idle cores (autoWorkers).
 */
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import { analyze, type AnalyzeOptions } from "../analyze.js";
import type { Job } from "../ingest/files.js";
import { QuellenlageError, type ErrorCode, toQuellenlageError } from "../model/errors.js";
import type { Analysis } from "../model/types.js";

/** Jobs handed to each worker ahead of the one it works on, so none waits for the main thread. */
const QUEUE_PER_WORKER = 4;

export interface Outcome {
  id: string;
  analysis?: Analysis;
  error?: QuellenlageError;
}

/** What a worker sends back. */
export interface WorkerReply {
  seq: number;
  analysis?: Analysis;
  error?: { code: ErrorCode; message: string; input?: string };
}

/** How many worker threads to use: a number, or "auto" (see autoWorkers). */
export type Workers = number | "auto";

/**
 * `--jobs auto` goes parallel only for a batch: this many jobs must be waiting before any worker starts
 * (each worker loads the models and warms up its own compiled code, which a few articles do not pay back).
 */
export const AUTO_MIN_JOBS = 16;
/** `--jobs auto` never starts more workers than this. */
const AUTO_MAX_WORKERS = 8;

/**
 * The workers `--jobs auto` starts for a batch: one per core that is idle, judged by the load average
 * (as `make -l` does), at most AUTO_MAX_WORKERS; 1 (this thread) when fewer than two cores are idle, so a
 * busy machine is not made busier by start-up work that cannot run in parallel anyway.
 */
export function autoWorkers(cores: number, load1: number, batch: number): number {
  if (batch < AUTO_MIN_JOBS) return 1;
  const idle = Math.floor(cores - load1 + 0.5);
  const n = Math.min(AUTO_MAX_WORKERS, cores, idle);
  return n >= 2 ? n : 1;
}

export async function* analyzeInOrder(jobs: AsyncIterable<Job>, options: AnalyzeOptions, workers: Workers): AsyncGenerator<Outcome> {
  const iterator = jobs[Symbol.asyncIterator]();
  const rest: AsyncIterable<Job> = { [Symbol.asyncIterator]: () => iterator };
  // Jobs read ahead to decide (at most AUTO_MIN_JOBS for "auto", two otherwise: a single input stays here).
  const wanted = workers === "auto" ? AUTO_MIN_JOBS : 2;
  const head: Job[] = [];
  while (head.length < wanted) {
    const item = await iterator.next();
    if (item.done) break;
    head.push(item.value);
  }
  let size = workers === "auto" ? autoWorkers(availableParallelism(), loadavg()[0] ?? 0, head.length) : head.length < 2 ? 1 : workers;
  if (!COMPILED) size = 1;
  if (size <= 1) {
    for (const job of head) yield runHere(job, options);
    for await (const job of rest) yield runHere(job, options);
    return;
  }
  yield* runPooled(prepend(head, rest), options, size);
}

function runHere(job: Job, options: AnalyzeOptions): Outcome {
  if ("error" in job) return { id: job.id, error: job.error };
  try {
    return { id: job.id, analysis: analyze(job.article, options) };
  } catch (err) {
    return { id: job.id, error: toQuellenlageError(err, job.id) };
  }
}

async function* prepend(head: readonly Job[], rest: AsyncIterable<Job>): AsyncGenerator<Job> {
  yield* head;
  yield* rest;
}

/**
 * Worker threads need the compiled worker script: running from TypeScript sources (tests under tsx,
 * whose loader Node 20 does not pass on to workers) the pool is not used.
 */
const COMPILED = !import.meta.url.endsWith(".ts");
const WORKER_URL = new URL("./worker.js", import.meta.url);

async function* runPooled(jobs: AsyncIterable<Job>, options: AnalyzeOptions, size: number): AsyncGenerator<Outcome> {
  const pool = Array.from({ length: size }, () => new Worker(WORKER_URL));
  const ids = new Map<number, string>();
  const done = new Map<number, Outcome>();
  const load = new Map<Worker, number>(pool.map((w) => [w, 0]));
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  for (const w of pool) {
    w.on("message", (reply: WorkerReply) => {
      load.set(w, (load.get(w) ?? 1) - 1);
      const id = ids.get(reply.seq) ?? String(reply.seq);
      done.set(
        reply.seq,
        reply.error ? { id, error: new QuellenlageError(reply.error.code, reply.error.message, reply.error.input ?? id) } : { id, ...(reply.analysis ? { analysis: reply.analysis } : {}) },
      );
      wake?.();
    });
    w.on("error", (err) => {
      failure = err;
      wake?.();
    });
  }
  const waitForReply = () => new Promise<void>((resolve) => (wake = resolve));
  let seq = 0;
  let next = 0;
  try {
    const iterator = jobs[Symbol.asyncIterator]();
    let exhausted = false;
    while (!exhausted || next < seq) {
      if (failure) throw failure;
      // Hand out jobs while a worker has room.
      while (!exhausted && [...load.values()].some((n) => n < QUEUE_PER_WORKER)) {
        const item = await iterator.next();
        if (item.done) {
          exhausted = true;
          break;
        }
        const job = item.value;
        const s = seq++;
        ids.set(s, job.id);
        if ("error" in job) {
          done.set(s, { id: job.id, error: job.error });
          continue;
        }
        const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
        load.set(worker, load.get(worker)! + 1);
        worker.postMessage({ seq: s, article: job.article, options });
      }
      // Give out what is done, in order.
      while (done.has(next)) {
        const outcome = done.get(next)!;
        done.delete(next);
        ids.delete(next);
        next++;
        yield outcome;
      }
      if (next < seq && !done.has(next)) await waitForReply();
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
