import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Comparison, RelatedPair } from "../../src/model/compare.js";

const schema = JSON.parse(readFileSync(new URL("../../src/model/compare-schema.json", import.meta.url), "utf8")) as { $defs: object };
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const validatePair = ajv.compile({ $id: "related-pair", $defs: schema.$defs, $ref: "#/$defs/relatedPair" });

/** Schema errors of a comparison, as readable lines (empty when valid). */
export function compareSchemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

export function relatedPairErrors(value: RelatedPair): string[] {
  if (validatePair(value)) return [];
  return (validatePair.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** Asserts that a comparison validates and that every span points into its side's text with the text it carries. */
export function assertValidComparison(c: Comparison): void {
  assert.deepEqual(compareSchemaErrors(c), []);
  const bad: string[] = [];
  const check = (span: { start: number; end: number; text?: string } | null, text: string, where: string) => {
    if (!span) return;
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) bad.push(`${where}: [${span.start}, ${span.end}) outside the text`);
    else if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) bad.push(`${where}: text does not match its offsets`);
  };
  c.alignment.forEach((p, k) => {
    check(p.a, c.a.text, `alignment/${k}/a`);
    check(p.b, c.b.text, `alignment/${k}/b`);
  });
  c.changes.forEach((ch, k) => {
    check(ch.a, c.a.text, `changes/${k}/a`);
    check(ch.b, c.b.text, `changes/${k}/b`);
  });
  assert.deepEqual(bad, []);
}
