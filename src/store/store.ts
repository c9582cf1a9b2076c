/**
 * The corpus store: one interface over SQLite and PostgreSQL (the `Db` adapters in sqlite/ and
 * postgres/). It keeps outlets, articles and every version of each (with the full analysis), the query
 * tables of the current version, speakers across articles, and what `watch` needs between polls.
 * Every write of an article is one transaction keyed by stable ids, so a write is there whole or not
 * at all, and writing the same thing twice changes nothing.
 */
import { gunzipSync } from "node:zlib";
import { QuellenlageError } from "../model/errors.js";
import type { Analysis } from "../model/types.js";
import { insertMany, multiRowInsert, type Db, type Param } from "./db.js";
import { COLUMNS, STORE_SCHEMA, ddl, type ChildTable } from "./schema.js";
import type { ArticleRecord, NameRow } from "./records.js";

/** What `put` did with a version. */
export type PutOutcome = "new-article" | "new-version" | "current-again" | "unchanged";

/** Merges followed at most this deep (a chain of merges; a cycle stops here). */
const MAX_MERGE_DEPTH = 32;
/** Parameters of the one statement that writes a version's query rows on PostgreSQL (its limit is 65,535). */
const MAX_PARAMS_PER_STATEMENT = 30_000;
/** Names one statement carries (7 parameters each: well under both databases' limits). */
const NAMES_PER_STATEMENT = 500;

export class CorpusStore {
  constructor(
    readonly db: Db,
    /** Where the store is (a file path or a redacted URL), for messages. */
    readonly location: string,
  ) {}

  get dialect() {
    return this.db.dialect;
  }

  /** Creates the tables when missing; refuses a store of another schema version. */
  async init(): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (tx.dialect === "postgres") await tx.run("SELECT pg_advisory_xact_lock(7271937)"); // workers starting at once create tables once
      for (const statement of ddl(tx.dialect)) await tx.run(statement);
      await tx.run("INSERT INTO store_meta (key, value) VALUES ('schema', ?) ON CONFLICT DO NOTHING", [STORE_SCHEMA]);
    });
    const row = await this.db.get<{ value: string }>("SELECT value FROM store_meta WHERE key = 'schema'");
    if (row?.value !== STORE_SCHEMA) {
      throw new QuellenlageError("E_STORE", `${this.location} is a store of schema "${row?.value}", this version reads "${STORE_SCHEMA}"`);
    }
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /** Whether this exact input (the same bytes with the same given metadata) was stored before. */
  async hasSource(sourceHash: string): Promise<boolean> {
    return (await this.db.get("SELECT 1 AS x FROM sources WHERE source_hash = ?", [sourceHash])) !== undefined;
  }

  /** The stored analysis of the version an input gave, or null. */
  async analysisOfSource(sourceHash: string): Promise<Analysis | null> {
    const row = await this.db.get<{ analysis: Buffer }>("SELECT v.analysis FROM sources s JOIN versions v ON v.id = s.version_id WHERE s.source_hash = ?", [sourceHash]);
    return row ? (JSON.parse(gunzipSync(row.analysis).toString("utf8")) as Analysis) : null;
  }

  /** An input seen again unchanged: its version and article were seen now. */
  async touchSource(sourceHash: string, seenAt: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await tx.get<{ version_id: string }>("SELECT version_id FROM sources WHERE source_hash = ?", [sourceHash]);
      if (!row) return;
      await tx.run("UPDATE versions SET last_seen = ? WHERE id = ? AND last_seen < ?", [seenAt, row.version_id, seenAt]);
      await tx.run("UPDATE articles SET last_seen = ? WHERE current_version = ? AND last_seen < ?", [seenAt, row.version_id, seenAt]);
    });
  }

  /** Stores one analysed version, in one transaction (see PutOutcome). */
  async put(record: ArticleRecord, seenAt: string): Promise<PutOutcome> {
    return this.db.transaction((tx) => this.putIn(tx, record, seenAt));
  }

  /** Several versions in one transaction (ingest commits in batches: far fewer commits, the same outcome). */
  async putMany(records: readonly ArticleRecord[], seenAt: string): Promise<PutOutcome[]> {
    return this.db.transaction(async (tx) => {
      const out: PutOutcome[] = [];
      for (const r of records) out.push(await this.putIn(tx, r, seenAt));
      return out;
    });
  }

  /** `put` inside a transaction the caller holds (a worker commits its job with it). */
  async putIn(tx: Db, record: ArticleRecord, seenAt: string): Promise<PutOutcome> {
    const { article: a, version: v, outlet } = record;
    if (outlet) {
      const added = await tx.run("INSERT INTO outlets (id, key, name, host) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [outlet.id, outlet.key, outlet.name, outlet.host]);
      // A name from the page's metadata beats the host a URL-only page gave the outlet.
      if (added === 0 && outlet.name !== outlet.host) await tx.run("UPDATE outlets SET name = ? WHERE id = ? AND name = host", [outlet.name, outlet.id]);
    }
    // PostgreSQL keeps the search terms in the article's row: a new article is written with them at once
    // (an UPDATE after the INSERT would write the row and all its index entries twice).
    const pg = tx.dialect === "postgres";
    const insertedArticle = await tx.run(
      `INSERT INTO articles (id, key, url, canonical_url, source_id, title, published, day, language, outlet_id, genre, authors, current_version, versions, first_seen, last_seen${pg ? ", terms" : ""})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?${pg ? ", to_tsvector('simple', ?)" : ""}) ON CONFLICT DO NOTHING`,
      [a.id, a.key, a.url, a.canonical_url, a.source_id, a.title, a.published, a.day, a.language, a.outlet_id, a.genre, a.authors, v.id, seenAt, seenAt, ...(pg ? [v.terms] : [])],
    );
    let outcome: PutOutcome;
    let previous: string | null = null;
    let seq = 1;
    if (insertedArticle === 0) {
      const lock = tx.dialect === "postgres" ? " FOR UPDATE" : "";
      const current = await tx.get<{ current_version: string; versions: number }>(`SELECT current_version, versions FROM articles WHERE id = ?${lock}`, [a.id]);
      const known = await tx.get<{ id: string }>("SELECT id FROM versions WHERE article_id = ? AND content_hash = ?", [a.id, v.content_hash]);
      if (known) {
        await this.addSource(tx, v.source_hash, known.id);
        await tx.run("UPDATE versions SET last_seen = ? WHERE id = ? AND last_seen < ?", [seenAt, known.id, seenAt]);
        if (current?.current_version === known.id) {
          await tx.run("UPDATE articles SET last_seen = ? WHERE id = ? AND last_seen < ?", [seenAt, a.id, seenAt]);
          return "unchanged";
        }
        await this.makeCurrent(tx, record, known.id, seenAt, false);
        return "current-again";
      }
      previous = current?.current_version ?? null;
      seq = (current?.versions ?? 0) + 1;
      outcome = "new-version";
    } else outcome = "new-article";

    const insertedVersion = await tx.run(
      `INSERT INTO versions (id, article_id, seq, previous_id, content_hash, analyser_version, schema, title, published, first_seen, last_seen, analysis, source, source_meta,
         n_sentences, n_editorial, n_voiced, n_attributions, n_anonymous)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [v.id, a.id, seq, previous, v.content_hash, v.analyser_version, v.schema, v.title, v.published, seenAt, seenAt, v.analysis, v.source, v.source_meta,
        v.n_sentences, v.n_editorial, v.n_voiced, v.n_attributions, v.n_anonymous],
    );
    await this.addSource(tx, v.source_hash, v.id);
    if (insertedVersion === 0) return "unchanged"; // written by another worker meanwhile
    await this.insertChildren(tx, record);
    if (outcome === "new-version") await this.makeCurrent(tx, record, v.id, seenAt, true);
    else if (!pg) await this.index(tx, a.id, v.terms);
    await this.addNames(tx, record.names);
    return outcome;
  }

  private async addSource(tx: Db, sourceHash: string, versionId: string): Promise<void> {
    await tx.run("INSERT INTO sources (source_hash, version_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [sourceHash, versionId]);
  }

  private async insertChildren(tx: Db, record: ArticleRecord): Promise<void> {
    const tables = Object.keys(COLUMNS) as ChildTable[];
    const params = tables.reduce((n, t) => n + record[t].length * COLUMNS[t].length, 0);
    if (tx.dialect === "postgres" && params <= MAX_PARAMS_PER_STATEMENT) {
      // One round trip for all of them: each table's multi-row INSERT a data-modifying WITH of one statement.
      const parts: string[] = [];
      const values: Param[] = [];
      for (const table of tables) {
        const rows = record[table];
        if (rows.length === 0) continue;
        const insert = multiRowInsert(table, COLUMNS[table], rows);
        parts.push(`t${parts.length} AS (${insert.sql})`);
        values.push(...insert.params);
      }
      if (parts.length > 0) await tx.run(`WITH ${parts.join(", ")} SELECT 1`, values);
      return;
    }
    for (const table of tables) await insertMany(tx, table, COLUMNS[table], record[table]);
  }

  /** Makes a version the article's current one: the article's fields, the query flags, the search index. */
  private async makeCurrent(tx: Db, record: ArticleRecord, versionId: string, seenAt: string, added: boolean): Promise<void> {
    const a = record.article;
    await tx.run(
      `UPDATE articles SET url = ?, canonical_url = ?, title = ?, published = ?, day = ?, language = ?, outlet_id = ?, genre = ?, authors = ?,
         current_version = ?, versions = versions + ?, last_seen = ? WHERE id = ?`,
      [a.url, a.canonical_url, a.title, a.published, a.day, a.language, a.outlet_id, a.genre, a.authors, versionId, added ? 1 : 0, seenAt, a.id],
    );
    await tx.run("UPDATE attributions SET is_current = CASE WHEN version_id = ? THEN 1 ELSE 0 END WHERE article_id = ?", [versionId, a.id]);
    await this.index(tx, a.id, record.version.terms);
  }

  /** The search index of an article: the stems of its current version. */
  private async index(tx: Db, articleId: string, terms: string): Promise<void> {
    if (tx.dialect === "sqlite") {
      const row = await tx.get<{ seq: number }>("SELECT seq FROM articles WHERE id = ?", [articleId]);
      await tx.run("INSERT OR REPLACE INTO article_terms (rowid, terms) VALUES (?, ?)", [row!.seq, terms]);
    } else {
      await tx.run("UPDATE articles SET terms = to_tsvector('simple', ?) WHERE id = ?", [terms, articleId]);
    }
  }

  /**
   * New name keys get their speaker id; a new full name may give a known surname its person. A few
   * set-wise statements per article whatever its number of names (in key order, so concurrent writers
   * take the names' locks in one order).
   */
  private async addNames(tx: Db, names: readonly NameRow[]): Promise<void> {
    const touched = new Set<string>();
    for (let i = 0; i < names.length; i += NAMES_PER_STATEMENT) {
      const chunk = names.slice(i, i + NAMES_PER_STATEMENT);
      const inserted = await tx.all<{ key: string }>(
        `INSERT INTO names (key, name, kind, words, surname, own_id, speaker_id) VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?)").join(", ")}
         ON CONFLICT DO NOTHING RETURNING key`,
        chunk.flatMap((n) => [n.key, n.name, n.kind, n.words, n.surname, n.own_id, n.own_id]),
      );
      const added = new Set(inserted.map((r) => r.key));
      const known = chunk.filter((n) => !added.has(n.key));
      if (known.length > 0) {
        // The name shown is the smallest form seen (byte order): the same whatever order articles came in.
        await tx.run(
          `UPDATE names SET name = v.column2 FROM (VALUES ${known.map(() => "(?, ?)").join(", ")}) AS v WHERE names.key = v.column1 AND names.name > v.column2`,
          known.flatMap((n) => [n.key, n.name]),
        );
      }
      for (const n of chunk) {
        if (!added.has(n.key)) continue;
        touched.add(n.key);
        if (n.kind === "person" && n.words > 1) touched.add(n.surname);
      }
    }
    const keys = [...touched].sort();
    for (let i = 0; i < keys.length; i += NAMES_PER_STATEMENT) await this.resolveNames(tx, keys.slice(i, i + NAMES_PER_STATEMENT));
  }

  /**
   * The speaker of each name key given, in one statement: its own id; a surname alone joins the one
   * person whose full name ends in it when there is exactly one; then merges are followed (at most
   * MAX_MERGE_DEPTH, stopping where a chain comes back to where it began); a key split off keeps its own id.
   */
  private async resolveNames(tx: Db, keys: readonly string[]): Promise<void> {
    await tx.run(
      `WITH RECURSIVE
         picked (key, start, split) AS (
           SELECT n.key,
             CASE WHEN s.key IS NULL AND n.kind = 'person' AND n.words = 1
               THEN COALESCE((SELECT CASE WHEN COUNT(*) = 1 THEN MIN(c.own_id) END FROM names c WHERE c.surname = n.key AND c.words > 1 AND c.kind = 'person'), n.own_id)
               ELSE n.own_id END,
             CASE WHEN s.key IS NULL THEN 0 ELSE 1 END
           FROM names n LEFT JOIN speaker_splits s ON s.key = n.key
           WHERE n.key IN (${keys.map(() => "?").join(", ")})),
         walk (key, id, start, depth) AS (
           SELECT key, start, start, 0 FROM picked WHERE split = 0
           UNION ALL
           SELECT w.key, m.into_id, w.start, w.depth + 1 FROM walk w JOIN speaker_merges m ON m.from_id = w.id
           WHERE m.into_id <> w.start AND w.depth < ${MAX_MERGE_DEPTH}),
         resolved (key, id) AS (
           SELECT key, start FROM picked WHERE split = 1
           UNION ALL
           SELECT w.key, w.id FROM walk w WHERE w.depth = (SELECT MAX(x.depth) FROM walk x WHERE x.key = w.key))
       UPDATE names SET speaker_id = r.id FROM resolved r WHERE names.key = r.key AND names.speaker_id <> r.id`,
      keys,
    );
  }

  /**
   * Every name key resolved again (after merges and splits, and after workers wrote names at once): the
   * same rules as resolveName, as a few set-wise statements whatever the number of names.
   */
  async relinkSpeakers(): Promise<void> {
    await this.db.transaction(async (tx) => {
      const changed = (await tx.run("UPDATE names SET speaker_id = own_id WHERE speaker_id <> own_id")) > 0;
      const notSplit = "names.key NOT IN (SELECT key FROM speaker_splits)";
      const joined = await tx.run(
        `UPDATE names SET speaker_id = c.own_id
         FROM (SELECT surname, MIN(own_id) AS own_id FROM names WHERE words > 1 AND kind = 'person' GROUP BY surname HAVING COUNT(*) = 1) c
         WHERE names.key = c.surname AND names.words = 1 AND names.kind = 'person' AND ${notSplit}`,
      );
      let merged = 0;
      for (let depth = 0; depth < MAX_MERGE_DEPTH; depth++) {
        const n = await tx.run(
          `UPDATE names SET speaker_id = m.into_id FROM speaker_merges m
           WHERE names.speaker_id = m.from_id AND m.into_id <> names.own_id AND ${notSplit}`,
        );
        merged += n;
        if (n === 0) break;
      }
      return changed || joined > 0 || merged > 0;
    });
  }

  /** `speakers --merge INTO FROM…`: the speakers FROM become INTO, now and in every later ingest. */
  async mergeSpeakers(into: string, from: readonly string[]): Promise<void> {
    await this.requireSpeakers([into, ...from]);
    await this.db.transaction(async (tx) => {
      // The speaker merged into is no longer merged away itself (no cycles).
      await tx.run("DELETE FROM speaker_merges WHERE from_id = ?", [into]);
      for (const f of from) {
        if (f === into) continue;
        await tx.run("DELETE FROM speaker_merges WHERE from_id = ?", [f]);
        await tx.run("INSERT INTO speaker_merges (from_id, into_id) VALUES (?, ?)", [f, into]);
        // A merge undoes a split of the names that were this speaker.
        await tx.run("DELETE FROM speaker_splits WHERE key IN (SELECT key FROM names WHERE own_id = ?)", [f]);
      }
    });
    await this.relinkSpeakers();
  }

  /** `speakers --split ID NAME…`: the name forms given are their own speaker again, now and later. */
  async splitSpeaker(id: string, forms: readonly string[], keyOf: (name: string) => string): Promise<string[]> {
    await this.requireSpeakers([id]);
    const keys = forms.map(keyOf);
    const rows = await this.db.all<{ key: string; speaker_id: string }>(`SELECT key, speaker_id FROM names WHERE key IN (${keys.map(() => "?").join(", ")})`, keys);
    const found = new Set(rows.filter((r) => r.speaker_id === id).map((r) => r.key));
    const missing = forms.filter((_f, i) => !found.has(keys[i]!));
    if (missing.length > 0) throw new QuellenlageError("E_NOT_FOUND", `${missing.map((m) => `"${m}"`).join(", ")} ${missing.length > 1 ? "are not names" : "is not a name"} of ${id}`);
    await this.db.transaction(async (tx) => {
      for (const key of found) {
        await tx.run("INSERT INTO speaker_splits (key) VALUES (?) ON CONFLICT DO NOTHING", [key]);
        // A key split off leaves the merge that took its own id elsewhere.
        await tx.run("DELETE FROM speaker_merges WHERE from_id IN (SELECT own_id FROM names WHERE key = ?)", [key]);
      }
    });
    await this.relinkSpeakers();
    const out = await this.db.all<{ speaker_id: string }>(`SELECT DISTINCT speaker_id FROM names WHERE key IN (${[...found].map(() => "?").join(", ")}) ORDER BY speaker_id`, [...found]);
    return out.map((r) => r.speaker_id);
  }

  private async requireSpeakers(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const row = await this.db.get("SELECT 1 AS x FROM names WHERE speaker_id = ? OR own_id = ?", [id, id]);
      if (!row) throw new QuellenlageError("E_NOT_FOUND", `no speaker ${id} in the store (see: quellenlage speakers)`);
    }
  }

  /** The stored sources of every version, for `reanalyze` (in a stable order). */
  async *versionsToReanalyze(): AsyncGenerator<{ versionId: string; articleId: string; sourceMeta: string; source: Buffer | null }> {
    let after = "";
    for (;;) {
      const rows = await this.db.all<{ id: string; article_id: string; source_meta: string; source: Buffer | null }>(
        "SELECT id, article_id, source_meta, source FROM versions WHERE id > ? ORDER BY id LIMIT 200",
        [after],
      );
      if (rows.length === 0) return;
      for (const r of rows) yield { versionId: r.id, articleId: r.article_id, sourceMeta: r.source_meta, source: r.source };
      after = rows[rows.length - 1]!.id;
    }
  }

  /**
   * A version analysed again (after an upgrade): same article and version ids, its analysis and query
   * rows replaced; the article's fields follow when it is the current version.
   */
  async replaceAnalysis(versionId: string, record: ArticleRecord): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await tx.get<{ article_id: string }>("SELECT article_id FROM versions WHERE id = ?", [versionId]);
      if (!row) throw new QuellenlageError("E_NOT_FOUND", `no version ${versionId}`);
      const article = await tx.get<{ current_version: string }>("SELECT current_version FROM articles WHERE id = ?", [row.article_id]);
      const isCurrent = article?.current_version === versionId;
      // The record's ids were made from the new analysis: keep the stored ones.
      const fixed = rebase(record, row.article_id, versionId);
      for (const table of Object.keys(COLUMNS) as ChildTable[]) await tx.run(`DELETE FROM ${table} WHERE version_id = ?`, [versionId]);
      const v = fixed.version;
      await tx.run(
        `UPDATE versions SET content_hash = ?, analyser_version = ?, schema = ?, title = ?, published = ?, analysis = ?,
           n_sentences = ?, n_editorial = ?, n_voiced = ?, n_attributions = ?, n_anonymous = ? WHERE id = ?`,
        [v.content_hash, v.analyser_version, v.schema, v.title, v.published, v.analysis, v.n_sentences, v.n_editorial, v.n_voiced, v.n_attributions, v.n_anonymous, versionId],
      );
      for (const a of fixed.attributions) a["is_current"] = isCurrent ? 1 : 0;
      await this.insertChildren(tx, fixed);
      await this.addNames(tx, fixed.names);
      if (isCurrent) {
        const a = fixed.article;
        await tx.run(
          "UPDATE articles SET canonical_url = ?, title = ?, published = ?, day = ?, language = ?, genre = ?, authors = ? WHERE id = ?",
          [a.canonical_url, a.title, a.published, a.day, a.language, a.genre, a.authors, row.article_id],
        );
        await this.index(tx, row.article_id, v.terms);
      }
    });
  }

  /** What `watch` remembers of a URL between polls. */
  async fetchState(url: string): Promise<{ etag: string | null; last_modified: string | null } | undefined> {
    return this.db.get("SELECT etag, last_modified FROM fetch_state WHERE url = ?", [url]);
  }

  async saveFetchState(url: string, state: { etag: string | null; lastModified: string | null; status: number }, at: string): Promise<void> {
    await this.db.run(
      `INSERT INTO fetch_state (url, etag, last_modified, checked_at, status) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at, status = excluded.status`,
      [url, state.etag, state.lastModified, at, state.status],
    );
  }

  /** Counts of the main tables (tests, `stats`). */
  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of ["outlets", "articles", "versions", "attributions", "entities", "sentences", "names"]) {
      const row = await this.db.get<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${table}`);
      out[table] = Number(row?.n ?? 0);
    }
    return out;
  }
}

/** A record's rows moved onto a stored article and version id. */
function rebase(record: ArticleRecord, articleId: string, versionId: string): ArticleRecord {
  const oldVersion = record.version.id;
  const move = (rows: ArticleRecord["blocks"]) => rows.map((r) => ({ ...r, version_id: versionId }));
  return {
    ...record,
    article: { ...record.article, id: articleId },
    version: { ...record.version, id: versionId, article_id: articleId },
    blocks: move(record.blocks),
    sentences: move(record.sentences),
    entities: move(record.entities),
    mentions: move(record.mentions),
    times: move(record.times),
    attributions: record.attributions.map((r) => ({ ...r, version_id: versionId, article_id: articleId, id: String(r["id"]).replace(oldVersion, versionId) })),
  };
}

export type { Param };
