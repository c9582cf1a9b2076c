/**
 * Paths from JSONL are confined to the JSONL file's folder (and folders given with --allow-paths), by
 * their real path; URLs of other schemes than http and https are refused as such. Each refusal has its
 * code, names what it refused, and the batch goes on.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { readJobs, type Job, type ReadOptions } from "../../src/index.js";
import { cli, errorLines } from "../helpers/cli.js";

const root = realpathSync(mkdtempSync(join(tmpdir(), "quellenlage-paths-")));
const corpus = join(root, "corpus");
const outside = join(root, "outside");
const extra = join(root, "extra");
for (const d of [corpus, outside, extra, join(corpus, "sub")]) mkdirSync(d, { recursive: true });
const SECRET = "Geheime Zeile, die nie ausgegeben werden darf.";
const PAGE = "<html><body><article><p>Die Ministerin sagte am Montag, der Plan komme bald, und alle seien froh.</p></article></body></html>";
writeFileSync(join(outside, "secret.txt"), SECRET);
writeFileSync(join(corpus, "page.html"), PAGE);
writeFileSync(join(corpus, "sub", "inner.html"), PAGE);
writeFileSync(join(extra, "allowed.html"), PAGE);
symlinkSync(join(outside, "secret.txt"), join(corpus, "link-out.txt"));
symlinkSync(join(corpus, "page.html"), join(corpus, "link-in.html"));
symlinkSync(outside, join(corpus, "dir-out"));

const records = [
  { id: "ok", path: "page.html" },
  { id: "sub", path: "sub/inner.html" },
  { id: "absolute-inside", path: join(corpus, "page.html") },
  { id: "dotdot", path: "../outside/secret.txt" },
  { id: "deep-dotdot", path: "../../../../../../../../etc/os-release" },
  { id: "etc", path: "/etc/hostname" },
  { id: "link-out", path: "link-out.txt" },
  { id: "dir-link-out", path: "dir-out/secret.txt" },
  { id: "link-in", path: "link-in.html" },
  { id: "extra", path: join(extra, "allowed.html") },
  { id: "file-url", path: `file://${join(outside, "secret.txt")}` },
  { id: "ftp-url", path: "ftp://example.org/page.html" },
  { id: "https-url", path: "https://example.org/page.html" },
  { id: "missing", path: "missing.html" },
  { id: "last", path: "page.html" },
];
const list = join(corpus, "list.jsonl");
writeFileSync(list, records.map((r) => JSON.stringify(r)).join("\n") + "\n");

async function codes(options: ReadOptions = {}): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const job of readJobs([list], options)) out[job.id] = "error" in job ? job.error.code : "ok";
  return out;
}

describe("paths from JSONL", () => {
  it("reads paths inside the JSONL file's folder and refuses the others with E_PATH, by their real path", async () => {
    assert.deepEqual(await codes(), {
      ok: "ok",
      sub: "ok",
      "absolute-inside": "ok",
      dotdot: "E_PATH",
      "deep-dotdot": "E_PATH",
      etc: "E_PATH",
      "link-out": "E_PATH",
      "dir-link-out": "E_PATH",
      "link-in": "ok",
      extra: "E_PATH",
      "file-url": "E_SCHEME",
      "ftp-url": "E_SCHEME",
      "https-url": "E_SCHEME",
      missing: "E_READ",
      last: "ok",
    });
  });

  it("reads from a folder given with allowPaths (--allow-paths), and only from there", async () => {
    const got = await codes({ allowPaths: [extra] });
    assert.equal(got["extra"], "ok");
    assert.equal(got["dotdot"], "E_PATH");
    assert.equal(got["link-out"], "E_PATH");
  });

  it("says which path it refused and why, and never prints the file", async () => {
    const jobs: Job[] = [];
    for await (const job of readJobs([list])) jobs.push(job);
    const message = (id: string) => {
      const job = jobs.find((j) => j.id === id);
      return job && "error" in job ? job.error.message : "";
    };
    assert.match(message("dotdot"), /path "\.\.\/outside\/secret\.txt" leads outside the folders files may be read from/);
    assert.match(message("link-out"), /a link to .*outside\/secret\.txt/);
    assert.match(message("etc"), /--allow-paths/);
    assert.match(message("file-url"), /is a URL of the scheme file:, which is not read/);
    const r = await cli(["analyze", list, "--format", "jsonl", "--no-progress"]);
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stdout + r.stderr, new RegExp(SECRET));
    const refused = errorLines(r.stderr).map((l) => l.split(" ").slice(0, 2).join(" "));
    assert.ok(refused.includes("E_PATH dotdot:") && refused.includes("E_PATH link-out:") && refused.includes("E_SCHEME file-url:"), refused.join("\n"));
    // The batch went on: every allowed record was analysed, in order.
    assert.deepEqual(
      r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id),
      ["ok", "sub", "absolute-inside", "link-in", "last"],
    );
    const allowed = await cli(["analyze", list, "--format", "jsonl", "--no-progress", "--allow-paths", relative(process.cwd(), extra)]);
    assert.ok(allowed.stdout.includes('"id":"extra"'));
  });
});

describe("URLs of other schemes", () => {
  it("refuses file://, ftp:// and others as inputs with E_SCHEME, and goes on", async () => {
    const page = join(corpus, "page.html");
    const r = await cli(["analyze", `file://${join(outside, "secret.txt")}`, "ftp://example.org/x.html", "gopher://example.org/1", page, "--format", "jsonl", "--no-progress"]);
    assert.equal(r.status, 1);
    const lines = errorLines(r.stderr);
    assert.equal(lines.length, 3);
    for (const l of lines) assert.match(l, /^E_SCHEME /);
    assert.match(lines[0]!, /is a URL of the scheme file:, which is not read; give the file's path instead/);
    assert.match(lines[1]!, /is a URL of the scheme ftp:, which is not read; only http:\/\/ and https:\/\/ URLs are fetched/);
    assert.doesNotMatch(r.stderr, /no such file/);
    assert.equal(r.stdout.trim().split("\n").length, 1);
  });
});
