/**
 * The corpus store: `openStore(location)` opens an SQLite file or a PostgreSQL database
 * (`postgres://…`) behind one interface (CorpusStore), creating its tables when missing. The queries
 * (query.ts), exports (export/), ingest (ingest.ts), the job queue (postgres/queue.ts) and `watch`
 * (watch/) all work on it.
 */
import { QuellenlageError } from "../model/errors.js";
import { SqliteDb } from "./sqlite/index.js";
import { CorpusStore } from "./store.js";

/** The store used when none is named: a file in the working folder. */
export const DEFAULT_STORE = "quellenlage.db";
/** The environment variable that names the store when `--db` does not. */
export const STORE_ENV = "QUELLENLAGE_DB";
const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** The store a command uses: `--db`, else $QUELLENLAGE_DB, else ./quellenlage.db. */
export function storeLocation(given: string | undefined, env: Record<string, string | undefined>): string {
  return given ?? (env[STORE_ENV] || DEFAULT_STORE);
}

export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** Opens (and creates when missing) the store at a path or a postgres:// URL. */
export async function openStore(location: string, options: { readonly?: boolean } = {}): Promise<CorpusStore> {
  if (isPostgresUrl(location)) {
    const { PgDb, redact } = await import("./postgres/index.js");
    const db = await PgDb.connect(location);
    const store = new CorpusStore(db, redact(location));
    try {
      await store.init();
    } catch (err) {
      await db.close();
      throw err;
    }
    return store;
  }
  let db: SqliteDb;
  try {
    db = new SqliteDb(location, options);
  } catch (err) {
    throw new QuellenlageError("E_STORE", `cannot open the store ${location}: ${(err as Error).message}`);
  }
  const store = new CorpusStore(db, location);
  try {
    if (!options.readonly) await store.init();
  } catch (err) {
    await db.close();
    if (err instanceof QuellenlageError) throw err;
    throw new QuellenlageError("E_STORE", `${location} is not a quellenlage store: ${(err as Error).message}`);
  }
  return store;
}

export { CorpusStore, type PutOutcome } from "./store.js";
export { toRecord, sourceHashOf, type ArticleRecord } from "./records.js";
export { nameKey } from "./names.js";
export * from "./query.js";
export { ingestJobs, type IngestOptions, type IngestSummary, type IngestEvent } from "./ingest.js";
export { exportStore, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from "./export/index.js";
export { Watcher, parseDuration, type WatchOptions, type PollSummary, type WatchEvent } from "./watch/index.js";
export { enqueue, runWorker, queueCounts, type WorkerOptions } from "./postgres/queue.js";
