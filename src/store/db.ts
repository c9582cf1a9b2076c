/**
 * The small SQL surface both databases offer the store: statements written once with `?` placeholders
 * (PostgreSQL's adapter numbers them), rows as plain objects, and transactions. Everything the store
 * does goes through this, so its write path and its queries are the same code for SQLite and PostgreSQL.
 */
import type { Dialect } from "./schema.js";

export type Param = string | number | null | Buffer;

export interface Db {
  readonly dialect: Dialect;
  all<T extends object>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T extends object>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Most rows one multi-row INSERT carries (well under both databases' limits on parameters). */
const MAX_PARAMS_PER_INSERT = 30_000;

/**
 * Inserts rows with one multi-row statement per chunk (one round trip each on PostgreSQL); rows that are
 * there already (same key) are left as they are.
 */
export async function insertMany(db: Db, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const perChunk = Math.max(1, Math.floor(MAX_PARAMS_PER_INSERT / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const { sql, params } = multiRowInsert(table, columns, rows.slice(i, i + perChunk));
    await db.run(sql, params);
  }
}

/** One multi-row `INSERT … ON CONFLICT DO NOTHING` of the rows given, and its parameters. */
export function multiRowInsert(table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): { sql: string; params: Param[] } {
  const quoted = columns.map((c) => `"${c}"`).join(", ");
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const params: Param[] = [];
  for (const row of rows) for (const c of columns) params.push((row[c] ?? null) as Param);
  return { sql: `INSERT INTO ${table} (${quoted}) VALUES ${rows.map(() => tuple).join(", ")} ON CONFLICT DO NOTHING`, params };
}
