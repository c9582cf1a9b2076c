/**
 * Analyses a stream of jobs on several cores, in input order: worker threads each run `analyze`, the
 * main thread reads inputs, hands them out and writes results as soon as the next one in order is done.
 * A run of one input (or `--jobs 1`) stays in this thread, so a single article pays no start-up cost;
 * `--jobs auto` (the default) uses threads only for a batch and only on idle cores (autoPlan).
 */
import { availableParallelism, loadavg } from "node:os";
import { analyze, analyzeFrom, type AnalyzeOptions } from "../analyze.js";
import type { Job } from "../ingest/files.js";
import type { ArticleInput } from "../ingest/types.js";
import type { Doc } from "../stages/stage.js";
import { QuellenlageError, type ErrorCode, toQuellenlageError } from "../model/errors.js";
import type { Analysis, StageName } from "../model/types.js";
import { WorkerSlot, watch } from "./watchdog.js";

/** Jobs handed to each worker ahead of the one it works on, so none waits for the main thread. */
const QUEUE_PER_WORKER = 4;

export interface Outcome {
  id: string;
  analysis?: Analysis;
  error?: QuellenlageError;
}

/** What a worker is sent: an article to analyse, with `until` only as far as that stage (analyzeUntil). */
export interface WorkerRequest {
  seq: number;
  article: ArticleInput;
  options: AnalyzeOptions;
  until?: StageName;
}

/** What a worker sends back. */
export interface WorkerReply {
  seq: number;
  analysis?: Analysis;
  doc?: Doc;
  error?: { code: ErrorCode; message: string; input?: string };
  /** How long the worker took, in milliseconds (the pipeline's second half gets the rest of the time limit). */
  elapsedMs?: number;
}

/** How to use threads: a number of workers, "pipeline" (see runPipelined) or "auto" (see autoPlan). */
export type Workers = number | "auto" | "pipeline";

/**
 * `--jobs auto` goes parallel only for a batch: this many jobs must be waiting before any worker starts
 * (a worker loads the models and warms up its own compiled code, which a few articles do not pay back).
 */
export const AUTO_MIN_JOBS = 16;
/** `--jobs auto` never starts more workers than this. */
const AUTO_MAX_WORKERS = 8;
/** Idle cores from which `--jobs auto` runs whole analyses on workers rather than splitting them in two. */
const AUTO_POOL_MIN_IDLE = 3;

/**
 * How `--jobs auto` runs a batch, from the cores idle by the load average (as `make -l` judges them):
 * - "here": fewer than AUTO_MIN_JOBS inputs, or a single core: all in this thread;
 * - a number: AUTO_POOL_MIN_IDLE or more idle cores: that many workers running whole analyses;
 * - "pipeline" otherwise: a worker reads the next inputs and runs the first stages on them while this
 *   thread runs the other stages on the one before. The two threads each warm up only their own half of
 *   the code, so the pipeline costs the CPU time of one thread: on a busy machine it loses nothing
 *   (the load average, a minute's mean, often still counts the previous run), on an idle one it gains
 *   the overlap.
 */
export function autoPlan(cores: number, load1: number, batch: number): "here" | "pipeline" | number {
  if (batch < AUTO_MIN_JOBS || cores < 2) return "here";
  const idle = Math.min(cores, Math.floor(cores - load1 + 0.5));
  return idle >= AUTO_POOL_MIN_IDLE ? Math.min(AUTO_MAX_WORKERS, idle) : "pipeline";
}

export async function* analyzeInOrder(jobs: AsyncIterable<Job>, options: AnalyzeOptions, workers: Workers): AsyncGenerator<Outcome> {
  const iterator = jobs[Symbol.asyncIterator]();
  const rest: AsyncIterable<Job> = { [Symbol.asyncIterator]: () => iterator };
  // Jobs read ahead to decide (AUTO_MIN_JOBS for "auto", two otherwise: a single input stays here).
  const wanted = workers === "auto" ? AUTO_MIN_JOBS : 2;
  const head: Job[] = [];
  while (head.length < wanted) {
    const item = await iterator.next();
    if (item.done) break;
    head.push(item.value);
  }
  const plan =
    workers === "auto" ? autoPlan(availableParallelism(), loadavg()[0] ?? 0, head.length) : head.length < 2 || workers === 1 ? "here" : workers;
  if (plan === "here" || !COMPILED) {
    for (const job of head) yield runHere(job, options);
    for await (const job of rest) yield runHere(job, options);
    return;
  }
  if (plan === "pipeline") yield* runPipelined(prepend(head, rest), options);
  else yield* runPooled(prepend(head, rest), options, plan);
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

async function* runPooled(jobs: AsyncIterable<Job>, options: AnalyzeOptions, size: number): AsyncGenerator<Outcome> {
  const ids = new Map<number, string>();
  const done = new Map<number, Outcome>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const onReply = (reply: WorkerReply) => {
    const id = ids.get(reply.seq) ?? String(reply.seq);
    done.set(
      reply.seq,
      reply.error ? { id, error: new QuellenlageError(reply.error.code, reply.error.message, reply.error.input ?? id) } : { id, ...(reply.analysis ? { analysis: reply.analysis } : {}) },
    );
    wake?.();
  };
  const pool = Array.from(
    { length: size },
    () =>
      new WorkerSlot(onReply, (err) => {
        failure = err;
        wake?.();
      }),
  );
  const unwatch = watch(pool, options.timeoutMs, (request, outcome) => {
    done.set(request.seq, outcome);
    wake?.();
  });
  const waitForReply = () => new Promise<void>((resolve) => (wake = resolve));
  let seq = 0;
  let next = 0;
  try {
    const iterator = jobs[Symbol.asyncIterator]();
    let exhausted = false;
    while (!exhausted || next < seq) {
      if (failure) throw failure;
      // Hand out jobs while a worker has room.
      while (!exhausted && pool.some((w) => w.waiting.length < QUEUE_PER_WORKER)) {
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
        const slot = pool.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
        slot.post({ seq: s, article: job.article, options });
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
    unwatch();
    await Promise.all(pool.map((w) => w.close()));
  }
}

/** Inputs the worker of a pipeline reads ahead of the one this thread analyses. */
const PIPELINE_AHEAD = 4;
/**
 * The last stage the worker of a pipeline runs: reading, structure, sentences and time there, entities,
 * attribution and stance here. Medians of four runs on 2 cores: the 181 benchmark pages 3.24 s (after
 * sentences 3.03 s, after entities 4.01 s), the 700 SpkAtt texts 3.18 s (after sentences 3.44 s).
 */
const PIPELINE_SPLIT: StageName = "time";

/**
 * A pipeline of two threads: a worker reads each input and runs the first stages (analyzeUntil) while
 * this thread runs the others on the input before (analyzeFrom), in input order.
 */
async function* runPipelined(jobs: AsyncIterable<Job>, options: AnalyzeOptions): AsyncGenerator<Outcome> {
  const waiting = new Map<number, (reply: WorkerReply) => void>();
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const [seq, resolve] of waiting) resolve({ seq });
    waiting.clear();
  };
  const answer = (reply: WorkerReply) => {
    waiting.get(reply.seq)?.(reply);
    waiting.delete(reply.seq);
  };
  const slot = new WorkerSlot(answer, failAll);
  const unwatch = watch([slot], options.timeoutMs, (request, outcome) =>
    answer({ seq: request.seq, error: { code: outcome.error!.code, message: outcome.error!.message, input: outcome.id } }),
  );
  const iterator = jobs[Symbol.asyncIterator]();
  const pending: Array<{ job: Job; reply: Promise<WorkerReply> | null }> = [];
  let seq = 0;
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && pending.length < PIPELINE_AHEAD) {
      const item = await iterator.next();
      if (item.done) {
        exhausted = true;
        return;
      }
      const job = item.value;
      if ("error" in job) {
        pending.push({ job, reply: null });
        continue;
      }
      const s = seq++;
      const reply = new Promise<WorkerReply>((resolve) => waiting.set(s, resolve));
      slot.post({ seq: s, article: job.article, options, until: PIPELINE_SPLIT });
      pending.push({ job, reply });
    }
  };
  try {
    await fill();
    while (pending.length > 0) {
      const { job, reply } = pending.shift()!;
      // The worker gets the next inputs before this thread starts on this one.
      await fill();
      if ("error" in job) {
        yield { id: job.id, error: job.error };
        continue;
      }
      const r = await reply!;
      if (failure) throw failure;
      if (r.error || !r.doc) {
        yield { id: job.id, error: new QuellenlageError(r.error?.code ?? "E_INTERNAL", r.error?.message ?? "no result", r.error?.input ?? job.id) };
        continue;
      }
      let outcome: Outcome;
      try {
        outcome = { id: job.id, analysis: analyzeFrom(job.article, r.doc, restOfTime(options, r.elapsedMs)) };
      } catch (err) {
        outcome = { id: job.id, error: toQuellenlageError(err, job.id) };
      }
      yield outcome;
    }
  } finally {
    unwatch();
    await slot.close();
  }
}

/** The options for the second half of an analysis whose first half took `elapsedMs` of the time limit. */
function restOfTime(options: AnalyzeOptions, elapsedMs: number | undefined): AnalyzeOptions {
  if (options.timeoutMs === undefined || elapsedMs === undefined) return options;
  // A limit already used up still has to stop the analysis: the smallest positive limit does.
  return { ...options, timeoutMs: Math.max(Number.MIN_VALUE, options.timeoutMs - elapsedMs) };
}
