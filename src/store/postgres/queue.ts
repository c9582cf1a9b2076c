/**
 * The job queue on PostgreSQL, for workers on any number of machines: `ingest --enqueue` puts each
 * input (its given metadata and bytes) in `jobs`; `worker` takes the oldest queued job with
 * `SELECT … FOR UPDATE SKIP LOCKED`, analyses it and stores it in the same transaction that marks the
 * job done. A worker that dies (kill -9, a lost machine) drops its connection, the server rolls the
 * transaction back, the row lock goes and the job is queued again: retried, never stored twice. Each
 * try is logged on another connection (`job_attempts`), so a job that keeps killing its workers is
 * failed after MAX_ATTEMPTS.
 */
import { hostname } from "node:os";
import type pg from "pg";
import { analyze, type AnalyzeOptions } from "../../analyze.js";
import type { Job } from "../../ingest/files.js";
import { QuellenlageError, toQuellenlageError } from "../../model/errors.js";
import { inputOfSource, serializeInput, sourceHashOf, toRecord } from "../records.js";
import type { CorpusStore, PutOutcome } from "../store.js";
import type { PgDb } from "./index.js";

/** Tries of one job before it is failed (each try that ended without commit counts). */
export const MAX_ATTEMPTS = 5;
/** How long an idle worker waits before looking for jobs again. */
export const DEFAULT_POLL_MS = 1000;
/** PostgreSQL's codes for a deadlock and a serialization failure: the transaction is tried again. */
const RETRY_CODES = new Set(["40P01", "40001"]);

function pgOf(store: CorpusStore): PgDb {
  if (store.dialect !== "postgres") throw new QuellenlageError("E_USAGE", "the job queue needs a PostgreSQL store (--db postgres://…)");
  return store.db as PgDb;
}

export interface EnqueueSummary {
  queued: number;
  known: number;
  failed: number;
}

/** Queues every input not stored and not queued before. */
export async function enqueue(store: CorpusStore, jobs: AsyncIterable<Job>, now: () => string, onError?: (id: string, err: QuellenlageError) => void): Promise<EnqueueSummary> {
  const db = pgOf(store);
  const summary: EnqueueSummary = { queued: 0, known: 0, failed: 0 };
  for await (const job of jobs) {
    if ("error" in job) {
      summary.failed++;
      onError?.(job.id, job.error);
      continue;
    }
    const hash = sourceHashOf(job.article);
    if (await store.hasSource(hash)) {
      summary.known++;
      continue;
    }
    const { meta, content } = serializeInput(job.article);
    const added = await db.run("INSERT INTO jobs (source_hash, input, content, enqueued_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [hash, meta, content, now()]);
    if (added) summary.queued++;
    else summary.known++;
  }
  return summary;
}

export interface QueueCounts {
  queued: number;
  done: number;
  failed: number;
}

export async function queueCounts(store: CorpusStore): Promise<QueueCounts> {
  const rows = await pgOf(store).all<{ state: string; n: number }>("SELECT state, COUNT(*) AS n FROM jobs GROUP BY state");
  const out: QueueCounts = { queued: 0, done: 0, failed: 0 };
  for (const r of rows) if (r.state in out) out[r.state as keyof QueueCounts] = Number(r.n);
  return out;
}

export interface WorkerEvent {
  job: number;
  id: string;
  outcome: PutOutcome | "started" | "failed" | "retry";
  /** Which try of the job this is (1 for the first). */
  attempt?: number;
  error?: QuellenlageError;
}

export interface WorkerOptions {
  analyze?: AnalyzeOptions;
  analyserVersion: string;
  now: () => string;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Stop when the queue is empty instead of waiting for more. */
  exitWhenIdle?: boolean;
  pollMs?: number;
  signal?: AbortSignal;
  onEvent?: (event: WorkerEvent) => void;
  /** The worker's name in the queue (default host:pid). */
  name?: string;
}

interface JobRow {
  id: number;
  input: string;
  content: Buffer;
}

/**
 * The claim, sent with the BEGIN as one simple query (no parameters): one round trip. The job's row lock
 * is its lease: it lasts as long as this transaction, that is, as long as the worker's connection.
 */
const CLAIM = "BEGIN; SELECT id, input, content FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";

/** How a job ends in its transaction: the statement that marks it, sent together with the COMMIT. */
interface Finish {
  state: "done" | "failed";
  error?: string;
}

/** Takes and runs jobs until stopped (or, with exitWhenIdle, until none is queued); resolves to the jobs done. */
export async function runWorker(store: CorpusStore, options: WorkerOptions): Promise<number> {
  const db = pgOf(store);
  const name = options.name ?? `${hostname()}:${process.pid}`;
  let done = 0;
  while (!options.signal?.aborted) {
    const { db: tx, client } = await db.session();
    let job: JobRow | undefined;
    let broken = false;
    try {
      const claimed = (await client.query(CLAIM)) as unknown as pg.QueryResult<JobRow>[];
      job = claimed[1]!.rows[0];
      if (!job) {
        await client.query("COMMIT");
      } else {
        const finish = await runJob(store, tx, job, name, options);
        // The job's mark and the commit in one round trip (a simple query: the values are quoted here).
        const literal = (v: string) => client.escapeLiteral(v);
        await client.query(
          `UPDATE jobs SET state = ${literal(finish.state)}, error = ${finish.error === undefined ? "NULL" : literal(finish.error)}, done_at = ${literal(options.now())}, ` +
            `worker = ${literal(name)}${finish.state === "done" ? ", content = NULL" : ""} WHERE id = ${Number(job.id)}; COMMIT`,
        );
        done++;
      }
    } catch (err) {
      await client.query("ROLLBACK").catch(() => (broken = true));
      const code = (err as { code?: string }).code;
      if (!(code && RETRY_CODES.has(code))) throw err;
      if (job) options.onEvent?.({ job: job.id, id: String(job.id), outcome: "retry" });
    } finally {
      client.release(broken);
    }
    if (!job) {
      if (options.exitWhenIdle) break;
      await options.sleep(options.pollMs ?? DEFAULT_POLL_MS, options.signal);
    }
  }
  return done;
}

/** One job inside the transaction that holds its lock: analysed and stored; resolves to how it ends. */
async function runJob(store: CorpusStore, tx: import("../db.js").Db, job: JobRow, name: string, options: WorkerOptions): Promise<Finish> {
  // Tries are counted and logged on another connection (one statement, committed at once): a try that
  // dies keeps its count. A job out of tries is not logged again.
  const tries = await store.db.get<{ n: number }>(
    `WITH tried AS (SELECT COUNT(*) AS n FROM job_attempts WHERE job_id = ?),
       logged AS (INSERT INTO job_attempts (job_id, worker, at) SELECT CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT) FROM tried WHERE tried.n < ? RETURNING job_id)
     SELECT n FROM tried`,
    [job.id, job.id, name, options.now(), MAX_ATTEMPTS],
  );
  const input = inputOfSource(job.input, job.content)!;
  const id = input.id ?? String(job.id);
  if (Number(tries?.n ?? 0) >= MAX_ATTEMPTS) {
    const error = new QuellenlageError("E_INTERNAL", `gave up after ${MAX_ATTEMPTS} tries that did not finish (a worker died on this input)`, id);
    options.onEvent?.({ job: job.id, id, outcome: "failed", error });
    return { state: "failed", error: error.message };
  }
  options.onEvent?.({ job: job.id, id, outcome: "started", attempt: Number(tries?.n ?? 0) + 1 });
  let outcome: PutOutcome;
  try {
    const analysis = analyze(input, options.analyze ?? {});
    const record = toRecord(analysis, input, { analyserVersion: options.analyserVersion, gzippedSource: job.content });
    outcome = await store.putIn(tx, record, options.now());
  } catch (err) {
    if ((err as { code?: string }).code && RETRY_CODES.has((err as { code: string }).code)) throw err;
    if (!(err instanceof QuellenlageError)) throw err;
    const error = toQuellenlageError(err, id);
    options.onEvent?.({ job: job.id, id, outcome: "failed", error });
    return { state: "failed", error: `${error.code}: ${error.message}` };
  }
  options.onEvent?.({ job: job.id, id, outcome });
  return { state: "done" };
}
