import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as store from "../../src/store/index.js";

/** The store's public surface (`quellenlage/store`): a change here is a change of the package's API. */
const EXPORTED = [
  "CorpusStore", "DEFAULT_LIMIT", "DEFAULT_STORE", "EXPORT_FORMATS", "STORE_ENV", "Watcher", "article", "articlesOf", "enqueue", "exportStore",
  "ingestJobs", "isPostgresUrl", "nameKey", "openStore", "outlets", "parseDuration", "queueCounts", "quotes", "resolveOutlet", "resolveSpeaker",
  "runWorker", "search", "sourceHashOf", "speakers", "stats", "storeLocation", "timeline", "toRecord",
];

describe("store API (quellenlage/store)", () => {
  it("exports exactly the pinned names", () => {
    assert.deepEqual(Object.keys(store).sort(), EXPORTED);
  });
  it("finds the store from --db, then $QUELLENLAGE_DB, then ./quellenlage.db", () => {
    assert.equal(store.storeLocation("x.db", { QUELLENLAGE_DB: "y.db" }), "x.db");
    assert.equal(store.storeLocation(undefined, { QUELLENLAGE_DB: "y.db" }), "y.db");
    assert.equal(store.storeLocation(undefined, {}), "quellenlage.db");
    assert.equal(store.isPostgresUrl("postgresql://u@h/db"), true);
    assert.equal(store.isPostgresUrl("corpus.db"), false);
  });
});
