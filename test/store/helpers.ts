/** Helpers of the store tests: ingesting a corpus into a store, PostgreSQL availability, table dumps. */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { readJobs } from "../../src/ingest/files.js";
import { ingestJobs, type IngestSummary } from "../../src/store/ingest.js";
import type { CorpusStore } from "../../src/store/index.js";

/** A fixed clock: tests never read the real one. */
export const FIXED_NOW = "2024-07-01T12:00:00.000Z";
export const TEST_ANALYSER = "quellenlage test";

export async function ingestFiles(store: CorpusStore, inputs: readonly string[], now = FIXED_NOW): Promise<IngestSummary> {
  return ingestJobs(store, readJobs(inputs), { analyserVersion: TEST_ANALYSER, now: () => now, jobs: 1 });
}

/** The PostgreSQL the tests use (the project's machines run one on 127.0.0.1:5432, database test). */
export const PG_BASE = process.env["QUELLENLAGE_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

let answer: boolean | null = null;

/** Whether PostgreSQL answers. */
export async function pgAnswers(): Promise<boolean> {
  if (answer !== null) return answer;
  const client = new pg.Client({ connectionString: PG_BASE, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    answer = true;
  } catch {
    answer = false;
  } finally {
    await client.end().catch(() => {});
  }
  return answer;
}

/**
 * The reason to skip a PostgreSQL test, or false to run it. In CI (CI set) a missing server is a
 * failure, not a skip: the test runs and fails to connect.
 */
export async function skipUnlessPg(): Promise<string | false> {
  if (await pgAnswers()) return false;
  if (process.env["CI"]) return false;
  return `no PostgreSQL answers at ${PG_BASE} (start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)`;
}

/** A store URL in a schema of its own, so parallel test runs never meet. */
export function pgSchemaUrl(label: string): { url: string; schema: string } {
  const schema = `ql_test_${label}_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;
  return { url: `${PG_BASE}${PG_BASE.includes("?") ? "&" : "?"}schema=${schema}`, schema };
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_BASE });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Rows of a table in a fixed order, for before/after comparisons. */
export async function dump(store: CorpusStore, table: string, order: string, columns = "*"): Promise<unknown[]> {
  return store.db.all(`SELECT ${columns} FROM ${table} ORDER BY ${order}`);
}

/** The command that runs the CLI from the sources in a child process. */
export const CLI = [process.execPath, "--import", "tsx", new URL("../../src/cli/main.ts", import.meta.url).pathname] as const;

export function runCliSync(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(CLI[0], [...CLI.slice(1), ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
