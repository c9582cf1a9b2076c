/** The columns the corpus commands print in a table and in CSV (JSON gives the whole records). */
import type { Column } from "../format/table.js";
import type * as q from "../store/query.js";

const articles: Column<q.ArticleHit>[] = [
  { header: "id", value: (r) => r.id },
  { header: "published", value: (r) => r.published },
  { header: "outlet", value: (r) => r.outlet },
  { header: "title", value: (r) => r.title },
  { header: "url", value: (r) => r.url },
  { header: "language", value: (r) => r.language },
];

const quotes: Column<q.Quote>[] = [
  { header: "published", value: (r) => r.published },
  { header: "outlet", value: (r) => r.outlet },
  { header: "speaker", value: (r) => r.speakerName ?? r.speaker },
  { header: "speaker_id", value: (r) => r.speakerId },
  { header: "type", value: (r) => r.type },
  { header: "cue", value: (r) => r.cue },
  { header: "content", value: (r) => r.content },
  { header: "channel", value: (r) => r.channel },
  { header: "time", value: (r) => r.time },
  { header: "hedges", value: (r) => r.hedges },
  { header: "id", value: (r) => r.id },
  { header: "url", value: (r) => r.url },
];

const speakers: Column<q.SpeakerRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "name", value: (r) => r.name },
  { header: "kind", value: (r) => r.kind },
  { header: "quotes", value: (r) => r.quotes },
  { header: "articles", value: (r) => r.articles },
  { header: "outlets", value: (r) => r.outlets },
  { header: "first", value: (r) => r.first },
  { header: "last", value: (r) => r.last },
  { header: "names", value: (r) => r.names },
];

const outlets: Column<q.OutletRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "name", value: (r) => r.name },
  { header: "host", value: (r) => r.host },
  { header: "articles", value: (r) => r.articles },
  { header: "attributions", value: (r) => r.attributions },
  { header: "first", value: (r) => r.first },
  { header: "last", value: (r) => r.last },
];

const timeline: Column<q.TimelinePoint>[] = [
  { header: "date", value: (r) => r.date },
  { header: "articles", value: (r) => r.articles },
  { header: "mentions", value: (r) => r.mentions },
  { header: "quotes", value: (r) => r.quotes },
];

const versions: Column<q.VersionInfo>[] = [
  { header: "version", value: (r) => r.seq },
  { header: "id", value: (r) => r.id },
  { header: "title", value: (r) => r.title },
  { header: "first_seen", value: (r) => r.firstSeen },
  { header: "last_seen", value: (r) => r.lastSeen },
  { header: "attributions", value: (r) => r.attributions },
  { header: "analyser", value: (r) => r.analyserVersion },
];

const stats: Column<q.OutletStats>[] = [
  { header: "outlet", value: (r) => r.outlet },
  { header: "articles", value: (r) => r.articles },
  { header: "attributions", value: (r) => r.attributions },
  { header: "anonymous_share", value: (r) => r.anonymousShare },
  { header: "editorial_share", value: (r) => r.editorialShare },
];

export const COLUMNS = { articles, quotes, speakers, outlets, timeline, versions, stats };
