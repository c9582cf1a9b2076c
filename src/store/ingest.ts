/**
 * Ingest into a store: every input `analyze` reads is analysed and stored as an article version.
 * An input already stored (the same bytes and given metadata) is not analysed again; an analysed
 * article whose content is known is not stored twice; a new content at a known URL is a new version.
 * Each article is written in one transaction, so a run killed at any moment leaves whole articles
 * only, and running it again finishes the job.
 */
import type { AnalyzeOptions } from "../analyze.js";
import { analyzeInOrder, type Workers } from "../workers/pool.js";
import type { Job } from "../ingest/files.js";
import type { ArticleInput } from "../ingest/types.js";
import type { QuellenlageError } from "../model/errors.js";
import type { Analysis } from "../model/types.js";
import { sourceHashOf, toRecord, type ArticleRecord } from "./records.js";
import type { CorpusStore, PutOutcome } from "./store.js";

/**
 * Articles written per transaction: a commit (and the WAL's checkpoints) cost more than a small article's
 * rows; a run killed mid-batch loses the batch's writes, which the next run does again.
 */
export const BATCH_SIZE = 32;

export type IngestOutcome = PutOutcome | "known" | "failed";

export interface IngestEvent {
  id: string;
  outcome: IngestOutcome;
  article?: string;
  error?: QuellenlageError;
  /** The analysis stored (or, for an input stored before, the one stored then), with `withAnalyses`. */
  analysis?: Analysis;
}

export interface IngestOptions {
  analyze?: AnalyzeOptions;
  /** Threads for the analysis (as `analyze --jobs`). */
  jobs?: Workers;
  /** The analyser version recorded with each version. */
  analyserVersion: string;
  /** The time an input is seen (ISO 8601): the caller's clock. */
  now: () => string;
  /** Called after each input, in input order (awaited). */
  onEvent?: (event: IngestEvent) => void | Promise<void>;
  /** Articles written per transaction (default BATCH_SIZE). */
  batchSize?: number;
  /** Hand each event its analysis (read back from the store for inputs stored before). */
  withAnalyses?: boolean;
  /** Stops reading new inputs; what is read is finished. */
  signal?: AbortSignal;
}

export type IngestSummary = Record<IngestOutcome, number>;

export function emptySummary(): IngestSummary {
  return { "new-article": 0, "new-version": 0, "current-again": 0, unchanged: 0, known: 0, failed: 0 };
}

export async function ingestJobs(store: CorpusStore, jobs: AsyncIterable<Job>, options: IngestOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  const emit = async (event: IngestEvent) => {
    summary[event.outcome]++;
    await options.onEvent?.(event);
  };
  // Inputs handed to the analysis, in order: its outcomes come back in the same order.
  const pending: Array<{ input: ArticleInput; hash: string }> = [];
  async function* unseen(): AsyncGenerator<Job> {
    for await (const job of jobs) {
      if (options.signal?.aborted) return;
      if ("error" in job) {
        await emit({ id: job.id, outcome: "failed", error: job.error });
        continue;
      }
      const hash = sourceHashOf(job.article);
      if (await store.hasSource(hash)) {
        await store.touchSource(hash, options.now());
        const analysis = options.withAnalyses ? await store.analysisOfSource(hash) : null;
        await emit({ id: job.id, outcome: "known", ...(analysis ? { analysis } : {}) });
        continue;
      }
      pending.push({ input: job.article, hash });
      yield job;
    }
  }
  // Analysed articles are written BATCH_SIZE at a time, in one transaction each; their events follow the commit.
  let batch: Array<{ id: string; record: ArticleRecord; analysis: Analysis }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const done = batch;
    batch = [];
    const outcomes = await store.putMany(done.map((b) => b.record), options.now());
    for (let i = 0; i < done.length; i++) {
      const { id, record, analysis } = done[i]!;
      await emit({ id, outcome: outcomes[i]!, article: record.article.id, ...(options.withAnalyses ? { analysis } : {}) });
    }
  };
  for await (const outcome of analyzeInOrder(unseen(), options.analyze ?? {}, options.jobs ?? 1)) {
    const { input } = pending.shift()!;
    if (outcome.error || !outcome.analysis) {
      await flush();
      if (outcome.error) await emit({ id: outcome.id, outcome: "failed", error: outcome.error });
      continue;
    }
    batch.push({ id: outcome.id, record: toRecord(outcome.analysis, input, { analyserVersion: options.analyserVersion }), analysis: outcome.analysis });
    if (batch.length >= (options.batchSize ?? BATCH_SIZE)) await flush();
  }
  await flush();
  return summary;
}
