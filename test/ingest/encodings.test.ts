import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { charsetFromContentType, decodeBytes } from "../../src/ingest/decode.js";
import { assertValidAnalysis } from "../helpers/validate.js";

/** The phrase every fixture carries; its ü and ß are where encodings differ. */
const PHRASE = "Grüße aus München";
const BODY = `<p>${PHRASE}. Die Stadt grüßt ihre Gäste mit Brezeln, Bier und einem Lächeln, das man nicht vergisst.</p>`;

/** windows-1252 bytes: for these letters the same as ISO-8859-1, which Buffer's "latin1" writes. */
const cp1252 = (s: string) => Buffer.from(s, "latin1");
const utf8 = (s: string) => Buffer.from(s, "utf8");
const utf16le = (s: string) => Buffer.from(s, "utf16le");
const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();
const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);
const BOM_UTF16LE = Buffer.from([0xff, 0xfe]);
const BOM_UTF16BE = Buffer.from([0xfe, 0xff]);

const page = (head: string) => `<!doctype html><html><head>${head}<title>Gruß</title></head><body><article>${BODY}</article></body></html>`;
/** Padding that pushes a late `<meta>` past the first 1024 bytes. */
const PADDING = `<!-- ${"x".repeat(1100)} -->`;

interface Fixture {
  name: string;
  bytes: Buffer;
  header?: string;
  encoding: string;
  via: string;
}

const FIXTURES: Fixture[] = [
  { name: "windows-1252, <meta charset> only", bytes: cp1252(page('<meta charset="windows-1252">')), encoding: "windows-1252", via: "meta" },
  { name: "windows-1252, HTTP header only", bytes: cp1252(page("")), header: "text/html; charset=windows-1252", encoding: "windows-1252", via: "declared" },
  { name: "windows-1252, neither header nor meta", bytes: cp1252(page("")), encoding: "windows-1252", via: "fallback" },
  {
    name: "windows-1252 bytes, header windows-1252 against a meta saying UTF-8: the header wins",
    bytes: cp1252(page('<meta charset="utf-8">')),
    header: "text/html; charset=windows-1252",
    encoding: "windows-1252",
    via: "declared",
  },
  {
    name: "windows-1252 bytes, header wrongly saying UTF-8: not valid UTF-8, so windows-1252",
    bytes: cp1252(page("")),
    header: "text/html; charset=UTF-8",
    encoding: "windows-1252",
    via: "fallback",
  },
  { name: "UTF-16LE with BOM", bytes: Buffer.concat([BOM_UTF16LE, utf16le(page(""))]), encoding: "utf-16le", via: "bom" },
  { name: "UTF-16BE with BOM", bytes: Buffer.concat([BOM_UTF16BE, utf16be(page(""))]), encoding: "utf-16be", via: "bom" },
  { name: "UTF-16LE without BOM, named by the header", bytes: utf16le(page("")), header: "text/html; charset=utf-16le", encoding: "utf-16le", via: "declared" },
  {
    name: "UTF-8 with BOM, header saying windows-1252: the BOM wins",
    bytes: Buffer.concat([BOM_UTF8, utf8(page(""))]),
    header: "text/html; charset=windows-1252",
    encoding: "utf-8",
    via: "bom",
  },
  {
    name: "windows-1252 bytes with their <meta> after byte 1024: not UTF-8, so the late meta counts",
    bytes: cp1252(page(`${PADDING}<meta charset="windows-1252">`)),
    encoding: "windows-1252",
    via: "meta",
  },
  {
    name: "windows-1252 bytes with a <meta> only in the body: not read, windows-1252 by fallback",
    bytes: cp1252(`<!doctype html><html><head><title>Gruß</title></head><body>${PADDING}<article>${BODY}<meta charset="iso-8859-2"></article></body></html>`),
    encoding: "windows-1252",
    via: "fallback",
  },
  {
    name: "ISO-8859-2 bytes with their <meta> after byte 1024 (after an empty charset=): the late meta counts",
    bytes: Buffer.concat([cp1252(page(`<meta http-equiv="Content-Type" content="text/html; charset=">${PADDING}<meta charset="iso-8859-2">`).replace("Brezeln", "Brezeln und ")), Buffer.from([0xb3, 0xf3, 0xbf, 0xea])]),
    encoding: "iso-8859-2",
    via: "meta",
  },
  {
    name: "UTF-8 bytes with one stray windows-1252 byte: UTF-8 with one replacement, not windows-1252",
    bytes: Buffer.concat([utf8(page("").replace("</article>", "")), cp1252("Gr\u00fc"), utf8(`</article><p>${"Öl und Käse für Bäcker. ".repeat(3)}</p></body></html>`)]),
    encoding: "utf-8",
    via: "utf-8",
  },
  {
    name: "UTF-8 bytes with a <meta> after byte 1024 saying windows-1252: meta unseen, valid UTF-8",
    bytes: utf8(page(`${PADDING}<meta charset="windows-1252">`)),
    encoding: "utf-8",
    via: "utf-8",
  },
  {
    name: "windows-1252 named by <meta http-equiv=Content-Type>",
    bytes: cp1252(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')),
    encoding: "windows-1252",
    via: "meta",
  },
  { name: "UTF-8 without any declaration", bytes: utf8(page("")), encoding: "utf-8", via: "utf-8" },
  { name: "UTF-8 named by <meta charset>", bytes: utf8(page('<meta charset="UTF-8">')), encoding: "utf-8", via: "meta" },
  {
    name: "quoted header label in capitals",
    bytes: cp1252(page("")),
    header: 'text/html; charset="ISO-8859-1"',
    encoding: "windows-1252",
    via: "declared",
  },
  {
    name: "ISO-8859-15 (the euro sign at 0xA4) named by <meta>",
    bytes: Buffer.concat([cp1252(page('<meta charset="iso-8859-15">').replace("Brezeln", "Brezeln für 2 ")), Buffer.from([0xa4])]),
    encoding: "iso-8859-15",
    via: "meta",
  },
];

describe("encodings: every fixture decodes to the exact text", () => {
  for (const f of FIXTURES) {
    it(f.name, () => {
      const declared = charsetFromContentType(f.header);
      const decoded = decodeBytes(f.bytes, { declared, html: true });
      assert.equal(decoded.encoding, f.encoding);
      assert.equal(decoded.via, f.via);
      assert.ok(decoded.text.includes(PHRASE), `decoded text lacks "${PHRASE}": ${decoded.text.slice(0, 200)}`);
      const a = analyze({ id: f.name, bytes: f.bytes, format: "html", charset: declared }, { stages: ["structure"] });
      assertValidAnalysis(a);
      assert.equal(a.meta.encoding, f.encoding);
      const body = a.blocks.find((b) => b.text.startsWith(PHRASE));
      assert.ok(body, `no block starts with "${PHRASE}": ${JSON.stringify(a.blocks.map((b) => b.text))}`);
    });
  }

  it("windows-1252 fallback is reported as a diagnostic", () => {
    const a = analyze({ id: "x", bytes: cp1252(page("")), format: "html" }, { stages: ["structure"] });
    assert.ok(a.diagnostics.some((d) => d.code === "W_ENCODING_FALLBACK"));
  });

  it("a multi-byte charset named late in the head (after scripts filling the first 1024 bytes) is read", () => {
    // "你好，世界" in GBK, after a head whose scripts push the <meta> past byte 1024.
    const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7]);
    const head = `<html><head><script>${"var x = 1;".repeat(120)}</script><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>`;
    const decoded = decodeBytes(Buffer.concat([cp1252(head), gbk, cp1252("</p></body></html>")]), { html: true });
    assert.equal(decoded.encoding, "gbk");
    assert.ok(decoded.text.includes("你好，世界"));
  });

  it("Polish letters of a late ISO-8859-2 <meta> decode right", () => {
    const bytes = Buffer.concat([cp1252(`<html><head>${PADDING}<meta charset="iso-8859-2"><title>x</title></head><body><p>`), Buffer.from([0xb3, 0xf3, 0xbf, 0xea]), cp1252("</p></body></html>")]);
    assert.ok(decodeBytes(bytes, { html: true }).text.includes("łóżę"));
  });

  it("repaired UTF-8 is reported as a diagnostic with the number of replacements", () => {
    const bytes = Buffer.concat([utf8(`<html><body><article><p>${"Grüße aus München. ".repeat(5)}`), Buffer.from([0xfc]), utf8("</p></article></body></html>")]);
    const decoded = decodeBytes(bytes, { html: true });
    assert.equal(decoded.replaced, 1);
    const a = analyze({ id: "x", bytes, format: "html" }, { stages: ["structure"] });
    assert.ok(a.diagnostics.some((d) => d.code === "W_ENCODING_REPAIRED" && d.message.includes("1 invalid byte sequence,")));
  });

  it("the euro sign survives ISO-8859-15", () => {
    const bytes = cp1252(`<html><head><meta charset="iso-8859-15"></head><body><p>${PHRASE} kostet 5 `);
    const decoded = decodeBytes(Buffer.concat([bytes, Buffer.from([0xa4]), cp1252("</p></body></html>")]), { html: true });
    assert.ok(decoded.text.includes(`${PHRASE} kostet 5 €`));
  });

  it("an XML declaration names a feed's encoding", () => {
    const xml = cp1252(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>${PHRASE}</title></channel></rss>`);
    const decoded = decodeBytes(xml, { html: true });
    assert.equal(decoded.via, "meta");
    assert.ok(decoded.text.includes(PHRASE));
  });

  it("reads the charset parameter of a Content-Type header", () => {
    assert.equal(charsetFromContentType("text/html; charset=UTF-8"), "UTF-8");
    assert.equal(charsetFromContentType('text/html;charset="windows-1252"'), "windows-1252");
    assert.equal(charsetFromContentType("text/html"), null);
    assert.equal(charsetFromContentType(null), null);
  });
});
