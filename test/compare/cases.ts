/**
 * Compare cases: one folder per case under test/compare/cases/, each with two texts written for this
 * project (`a.txt`, `b.txt`), `case.json` (`{ a, b, published?: { a, b }, relation, direction, note,
 * planted: [{ op, a, b }] }`: every change planted in B, located by a snippet of each text, null on a
 * side without one) and `expected.json`, the comparison as last accepted (`npm run cases:regenerate`
 * rewrites it; read `git diff test/compare/cases` before committing).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../../src/analyze.js";
import { compare } from "../../src/compare/compare.js";
import type { ChangeOp, Comparison, Direction, Relation } from "../../src/model/compare.js";
import type { Analysis } from "../../src/model/types.js";

export const COMPARE_CASES_DIR = fileURLToPath(new URL("./cases/", import.meta.url));

export interface PlantedChange {
  op: ChangeOp;
  /** A snippet of A where the change lies, or null where A has nothing. */
  a: string | null;
  b: string | null;
}

export interface CompareCaseSpec {
  a: string;
  b: string;
  published?: { a?: string; b?: string };
  relation: Relation;
  direction: Direction;
  note: string;
  planted: PlantedChange[];
}

export function listCompareCases(): string[] {
  return readdirSync(COMPARE_CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(COMPARE_CASES_DIR, d.name, "case.json")))
    .map((d) => d.name)
    .sort();
}

export function readCompareCase(slug: string): CompareCaseSpec {
  return JSON.parse(readFileSync(join(COMPARE_CASES_DIR, slug, "case.json"), "utf8")) as CompareCaseSpec;
}

/** The two analyses of a case and their comparison. */
export function runCompareCase(slug: string): { a: Analysis; b: Analysis; comparison: Comparison } {
  const spec = readCompareCase(slug);
  const read = (side: "a" | "b") => {
    const published = spec.published?.[side];
    return analyze({ id: `${slug}/${spec[side]}`, text: readFileSync(join(COMPARE_CASES_DIR, slug, spec[side]), "utf8"), ...(published ? { published } : {}) });
  };
  const a = read("a");
  const b = read("b");
  return { a, b, comparison: compare(a, b) };
}

export function compareExpectedPath(slug: string): string {
  return join(COMPARE_CASES_DIR, slug, "expected.json");
}
