import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeBytes } from "../../src/ingest/decode.js";
import { isQuellenlageError } from "../../src/model/errors.js";

const GRUESSE = "Grüße aus München";
const cp1252 = (s: string) => Buffer.from(s, "latin1");

describe("decodeBytes", () => {
  it("reads UTF-8, with and without a BOM", () => {
    assert.deepEqual(decodeBytes(Buffer.from(GRUESSE)), { text: GRUESSE, encoding: "utf-8", via: "utf-8" });
    assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GRUESSE)])).text, GRUESSE);
  });
  it("reads UTF-16 with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GRUESSE, "utf16le")]);
    assert.deepEqual(decodeBytes(le), { text: GRUESSE, encoding: "utf-16le", via: "bom" });
  });
  it("falls back to windows-1252 for invalid UTF-8", () => {
    const euro = Buffer.from([0x80]); // € in windows-1252
    assert.deepEqual(decodeBytes(Buffer.concat([cp1252(GRUESSE + " 5 "), euro])), { text: GRUESSE + " 5 €", encoding: "windows-1252", via: "fallback" });
  });
  it("follows a declared charset and a meta charset in HTML", () => {
    assert.equal(decodeBytes(cp1252(GRUESSE), { declared: "ISO-8859-1" }).text, GRUESSE);
    const html = cp1252(`<html><head><meta charset="windows-1252"></head><body>${GRUESSE}</body></html>`);
    assert.equal(decodeBytes(html, { html: true }).via, "meta");
  });
  it("refuses binary input", () => {
    try {
      decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      assert.fail("no error");
    } catch (err) {
      assert.ok(isQuellenlageError(err));
      assert.equal(err.code, "E_BINARY");
    }
  });
});
