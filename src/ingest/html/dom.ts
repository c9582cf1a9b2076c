/**
 * The DOM libraries, loaded on first use: linkedom and Readability.js take about 0.1–0.25 s to load,
 * which plain-text and JSONL-text runs should not pay at start-up.
 */
import { createRequire } from "node:module";

type Linkedom = typeof import("linkedom");
type ReadabilityModule = typeof import("@mozilla/readability");

const require = createRequire(import.meta.url);
let linkedom: Linkedom | null = null;
let readability: ReadabilityModule | null = null;

export function dom(): Linkedom {
  linkedom ??= require("linkedom") as Linkedom;
  return linkedom;
}

export function readabilityModule(): ReadabilityModule {
  readability ??= require("@mozilla/readability") as ReadabilityModule;
  return readability;
}
