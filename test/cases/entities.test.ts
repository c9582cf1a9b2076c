import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { listCases, readCase, runCase } from "./cases.js";

/**
 * The entity checks some cases carry in case.json (`entities`: present and absent), independent of the
 * rest of their expected output: the reader's defects of issue 13 written down as texts of our own.
 */
describe("entities of the cases", () => {
  for (const slug of listCases()) {
    const spec = readCase(slug);
    const checks = spec.entities;
    if (!checks) continue;
    it(`${slug}: ${spec.note}`, () => {
      const entities = runCase(slug).entities ?? [];
      const listed = entities.map((e) => `${e.name} [${e.type}${e.inArticle ? "" : ", not in article"}]`).join("; ");
      for (const want of checks.present) {
        const e = entities.find((x) => x.name === want.name && x.type === want.type);
        assert.ok(e, `no ${want.type} "${want.name}" among: ${listed}`);
        if (want.role) assert.ok(e.roles.some((r) => r.role === want.role), `"${want.name}" has no role ${want.role}`);
        if (want.inArticle !== undefined) assert.equal(e.inArticle, want.inArticle, `"${want.name}" inArticle`);
      }
      for (const not of checks.absent) {
        const bad = entities.find((e) => (!not.type || e.type === not.type) && e.mentions.some((m) => m.text === not.text));
        assert.equal(bad, undefined, `"${not.text}" is a mention of ${bad?.name} [${bad?.type}]`);
      }
    });
  }
});
