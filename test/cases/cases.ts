/**
 * The expected-output corpus: one folder per case under test/cases/, each with `case.json`
 * (`{ input, published?, language?, stages?, note }`, `input` relative to the folder) and `expected.json`,
 * the analysis as it was last accepted. `npm run cases:regenerate` rewrites the expected files; read the
 * diff (`git diff test/cases`) before committing it.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../../src/analyze.js";
import type { Analysis, LanguageCode } from "../../src/model/types.js";

export const CASES_DIR = fileURLToPath(new URL(".", import.meta.url));

export interface CaseSpec {
  input: string;
  published?: string;
  language?: LanguageCode;
  stages?: string[];
  note: string;
  /** Entities the analysis must and must not have (test/cases/entities.test.ts). */
  entities?: EntityChecks;
}

export interface EntityChecks {
  /** Entities it must have: by name and type, with a role of that name and `inArticle` as given. */
  present: Array<{ name: string; type: string; role?: string; inArticle?: boolean }>;
  /** Mentions it must not have: no mention with this text, in an entity of this type if one is given. */
  absent: Array<{ text: string; type?: string }>;
}

export function listCases(): string[] {
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CASES_DIR, d.name, "case.json")))
    .map((d) => d.name)
    .sort();
}

export function readCase(slug: string): CaseSpec {
  return JSON.parse(readFileSync(join(CASES_DIR, slug, "case.json"), "utf8")) as CaseSpec;
}

/** Runs a case as the CLI would for a file: raw bytes, its extension deciding HTML or text. */
export function runCase(slug: string): Analysis {
  const spec = readCase(slug);
  const path = join(CASES_DIR, slug, spec.input);
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  return analyze(
    { id: slug, bytes, format: ext === ".html" || ext === ".htm" ? "html" : "text" },
    {
      ...(spec.published ? { published: spec.published } : {}),
      ...(spec.language ? { language: spec.language } : {}),
      ...(spec.stages ? { stages: spec.stages } : {}),
    },
  );
}

export function expectedPath(slug: string): string {
  return join(CASES_DIR, slug, "expected.json");
}
