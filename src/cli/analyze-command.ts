import type { Writable } from "node:stream";
import { analyze, type AnalyzeOptions } from "../analyze.js";
import { AnalysisWriter, type OutputFormat } from "../format/writer.js";
import { readJobs, type InputFormat } from "../ingest/files.js";
import { toQuellenlageError, type QuellenlageError } from "../model/errors.js";
import { Progress } from "./progress.js";

export interface AnalyzeCommandOptions {
  format: OutputFormat;
  inputFormat: InputFormat;
  analyze: AnalyzeOptions;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

/**
 * Runs `quellenlage analyze`: every input in order, one analysis each on stdout, one error line each on
 * stderr (`E_CODE id: message`) for those that fail. Returns the exit status: 0, or 1 if any failed.
 */
export async function runAnalyze(inputs: readonly string[], opts: AnalyzeCommandOptions): Promise<number> {
  const writer = new AnalysisWriter(opts.format, opts.stdout);
  const progress = new Progress(opts.stderr);
  let failed = 0;
  const report = (err: QuellenlageError, id: string) => {
    failed++;
    progress.clear();
    opts.stderr.write(`${err.code} ${err.input ?? id}: ${err.message}\n`);
  };
  for await (const job of readJobs(inputs, { inputFormat: opts.inputFormat })) {
    if ("error" in job) {
      report(job.error, job.id);
      progress.tick(false);
      continue;
    }
    let analysis;
    try {
      analysis = analyze(job.article, opts.analyze);
    } catch (err) {
      report(toQuellenlageError(err, job.id), job.id);
      progress.tick(false);
      continue;
    }
    await writer.write(analysis);
    progress.tick(true);
  }
  await writer.end();
  progress.done();
  return failed > 0 ? 1 : 0;
}
