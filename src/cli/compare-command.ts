import type { Writable } from "node:stream";
import type { AnalyzeOptions } from "../analyze.js";
import { compare } from "../compare/compare.js";
import { Relater } from "../compare/relate.js";
import { comparisonToMarkdown } from "../format/compare-markdown.js";
import type { ReadOptions } from "../ingest/files.js";
import { QuellenlageError } from "../model/errors.js";
import type { Analysis } from "../model/types.js";
import type { Workers } from "../workers/pool.js";
import { readSources } from "./sources.js";

export interface CompareCommandOptions {
  format: "json" | "md";
  analyze: AnalyzeOptions;
  read: ReadOptions;
  stdout: Writable;
  stderr: Writable;
}

/** The one analysis an input gives, or a usage error naming how many it gave. */
async function oneAnalysis(input: string, opts: CompareCommandOptions): Promise<Analysis> {
  const found: Analysis[] = [];
  for await (const s of readSources([input], { analyze: opts.analyze, read: opts.read, jobs: 1 })) {
    if ("error" in s) throw s.error;
    found.push(s.analysis);
    if (found.length > 1) break;
  }
  if (found.length !== 1) {
    throw new QuellenlageError(
      "E_USAGE",
      found.length === 0 ? `${input} holds no article` : `${input} holds more than one article: name one as FILE#ID (compare takes one article a side)`,
      input,
    );
  }
  return found[0]!;
}

/** Runs `quellenlage compare A B`: prints the comparison; returns the exit status. */
export async function runCompare(a: string, b: string, opts: CompareCommandOptions): Promise<number> {
  let left: Analysis;
  let right: Analysis;
  try {
    left = await oneAnalysis(a, opts);
    right = await oneAnalysis(b, opts);
  } catch (err) {
    if (err instanceof QuellenlageError && err.code === "E_USAGE") throw err;
    const e = err instanceof QuellenlageError ? err : new QuellenlageError("E_INTERNAL", String(err));
    opts.stderr.write(`${e.code} ${e.input ?? ""}: ${e.message}\n`);
    return 1;
  }
  const result = compare(left, right);
  opts.stdout.write(opts.format === "md" ? comparisonToMarkdown(result, { a: left, b: right }) : JSON.stringify(result, null, 2) + "\n");
  return 0;
}

export interface RelateCommandOptions {
  format: "jsonl" | "json";
  analyze: AnalyzeOptions;
  read: ReadOptions;
  jobs: Workers;
  stdout: Writable;
  stderr: Writable;
}

/**
 * Runs `quellenlage relate INPUT…`: reads every input (articles are analysed, analyses read), keeps
 * what relating needs of each, and prints every related pair. Inputs that fail are reported on stderr
 * (`E_CODE id: message`) and left out; the exit status is then 1.
 */
export async function runRelate(inputs: readonly string[], opts: RelateCommandOptions): Promise<number> {
  const relater = new Relater();
  let failed = 0;
  for await (const s of readSources(inputs, { analyze: opts.analyze, read: opts.read, jobs: opts.jobs })) {
    if ("error" in s) {
      failed++;
      opts.stderr.write(`${s.error.code} ${s.error.input ?? s.id}: ${s.error.message}\n`);
      continue;
    }
    try {
      relater.add(s.analysis);
    } catch (err) {
      failed++;
      const e = err instanceof QuellenlageError ? err : new QuellenlageError("E_INTERNAL", (err as Error).message);
      opts.stderr.write(`${e.code} ${s.id}: ${e.message}\n`);
    }
  }
  const pairs = relater.pairs();
  if (opts.format === "json") opts.stdout.write(JSON.stringify(pairs, null, 2) + "\n");
  else for (const p of pairs) opts.stdout.write(JSON.stringify(p) + "\n");
  return failed > 0 ? 1 : 0;
}
