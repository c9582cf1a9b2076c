import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { openStore, type CorpusStore } from "../../src/store/index.js";
import * as q from "../../src/store/query.js";
import { corpus, tempDir, writeCorpus } from "./corpus.js";
import { dropSchema, ingestFiles, pgSchemaUrl, skipUnlessPg } from "./helpers.js";

const skip = await skipUnlessPg();
if (skip) console.log(`# skipping the PostgreSQL parity test: ${skip}`);

const SAMPLES = fileURLToPath(new URL("../../samples/index.jsonl", import.meta.url));

type Query = [label: string, run: (s: CorpusStore) => Promise<unknown>];

/** A fixed set of queries; each must give the same rows, in the same order, from both stores. */
const QUERIES: Query[] = [
  ...["Peskow", "peskov", "Straßenbahn", "STRASSENBAHN", "Vorwürfe", "vorwurf", "warned", "warning talks", '"grain deal"', '"deal grain"', "Gespräche Montag",
    "Waffenruhe", "official", "Hafen", "Streik", "malaria", "Impfstoff", "Berlin", "Washington reporters", "Seilbahn"].map((t): Query => [`search ${t}`, (s) => q.search(s, t, { limit: 1000 })]),
  ["search talks from", (s) => q.search(s, "talks", { from: "2024-03-01", limit: 1000 })],
  ["search talks to", (s) => q.search(s, "talks", { to: "2024-03-01", limit: 1000 })],
  ["search outlet", (s) => q.search(s, "Vorwürfe", { outlet: "kurier.example", limit: 1000 })],
  ["search speaker", (s) => q.search(s, "talks", { speaker: "Zelenskyy", limit: 1000 })],
  ["search page", (s) => q.search(s, "Vorwürfe", { limit: 3, offset: 2 })],
  ...["Peskow", "Dmitry Peskov", "Selenskyj", "Zelensky", "Baerbock", "Blinken", "Stoltenberg", "Petersen", "Linda Carver", "nobody"].map((sp): Query => [`quotes ${sp}`, (s) => q.quotes(s, { speaker: sp, limit: 1000 })]),
  ...["direct", "indirect", "mixed", "reported"].map((t): Query => [`quotes type ${t}`, (s) => q.quotes(s, { type: t, limit: 1000 })]),
  ...["press_conference", "interview", "statement"].map((c): Query => [`quotes channel ${c}`, (s) => q.quotes(s, { channel: c, limit: 1000 })]),
  ...["herald.example", "gazette.example", "rundschau.example", "The Daily Ledger"].map((o): Query => [`quotes outlet ${o}`, (s) => q.quotes(s, { outlet: o, limit: 1000 })]),
  ["quotes from-to", (s) => q.quotes(s, { from: "2024-02-01", to: "2024-04-30", limit: 1000 })],
  ["quotes all", (s) => q.quotes(s, { limit: 1000 })],
  ["quotes page", (s) => q.quotes(s, { limit: 7, offset: 11 })],
  ["quotes combined", (s) => q.quotes(s, { speaker: "Peskov", type: "direct", from: "2024-02-01", limit: 1000 })],
  ["speakers", (s) => q.speakers(s, { limit: 1000 })],
  ["speakers outlet", (s) => q.speakers(s, { outlet: "gazette.example", limit: 1000 })],
  ["speakers from", (s) => q.speakers(s, { from: "2024-04-01", limit: 1000 })],
  ["outlets", (s) => q.outlets(s, { limit: 1000 })],
  ["outlets to", (s) => q.outlets(s, { to: "2024-03-15", limit: 1000 })],
  ...["Peskow", "Zelenskyy", "Berlin", "Washington", "Verdi"].map((e): Query => [`timeline ${e}`, (s) => q.timeline(s, e)]),
  ["timeline month", (s) => q.timeline(s, "Stoltenberg", { by: "month" })],
  ["stats", (s) => q.stats(s)],
  ["stats outlet", (s) => q.stats(s, { outlet: "herald.example" })],
  ["stats from", (s) => q.stats(s, { from: "2024-03-01" })],
  ["article url", async (s) => { const a = await q.article(s, "https://ledger.example/health/malaria-vaccine-trial"); return { ...a, firstSeen: null, lastSeen: null }; }],
  ["article input id", async (s) => (await q.article(s, "de-hafenstreik")).versions.map((v) => v.id)],
];

describe("the same store in SQLite and PostgreSQL", { skip }, () => {
  let sqlite: CorpusStore;
  let postgres: CorpusStore;
  let schema: string;
  before(async () => {
    const inputs = [writeCorpus(corpus(40)), SAMPLES];
    sqlite = await openStore(join(tempDir(), "parity.db"));
    const target = pgSchemaUrl("parity");
    schema = target.schema;
    postgres = await openStore(target.url);
    await ingestFiles(sqlite, inputs);
    await ingestFiles(postgres, inputs);
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.close();
    if (schema) await dropSchema(schema);
  });

  it(`gives the same results for ${QUERIES.length} queries`, async () => {
    assert.ok(QUERIES.length >= 50);
    assert.deepEqual(await postgres.counts(), await sqlite.counts());
    let nonEmpty = 0;
    for (const [label, run] of QUERIES) {
      const [a, b] = [await run(sqlite), await run(postgres)];
      assert.deepEqual(b, a, label);
      if (!Array.isArray(a) || a.length > 0) nonEmpty++;
    }
    assert.ok(nonEmpty >= QUERIES.length - 5, `only ${nonEmpty} queries found anything`);
  });
});
