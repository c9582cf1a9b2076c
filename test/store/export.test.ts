import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { FORMULA_TRIGGER, csvCell, parseCsv } from "../../src/format/csv.js";
import { openStore, type CorpusStore } from "../../src/store/index.js";
import { codePointIndex } from "../../src/store/export/codepoints.js";
import type { AnnotationCollection } from "../../src/store/export/webanno.js";
import type { LabelStudioTask } from "../../src/store/export/labelstudio.js";
import type { Analysis } from "../../src/model/types.js";
import { cli } from "../helpers/cli.js";
import { corpus, tempDir, writeCorpus } from "./corpus.js";
import { ingestFiles } from "./helpers.js";

const articles = corpus(16);

/** Texts as Python and the annotation tools count them: code points. */
const codePoints = (text: string) => [...text];

describe("export", () => {
  let store: CorpusStore;
  let db: string;
  let dir: string;
  before(async () => {
    dir = tempDir();
    db = join(dir, "export.db");
    store = await openStore(db);
    await ingestFiles(store, [writeCorpus(articles)]);
  });
  after(async () => store.close());

  it("converts UTF-16 indices to code points across emoji and combining marks", () => {
    const text = "a👍🏽e\u0301b";
    const cp = codePointIndex(text);
    assert.deepEqual([0, 1, 3, 5, 6, 7, 8].map(cp), [0, 1, 2, 3, 4, 5, 6]);
  });

  it("writes JSONL analyses, one per current article", async () => {
    const r = await cli(["export", "--db", db, "--format", "jsonl"]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Analysis);
    assert.equal(lines.length, articles.length);
    assert.ok(lines.every((a) => a.schema === "quellenlage/1" && typeof a.text === "string"));
  });

  it("writes brat standoff whose offsets re-slice the .txt to the annotated strings", async () => {
    const out = join(dir, "brat");
    const r = await cli(["export", "--db", db, "--format", "brat", "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    const anns = readdirSync(out).filter((f) => f.endsWith(".ann"));
    assert.equal(anns.length, articles.length);
    assert.match(readFileSync(join(out, "annotation.conf"), "utf8"), /\[relations\]\nsays\tArg1:Speaker, Arg2:Cue/);
    let checked = 0;
    let beyondBmp = 0;
    for (const name of anns) {
      const text = codePoints(readFileSync(join(out, name.replace(/\.ann$/, ".txt")), "utf8"));
      const ids = new Set<string>();
      for (const line of readFileSync(join(out, name), "utf8").trimEnd().split("\n")) {
        const [id, body, covered] = line.split("\t");
        assert.ok(id && body, line);
        if (id.startsWith("T")) {
          ids.add(id);
          const [, ...rest] = body.split(" ");
          const fragments = rest.join(" ").split(";").map((f) => f.split(" ").map(Number) as [number, number]);
          const sliced = fragments.map(([s, e]) => text.slice(s, e).join(""));
          assert.equal(sliced.join(" "), covered, `${name} ${id}`);
          assert.ok(sliced.every((s) => !s.includes("\n")), "no fragment crosses a line");
          if (fragments.some(([s]) => text.slice(0, s).some((c) => c.length === 2))) beyondBmp++;
          checked++;
        } else if (id.startsWith("R")) {
          const m = /^(says|content_of) Arg1:(T\d+) Arg2:(T\d+)$/.exec(body);
          assert.ok(m && ids.has(m[2]!) && ids.has(m[3]!), line);
        } else assert.match(body, /^(Type|Channel) T\d+ \w+$/);
      }
    }
    assert.ok(checked > 100);
    assert.ok(beyondBmp > 0, "some spans follow an emoji");
  });

  it("writes W3C Web Annotation whose quotes equal the text at their code point positions", async () => {
    const r = await cli(["export", "--db", db, "--format", "webanno"]);
    assert.equal(r.status, 0, r.stderr);
    const texts = new Map<string, string>();
    for await (const a of (await import("../../src/store/query.js")).articlesOf(store)) texts.set(a.url ?? "", a.analysis.text);
    let checked = 0;
    let afterEmoji = 0;
    let afterCombining = 0;
    for (const line of r.stdout.trim().split("\n")) {
      const c = JSON.parse(line) as AnnotationCollection;
      assert.equal(c["@context"], "http://www.w3.org/ns/anno.jsonld");
      assert.equal(c.type, "AnnotationCollection");
      assert.equal(c.first.type, "AnnotationPage");
      assert.equal(c.total, c.first.items.length);
      for (const a of c.first.items) {
        assert.equal(a.type, "Annotation");
        const text = codePoints(texts.get(a.target.source)!);
        const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector")!;
        const pos = a.target.selector.find((s) => s.type === "TextPositionSelector")!;
        assert.equal(text.slice(pos.start!, pos.end!).join(""), quote.exact);
        assert.equal(text.slice(Math.max(0, pos.start! - codePoints(quote.prefix!).length), pos.start!).join(""), quote.prefix);
        assert.equal(text.slice(pos.end!, pos.end! + codePoints(quote.suffix!).length).join(""), quote.suffix);
        const before = text.slice(0, pos.start!).join("");
        if (/\p{Extended_Pictographic}/u.test(before)) afterEmoji++;
        if (/\p{M}/u.test(before)) afterCombining++;
        checked++;
      }
    }
    assert.ok(checked > 100 && afterEmoji > 0 && afterCombining > 0, `${checked} ${afterEmoji} ${afterCombining}`);
  });

  it("writes Label Studio tasks with predictions in the documented shape", async () => {
    const out = join(dir, "ls");
    const r = await cli(["export", "--db", db, "--format", "labelstudio", "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    const config = readFileSync(join(out, "labelstudio-config.xml"), "utf8");
    const tasks = JSON.parse(readFileSync(join(out, "tasks.json"), "utf8")) as LabelStudioTask[];
    assert.equal(tasks.length, articles.length);
    for (const task of tasks) {
      assert.equal(typeof task.data.text, "string");
      assert.ok(Array.isArray(task.predictions) && task.predictions.length === 1);
      const p = task.predictions[0]!;
      assert.equal(typeof p.model_version, "string");
      const text = codePoints(task.data.text);
      const ids = new Set<string>();
      for (const res of p.result) {
        if (res.type === "labels") {
          assert.equal(typeof res.id, "string");
          assert.ok(config.includes(`name="${res.from_name}"`) && config.includes(`name="${res.to_name}"`));
          assert.ok(res.value.labels.every((l) => config.includes(`<Label value="${l}"/>`)));
          assert.ok(Number.isInteger(res.value.start) && res.value.end > res.value.start);
          assert.equal(text.slice(res.value.start, res.value.end).join(""), res.value.text);
          ids.add(res.id);
        } else {
          assert.equal(res.type, "relation");
          assert.ok(ids.has(res.from_id) && ids.has(res.to_id));
          assert.ok(["right", "left", "bi"].includes(res.direction));
        }
      }
    }
  });

  it("writes RFC 4180 CSV of articles and attributions with formula triggers neutralised", async () => {
    const attributions = await cli(["export", "--db", db, "--format", "csv"]);
    assert.equal(attributions.status, 0, attributions.stderr);
    assert.ok(attributions.stdout.split("\r\n").length > 10, "CRLF line ends");
    const rows = parseCsv(attributions.stdout);
    const header = rows[0]!;
    for (const col of ["speaker", "speaker_id", "role", "type", "cue", "content", "channel", "statement_time", "hedges", "confidence", "sentence", "url"]) assert.ok(header.includes(col), col);
    assert.ok(rows.slice(1).every((r) => r.length === header.length));
    const cells = rows.flat();
    assert.ok(cells.every((c) => !FORMULA_TRIGGER.test(c)), "no cell starts like a formula");
    assert.ok(cells.some((c) => /^'[-+=@]/.test(c)), "formula-like cells were neutralised, not dropped");
    const articlesCsv = parseCsv((await cli(["export", "--db", db, "--format", "csv", "--csv", "articles"])).stdout);
    assert.deepEqual(articlesCsv[0]!.slice(0, 10), ["stories_id", "publish_date", "title", "url", "language", "ap_syndicated", "themes", "media_id", "media_name", "media_url"]);
    assert.equal(articlesCsv.length, articles.length + 1);
    // Query results in CSV get the same treatment.
    const quotes = parseCsv((await cli(["quotes", "--db", db, "--format", "csv", "--limit", "1000"])).stdout);
    assert.ok(quotes.flat().every((c) => !FORMULA_TRIGGER.test(c)));
  });

  it("neutralises every trigger character and quotes what RFC 4180 says", () => {
    for (const t of ["=1+2", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]) assert.equal(csvCell(t).replace(/^"/, "")[0], "'", JSON.stringify(t));
    assert.equal(csvCell('a "b", c'), '"a ""b"", c"');
    assert.equal(csvCell("line\nbreak"), '"line\nbreak"');
    assert.equal(csvCell(-2), "-2");
    assert.equal(csvCell(null), "");
    assert.deepEqual(parseCsv('a,"b ""c""\r\nd",e\r\n'), [["a", 'b "c"\r\nd', "e"]]);
  });
});
