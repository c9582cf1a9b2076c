/**
 * V8 settings for the command line's runs, set before any analysis code is compiled (main.ts imports
 * this module first; worker threads share the process's flags). The library never sets flags.
 *
 * A run of the CLI is short and cold: most of the analysis code is compiled by TurboFan during the run,
 * and on 2 cores that compilation took about a third of the CPU time of a run over 181 web pages
 * (`--no-concurrent-recompilation`, which puts it on the main thread, made the run 2 s slower). So the
 * CLI compiles less: it inlines less (each compilation is smaller) and waits longer before it optimises
 * a function (briefly hot code stays in baseline code). The code was not slower for it, in short runs
 * or long ones (docs/architecture.md, "Speed"). A value the user gives node wins.
 */
import { setFlagsFromString } from "node:v8";

const CLI_FLAGS: ReadonlyArray<readonly [name: string, value: string]> = [
  // V8's default is a cumulative 920 bytes of bytecode inlined into one function.
  ["max-inlined-bytecode-size-cumulative", "300"],
  // Four times V8's default interrupt budget (67584): a function runs longer before TurboFan takes it.
  ["interrupt-budget", "270336"],
];

/** The CLI's flags the user has not set themselves (on node's command line or in NODE_OPTIONS). */
export function cliFlagsToSet(userFlags: readonly string[]): string[] {
  const given = userFlags.map((f) => f.replace(/^--/, "").replaceAll("_", "-"));
  return CLI_FLAGS.filter(([name]) => !given.some((f) => f === name || f.startsWith(`${name}=`))).map(([name, value]) => `--${name}=${value}`);
}

for (const flag of cliFlagsToSet([...process.execArgv, ...(process.env["NODE_OPTIONS"] ?? "").split(/\s+/)])) setFlagsFromString(flag);
