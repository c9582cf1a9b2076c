import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Analysis } from "../../src/model/types.js";

const schema = JSON.parse(readFileSync(new URL("../../src/model/schema.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Schema errors of a value, as readable lines (empty when valid). */
export function schemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/**
 * Asserts that an analysis validates against the JSON Schema and that every span in it points into
 * `text` and carries exactly the text it points at (what the schema cannot say).
 */
export function assertValidAnalysis(a: Analysis): void {
  const errors = schemaErrors(a);
  assert.deepEqual(errors, [], `schema errors:\n${errors.join("\n")}`);
  const bad: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}/${i}`));
    if (value === null || typeof value !== "object") return;
    const o = value as Record<string, unknown>;
    if (typeof o["start"] === "number" && typeof o["end"] === "number") {
      const { start, end } = o as { start: number; end: number };
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= a.text.length)) {
        bad.push(`${path}: [${start}, ${end}) is outside the text (length ${a.text.length})`);
      } else if (typeof o["text"] === "string" && path !== "" && a.text.slice(start, end) !== o["text"]) {
        bad.push(`${path}: text ${JSON.stringify(o["text"])} is not text.slice(${start}, ${end}) = ${JSON.stringify(a.text.slice(start, end))}`);
      }
    }
    for (const [k, v] of Object.entries(o)) if (k !== "text" || path === "") visit(v, `${path}/${k}`);
  };
  visit(a, "");
  assert.deepEqual(bad, [], `bad spans:\n${bad.join("\n")}`);
}
