import { readFile, writeFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { ingestArticle, sourceBlocksOf, type AnalyzeOptions } from "../analyze.js";
import { AnalysisWriter, type OutputFormat } from "../format/writer.js";
import { readJobs, type InputFormat, type Job, type ReadOptions } from "../ingest/files.js";
import { asSiteProfile, compactProfile, emptyProfile, learnPage, siteKey, type SiteProfile } from "../ingest/profile.js";
import { QuellenlageError, toQuellenlageError } from "../model/errors.js";
import { analyzeInOrder, type Workers } from "../workers/pool.js";
import { Progress } from "./progress.js";

export interface AnalyzeCommandOptions {
  format: OutputFormat;
  /** With --format md: each attribution's confidence, rule and reason. */
  explain?: boolean;
  inputFormat: InputFormat;
  analyze: AnalyzeOptions;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** How inputs are read beyond their format (fetching, feeds, archives). */
  read?: Omit<ReadOptions, "inputFormat">;
  /** Site profiles: load one, learn one from the inputs first, save what was loaded and learned. */
  siteProfile?: { load?: string; learn?: boolean; save?: string };
  /** Worker threads analysing in parallel (1: all in this thread; "auto": see autoWorkers). */
  jobs?: Workers;
  /** Progress on stderr while the batch runs (default true); the final count is written either way. */
  progress?: boolean;
}

/**
 * Runs `quellenlage analyze`: every input in order, one analysis each on stdout, one error line each on
 * stderr (`E_CODE id: message`) for those that fail. Returns the exit status: 0, or 1 if any failed.
 */
export async function runAnalyze(inputs: readonly string[], opts: AnalyzeCommandOptions): Promise<number> {
  const writer = new AnalysisWriter(opts.format, opts.stdout, { explain: opts.explain === true });
  const readOptions: ReadOptions = { ...opts.read, inputFormat: opts.inputFormat };
  const { profile, buffered } = await prepareProfile(inputs, readOptions, opts);
  const progress = new Progress(opts.stderr, opts.progress ?? true);
  let failed = 0;
  const report = (err: QuellenlageError, id: string) => {
    failed++;
    progress.clear();
    opts.stderr.write(`${err.code} ${err.input ?? id}: ${err.message}\n`);
  };
  const analyzeOptions: AnalyzeOptions = profile ? { ...opts.analyze, siteProfile: profile } : opts.analyze;
  const jobs = buffered ? fromArray(buffered) : readJobs(inputs, readOptions);
  try {
    for await (const outcome of analyzeInOrder(jobs, analyzeOptions, opts.jobs ?? 1)) {
      if (outcome.error || !outcome.analysis) {
        report(outcome.error ?? toQuellenlageError(new Error("no analysis"), outcome.id), outcome.id);
        progress.tick(false);
        continue;
      }
      await writer.write(outcome.analysis);
      progress.tick(true);
    }
    await writer.end();
  } finally {
    // The batch's count, also when it ended early.
    progress.done();
  }
  return failed > 0 ? 1 : 0;
}

async function* fromArray(jobs: readonly Job[]): AsyncGenerator<Job> {
  yield* jobs;
}

/** Inputs that cannot be read twice (URLs, stdin): when learning, their jobs are held for the second pass. */
const READ_ONCE = /^(?:https?:\/\/|-$)/i;

/**
 * Loads a site profile and, when asked, learns from the inputs first (a pass of ingest alone, so
 * boilerplate recurring across the inputs' pages is known before the first one is analysed), and saves it.
 */
async function prepareProfile(
  inputs: readonly string[],
  readOptions: ReadOptions,
  opts: AnalyzeCommandOptions,
): Promise<{ profile: SiteProfile | null; buffered: Job[] | null }> {
  const spec = opts.siteProfile;
  if (!spec || (!spec.load && !spec.learn)) return { profile: null, buffered: null };
  let profile = emptyProfile();
  if (spec.load) {
    try {
      profile = asSiteProfile(JSON.parse(await readFile(spec.load, "utf8")));
    } catch (err) {
      throw new QuellenlageError("E_USAGE", `cannot load the site profile ${spec.load}: ${(err as Error).message}`);
    }
  }
  let buffered: Job[] | null = null;
  if (spec.learn) {
    const hold = inputs.some((i) => READ_ONCE.test(i));
    buffered = hold ? [] : null;
    const seen = new Set<string>();
    for await (const job of readJobs(inputs, readOptions)) {
      buffered?.push(job);
      if ("error" in job) continue;
      try {
        const ingested = ingestArticle(job.article);
        const texts = sourceBlocksOf(ingested).map((b) => ingested.text.slice(b.start, b.end));
        learnPage(profile, siteKey(job.article.url ?? ingested.meta.canonicalUrl), texts, seen);
      } catch {
        // An input that cannot be ingested is reported in the analysis pass.
      }
    }
  }
  if (spec.save) await writeFile(spec.save, JSON.stringify(compactProfile(profile)) + "\n");
  return { profile, buffered };
}
