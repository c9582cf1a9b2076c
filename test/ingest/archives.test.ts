import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { createGzip, gzipSync } from "node:zlib";
import { readJobs, type Job } from "../../src/ingest/files.js";
import { parseFeed } from "../../src/ingest/feed.js";
import { dechunk } from "../../src/ingest/warc.js";
import { analyze } from "../../src/analyze.js";
import { isQuellenlageError } from "../../src/model/errors.js";
import { assertValidAnalysis } from "../helpers/validate.js";

const dir = mkdtempSync(join(tmpdir(), "quellenlage-archives-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;
/** Memory a refused bomb may add, at most. */
const MAX_GROWTH = 64 * MB;

const PAGE = (title: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>Grüße aus München. Der Stadtrat hat am Montag beschlossen, die Brücke zu sanieren, wie ein Sprecher sagte.</p></article></body></html>`;

function warcRecord(type: string, headers: Record<string, string>, content: Buffer): Buffer {
  const head = [`WARC/1.1`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${content.length}`].join("\r\n");
  return Buffer.concat([Buffer.from(head + "\r\n\r\n"), content, Buffer.from("\r\n\r\n")]);
}

function httpResponse(contentType: string, body: Buffer, extra = ""): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\n${extra}Content-Length: ${body.length}\r\n\r\n`), body]);
}

/** Gzips a stream of `total` zero bytes written in 1 MB pieces, without holding them. */
async function gzipZeros(prefix: Buffer, total: number, suffix: Buffer): Promise<Buffer> {
  const gz = createGzip();
  const out: Buffer[] = [];
  gz.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((r) => gz.on("end", r));
  gz.write(prefix);
  const piece = Buffer.alloc(MB);
  for (let n = 0; n < total; n += MB) if (!gz.write(piece)) await new Promise((r) => gz.once("drain", r));
  gz.end(suffix);
  await done;
  return Buffer.concat(out);
}

async function collect(inputs: string[], options = {}): Promise<Job[]> {
  const jobs: Job[] = [];
  for await (const j of readJobs(inputs, options)) jobs.push(j);
  return jobs;
}

describe("WARC", () => {
  it("streams gzip members: a record inflating past the cap is refused without memory growth, the next record parses", async () => {
    const first = gzipSync(
      Buffer.concat([
        warcRecord("warcinfo", { "WARC-Record-ID": "<urn:uuid:1>" }, Buffer.from("software: test\r\n")),
        warcRecord("response", { "WARC-Target-URI": "https://news.example/a", "Content-Type": "application/http; msgtype=response" }, httpResponse("text/html; charset=utf-8", Buffer.from(PAGE("Erste Seite")))),
        warcRecord("response", { "WARC-Target-URI": "https://news.example/style.css", "Content-Type": "application/http; msgtype=response" }, httpResponse("text/css", Buffer.from("p{}"))),
      ]),
    );
    // A record of 200 MB of zeros: its header says so, and it inflates to it, from about 200 KB.
    const bombSize = 200 * MB;
    const bombHead = Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/bomb\r\nContent-Type: application/http\r\nContent-Length: ${bombSize}\r\n\r\n`);
    const bomb = await gzipZeros(bombHead, bombSize, Buffer.from("\r\n\r\n"));
    const chunked = Buffer.from(`14\r\n${"<p>Zweite Seite ok.</p>".slice(0, 20)}\r\n0\r\n\r\n`);
    const last = gzipSync(
      warcRecord(
        "response",
        { "WARC-Target-URI": "https://news.example/b", "Content-Type": "application/http; msgtype=response" },
        Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Encoding: gzip\r\n\r\n"), gzipSync(Buffer.from(PAGE("Zweite Seite"), "latin1"))]),
      ),
    );
    const path = join(dir, "crawl.warc.gz");
    writeFileSync(path, Buffer.concat([first, bomb, last]));
    assert.equal(dechunk(chunked).toString(), "<p>Zweite Seite ok.<");

    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const jobs: Job[] = [];
    for await (const j of readJobs([path], { maxRecordBytes: 16 * MB })) {
      jobs.push(j);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    assert.ok(peak - before < MAX_GROWTH, `memory grew by ${((peak - before) / MB).toFixed(1)} MB`);
    assert.deepEqual(jobs.map((j) => j.id), ["https://news.example/a", "https://news.example/bomb", "https://news.example/b"]);
    const refused = jobs[1]!;
    assert.ok("error" in refused && refused.error.code === "E_TOO_LARGE");
    const [a, b] = [jobs[0]!, jobs[2]!].map((j) => {
      assert.ok("article" in j);
      return analyze(j.article, { stages: ["structure"] });
    });
    for (const x of [a!, b!]) assertValidAnalysis(x);
    assert.equal(a!.meta.title, "Erste Seite");
    assert.equal(b!.meta.url, "https://news.example/b");
    assert.ok(b!.text.includes("Grüße aus München"), "windows-1252 page inside gzip content encoding");
  });

  it("a file that is not a WARC is one typed error", async () => {
    const path = join(dir, "broken.warc");
    writeFileSync(path, "HTTP/1.1 200 OK\r\n\r\nnot an archive");
    const jobs = await collect([path]);
    assert.equal(jobs.length, 1);
    assert.ok("error" in jobs[0]! && jobs[0].error.code === "E_WARC");
  });
});

describe("gzip inputs", () => {
  it("reads page.html.gz, and refuses a decompression bomb (10 MB of zeros) without memory growth", async () => {
    const page = join(dir, "page.html.gz");
    writeFileSync(page, gzipSync(PAGE("Gepackt")));
    const bombPath = join(dir, "bomb.html.gz");
    writeFileSync(bombPath, gzipSync(Buffer.alloc(10 * MB)));
    const before = process.memoryUsage().rss;
    const jobs = await collect([page, bombPath]);
    assert.ok(process.memoryUsage().rss - before < MAX_GROWTH);
    assert.ok("article" in jobs[0]!);
    assert.equal(analyze(jobs[0].article, { stages: ["structure"] }).meta.title, "Gepackt");
    const refused = jobs[1]!;
    assert.ok("error" in refused && isQuellenlageError(refused.error) && refused.error.code === "E_TOO_LARGE", JSON.stringify(refused));
  });

  it("inflates a gzipped file named by a JSONL record's path, with the same cap", async () => {
    writeFileSync(join(dir, "listed.html.gz"), gzipSync(PAGE("Aus der Liste")));
    writeFileSync(join(dir, "listed-bomb.html.gz"), gzipSync(Buffer.alloc(10 * MB)));
    const list = join(dir, "pages.jsonl");
    writeFileSync(list, ['{"id": "a", "path": "listed.html.gz"}', '{"id": "b", "path": "listed-bomb.html.gz"}'].join("\n") + "\n");
    const jobs = await collect([list], { maxFileBytes: 4 * MB });
    assert.ok("article" in jobs[0]!, JSON.stringify(jobs[0]));
    assert.equal(analyze(jobs[0].article, { stages: ["structure"] }).meta.title, "Aus der Liste");
    const refused = jobs[1]!;
    assert.ok("error" in refused && refused.error.code === "E_TOO_LARGE" && refused.id === "b", JSON.stringify(refused));
  });

  it("reads JSONL records' files in order and types the errors of missing files, folders and oversized files", async () => {
    writeFileSync(join(dir, "one.html"), PAGE("Erste Seite"));
    writeFileSync(join(dir, "big.html"), Buffer.alloc(2 * MB, 0x20));
    const list = join(dir, "mixed.jsonl");
    const records = [
      { id: "one", path: "one.html" },
      { id: "gone", path: "missing.html" },
      { id: "folder", path: "." },
      { id: "big", path: "big.html" },
    ];
    writeFileSync(list, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const jobs = await collect([list], { maxFileBytes: 1 * MB });
    assert.deepEqual(jobs.map((j) => j.id), ["one", "gone", "folder", "big"]);
    assert.ok("article" in jobs[0]!);
    assert.deepEqual(jobs.slice(1).map((j) => ("error" in j ? j.error.code : "ok")), ["E_READ", "E_READ", "E_TOO_LARGE"]);
  });
});

describe("feeds", () => {
  const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Stadtnachrichten</title>
<item><title>Brücke wird saniert</title><link>https://news.example/bruecke</link><pubDate>Tue, 30 Apr 2019 10:00:00 +0200</pubDate>
<dc:creator>Anna Muster</dc:creator><description>Kurz.</description>
<content:encoded><![CDATA[<p>Der Stadtrat hat am Montag beschlossen, die Brücke zu sanieren, wie ein Sprecher sagte.</p>]]></content:encoded></item>
<item><title>Zweite Meldung</title><link>https://news.example/zwei</link><description>&lt;p&gt;Nur eine Zusammenfassung der zweiten Meldung, mehr nicht.&lt;/p&gt;</description></item>
</channel></rss>`;
  const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Eintrag</title><link rel="alternate" href="https://blog.example/eintrag"/><id>urn:x</id><published>2024-06-14T08:00:00Z</published>
<author><name>Max Muster</name></author><content type="html">&lt;p&gt;Ein Eintrag mit Inhalt, der lang genug ist, um gelesen zu werden.&lt;/p&gt;</content></entry></feed>`;

  it("parses RSS with full content and summaries", () => {
    const feed = parseFeed(RSS);
    assert.equal(feed.title, "Stadtnachrichten");
    assert.equal(feed.items.length, 2);
    const [first, second] = feed.items;
    assert.equal(first!.url, "https://news.example/bruecke");
    assert.equal(first!.published, "2019-04-30");
    assert.deepEqual(first!.authors, ["Anna Muster"]);
    assert.equal(first!.full, true);
    assert.ok(first!.html.includes("Stadtrat"));
    assert.equal(second!.full, false);
  });

  it("parses Atom", () => {
    const [entry] = parseFeed(ATOM).items;
    assert.equal(entry!.url, "https://blog.example/eintrag");
    assert.equal(entry!.published, "2024-06-14");
    assert.deepEqual(entry!.authors, ["Max Muster"]);
  });

  it("a feed file becomes one article per item, with the item's metadata", async () => {
    const path = join(dir, "feed.xml");
    writeFileSync(path, RSS);
    const jobs = await collect([path]);
    assert.deepEqual(jobs.map((j) => j.id), ["https://news.example/bruecke", "https://news.example/zwei"]);
    const first = jobs[0]!;
    assert.ok("article" in first);
    const a = analyze(first.article, { stages: ["structure"] });
    assertValidAnalysis(a);
    assert.equal(a.meta.published, "2019-04-30");
    assert.equal(a.meta.title, "Brücke wird saniert");
    assert.ok(a.blocks.some((b) => b.kind === "headline" && b.text === "Brücke wird saniert"));
  });
});
