/**
 * The HTML libraries, loaded on first use: linkedom and Readability.js take about 0.1–0.25 s to load and
 * htmlparser2 some 30 ms, which plain-text and JSONL-text runs should not pay at start-up.
 */
import { createRequire } from "node:module";

type Linkedom = typeof import("linkedom");
type ReadabilityModule = typeof import("@mozilla/readability");
type Htmlparser2 = typeof import("htmlparser2");

const require = createRequire(import.meta.url);
let linkedom: Linkedom | null = null;
let readability: ReadabilityModule | null = null;
let htmlparser2: Htmlparser2 | null = null;

export function dom(): Linkedom {
  linkedom ??= require("linkedom") as Linkedom;
  return linkedom;
}

export function readabilityModule(): ReadabilityModule {
  readability ??= require("@mozilla/readability") as ReadabilityModule;
  return readability;
}

/** htmlparser2's streaming parser (its CommonJS build, loaded on first use). */
export function htmlParser(): Htmlparser2["Parser"] {
  htmlparser2 ??= require("htmlparser2") as Htmlparser2;
  return htmlparser2.Parser;
}
