/**
 * The PostgreSQL store adapter (pg): a pool of connections; statements with `?` placeholders are
 * numbered (`$1`, `$2`, …) once and cached. A `schema` parameter in the URL
 * (`postgres://host/db?schema=corpus`) keeps the store in that schema (created when missing), so
 * several stores or test runs can share one database.
 */
import pg from "pg";
import type { Db, Param } from "../db.js";
import { QuellenlageError } from "../../model/errors.js";

/** A schema name we accept: a plain identifier. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Connections a store opens at most. */
const POOL_SIZE = 4;

// bigint (COUNT, BIGSERIAL) as a number: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface PgTarget {
  connectionString: string;
  schema: string | null;
}

/** The connection string without our own `schema` parameter, and that schema. */
export function parsePgUrl(url: string): PgTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QuellenlageError("E_USAGE", `"${url}" is not a PostgreSQL URL (postgres://user@host:port/database)`);
  }
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new QuellenlageError("E_USAGE", `the schema "${schema}" is not a plain lowercase name (letters, digits, _)`);
  }
  return { connectionString: u.href, schema };
}

const numbered = new Map<string, string>();

/** `?` → `$1`, `$2`, … (our statements hold no `?` inside literals). */
export function numberPlaceholders(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, out);
  }
  return out;
}

type Queryable = pg.Pool | pg.PoolClient;

class PgSession implements Db {
  readonly dialect = "postgres" as const;
  constructor(protected readonly q: Queryable) {}

  async all<T extends object>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.q.query(numberPlaceholders(sql), params as Param[])).rows as T[];
  }

  async get<T extends object>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.q.query(numberPlaceholders(sql), params as Param[])).rowCount ?? 0;
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // Already inside one (a session on a single client).
    return fn(this);
  }

  async close(): Promise<void> {}
}

export class PgDb extends PgSession {
  readonly pool: pg.Pool;
  readonly schema: string | null;

  private constructor(pool: pg.Pool, schema: string | null) {
    super(pool);
    this.pool = pool;
    this.schema = schema;
  }

  static async connect(url: string, options: { poolSize?: number } = {}): Promise<PgDb> {
    const target = parsePgUrl(url);
    const pool = new pg.Pool({
      connectionString: target.connectionString,
      max: options.poolSize ?? POOL_SIZE,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle connection the server drops (a restart) must not crash the process.
    pool.on("error", () => {});
    try {
      const client = await pool.connect();
      try {
        if (target.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end().catch(() => {});
      if (err instanceof QuellenlageError) throw err;
      throw new QuellenlageError("E_STORE", `cannot connect to PostgreSQL at ${redact(target.connectionString)}: ${(err as Error).message}`);
    }
    return new PgDb(pool, target.schema);
  }

  override async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query("BEGIN");
      const result = await fn(new PgSession(client));
      await client.query("COMMIT");
      return result;
    } catch (err) {
      try {
        await client.query("ROLLBACK");
      } catch {
        broken = true;
      }
      throw err;
    } finally {
      client.release(broken);
    }
  }

  /** A client of its own, for a worker that holds a job's lock across a transaction. */
  async session(): Promise<{ db: Db; client: pg.PoolClient }> {
    const client = await this.pool.connect();
    return { db: new PgSession(client), client };
  }

  override async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A connection string without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.href;
  } catch {
    return url;
  }
}
