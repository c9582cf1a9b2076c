#!/usr/bin/env node
// The baseline of the HTML benchmark (bench/run.mjs --only html): Readability.js on linkedom over the
// pages a JSONL file names ({path}), in a process of its own, timed in-process the way
// ../shared/eval/score-extraction.mjs times it (reading the files is not counted). Prints the seconds.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Readability } = require("@mozilla/readability");
const { parseHTML } = require("linkedom");
const pages = readFileSync(process.argv[2], "utf8")
  .trim()
  .split("\n")
  .map((line) => readFileSync(JSON.parse(line).path).toString("utf8"));
const t0 = process.hrtime.bigint();
for (const html of pages) {
  try {
    const { document } = parseHTML(html);
    new Readability(document).parse();
  } catch {
    /* a page Readability.js cannot read counts with its time */
  }
}
console.log((Number(process.hrtime.bigint() - t0) / 1e9).toFixed(4));
