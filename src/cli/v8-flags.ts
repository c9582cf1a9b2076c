/**
 * V8 settings for the command line's runs, set before any analysis code is compiled (main.ts imports
 * this module first; worker threads share the process's flags). The library never sets flags.
 *
 * A run of the CLI is short and cold: most of the analysis code is compiled by TurboFan during the run,
 * and on 2 cores that compilation took about a third of the CPU time of a run over 181 web pages
 * (`--no-concurrent-recompilation`, which puts it on the main thread, made the run 2 s slower). Inlining less than V8's default (a cumulative 920
 * bytes of bytecode per function) makes every compilation smaller, and the code it makes was not slower
 * here, in short runs or long ones (docs/architecture.md, "Speed"). A value the user gives node wins.
 */
import { setFlagsFromString } from "node:v8";

const CLI_FLAGS: ReadonlyArray<readonly [name: string, value: string]> = [["max-inlined-bytecode-size-cumulative", "300"]];

/** The CLI's flags the user has not set themselves (on node's command line or in NODE_OPTIONS). */
export function cliFlagsToSet(userFlags: readonly string[]): string[] {
  const given = userFlags.map((f) => f.replace(/^--/, "").replaceAll("_", "-"));
  return CLI_FLAGS.filter(([name]) => !given.some((f) => f === name || f.startsWith(`${name}=`))).map(([name, value]) => `--${name}=${value}`);
}

for (const flag of cliFlagsToSet([...process.execArgv, ...(process.env["NODE_OPTIONS"] ?? "").split(/\s+/)])) setFlagsFromString(flag);
