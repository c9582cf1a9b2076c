/**
 * The store's tables, written once for both databases (docs/store.md describes every column). Types and
 * the full-text index differ: SQLite keeps the stems in an FTS5 table, PostgreSQL in a `simple` tsvector
 * column with a GIN index; PostgreSQL's text columns sort byte-wise (`COLLATE "C"`) as SQLite's do, so
 * ordered results are the same in both.
 */
export type Dialect = "sqlite" | "postgres";

/** Bumped when the tables change; a store written by another version is refused with a clear error. */
export const STORE_SCHEMA = "quellenlage-store/1";

interface Types {
  text: string;
  blob: string;
  seq: string;
}

const TYPES: Record<Dialect, Types> = {
  sqlite: { text: "TEXT", blob: "BLOB", seq: "INTEGER PRIMARY KEY" },
  postgres: { text: 'TEXT COLLATE "C"', blob: "BYTEA", seq: "BIGSERIAL PRIMARY KEY" },
};

/** The columns each table takes from an ArticleRecord (src/store/records.ts), in insert order. */
export const COLUMNS = {
  blocks: ["version_id", "idx", "kind", "start", "end", "language"],
  sentences: ["version_id", "idx", "block", "start", "end", "voice"],
  entities: ["version_id", "id", "type", "name", "key", "subtype", "in_article", "mentions"],
  mentions: ["version_id", "entity_id", "idx", "start", "end", "form", "text"],
  attributions: [
    "id", "version_id", "article_id", "idx", "type", "speaker_text", "speaker_kind", "speaker_key", "speaker_role", "cue", "content",
    "channel", "channel_with", "addressee", "time_value", "hedges", "confidence", "rule", "sentence_idx", "sentence_text", "start", "end",
    "day", "outlet_id", "is_current",
  ],
  times: ["version_id", "id", "type", "value", "start", "end", "text", "anchor", "mod"],
} as const;

export type ChildTable = keyof typeof COLUMNS;

export function ddl(dialect: Dialect): string[] {
  const { text: T, blob: B, seq: SEQ } = TYPES[dialect];
  const statements = [
    `CREATE TABLE IF NOT EXISTS store_meta (key ${T} PRIMARY KEY, value ${T} NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS outlets (id ${T} PRIMARY KEY, key ${T} NOT NULL UNIQUE, name ${T} NOT NULL, host ${T})`,
    `CREATE TABLE IF NOT EXISTS articles (
      seq ${SEQ}, id ${T} NOT NULL UNIQUE, key ${T} NOT NULL UNIQUE, url ${T}, canonical_url ${T}, source_id ${T}, title ${T},
      published ${T}, day ${T}, language ${T} NOT NULL, outlet_id ${T}, genre ${T}, authors ${T} NOT NULL,
      current_version ${T} NOT NULL, versions INTEGER NOT NULL, first_seen ${T} NOT NULL, last_seen ${T} NOT NULL
      ${dialect === "postgres" ? ", terms TSVECTOR" : ""})`,
    `CREATE INDEX IF NOT EXISTS articles_day ON articles (day, id)`,
    `CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet_id, day)`,
    `CREATE INDEX IF NOT EXISTS articles_url ON articles (url)`,
    `CREATE INDEX IF NOT EXISTS articles_canonical ON articles (canonical_url)`,
    `CREATE TABLE IF NOT EXISTS versions (
      id ${T} PRIMARY KEY, article_id ${T} NOT NULL, seq INTEGER NOT NULL, previous_id ${T}, content_hash ${T} NOT NULL,
      analyser_version ${T} NOT NULL, schema ${T} NOT NULL, title ${T}, published ${T}, first_seen ${T} NOT NULL, last_seen ${T} NOT NULL,
      analysis ${B} NOT NULL, source ${B}, source_meta ${T} NOT NULL,
      n_sentences INTEGER NOT NULL, n_editorial INTEGER NOT NULL, n_voiced INTEGER NOT NULL, n_attributions INTEGER NOT NULL, n_anonymous INTEGER NOT NULL,
      UNIQUE (article_id, content_hash))`,
    `CREATE TABLE IF NOT EXISTS sources (source_hash ${T} PRIMARY KEY, version_id ${T} NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS blocks (version_id ${T} NOT NULL, idx INTEGER NOT NULL, kind ${T} NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, language ${T}, PRIMARY KEY (version_id, idx))`,
    `CREATE TABLE IF NOT EXISTS sentences (version_id ${T} NOT NULL, idx INTEGER NOT NULL, block INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, voice ${T}, PRIMARY KEY (version_id, idx))`,
    `CREATE TABLE IF NOT EXISTS entities (version_id ${T} NOT NULL, id ${T} NOT NULL, type ${T} NOT NULL, name ${T} NOT NULL, key ${T} NOT NULL, subtype ${T}, in_article INTEGER, mentions INTEGER NOT NULL, PRIMARY KEY (version_id, id))`,
    `CREATE INDEX IF NOT EXISTS entities_key ON entities (key)`,
    `CREATE TABLE IF NOT EXISTS mentions (version_id ${T} NOT NULL, entity_id ${T} NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, form ${T}, text ${T} NOT NULL, PRIMARY KEY (version_id, entity_id, idx))`,
    `CREATE TABLE IF NOT EXISTS attributions (
      id ${T} PRIMARY KEY, version_id ${T} NOT NULL, article_id ${T} NOT NULL, idx INTEGER NOT NULL, type ${T} NOT NULL,
      speaker_text ${T}, speaker_kind ${T}, speaker_key ${T}, speaker_role ${T}, cue ${T} NOT NULL, content ${T} NOT NULL,
      channel ${T}, channel_with ${T}, addressee ${T}, time_value ${T}, hedges ${T} NOT NULL, confidence REAL, rule ${T},
      sentence_idx INTEGER NOT NULL, sentence_text ${T}, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
      day ${T}, outlet_id ${T}, is_current INTEGER NOT NULL, UNIQUE (version_id, idx))`,
    `CREATE INDEX IF NOT EXISTS attributions_current ON attributions (is_current, day, id)`,
    `CREATE INDEX IF NOT EXISTS attributions_speaker ON attributions (speaker_key, day)`,
    `CREATE INDEX IF NOT EXISTS attributions_outlet ON attributions (outlet_id, day)`,
    `CREATE INDEX IF NOT EXISTS attributions_article ON attributions (article_id)`,
    `CREATE TABLE IF NOT EXISTS times (version_id ${T} NOT NULL, id ${T} NOT NULL, type ${T} NOT NULL, value ${T} NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text ${T} NOT NULL, anchor ${T}, mod ${T}, PRIMARY KEY (version_id, id))`,
    `CREATE TABLE IF NOT EXISTS names (key ${T} PRIMARY KEY, name ${T} NOT NULL, kind ${T} NOT NULL, words INTEGER NOT NULL, surname ${T} NOT NULL, own_id ${T} NOT NULL, speaker_id ${T} NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS names_surname ON names (surname)`,
    `CREATE INDEX IF NOT EXISTS names_speaker ON names (speaker_id)`,
    `CREATE INDEX IF NOT EXISTS names_own ON names (own_id)`,
    `CREATE TABLE IF NOT EXISTS speaker_merges (from_id ${T} PRIMARY KEY, into_id ${T} NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS speaker_splits (key ${T} PRIMARY KEY)`,
    `CREATE TABLE IF NOT EXISTS fetch_state (url ${T} PRIMARY KEY, etag ${T}, last_modified ${T}, checked_at ${T} NOT NULL, status INTEGER NOT NULL)`,
  ];
  if (dialect === "sqlite") {
    statements.push(
      // Contentless: the stems live only in the index; rowid = articles.seq.
      `CREATE VIRTUAL TABLE IF NOT EXISTS article_terms USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
    );
  } else {
    statements.push(
      `CREATE INDEX IF NOT EXISTS articles_terms ON articles USING GIN (terms)`,
      `CREATE TABLE IF NOT EXISTS jobs (
        id BIGSERIAL PRIMARY KEY, source_hash ${T} NOT NULL UNIQUE, input ${T} NOT NULL, content ${B}, state ${T} NOT NULL DEFAULT 'queued',
        error ${T}, enqueued_at ${T} NOT NULL, done_at ${T}, worker ${T})`,
      `CREATE INDEX IF NOT EXISTS jobs_queued ON jobs (id) WHERE state = 'queued'`,
      `CREATE TABLE IF NOT EXISTS job_attempts (job_id BIGINT NOT NULL, worker ${T} NOT NULL, at ${T} NOT NULL)`,
      `CREATE INDEX IF NOT EXISTS job_attempts_job ON job_attempts (job_id)`,
    );
  }
  return statements;
}
