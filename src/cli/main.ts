#!/usr/bin/env node
// First: the V8 flags must be set before the analysis code is compiled.
import "./v8-flags.js";
import { runCli } from "./program.js";

// A reader that goes away (`| head`) ends the run quietly.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    process.stderr.write(`E_INTERNAL: ${err instanceof Error ? err.message : String(err)} (please report this)\n`);
    process.exitCode = 1;
  },
);
