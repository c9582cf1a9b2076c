/**
 * Sixty-odd malformed or hostile inputs: each gives a typed error (`E_CODE id: message` on stderr, exit 1)
 * or a clean result (valid analyses on stdout, exit 0), never a crash or a stack trace.
 */
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Analysis } from "../../src/model/types.js";
import { ERROR_LINE, SUMMARY_LINE, cli, errorLines } from "../helpers/cli.js";
import { assertValidAnalysis } from "../helpers/validate.js";

const dir = mkdtempSync(join(tmpdir(), "quellenlage-hostile-"));
let n = 0;
const put = (ext: string, content: string | Buffer): string => {
  const p = join(dir, `case-${++n}.${ext}`);
  writeFileSync(p, content);
  return p;
};
const jsonl = (...lines: Array<string | object>) => put("jsonl", lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n"));
const SENTENCE = "Der Minister sagte am Montag, die Lage sei ernst. ";
const emptyDir = join(dir, "empty-folder");
mkdirSync(emptyDir);

type Expect = "ok" | "error" | "either";
const CASES: Array<[string, () => string, Expect, RegExp?]> = [
  ["empty file", () => put("txt", ""), "error", /^E_EMPTY/],
  ["white space only", () => put("txt", "  \n\t \n "), "error", /^E_EMPTY/],
  ["newlines only", () => put("txt", "\n".repeat(1000)), "error", /^E_EMPTY/],
  ["PNG bytes", () => put("txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), "error", /^E_BINARY/],
  ["random bytes with NULs", () => put("bin", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), "error", /^E_BINARY/],
  ["control characters", () => put("txt", Buffer.from(Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 1 : 0x41)))), "error", /^E_BINARY/],
  ["20 MB single line", () => put("txt", "a".repeat(20 * 1024 * 1024)), "error", /^E_TOO_LARGE/],
  ["invalid UTF-8", () => put("txt", Buffer.concat([Buffer.from(SENTENCE), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(SENTENCE)])), "ok"],
  ["lone continuation bytes", () => put("txt", Buffer.from([0x80, 0x80, 0x41, 0x42, 0x43, 0x20, 0xbf])), "ok"],
  ["overlong UTF-8", () => put("txt", Buffer.concat([Buffer.from(SENTENCE), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf])])), "ok"],
  ["UTF-16LE with BOM", () => put("txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, "utf16le")])), "ok"],
  ["UTF-16BE with BOM", () => put("txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, "utf16le").swap16()])), "ok"],
  ["UTF-16LE without BOM", () => put("txt", Buffer.from(SENTENCE, "utf16le")), "ok"],
  ["UTF-16BE without BOM", () => put("txt", Buffer.from(SENTENCE, "utf16le").swap16()), "ok"],
  ["100k nested divs", () => put("html", "<div>".repeat(100_000) + SENTENCE + "</div>".repeat(100_000)), "ok"],
  ["100k nested inline tags", () => put("html", "<p>" + "<b>".repeat(100_000) + SENTENCE + "</b>".repeat(100_000) + "</p>"), "ok"],
  // Found by the fuzzer (a feed whose content carried 400,000 raw "<p>" in an attribute): the parser's
  // stack of open elements was quadratic in the nesting depth.
  // Found by the fuzzer: a word of 241,553 letters; the compound look-up tried every ending of it.
  ["a word of 250,000 letters in a German text", () => put("txt", SENTENCE + "Bundes" + "ä".repeat(250_000) + "darstellung. " + SENTENCE), "ok"],
  ["200k unclosed nested divs", () => put("html", "<html><body><p>" + SENTENCE + "</p>" + "<div>".repeat(200_000) + SENTENCE), "ok"],
  ["deep nesting, then 100k stray end tags", () => put("html", "<p>" + SENTENCE + "</p>" + "<span>".repeat(100_000) + "</i>".repeat(100_000)), "ok"],
  ["feed with 200k nested elements in an item", () => put("xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Titel</title><description>${SENTENCE}</description><x>${"<p>".repeat(200_000)}</x></item></channel></rss>`), "either"],
  ["100k unclosed tags", () => put("html", "<span>".repeat(100_000) + SENTENCE), "ok"],
  ["scripts only", () => put("html", "<html><body><script>var a = '<p>x</p>';</script><style>p{}</style></body></html>"), "error", /^E_EMPTY/],
  ["closing tags in script strings", () => put("html", `<html><body><script>document.write("</p></div></body>")</script><p>${SENTENCE}</p></body></html>`), "ok"],
  ["comment bomb", () => put("html", `<p>${SENTENCE}</p>` + "<!--".repeat(50_000)), "either"],
  ["huge attribute", () => put("html", `<p title="${"x".repeat(5_000_000)}">${SENTENCE}</p>`), "ok"],
  ["broken JSON-LD", () => put("html", `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head><body><p>${SENTENCE}</p></body></html>`), "ok"],
  ["bogus meta charset", () => put("html", `<html><head><meta charset="x-bogus-42"></head><body><p>${SENTENCE}</p></body></html>`), "ok"],
  ["XML declaration and CDATA", () => put("html", `<?xml version="1.0"?><!DOCTYPE html><html><body><![CDATA[ x ]]><p>${SENTENCE}</p></body></html>`), "ok"],
  ["10k paragraphs", () => put("html", `<html><body><article>${`<p>${SENTENCE}</p>`.repeat(10_000)}</article></body></html>`), "ok"],
  ["JSONL with a broken line", () => jsonl({ id: "a", text: SENTENCE }, "{oops", { id: "b", text: SENTENCE }), "either"],
  ["JSONL line is an array", () => jsonl("[1,2,3]"), "error", /^E_JSONL_FIELD/],
  ["JSONL without id", () => jsonl({ text: SENTENCE }), "error", /^E_JSONL_FIELD/],
  ["JSONL text is a number", () => jsonl({ id: "a", text: 42 }), "error", /^E_JSONL_FIELD/],
  ["JSONL text and html", () => jsonl({ id: "a", text: SENTENCE, html: "<p>x</p>" }), "error", /^E_JSONL_FIELD/],
  ["JSONL unsupported language", () => jsonl({ id: "a", text: SENTENCE, language: "xx" }), "error", /^E_LANGUAGE/],
  ["JSONL bad published date", () => jsonl({ id: "a", text: SENTENCE, published: "gestern" }), "error", /^E_DATE/],
  ["JSONL path to a missing file", () => jsonl({ id: "a", path: join(dir, "does-not-exist.html") }), "error", /^E_READ/],
  ["JSONL path to a folder", () => jsonl({ id: "a", path: emptyDir }), "error", /^E_READ/],
  ["JSONL path to binary", () => jsonl({ id: "a", path: put("bin", Buffer.from([0, 1, 2, 3, 0, 0])) }), "error", /^E_BINARY/],
  ["JSONL with a BOM", () => put("jsonl", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ id: "a", text: SENTENCE }))])), "either"],
  ["JSONL with CRLF", () => put("jsonl", [JSON.stringify({ id: "a", text: SENTENCE }), JSON.stringify({ id: "b", text: SENTENCE })].join("\r\n") + "\r\n"), "ok"],
  ["JSONL empty file", () => put("jsonl", ""), "ok"],
  ["JSONL lone surrogate", () => put("jsonl", `{"id":"a","text":"${SENTENCE}\\ud800 Ende."}`), "ok"],
  ["JSONL 20 MB text", () => jsonl({ id: "a", text: "Wort ".repeat(4 * 1024 * 1024) }), "error", /^E_TOO_LARGE/],
  ["JSONL null fields", () => jsonl({ id: "a", text: SENTENCE, url: null, published: null, title: null }), "ok"],
  ["100k quote marks", () => put("txt", "„".repeat(100_000)), "ok"],
  ["a million full stops", () => put("txt", ".".repeat(1_000_000)), "ok"],
  ["one 500k-character word", () => put("txt", "x".repeat(500_000)), "ok"],
  ["200k one-letter lines", () => put("txt", "a\n".repeat(200_000)), "ok"],
  ["bidi overrides and zero-width", () => put("txt", "\u202eDer\u200b Minister\u2066 sagte\u200d: \u202cJa.\ufeff"), "ok"],
  ["combining-mark storm", () => put("txt", "Z" + "\u0301\u0300\u0302".repeat(30_000) + " sagte er."), "ok"],
  ["emoji only", () => put("txt", "😀🎉🔥".repeat(1000)), "ok"],
  ["punctuation only", () => put("txt", "!?.,;:–—()[]{}".repeat(1000)), "ok"],
  ["credit prefix alone", () => put("txt", "Foto:\nQuelle:\n©"), "ok"],
  ["nested quotes 5000 deep", () => put("txt", "„‚".repeat(5000) + "Ja" + "‘“".repeat(5000) + ", sagte er."), "ok"],
  ["mixed scripts", () => put("txt", "Путин сказал. 習近平は言った. Der Kanzler sagte, es sei gut."), "ok"],
  ["missing file", () => join(dir, "no-such-file.txt"), "error", /^E_READ/],
  // Found by npm run fuzz, or by the long-text profile (issue 15): each once took minutes.
  ["unclosed quotes in 20k script tags", () => put("html", `<p>${SENTENCE}</p>` + '<script x="'.repeat(20_000)), "either"],
  ["130k empty paragraphs", () => put("html", `<html><body><article><p>${SENTENCE}</p>` + "<p>".repeat(130_000)), "either"],
  ["600k elements", () => put("html", `<p>${SENTENCE}</p>` + "<i></i>".repeat(600_000)), "error", /^E_TOO_LARGE .*more than 500000 elements/],
  ["66k characters without a full stop", () => put("txt", "der Minister Peter Meyer sagte er komme am Montag nach Berlin und ".repeat(1_000)), "ok"],
  ["4k unclosed quotations", () => put("txt", "„Wir kommen, sagte er. ".repeat(4_000)), "ok"],
  ["one article repeated to 0.2 MB", () => put("txt", (SENTENCE + "Er sagte, sie komme. „Ja“, sagte sie.\n").repeat(2_000)), "ok"],
  ["JSONL path out of its folder", () => jsonl({ id: "a", path: "../../../../../../etc/os-release" }), "error", /^E_PATH a: path "\.\.\/\.\.\//],
  ["JSONL absolute path elsewhere", () => jsonl({ id: "a", path: "/etc/hostname" }), "error", /^E_PATH/],
  ["JSONL file URL", () => jsonl({ id: "a", path: "file:///etc/hostname" }), "error", /^E_SCHEME/],
  ["file URL argument", () => "file:///etc/hostname", "error", /^E_SCHEME .*give the file's path instead/],
  ["ftp URL argument", () => "ftp://example.org/a.html", "error", /^E_SCHEME/],
  ["empty folder", () => emptyDir, "ok"],
];

describe("hostile inputs", () => {
  it("has at least fifty cases", () => assert.ok(CASES.length >= 50, `${CASES.length} cases`));
  for (const [name, make, expect, code] of CASES) {
    it(name, async () => {
      // No time limit: what counts here is that every input ends, whatever the machine's load.
      const r = await cli(["analyze", make(), "--format", "jsonl", "--timeout", "0"]);
      assert.doesNotMatch(r.stderr, /\n\s+at |E_INTERNAL/, `no crash: ${r.stderr.slice(0, 300)}`);
      const errors = errorLines(r.stderr);
      for (const line of errors) assert.match(line, ERROR_LINE);
      assert.match(r.stderr.trim().split("\n").at(-1)!, SUMMARY_LINE);
      for (const line of r.stdout.split("\n").filter(Boolean)) assertValidAnalysis(JSON.parse(line) as Analysis);
      if (expect === "ok") assert.equal(r.status, 0, r.stderr);
      if (expect === "error") {
        assert.equal(r.status, 1);
        assert.ok(errors.length > 0);
        if (code) assert.match(errors[0]!, code);
      }
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}`);
    });
  }
});
