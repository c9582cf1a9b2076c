/**
 * The store's queries, the same SQL for SQLite and PostgreSQL (the search differs only in its match
 * clause). Every query reads the current version of each article; results come in a fixed order (newest
 * first, then by id), so both stores give the same rows in the same order.
 */
import { gunzipSync } from "node:zlib";
import { QuellenlageError } from "../model/errors.js";
import type { Analysis } from "../model/types.js";
import type { Param } from "./db.js";
import { foldWord, parseSearch, toFts5Query, toTsQuery } from "./fold.js";
import { normalizeUrl } from "./ids.js";
import { keyWords, nameKey } from "./names.js";
import type { CorpusStore } from "./store.js";

import { DEFAULT_LIMIT } from "./constants.js";

export { DEFAULT_LIMIT };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Filters {
  /** A speaker id or any form of the name (the surname alone too). */
  speaker?: string;
  /** An outlet id, name or host. */
  outlet?: string;
  /** First and last day (YYYY-MM-DD), by publication date. */
  from?: string;
  to?: string;
  /** Attribution type (direct, indirect, mixed, reported) and channel kind (interview, …). */
  type?: string;
  channel?: string;
  limit?: number;
  offset?: number;
}

/** SQL conditions and their parameters, joined with AND. */
class Where {
  readonly parts: string[] = [];
  readonly params: Param[] = [];
  add(sql: string, ...params: Param[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  in(column: string, values: readonly string[]): this {
    return this.add(values.length === 0 ? "1 = 0" : `${column} IN (${values.map(() => "?").join(", ")})`, ...values);
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(" AND ")}` : "";
  }
}

function checkDay(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !DAY.test(value)) throw new QuellenlageError("E_USAGE", `${flag} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

function page(f: Filters): Param[] {
  const limit = f.limit ?? DEFAULT_LIMIT;
  const offset = f.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) throw new QuellenlageError("E_USAGE", "--limit and --offset must be whole numbers ≥ 0");
  return [limit, offset];
}

/** Outlet ids an outlet filter names: an id, a host, or the name (case and diacritics folded). */
export async function resolveOutlet(store: CorpusStore, outlet: string): Promise<string[]> {
  const rows = await store.db.all<{ id: string; name: string; host: string | null }>("SELECT id, name, host FROM outlets ORDER BY id");
  const folded = foldWord(outlet.trim());
  return rows.filter((o) => o.id === outlet || (o.host !== null && o.host === outlet.trim().toLowerCase().replace(/^www\./, "")) || foldWord(o.name) === folded).map((o) => o.id);
}

/**
 * Speaker ids a speaker filter names: an id (a merged one leads to where it went), or any name form
 * folded for case, diacritics and transliteration; a single word also matches the surname of full names.
 */
export async function resolveSpeaker(store: CorpusStore, speaker: string): Promise<string[]> {
  const db = store.db;
  const byId = await db.all<{ speaker_id: string }>("SELECT DISTINCT speaker_id FROM names WHERE own_id = ? OR speaker_id = ? ORDER BY speaker_id", [speaker, speaker]);
  if (byId.length > 0) return byId.map((r) => r.speaker_id);
  const key = nameKey(speaker);
  if (!key) return [];
  const sql =
    keyWords(key) === 1
      ? "SELECT DISTINCT speaker_id FROM names WHERE key = ? OR surname = ? ORDER BY speaker_id"
      : "SELECT DISTINCT speaker_id FROM names WHERE key = ? ORDER BY speaker_id";
  const rows = await db.all<{ speaker_id: string }>(sql, keyWords(key) === 1 ? [key, key] : [key]);
  return rows.map((r) => r.speaker_id);
}

/** The filters every attribution query shares, on `q` (attributions). */
async function attributionWhere(store: CorpusStore, f: Filters): Promise<Where> {
  const w = new Where().add("q.is_current = 1");
  if (f.speaker !== undefined) {
    const ids = await resolveSpeaker(store, f.speaker);
    w.parts.push(ids.length ? `q.speaker_key IN (SELECT key FROM names WHERE speaker_id IN (${ids.map(() => "?").join(", ")}))` : "1 = 0");
    w.params.push(...ids);
  }
  if (f.outlet !== undefined) w.in("q.outlet_id", await resolveOutlet(store, f.outlet));
  if (checkDay(f.from, "--from")) w.add("q.day >= ?", f.from!);
  if (checkDay(f.to, "--to")) w.add("q.day <= ? AND q.day <> ''", f.to!);
  if (f.type !== undefined) w.add("q.type = ?", f.type);
  if (f.channel !== undefined) w.add("q.channel = ?", f.channel);
  return w;
}

/** The filters on `a` (articles) for article queries. */
async function articleWhere(store: CorpusStore, f: Filters, w = new Where()): Promise<Where> {
  if (f.outlet !== undefined) w.in("a.outlet_id", await resolveOutlet(store, f.outlet));
  if (checkDay(f.from, "--from")) w.add("a.day >= ?", f.from!);
  if (checkDay(f.to, "--to")) w.add("a.day <= ? AND a.day <> ''", f.to!);
  if (f.speaker !== undefined || f.type !== undefined || f.channel !== undefined) {
    const q = await attributionWhere(store, { ...f, outlet: undefined, from: undefined, to: undefined });
    w.add(`a.id IN (SELECT q.article_id FROM attributions q ${q})`, ...q.params);
  }
  return w;
}

export interface ArticleHit {
  id: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  language: string;
}

const ARTICLE_COLUMNS = "a.id, a.published, o.name AS outlet, a.title, a.url, a.language";

/** `search TEXT`: articles containing every word (stemmed, folded) and "quoted phrase", newest first. */
export async function search(store: CorpusStore, text: string, f: Filters = {}): Promise<ArticleHit[]> {
  const units = parseSearch(text);
  if (units.length === 0) throw new QuellenlageError("E_USAGE", "search needs at least one word");
  const w = await articleWhere(store, f);
  const sql =
    store.dialect === "sqlite"
      ? `SELECT ${ARTICLE_COLUMNS} FROM article_terms t JOIN articles a ON a.seq = t.rowid LEFT JOIN outlets o ON o.id = a.outlet_id
         WHERE article_terms MATCH ? ${w.parts.length ? `AND ${w.parts.join(" AND ")}` : ""} ORDER BY a.day DESC, a.id DESC LIMIT ? OFFSET ?`
      : `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
         WHERE a.terms @@ to_tsquery('simple', ?) ${w.parts.length ? `AND ${w.parts.join(" AND ")}` : ""} ORDER BY a.day DESC, a.id DESC LIMIT ? OFFSET ?`;
  const query = store.dialect === "sqlite" ? toFts5Query(units) : toTsQuery(units);
  return store.db.all<ArticleHit>(sql, [query, ...w.params, ...page(f)]);
}

export interface Quote {
  id: string;
  article: string;
  published: string | null;
  outlet: string | null;
  speaker: string | null;
  speakerId: string | null;
  speakerName: string | null;
  speakerKind: string | null;
  role: string | null;
  type: string;
  cue: string;
  content: string;
  channel: string | null;
  time: string | null;
  hedges: string[];
  confidence: number | null;
  sentence: string | null;
  url: string | null;
}

interface QuoteRow extends Omit<Quote, "hedges"> {
  hedges: string;
}

/** `quotes`: attributions of the current versions, newest first. */
export async function quotes(store: CorpusStore, f: Filters = {}): Promise<Quote[]> {
  // A speaker's attributions are found from the speaker's name keys (names → attributions by
  // speaker_key, a CROSS JOIN fixing that order in SQLite), not by scanning all attributions in date order.
  const w = await attributionWhere(store, { ...f, speaker: undefined });
  let from = "attributions q";
  if (f.speaker !== undefined) {
    from = "names sk CROSS JOIN attributions q";
    w.add("q.speaker_key = sk.key").in("sk.speaker_id", await resolveSpeaker(store, f.speaker));
  }
  const rows = await store.db.all<QuoteRow>(
    `SELECT q.id, q.article_id AS article, a.published, o.name AS outlet, q.speaker_text AS speaker, n.speaker_id AS "speakerId", s.name AS "speakerName",
       q.speaker_kind AS "speakerKind", q.speaker_role AS role, q.type, q.cue, q.content, q.channel, q.time_value AS time, q.hedges, q.confidence,
       q.sentence_text AS sentence, a.url
     FROM ${from} JOIN articles a ON a.id = q.article_id LEFT JOIN outlets o ON o.id = q.outlet_id
       LEFT JOIN names n ON n.key = q.speaker_key LEFT JOIN names s ON s.own_id = n.speaker_id
     ${w} ORDER BY q.day DESC, q.id DESC LIMIT ? OFFSET ?`,
    [...w.params, ...page(f)],
  );
  return rows.map((r) => ({ ...r, hedges: JSON.parse(r.hedges) as string[], confidence: r.confidence === null ? null : Number(r.confidence) }));
}

export interface SpeakerRow {
  id: string;
  name: string;
  kind: string;
  quotes: number;
  articles: number;
  outlets: number;
  first: string | null;
  last: string | null;
  /** Every name form folded into this speaker. */
  names: string[];
}

/** `speakers`: people and organisations quoted, with counts, most quoted first. */
export async function speakers(store: CorpusStore, f: Filters = {}): Promise<SpeakerRow[]> {
  const w = await attributionWhere(store, f);
  const rows = await store.db.all<Omit<SpeakerRow, "name" | "kind" | "names">>(
    `SELECT n.speaker_id AS id, COUNT(*) AS quotes, COUNT(DISTINCT q.article_id) AS articles, COUNT(DISTINCT q.outlet_id) AS outlets,
       MIN(NULLIF(q.day, '')) AS first, MAX(NULLIF(q.day, '')) AS last
     FROM attributions q JOIN names n ON n.key = q.speaker_key ${w}
     GROUP BY n.speaker_id ORDER BY quotes DESC, id LIMIT ? OFFSET ?`,
    [...w.params, ...page(f)],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const names = await store.db.all<{ key: string; name: string; kind: string; own_id: string; speaker_id: string; words: number }>(
    `SELECT key, name, kind, own_id, speaker_id, words FROM names WHERE speaker_id IN (${ids.map(() => "?").join(", ")}) ORDER BY words DESC, key`,
    ids,
  );
  return rows.map((r) => {
    const forms = names.filter((n) => n.speaker_id === r.id);
    const own = forms.find((n) => n.own_id === r.id) ?? forms[0];
    return { id: r.id, name: own?.name ?? r.id, kind: own?.kind ?? "person", quotes: Number(r.quotes), articles: Number(r.articles), outlets: Number(r.outlets), first: r.first, last: r.last, names: [...new Set(forms.map((n) => n.name))] };
  });
}

export interface OutletRow {
  id: string;
  name: string;
  host: string | null;
  articles: number;
  attributions: number;
  first: string | null;
  last: string | null;
}

/** `outlets`: every outlet with its articles and attributions (current versions), most articles first. */
export async function outlets(store: CorpusStore, f: Filters = {}): Promise<OutletRow[]> {
  const w = await articleWhere(store, { ...f, outlet: undefined });
  const rows = await store.db.all<OutletRow>(
    `SELECT o.id, o.name, o.host, COUNT(*) AS articles, SUM(v.n_attributions) AS attributions, MIN(NULLIF(a.day, '')) AS first, MAX(NULLIF(a.day, '')) AS last
     FROM articles a JOIN outlets o ON o.id = a.outlet_id JOIN versions v ON v.id = a.current_version ${w}
     GROUP BY o.id, o.name, o.host ORDER BY articles DESC, o.id LIMIT ? OFFSET ?`,
    [...w.params, ...page(f)],
  );
  return rows.map((r) => ({ ...r, articles: Number(r.articles), attributions: Number(r.attributions) }));
}

export interface TimelinePoint {
  date: string;
  articles: number;
  mentions: number;
  quotes: number;
}

/** `timeline ENTITY`: per day (or month), the articles naming the entity, its mentions, and its quotes. */
export async function timeline(store: CorpusStore, entity: string, f: Filters & { by?: "day" | "month" } = {}): Promise<TimelinePoint[]> {
  const speakerIds = await resolveSpeaker(store, entity);
  const keys = new Set<string>();
  const key = nameKey(entity);
  if (key) keys.add(key);
  if (speakerIds.length) {
    const rows = await store.db.all<{ key: string }>(`SELECT key FROM names WHERE speaker_id IN (${speakerIds.map(() => "?").join(", ")})`, speakerIds);
    for (const r of rows) keys.add(r.key);
  }
  if (keys.size === 0) return [];
  const width = f.by === "month" ? 7 : 10;
  const list = [...keys];
  const marks = list.map(() => "?").join(", ");
  const aw = await articleWhere(store, { ...f, speaker: undefined, type: undefined, channel: undefined });
  const mentioned = await store.db.all<{ date: string; articles: number; mentions: number }>(
    `SELECT substr(a.day, 1, ${width}) AS date, COUNT(DISTINCT a.id) AS articles, SUM(e.mentions) AS mentions
     FROM entities e JOIN articles a ON a.current_version = e.version_id
     WHERE e.key IN (${marks}) AND a.day <> '' ${aw.parts.length ? `AND ${aw.parts.join(" AND ")}` : ""}
     GROUP BY substr(a.day, 1, ${width})`,
    [...list, ...aw.params],
  );
  const qw = await attributionWhere(store, { ...f, speaker: undefined });
  const quoted = await store.db.all<{ date: string; quotes: number }>(
    `SELECT substr(q.day, 1, ${width}) AS date, COUNT(*) AS quotes FROM attributions q ${qw} AND q.speaker_key IN (${marks}) AND q.day <> ''
     GROUP BY substr(q.day, 1, ${width})`,
    [...qw.params, ...list],
  );
  const points = new Map<string, TimelinePoint>();
  for (const r of mentioned) points.set(r.date, { date: r.date, articles: Number(r.articles), mentions: Number(r.mentions), quotes: 0 });
  for (const r of quoted) {
    const p = points.get(r.date) ?? { date: r.date, articles: 0, mentions: 0, quotes: 0 };
    p.quotes = Number(r.quotes);
    points.set(r.date, p);
  }
  return [...points.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface VersionInfo {
  id: string;
  seq: number;
  previous: string | null;
  contentHash: string;
  analyserVersion: string;
  title: string | null;
  firstSeen: string;
  lastSeen: string;
  attributions: number;
}

export interface ArticleDetail {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  published: string | null;
  language: string;
  outlet: string | null;
  genre: string | null;
  authors: string[];
  firstSeen: string;
  lastSeen: string;
  currentVersion: string;
  versions: VersionInfo[];
  analysis: Analysis;
}

/** `article ID|URL`: an article with its versions (oldest first) and the current analysis. */
export async function article(store: CorpusStore, idOrUrl: string, options: { version?: string } = {}): Promise<ArticleDetail> {
  const db = store.db;
  const row = await db.get<{ id: string; url: string | null; canonical_url: string | null; title: string | null; published: string | null; language: string; outlet: string | null; genre: string | null; authors: string; first_seen: string; last_seen: string; current_version: string }>(
    `SELECT a.id, a.url, a.canonical_url, a.title, a.published, a.language, o.name AS outlet, a.genre, a.authors, a.first_seen, a.last_seen, a.current_version
     FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
     WHERE a.id = ? OR a.key = ? OR a.url = ? OR a.canonical_url = ? OR a.source_id = ? ORDER BY a.id LIMIT 1`,
    [idOrUrl, normalizeUrl(idOrUrl), idOrUrl, idOrUrl, idOrUrl],
  );
  if (!row) throw new QuellenlageError("E_NOT_FOUND", `no article "${idOrUrl}" in the store (an id, URL or input id)`);
  const versions = await db.all<{ id: string; seq: number; previous_id: string | null; content_hash: string; analyser_version: string; title: string | null; first_seen: string; last_seen: string; n_attributions: number }>(
    "SELECT id, seq, previous_id, content_hash, analyser_version, title, first_seen, last_seen, n_attributions FROM versions WHERE article_id = ? ORDER BY seq, id",
    [row.id],
  );
  const wanted = options.version ?? row.current_version;
  const blob = await db.get<{ analysis: Buffer }>("SELECT analysis FROM versions WHERE id = ? AND article_id = ?", [wanted, row.id]);
  if (!blob) throw new QuellenlageError("E_NOT_FOUND", `article ${row.id} has no version ${wanted}`);
  return {
    id: row.id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    published: row.published,
    language: row.language,
    outlet: row.outlet,
    genre: row.genre,
    authors: JSON.parse(row.authors) as string[],
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    currentVersion: row.current_version,
    versions: versions.map((v) => ({ id: v.id, seq: Number(v.seq), previous: v.previous_id, contentHash: v.content_hash, analyserVersion: v.analyser_version, title: v.title, firstSeen: v.first_seen, lastSeen: v.last_seen, attributions: Number(v.n_attributions) })),
    analysis: JSON.parse(gunzipSync(blob.analysis).toString("utf8")) as Analysis,
  };
}

export interface OutletStats {
  outlet: string | null;
  articles: number;
  attributions: number;
  /** Attributions whose speaker is anonymous ("ein hochrangiger Beamter"), of all attributions. */
  anonymousShare: number;
  /** Sentences in the outlet's own voice, of all sentences that are not boilerplate. */
  editorialShare: number;
}

/** Decimal places of the shares in `stats`. */
const SHARE_DIGITS = 4;
const share = (part: number, whole: number) => (whole > 0 ? Number((part / whole).toFixed(SHARE_DIGITS)) : 0);

/** `stats`: per outlet (articles without one under null), most articles first. */
export async function stats(store: CorpusStore, f: Filters = {}): Promise<OutletStats[]> {
  const w = await articleWhere(store, f);
  const rows = await store.db.all<{ outlet: string | null; articles: number; attributions: number; anonymous: number; editorial: number; voiced: number }>(
    `SELECT o.name AS outlet, COUNT(*) AS articles, SUM(v.n_attributions) AS attributions, SUM(v.n_anonymous) AS anonymous,
       SUM(v.n_editorial) AS editorial, SUM(v.n_voiced) AS voiced
     FROM articles a JOIN versions v ON v.id = a.current_version LEFT JOIN outlets o ON o.id = a.outlet_id ${w}
     GROUP BY a.outlet_id, o.name ORDER BY articles DESC, o.name`,
    w.params,
  );
  return rows.map((r) => ({
    outlet: r.outlet,
    articles: Number(r.articles),
    attributions: Number(r.attributions),
    anonymousShare: share(Number(r.anonymous), Number(r.attributions)),
    editorialShare: share(Number(r.editorial), Number(r.voiced)),
  }));
}

export interface StoredArticle {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  language: string;
  outlet: string | null;
  outletId: string | null;
  outletHost: string | null;
  canonicalUrl: string | null;
  genre: string | null;
  authors: string[];
  versions: number;
  analysis: Analysis;
}

/** Articles chunk read at a time by `articlesOf`. */
const EXPORT_CHUNK = 200;

/** The current version of every article the filters select, in storing order: what exports read. */
export async function* articlesOf(store: CorpusStore, f: Filters = {}): AsyncGenerator<StoredArticle> {
  const w = await articleWhere(store, f);
  let after = 0;
  let left = f.limit ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const rows = await store.db.all<{ seq: number; id: string; url: string | null; title: string | null; published: string | null; language: string; outlet: string | null; outlet_id: string | null; host: string | null; canonical_url: string | null; genre: string | null; authors: string; versions: number; analysis: Buffer }>(
      `SELECT a.seq, a.id, a.url, a.title, a.published, a.language, o.name AS outlet, a.outlet_id, o.host, a.canonical_url, a.genre, a.authors, a.versions, v.analysis
       FROM articles a JOIN versions v ON v.id = a.current_version LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE a.seq > ? ${w.parts.length ? `AND ${w.parts.join(" AND ")}` : ""} ORDER BY a.seq LIMIT ?`,
      [after, ...w.params, Math.min(EXPORT_CHUNK, left)],
    );
    if (rows.length === 0) return;
    for (const r of rows) {
      yield {
        id: r.id, url: r.url, title: r.title, published: r.published, language: r.language, outlet: r.outlet, outletId: r.outlet_id, outletHost: r.host,
        canonicalUrl: r.canonical_url, genre: r.genre, authors: JSON.parse(r.authors) as string[], versions: Number(r.versions),
        analysis: JSON.parse(gunzipSync(r.analysis).toString("utf8")) as Analysis,
      };
    }
    left -= rows.length;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

