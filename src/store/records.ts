/**
 * An analysis as the rows a store keeps (pure: no I/O, no clock). The full analysis goes into the
 * version (gzipped JSON); the query tables get what a query filters or shows: blocks, sentences with
 * their voice, entities and mentions, attributions, times. Fields that other stages may add later
 * (`meta.genre`, `attribution.confidence`/`rule`, `entity.inArticle`) are read when there and stored as
 * null when not, so the schema does not change when they land.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { ArticleInput } from "../ingest/types.js";
import type { Analysis, Attribution, Entity } from "../model/types.js";
import { indexTerms } from "./fold.js";
import { articleId, attributionId, hostOf, normalizeUrl, outletId, sha256, speakerId, versionId } from "./ids.js";
import { keyWords, nameKey, surnameOf } from "./names.js";

/** Entity types that are one person or organisation across the corpus (speakers get ids). */
const CORPUS_ENTITY_TYPES: ReadonlySet<string> = new Set(["person", "organization", "media"]);
/** How the parts of a discontinuous content are joined in the content column. */
export const CONTENT_JOINER = " … ";
/** gzip level for analyses and sources: fast, about a sixth of the JSON's size. */
const GZIP_LEVEL = 6;

export interface ArticleRow {
  id: string;
  key: string;
  url: string | null;
  canonical_url: string | null;
  source_id: string | null;
  title: string | null;
  published: string | null;
  day: string;
  language: string;
  outlet_id: string | null;
  genre: string | null;
  authors: string;
}

export interface OutletRow {
  id: string;
  key: string;
  name: string;
  host: string | null;
}

export interface VersionRow {
  id: string;
  article_id: string;
  content_hash: string;
  source_hash: string;
  analyser_version: string;
  schema: string;
  title: string | null;
  published: string | null;
  analysis: Buffer;
  source: Buffer | null;
  source_meta: string;
  n_sentences: number;
  n_editorial: number;
  n_voiced: number;
  n_attributions: number;
  n_anonymous: number;
  terms: string;
}

export interface NameRow {
  key: string;
  name: string;
  kind: string;
  words: number;
  surname: string;
  own_id: string;
}

export type Row = Record<string, string | number | null | Buffer>;

/** Everything one version of an article puts into a store. */
export interface ArticleRecord {
  article: ArticleRow;
  outlet: OutletRow | null;
  version: VersionRow;
  blocks: Row[];
  sentences: Row[];
  entities: Row[];
  mentions: Row[];
  attributions: Row[];
  times: Row[];
  names: NameRow[];
}

/** What identifies the input itself (before analysis): the same hash means the same input was stored before. */
export function sourceHashOf(input: ArticleInput): string {
  const given = givenMeta(input);
  const content = input.text ?? input.html ?? input.bytes ?? "";
  return sha256(Buffer.concat([Buffer.from(JSON.stringify(given) + "\u0000"), typeof content === "string" ? Buffer.from(content) : Buffer.from(content)]));
}

/** The input without its content: what `reanalyze` needs besides the bytes. */
function givenMeta(input: ArticleInput): Record<string, unknown> {
  const kind = input.text !== undefined ? "text" : input.html !== undefined ? "html" : "bytes";
  return {
    kind,
    id: input.id ?? null,
    url: input.url ?? null,
    published: input.published ?? null,
    language: input.language ?? null,
    title: input.title ?? null,
    ...(input.bytes !== undefined ? { format: input.format ?? null, charset: input.charset ?? null } : {}),
  };
}

/** An input as the store keeps it: its given metadata (JSON) and its content, gzipped. */
export function serializeInput(input: ArticleInput): { meta: string; content: Buffer } {
  const content = input.text ?? input.html ?? input.bytes ?? "";
  return { meta: JSON.stringify(givenMeta(input)), content: gzipSync(typeof content === "string" ? Buffer.from(content) : content, { level: GZIP_LEVEL }) };
}

/** The stored source back as an input. */
export function inputOfSource(sourceMeta: string, source: Buffer | null): ArticleInput | null {
  if (!source) return null;
  const m = JSON.parse(sourceMeta) as Record<string, string | null>;
  const content = gunzipSync(source);
  const given = {
    ...(m["id"] ? { id: m["id"] } : {}),
    ...(m["url"] ? { url: m["url"] } : {}),
    ...(m["published"] ? { published: m["published"] } : {}),
    ...(m["language"] ? { language: m["language"] as "de" | "en" } : {}),
    ...(m["title"] ? { title: m["title"] } : {}),
  };
  if (m["kind"] === "text") return { ...given, text: content.toString("utf8") };
  if (m["kind"] === "html") return { ...given, html: content.toString("utf8") };
  return { ...given, bytes: new Uint8Array(content), ...(m["format"] ? { format: m["format"] as "html" | "text" } : {}), ...(m["charset"] ? { charset: m["charset"] } : {}) };
}

/** The key an article is known by: its URL, else its canonical URL, else the input's id. */
export function articleKeyOf(analysis: Analysis, input: ArticleInput): string {
  const url = input.url ?? analysis.meta.url ?? analysis.meta.canonicalUrl ?? null;
  return url ? normalizeUrl(url) : `id:${input.id ?? analysis.id}`;
}

/** A field other stages may add to an object, read without trusting its type. */
function optional<T extends "string" | "number">(obj: object, field: string, type: T): (T extends "string" ? string : number) | null {
  const v = (obj as Record<string, unknown>)[field];
  return typeof v === type ? (v as T extends "string" ? string : number) : null;
}

export interface RecordOptions {
  analyserVersion: string;
  /** Keep the input for `reanalyze` (default true). */
  keepSource?: boolean;
  /**
   * The input's content as `serializeInput` gzipped it (a queued job's), kept as it is: gzip at the same
   * level gives the same bytes, and compressing a web page again cost the queue's worker milliseconds a page.
   */
  gzippedSource?: Buffer;
}

/** The rows of one analysed input. */
export function toRecord(analysis: Analysis, input: ArticleInput, options: RecordOptions): ArticleRecord {
  const meta = analysis.meta;
  const key = articleKeyOf(analysis, input);
  const aid = articleId(key);
  const contentHash = sha256(`${meta.title ?? ""}\n${analysis.text}`);
  const vid = versionId(aid, contentHash);
  const url = input.url ?? meta.url ?? null;
  const host = hostOf(url ?? meta.canonicalUrl);
  const outletKey = host ?? (meta.outlet ? `name:${nameKey(meta.outlet)}` : null);
  const outlet: OutletRow | null = outletKey ? { id: outletId(outletKey), key: outletKey, name: meta.outlet ?? host ?? outletKey, host } : null;
  // Plain texts carry no title in their metadata: their headline block is it.
  const title = meta.title ?? analysis.blocks.find((b) => b.kind === "headline")?.text ?? null;
  const published = meta.published ?? null;
  // "" for an unknown date: it sorts last in a descending order in both databases, with no NULLS LAST.
  const day = published ? published.slice(0, 10) : "";

  const entities = analysis.entities ?? [];
  const entityById = new Map<string, Entity>(entities.map((e) => [e.id, e]));
  const names = new Map<string, NameRow>();
  const keyOfEntity = (e: Entity | undefined): string | null => {
    if (!e || !CORPUS_ENTITY_TYPES.has(e.type)) return null;
    const k = nameKey(e.name);
    if (!k) return null;
    if (!names.has(k)) names.set(k, { key: k, name: e.name, kind: e.type, words: keyWords(k), surname: e.type === "person" ? surnameOf(k) : "", own_id: speakerId(k) });
    return k;
  };

  const sentences = analysis.sentences ?? [];
  const hedgeText = new Map((analysis.hedges ?? []).map((h) => [h.id, h.text]));
  const attributions = (analysis.attributions ?? []).map((a: Attribution, idx: number): Row => {
    const entity = a.speaker?.entity ? entityById.get(a.speaker.entity) : undefined;
    const sentence = sentences[a.sentence];
    return {
      id: attributionId(vid, idx),
      version_id: vid,
      article_id: aid,
      idx,
      type: a.type,
      speaker_text: a.speaker?.text ?? null,
      speaker_kind: a.speaker?.kind ?? null,
      speaker_key: keyOfEntity(entity),
      speaker_role: entity?.roles[0]?.role ?? null,
      cue: a.cue.text,
      content: a.content.map((c) => c.text).join(CONTENT_JOINER),
      channel: a.channel?.kind ?? null,
      channel_with: a.channel?.with?.text ?? null,
      addressee: a.addressee?.text ?? null,
      time_value: a.time?.value ?? null,
      hedges: JSON.stringify(a.hedges.map((h) => hedgeText.get(h) ?? h)),
      confidence: optional(a, "confidence", "number"),
      rule: optional(a, "rule", "string"),
      sentence_idx: a.sentence,
      sentence_text: sentence?.text ?? null,
      start: a.cue.start,
      end: a.cue.end,
      day,
      outlet_id: outlet?.id ?? null,
      is_current: 1,
    };
  });
  const entityRows: Row[] = [];
  const mentionRows: Row[] = [];
  for (const e of entities) {
    const inArticle = (e as unknown as Record<string, unknown>)["inArticle"];
    entityRows.push({
      version_id: vid,
      id: e.id,
      type: e.type,
      name: e.name,
      key: nameKey(e.name),
      subtype: e.subtype ?? null,
      in_article: typeof inArticle === "boolean" ? (inArticle ? 1 : 0) : null,
      mentions: e.mentions.length,
    });
    keyOfEntity(e);
    e.mentions.forEach((m, idx) => mentionRows.push({ version_id: vid, entity_id: e.id, idx, start: m.start, end: m.end, form: m.form ?? null, text: m.text }));
  }
  const voiced = sentences.filter((s) => s.voice !== undefined && s.voice !== "boilerplate");
  const json = JSON.stringify(analysis);
  const given = givenMeta(input);
  const content = input.text ?? input.html ?? input.bytes;
  return {
    article: {
      id: aid,
      key,
      url,
      canonical_url: meta.canonicalUrl ?? null,
      source_id: input.id ?? analysis.id,
      title,
      published,
      day,
      language: meta.language,
      outlet_id: outlet?.id ?? null,
      genre: optional(meta, "genre", "string"),
      authors: JSON.stringify(meta.authors ?? []),
    },
    outlet,
    version: {
      id: vid,
      article_id: aid,
      content_hash: contentHash,
      source_hash: sourceHashOf(input),
      analyser_version: options.analyserVersion,
      schema: analysis.schema,
      title,
      published,
      analysis: gzipSync(json, { level: GZIP_LEVEL }),
      source:
        options.keepSource === false || content === undefined
          ? null
          : (options.gzippedSource ?? gzipSync(typeof content === "string" ? Buffer.from(content) : content, { level: GZIP_LEVEL })),
      source_meta: JSON.stringify(given),
      n_sentences: sentences.length,
      n_editorial: sentences.filter((s) => s.voice === "editorial").length,
      n_voiced: voiced.length,
      n_attributions: attributions.length,
      n_anonymous: attributions.filter((a) => a["speaker_kind"] === "anonymous").length,
      terms: indexTerms(`${meta.title ?? ""}\n${analysis.text}`, meta.language),
    },
    blocks: analysis.blocks.map((b, idx) => ({ version_id: vid, idx, kind: b.kind, start: b.start, end: b.end, language: b.language ?? null })),
    sentences: sentences.map((s, idx) => ({ version_id: vid, idx, block: s.block, start: s.start, end: s.end, voice: s.voice ?? null })),
    entities: entityRows,
    mentions: mentionRows,
    attributions,
    times: (analysis.times ?? []).map((t) => ({ version_id: vid, id: t.id, type: t.type, value: t.value, start: t.start, end: t.end, text: t.text, anchor: t.anchor ?? null, mod: t.mod ?? null })),
    // In key order: concurrent writers then take the names' locks in one order.
    names: [...names.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
  };
}
