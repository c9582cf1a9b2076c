/**
 * The HTML libraries, loaded on first use: linkedom and Readability.js take about 0.1–0.25 s to load and
 * htmlparser2 some 30 ms, which plain-text and JSONL-text runs should not pay at start-up.
 */
import { createRequire } from "node:module";
import { topFirstStack } from "./parser-stack.js";

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

let linearParser: Htmlparser2["Parser"] | null = null;

/**
 * htmlparser2's streaming parser (its CommonJS build, loaded on first use), with its stacks of open
 * elements replaced by ones whose top is cheap to change (parser-stack.ts): deeply nested markup then
 * parses in linear time.
 */
export function htmlParser(): Htmlparser2["Parser"] {
  if (linearParser) return linearParser;
  htmlparser2 ??= require("htmlparser2") as Htmlparser2;
  const Base = htmlparser2.Parser;
  class LinearParser extends Base {
    constructor(...args: ConstructorParameters<typeof Base>) {
      super(...args);
      const internals = this as unknown as { stack: string[]; foreignContext: boolean[] };
      internals.stack = topFirstStack(internals.stack);
      internals.foreignContext = topFirstStack(internals.foreignContext);
    }
  }
  linearParser = LinearParser;
  return linearParser;
}
