/**
 * Worker threads watched from outside (src/workers/pool.ts uses them): `analyze` stops itself at its
 * deadline (src/deadline.ts), and this catches what it cannot — a step that would not return. A worker
 * still on one request HARD_STOP_GRACE_MS after the time limit is terminated, the request fails with
 * E_TIMEOUT and a new worker takes the requests queued behind it.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";
import { QuellenlageError } from "../model/errors.js";
import type { Outcome, WorkerReply, WorkerRequest } from "./pool.js";

const WORKER_URL = new URL("./worker.js", import.meta.url);

/**
 * A worker thread with the requests it was sent and has not answered, in order (a worker answers in
 * order). Past the time limit (plus HARD_STOP_GRACE_MS) on the request it works on, the worker is
 * terminated and a new one takes the requests after it: `analyze` stops itself at its deadline
 * (src/deadline.ts), this catches a step that would not return.
 */
export class WorkerSlot {
  worker: Worker;
  readonly waiting: WorkerRequest[] = [];
  /** When the worker began the request at the head of `waiting` (roughly: its previous answer, the request's arrival, or the thread's start). */
  private since = 0;
  /** Whether the thread runs yet: its start-up does not count against a request. */
  private online = false;

  constructor(
    private readonly onReply: (reply: WorkerReply) => void,
    private readonly onFailure: (err: Error) => void,
    private readonly script: URL = WORKER_URL,
    private readonly workerOptions: WorkerOptions = {},
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(this.script, this.workerOptions);
    this.online = false;
    w.on("online", () => {
      this.online = true;
      this.since = performance.now();
    });
    w.on("message", (reply: WorkerReply) => {
      this.waiting.shift();
      this.since = performance.now();
      this.onReply(reply);
    });
    w.on("error", (err) => this.onFailure(err));
    w.on("exit", () => {
      if (this.worker === w) this.onFailure(new Error("a worker thread stopped"));
    });
    return w;
  }

  post(request: WorkerRequest): void {
    if (this.waiting.length === 0) this.since = performance.now();
    this.waiting.push(request);
    this.worker.postMessage(request);
  }

  /** The request the worker has worked on for longer than `limitMs`, if any. */
  overdue(limitMs: number): WorkerRequest | undefined {
    return this.online && this.waiting.length > 0 && performance.now() - this.since > limitMs ? this.waiting[0] : undefined;
  }

  /** Terminates the worker; a new one gets the requests after the one it was stuck on. Returns how long that one ran. */
  async replace(): Promise<number> {
    const ran = performance.now() - this.since;
    const old = this.worker;
    old.removeAllListeners();
    old.on("error", () => {});
    this.worker = this.spawn();
    const rest = this.waiting.splice(0);
    rest.shift();
    for (const r of rest) this.post(r);
    await old.terminate();
    return ran;
  }

  async close(): Promise<void> {
    const w = this.worker;
    w.removeAllListeners();
    w.on("error", () => {});
    await w.terminate();
  }
}

/** How long past the time limit a worker may go before it is terminated (its own deadline should have stopped it). */
const HARD_STOP_GRACE_MS = 5000;
/** How often workers are looked at for overdue requests. */
const WATCH_INTERVAL_MS = 1000;

/** The outcome of a request whose worker was terminated. */
function hardTimeout(request: WorkerRequest, ranMs: number, limitMs: number): Outcome {
  const id = request.article.id ?? String(request.seq);
  const error = new QuellenlageError(
    "E_TIMEOUT",
    `the analysis did not stop at its time limit of ${(limitMs / 1000).toFixed(1)} s; its thread was stopped after ${(ranMs / 1000).toFixed(1)} s`,
    id,
  );
  return { id, error };
}

/**
 * Watches the slots every WATCH_INTERVAL_MS while a time limit is set, and replaces a worker stuck past
 * it; `stuck` gets the request's outcome.
 */
export function watch(
  slots: readonly WorkerSlot[],
  limitMs: number | undefined,
  stuck: (request: WorkerRequest, outcome: Outcome) => void,
  graceMs = HARD_STOP_GRACE_MS,
): () => void {
  if (limitMs === undefined || !(limitMs > 0)) return () => {};
  const timer = setInterval(() => {
    for (const slot of slots) {
      const request = slot.overdue(limitMs + graceMs);
      if (!request) continue;
      void slot.replace().then((ran) => stuck(request, hardTimeout(request, ran, limitMs)));
    }
  }, Math.min(WATCH_INTERVAL_MS, limitMs + graceMs));
  timer.unref();
  return () => clearInterval(timer);
}
