/**
 * The CSV exports' columns: one row per article with Media Cloud's story columns (stories_id,
 * publish_date, title, url, language, ap_syndicated, themes, media_id, media_name, media_url) and ours
 * after them; one row per attribution with its speaker, type, cue, content, channel, time, hedges,
 * confidence, sentence and URL.
 */
import type { CsvValue } from "../../format/csv.js";
import type { Quote, StoredArticle } from "../query.js";

/** Agencies whose credit marks a story as syndicated wire copy (Media Cloud's ap_syndicated, widened to any agency). */
const articleColumns: Array<[string, (a: StoredArticle) => CsvValue]> = [
  ["stories_id", (a) => a.id],
  ["publish_date", (a) => a.published],
  ["title", (a) => a.title],
  ["url", (a) => a.url],
  ["language", (a) => a.language],
  ["ap_syndicated", (a) => a.analysis.credits.some((c) => c.kind === "article" && c.agency !== undefined)],
  ["themes", () => null],
  ["media_id", (a) => a.outletId],
  ["media_name", (a) => a.outlet],
  ["media_url", (a) => a.outletHost],
  ["canonical_url", (a) => a.canonicalUrl],
  ["authors", (a) => a.authors],
  ["genre", (a) => a.genre],
  ["versions", (a) => a.versions],
  ["attributions", (a) => a.analysis.attributions?.length ?? 0],
  ["editorial_sentences", (a) => a.analysis.sentences?.filter((s) => s.voice === "editorial").length ?? 0],
];

export const ARTICLE_CSV_HEADER = articleColumns.map(([h]) => h);
export const articleCsvValues = (a: StoredArticle): CsvValue[] => articleColumns.map(([, f]) => f(a));

const attributionColumns: Array<[string, (q: Quote) => CsvValue]> = [
  ["speaker", (q) => q.speaker],
  ["speaker_id", (q) => q.speakerId],
  ["speaker_name", (q) => q.speakerName],
  ["speaker_kind", (q) => q.speakerKind],
  ["role", (q) => q.role],
  ["type", (q) => q.type],
  ["cue", (q) => q.cue],
  ["content", (q) => q.content],
  ["channel", (q) => q.channel],
  ["statement_time", (q) => q.time],
  ["hedges", (q) => q.hedges],
  ["confidence", (q) => q.confidence],
  ["sentence", (q) => q.sentence],
  ["url", (q) => q.url],
  ["article_id", (q) => q.article],
  ["attribution_id", (q) => q.id],
  ["published", (q) => q.published],
  ["outlet", (q) => q.outlet],
];

export const ATTRIBUTION_CSV_HEADER = attributionColumns.map(([h]) => h);
export const attributionCsvValues = (q: Quote): CsvValue[] => attributionColumns.map(([, f]) => f(q));
