import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as api from "../src/index.js";

/** The public surface: a change here is a change of the package's API and must be deliberate. */
const EXPORTED = [
  "AnalysisWriter",
  "CLAIM_OPS",
  "COMPARE_SCHEMA_VERSION",
  "DEFAULT_LANGUAGE",
  "DEFAULT_MAX_CHARS",
  "LOCALES",
  "OUTPUT_FORMATS",
  "PIPELINE",
  "QuellenlageError",
  "Relater",
  "SCHEMA_VERSION",
  "STAGE_NAMES",
  "SUPPORTED_LANGUAGES",
  "analyze",
  "compare",
  "comparisonToMarkdown",
  "decodeBytes",
  "getLocale",
  "isQuellenlageError",
  "isSupportedLanguage",
  "isValidSpan",
  "readJobs",
  "relate",
  "resolveStages",
  "runPipeline",
  "toMarkdown",
];

describe("public API", () => {
  it("exports exactly the pinned names", () => {
    assert.deepEqual(Object.keys(api).sort(), EXPORTED);
  });
  it("has the schema version and the pipeline in order", () => {
    assert.equal(api.SCHEMA_VERSION, "quellenlage/1");
    assert.deepEqual(api.STAGE_NAMES.slice(0, 2), ["structure", "sentences"]);
  });
});
