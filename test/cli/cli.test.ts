import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { Analysis } from "../../src/model/types.js";
import { ERROR_LINE, SUMMARY_LINE, cli, errorLines } from "../helpers/cli.js";
import { assertValidAnalysis } from "../helpers/validate.js";

const dir = mkdtempSync(join(tmpdir(), "quellenlage-cli-"));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const DE = "Regierung plant Reform\n\nDie Regierung will das Rentensystem reformieren. Das sagte der Minister am Montag in Berlin.";
const EN = "Council approves budget\n\nThe city council approved the budget on Monday. The mayor said it was balanced.";

describe("quellenlage analyze", () => {
  it("prints one object for one input and an array for several", async () => {
    const one = await cli(["analyze", file("a.txt", DE)]);
    assert.equal(one.status, 0);
    const a = JSON.parse(one.stdout) as Analysis;
    assertValidAnalysis(a);
    assert.equal(a.id, join(dir, "a.txt"));
    assert.equal(a.meta.language, "de");
    const two = await cli(["analyze", file("b.txt", DE), file("c.txt", EN)]);
    const arr = JSON.parse(two.stdout) as Analysis[];
    assert.deepEqual(arr.map((x) => x.meta.language), ["de", "en"]);
  });

  it("reads JSONL and writes one analysis per line in input order, with the input's ids", async () => {
    const jsonl = file("in.jsonl", [JSON.stringify({ id: "x1", text: DE, published: "2024-06-14" }), "{broken", JSON.stringify({ id: "x2", text: EN, language: "en" })].join("\n"));
    const r = await cli(["analyze", jsonl, "--format", "jsonl"]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Analysis);
    assert.deepEqual(lines.map((l) => l.id), ["x1", "x2"]);
    assert.equal(lines[0]!.meta.published, "2024-06-14");
    assert.equal(lines[1]!.meta.languageSource, "given");
    const errors = errorLines(r.stderr);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, ERROR_LINE);
    assert.match(errors[0]!, /^E_JSON .*in\.jsonl:2: /);
    assert.match(r.stderr.trim().split("\n").at(-1)!, SUMMARY_LINE);
    assert.match(r.stderr, /\n2 analysed, 1 failed in \d+\.\d s\n$/);
  });

  it("honours --published, --language and --stages", async () => {
    const r = await cli(["analyze", file("d.txt", DE), "--published", "2024-06-14", "--language", "de", "--stages", "structure"]);
    const a = JSON.parse(r.stdout) as Analysis;
    assert.deepEqual(a.stages, ["structure"]);
    assert.equal(a.sentences, undefined);
    assert.equal(a.meta.published, "2024-06-14");
    const s = JSON.parse((await cli(["analyze", file("e.txt", DE), "--stages", "sentences"])).stdout) as Analysis;
    assert.deepEqual(s.stages, ["structure", "sentences"]);
  });

  it("chooses the time anchoring per text by default, and --time-anchoring wins over a JSONL line's", async () => {
    const story = "Der Krieg begann 1914. Im März 1915 griffen die Truppen an, 1916 folgte Verdun, 1917 der Kriegseintritt der USA und 1918 das Ende. 1919 wurde der Vertrag geschlossen.";
    const jsonl = file("anchoring.jsonl", [JSON.stringify({ id: "s", text: story, timeAnchoring: "news" }), JSON.stringify({ id: "n", text: DE, published: "2024-06-14" })].join("\n"));
    const byDefault = (await cli(["analyze", jsonl, "--format", "jsonl", "--stages", "time"])).stdout.trim().split("\n").map((l) => JSON.parse(l) as Analysis);
    assert.deepEqual(byDefault.map((a) => a.meta.timeAnchoring), [{ value: "news", source: "given" }, { value: "news", source: "detected" }]);
    const flagged = (await cli(["analyze", jsonl, "--format", "jsonl", "--stages", "time", "--time-anchoring", "narrative"])).stdout.trim().split("\n").map((l) => JSON.parse(l) as Analysis);
    assert.deepEqual(flagged.map((a) => a.meta.timeAnchoring), [{ value: "narrative", source: "given" }, { value: "narrative", source: "given" }]);
    const detected = JSON.parse((await cli(["analyze", file("story.txt", story), "--stages", "time"])).stdout) as Analysis;
    assert.deepEqual(detected.meta.timeAnchoring, { value: "narrative", source: "detected" });
  });

  it("prints a readable view with --format md", async () => {
    const r = await cli(["analyze", file("f.txt", DE), "--format", "md"]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^# Regierung plant Reform/);
    assert.match(r.stdout, /\*\*headline\*\*/);
  });

  it("exits 2 on usage errors with a message", async () => {
    for (const args of [
      ["analyze"],
      ["analyze", "x.txt", "--format", "xml"],
      ["analyze", "x.txt", "--published", "14.06.2024"],
      ["analyze", "x.txt", "--published", "2024-02-30"],
      ["analyze", "x.txt", "--language", "fr"],
      ["analyze", "x.txt", "--stages", "structure,magic"],
      ["frobnicate"],
    ]) {
      const r = await cli(args);
      assert.equal(r.status, 2, args.join(" "));
      assert.ok(r.stderr.length > 0, args.join(" "));
      assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
    }
  });

  it("exits 1 for a missing file and still prints the others", async () => {
    const r = await cli(["analyze", join(dir, "nope.txt"), file("g.txt", DE), "--format", "jsonl"]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout.trim().split("\n").length, 1);
    assert.match(r.stderr, /^E_READ .*nope\.txt: cannot read input: no such file/);
  });

  it("reads a folder's files in order, and stdin", () => {
    const folder = mkdtempSync(join(tmpdir(), "quellenlage-folder-"));
    writeFileSync(join(folder, "b.txt"), EN);
    writeFileSync(join(folder, "a.txt"), DE);
    writeFileSync(join(folder, "ignored.png"), Buffer.from([0x89, 0x50]));
    const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
    const run = (args: string[], input?: string) => spawnSync(process.execPath, ["--import", "tsx", main, ...args], { input, encoding: "utf8" });
    const folderRun = run(["analyze", folder, "--format", "jsonl"]);
    assert.equal(folderRun.status, 0, folderRun.stderr);
    assert.deepEqual(folderRun.stdout.trim().split("\n").map((l) => (JSON.parse(l) as Analysis).id), [join(folder, "a.txt"), join(folder, "b.txt")]);
    const stdinRun = run(["analyze", "-", "--format", "jsonl"], EN);
    assert.equal(stdinRun.status, 0, stdinRun.stderr);
    assert.equal((JSON.parse(stdinRun.stdout) as Analysis).id, "-");
    const jsonlStdin = run(["analyze", "-", "--input-format", "jsonl", "--format", "jsonl"], JSON.stringify({ id: "s1", text: DE }) + "\n");
    assert.equal((JSON.parse(jsonlStdin.stdout) as Analysis).id, "s1");
  });
});
