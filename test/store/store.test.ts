import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { openStore, toRecord, type CorpusStore } from "../../src/store/index.js";
import * as q from "../../src/store/query.js";
import { inputOfSource } from "../../src/store/records.js";
import { cli } from "../helpers/cli.js";
import { corpus, tempDir, writeCorpus } from "./corpus.js";
import { FIXED_NOW, TEST_ANALYSER, dump, ingestFiles } from "./helpers.js";

const articles = corpus(24);

describe("store (SQLite): ingest", () => {
  let store: CorpusStore;
  let file: string;
  let dir: string;
  before(async () => {
    dir = tempDir();
    file = writeCorpus(articles);
    store = await openStore(join(dir, "corpus.db"));
  });
  after(async () => store.close());

  it("stores every article once, and the same input twice changes nothing", async () => {
    const first = await ingestFiles(store, [file]);
    assert.equal(first["new-article"], articles.length);
    assert.equal(first.failed, 0);
    const counts = await store.counts();
    assert.equal(counts["articles"], articles.length);
    assert.equal(counts["versions"], articles.length);
    const before = await Promise.all([dump(store, "attributions", "id"), dump(store, "names", "key"), dump(store, "articles", "id"), dump(store, "versions", "id", "id, content_hash, first_seen, last_seen")]);
    const second = await ingestFiles(store, [file]);
    assert.equal(second.known, articles.length);
    assert.equal(second["new-article"] + second["new-version"], 0);
    const after = await Promise.all([dump(store, "attributions", "id"), dump(store, "names", "key"), dump(store, "articles", "id"), dump(store, "versions", "id", "id, content_hash, first_seen, last_seen")]);
    assert.deepEqual(after, before);
  });

  it("stores a changed article at the same URL as a new version linked to the old one, and a revert as current again", async () => {
    const a = articles[0]!;
    const changed = { ...a, title: a.title + " (aktualisiert)", text: a.text.replace("schwere Vorwürfe", "neue Vorwürfe") };
    const later = "2024-07-02T08:00:00.000Z";
    const path = join(dir, "changed.jsonl");
    writeFileSync(path, JSON.stringify(changed) + "\n");
    const s = await ingestFiles(store, [path], later);
    assert.equal(s["new-version"], 1);
    const detail = await q.article(store, a.url);
    assert.equal(detail.versions.length, 2);
    assert.equal(detail.versions[1]!.previous, detail.versions[0]!.id);
    assert.equal(detail.currentVersion, detail.versions[1]!.id);
    assert.equal(detail.title, changed.title);
    assert.equal(detail.firstSeen, FIXED_NOW);
    assert.equal(detail.lastSeen, later);
    // The queries read the current version only: the old version's attributions are kept, not counted.
    const quotes = await q.quotes(store, { limit: 1000 });
    assert.equal(new Set(quotes.map((x) => x.article)).size <= articles.length, true);
    assert.equal(quotes.filter((x) => x.article === detail.id).every((x) => x.id.startsWith(detail.currentVersion)), true);
    assert.equal((await q.search(store, "neue Vorwürfe")).some((h) => h.id === detail.id), true);
    // The first version comes back: no third version, it is current again.
    const back = join(dir, "back.jsonl");
    writeFileSync(back, JSON.stringify({ ...a, id: "again" }) + "\n");
    const s2 = await ingestFiles(store, [back], "2024-07-03T08:00:00.000Z");
    assert.equal(s2["current-again"], 1);
    const again = await q.article(store, a.url);
    assert.equal(again.versions.length, 2);
    assert.equal(again.currentVersion, again.versions[0]!.id);
  });

  it("keeps article, version and speaker ids when the corpus is analysed again", async () => {
    const ids = async () => [await dump(store, "articles", "id", "id, current_version"), await dump(store, "versions", "id", "id, article_id"), await dump(store, "names", "key", "key, speaker_id")];
    const before = await ids();
    const attributionsBefore = await dump(store, "attributions", "id", "id, content");
    for await (const v of store.versionsToReanalyze()) {
      const input = inputOfSource(v.sourceMeta, v.source)!;
      await store.replaceAnalysis(v.versionId, toRecord(analyze(input), input, { analyserVersion: TEST_ANALYSER + " 2" }));
    }
    assert.deepEqual(await ids(), before);
    assert.deepEqual(await dump(store, "attributions", "id", "id, content"), attributionsBefore);
    const v = await store.db.all<{ analyser_version: string }>("SELECT DISTINCT analyser_version FROM versions");
    assert.deepEqual(v, [{ analyser_version: TEST_ANALYSER + " 2" }]);
  });
});

describe("store (SQLite): speakers across articles", () => {
  let store: CorpusStore;
  let file: string;
  let db: string;
  before(async () => {
    const dir = tempDir();
    db = join(dir, "speakers.db");
    file = writeCorpus(articles);
    store = await openStore(db);
    await ingestFiles(store, [file]);
  });
  after(async () => store.close());

  it("folds German and English transcriptions into one speaker", async () => {
    for (const [a, b] of [["Peskow", "Dmitry Peskov"], ["Selenskyj", "Volodymyr Zelenskyy"], ["zelensky", "WOLODYMYR SELENSKYJ"], ["peskov", "Dmitri Peskow"]] as const) {
      const x = await q.resolveSpeaker(store, a);
      assert.equal(x.length, 1, a);
      assert.deepEqual(await q.resolveSpeaker(store, b), x, `${a} = ${b}`);
    }
    const peskow = await q.quotes(store, { speaker: "Peskow", limit: 1000 });
    const outlets = new Set(peskow.map((x) => x.outlet));
    assert.ok([...outlets].some((o) => o?.endsWith("herald.example") || o?.endsWith("gazette.example")), "English outlets");
    assert.ok([...outlets].some((o) => o?.endsWith("kurier.example") || o?.endsWith("tagesblatt.example") || o?.endsWith("rundschau.example")), "German outlets");
    // By id too.
    const id = (await q.resolveSpeaker(store, "Peskow"))[0]!;
    assert.equal((await q.quotes(store, { speaker: id, limit: 1000 })).length, peskow.length);
  });

  it("merges and splits speakers, and keeps both across a re-ingest", async () => {
    const baerbock = (await q.resolveSpeaker(store, "Baerbock"))[0]!;
    const blinken = (await q.resolveSpeaker(store, "Blinken"))[0]!;
    const nBlinken = (await q.quotes(store, { speaker: blinken, limit: 1000 })).length;
    const nBaerbock = (await q.quotes(store, { speaker: baerbock, limit: 1000 })).length;
    const merge = await cli(["speakers", "--db", db, "--merge", baerbock, blinken]);
    assert.equal(merge.status, 0, merge.stderr);
    // A second connection sees the merge.
    assert.deepEqual(await q.resolveSpeaker(store, "Antony Blinken"), [baerbock]);
    assert.equal((await q.quotes(store, { speaker: "Baerbock", limit: 1000 })).length, nBlinken + nBaerbock);
    await ingestFiles(store, [writeCorpus(corpus(30).slice(24))]);
    assert.deepEqual(await q.resolveSpeaker(store, "Blinken"), [baerbock], "a merge holds for articles stored later");
    const split = await cli(["speakers", "--db", db, "--split", baerbock, "Antony Blinken"]);
    assert.equal(split.status, 0, split.stderr);
    assert.deepEqual(await q.resolveSpeaker(store, "Blinken"), [blinken]);
    await ingestFiles(store, [file]);
    assert.deepEqual(await q.resolveSpeaker(store, "Blinken"), [blinken], "a split holds across a re-ingest");
    const bad = await cli(["speakers", "--db", db, "--merge", baerbock, "s_0000000000000000"]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^E_NOT_FOUND/);
  });

  it("answers the queries on the command line as tables, JSON, JSONL and CSV", async () => {
    const json = await cli(["quotes", "--db", db, "--speaker", "Zelensky", "--format", "json", "--limit", "3"]);
    assert.equal(json.status, 0, json.stderr);
    const rows = JSON.parse(json.stdout) as q.Quote[];
    assert.equal(rows.length, 3);
    assert.ok(rows.every((r) => r.speakerName === "Wolodymyr Selenskyj" || r.speakerName === "Volodymyr Zelenskyy"));
    const table = await cli(["speakers", "--db", db, "--format", "table"]);
    assert.match(table.stdout.split("\n")[0]!, /^id\s+name\s+kind\s+quotes/);
    const stats = JSON.parse((await cli(["stats", "--db", db, "--format", "json"])).stdout) as q.OutletStats[];
    assert.ok(stats.length >= 3);
    for (const s of stats) assert.deepEqual(Object.keys(s).sort(), ["anonymousShare", "articles", "attributions", "editorialShare", "outlet"]);
    const total = stats.reduce((n, s) => n + s.articles, 0);
    assert.equal(total, (await store.counts())["articles"]);
    const jsonl = await cli(["search", "Getreideabkommen", "--db", db, "--format", "jsonl"]);
    assert.ok(jsonl.stdout.trim().split("\n").length >= 2);
    const csv = await cli(["outlets", "--db", db, "--format", "csv"]);
    assert.match(csv.stdout, /^id,name,host,articles,attributions,first,last\r\n/);
    const timeline = JSON.parse((await cli(["timeline", "Peskov", "--db", db, "--by", "month", "--format", "json"])).stdout) as q.TimelinePoint[];
    assert.ok(timeline.length >= 3 && timeline.every((p) => /^\d{4}-\d{2}$/.test(p.date) && p.quotes > 0));
    const missing = await cli(["article", "--db", db, "https://nowhere.example/x"]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^E_NOT_FOUND/);
    const usage = await cli(["quotes", "--db", db, "--from", "June"]);
    assert.equal(usage.status, 2);
  });

  it("prints the readable view of what it stores, the same when the inputs were stored before", async () => {
    const samples = new URL("../../samples/index.jsonl", import.meta.url).pathname;
    const target = join(tempDir(), "start.db");
    const first = await cli(["ingest", samples, "--db", target, "--print", "md"]);
    const second = await cli(["ingest", samples, "--db", target, "--print", "md"]);
    const direct = await cli(["analyze", samples, "--format", "md"]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(second.stderr, /0 new articles, 0 new versions, 0 unchanged, 6 stored before/);
    assert.equal(first.stdout, direct.stdout);
    assert.equal(second.stdout, direct.stdout);
  });

  it("finds words folded and stemmed in German and English", async () => {
    const ids = async (text: string) => (await q.search(store, text, { limit: 1000 })).map((h) => h.id).sort();
    assert.deepEqual(await ids("Strassenbahn"), await ids("Straßenbahn"));
    assert.ok((await ids("Straßenbahn")).length > 0);
    assert.deepEqual(await ids("VORWURF"), await ids("vorwürfe"));
    assert.deepEqual(await ids("warning"), await ids("warned"));
    assert.ok((await ids('"grain deal"')).length > 0);
    assert.deepEqual(await ids('"deal grain"'), []);
  });
});
