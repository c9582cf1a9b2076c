/**
 * The embedded store: one SQLite file (better-sqlite3), write-ahead log, `synchronous=NORMAL` (a
 * committed transaction survives the process being killed; a power cut may lose the last ones, never
 * the file's consistency), FTS5 for the search.
 */
import Database from "better-sqlite3";
import type { Db, Param } from "../db.js";

/** Milliseconds a writer waits for another process's lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;
/** Rows per index `PRAGMA optimize` samples (SQLite's advice for a quick optimize). */
const ANALYSIS_LIMIT = 1000;
/** Statements kept prepared. */
const STATEMENT_CACHE = 256;

export class SqliteDb implements Db {
  readonly dialect = "sqlite" as const;
  readonly raw: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private depth = 0;

  constructor(path: string, options: { readonly?: boolean } = {}) {
    this.raw = new Database(path, { readonly: options.readonly ?? false, timeout: BUSY_TIMEOUT_MS });
    if (!options.readonly) {
      this.raw.pragma("journal_mode = WAL");
      this.raw.pragma("synchronous = NORMAL");
    }
    this.raw.pragma("foreign_keys = OFF");
    this.raw.pragma("cache_size = -65536");
    this.raw.pragma("temp_store = MEMORY");
  }

  private prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      this.statements.set(sql, s);
    }
    return s;
  }

  async all<T extends object>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async get<T extends object>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    const s = this.prepare(sql);
    if (!s.reader) return s.run(...params).changes;
    s.all(...params);
    return 0;
  }

  /** Runs several statements separated by semicolons (schema set-up). */
  exec(sql: string): void {
    this.raw.exec(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // One connection, used by one caller at a time: nested calls join the outer transaction.
    if (this.depth > 0) return fn(this);
    this.raw.exec("BEGIN IMMEDIATE");
    this.depth++;
    try {
      const result = await fn(this);
      this.raw.exec("COMMIT");
      return result;
    } catch (err) {
      if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
      throw err;
    } finally {
      this.depth--;
    }
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (!this.raw.open) return;
    // As SQLite advises before closing: refresh the planner's statistics where they are stale (sampled, cheap),
    // so a filter on a speaker or an outlet uses its index rather than a scan in date order.
    if (!this.raw.readonly) {
      try {
        this.raw.pragma(`analysis_limit = ${ANALYSIS_LIMIT}`);
        this.raw.pragma("optimize = 0x10002");
      } catch {
        // A store another process holds locked keeps its statistics; nothing is lost.
      }
    }
    this.raw.close();
  }
}
