import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeBytes, describeBytes, sniffUtf16 } from "../../src/ingest/decode.js";
import { analyze } from "../../src/analyze.js";
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
  it("refuses binary input saying what it looks like", () => {
    const refusal = (bytes: Buffer) => {
      try {
        decodeBytes(bytes);
      } catch (err) {
        assert.ok(isQuellenlageError(err));
        assert.equal(err.code, "E_BINARY");
        return err.message;
      }
      return assert.fail("no error");
    };
    assert.match(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /a PNG image \(12 bytes\), with 3 NUL bytes in its first 12 bytes \(the first at byte 8\)/);
    assert.match(refusal(Buffer.from("%PDF-1.7\n\0\0\0")), /a PDF document/);
    assert.match(refusal(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])), /10 bytes starting 01 02 03 04 05 06 07 08 …, \d+ % of its first 10 bytes control characters/);
    assert.equal(describeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1])), "a ZIP archive (also .docx, .xlsx, .epub) (5 bytes)");
  });
  it("reads UTF-16 without a BOM by its zero bytes, little- and big-endian, Latin and other scripts", () => {
    const texts = [GRUESSE + ", sagte er am Montag.", "Путин сказал в понедельник, что всё хорошо.", "東京で会議が開かれた。 2024 年 6 月 14 日"];
    for (const text of texts) {
      const le = Buffer.from(text, "utf16le");
      const be = Buffer.from(text, "utf16le").swap16();
      assert.deepEqual(decodeBytes(le), { text, encoding: "utf-16le", via: "sniffed" }, text);
      assert.deepEqual(decodeBytes(be), { text, encoding: "utf-16be", via: "sniffed" }, text);
    }
    // UTF-8 text, odd-length bytes and binary with zeros on both sides are not UTF-16.
    assert.equal(sniffUtf16(Buffer.from(GRUESSE)), null);
    assert.equal(sniffUtf16(Buffer.concat([Buffer.from(GRUESSE, "utf16le"), Buffer.from([0x41])])), null);
    assert.equal(sniffUtf16(Buffer.from([0, 0, 0, 0, 1, 0, 0, 1])), null);
    const page = analyze({ bytes: Buffer.from(`<html><body><h1>Titel</h1><p>${GRUESSE}, sagte die Ministerin am Montag in Berlin.</p></body></html>`, "utf16le") });
    assert.equal(page.meta.format, "html");
    assert.equal(page.meta.encoding, "utf-16le");
    assert.ok(page.diagnostics.some((d) => d.code === "I_ENCODING_SNIFFED"));
  });
});
