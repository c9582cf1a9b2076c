import { PassThrough } from "node:stream";
import { runCli } from "../../src/cli/program.js";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(args: readonly string[]): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const status = await runCli(args, { stdout, stderr });
  return { status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

/** Each stderr line of a failed input: `E_CODE id: message`. */
export const ERROR_LINE = /^E_[A-Z_]+ .+: .+$/;
export { SUMMARY_LINE } from "../../src/cli/progress.js";
/** A progress line written while a batch runs (stderr not a terminal). */
export const PROGRESS_LINE = /^progress: \d+ analysed, \d+ failed, /;

/** The stderr lines that are not progress or the final count: the failed inputs' lines (and usage errors). */
export function errorLines(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l && !PROGRESS_LINE.test(l) && !/^\d+ analysed, \d+ failed in /.test(l));
}
