import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { assertValidAnalysis, schemaErrors } from "../helpers/validate.js";

const a = analyze({ id: "x", text: "Titel\n\nDer Minister sagte am Montag, die Lage sei ernst. Foto: dpa" }, { language: "de" });

describe("JSON Schema", () => {
  it("accepts an analysis", () => assertValidAnalysis(a));
  it("rejects a wrong schema version, block kind or missing field", () => {
    assert.notDeepEqual(schemaErrors({ ...a, schema: "quellenlage/2" }), []);
    assert.notDeepEqual(schemaErrors({ ...a, blocks: [{ ...a.blocks[0], kind: "sidebar" }] }), []);
    const { meta: _meta, ...noMeta } = a;
    assert.notDeepEqual(schemaErrors(noMeta), []);
    assert.notDeepEqual(schemaErrors({ ...a, surprise: 1 }), []);
  });
  it("catches a span whose text does not match its offsets", () => {
    const broken = { ...a, blocks: [{ ...a.blocks[0]!, text: "Falsch" }] };
    assert.throws(() => assertValidAnalysis(broken), /bad spans/);
  });
});
