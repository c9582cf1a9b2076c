/**
 * `watch`: polls feeds and pages into a store. Each URL is fetched under the address guard of
 * src/ingest/fetch with a conditional request (the ETag and Last-Modified of the last answer), so an
 * unchanged feed or page costs a 304 and stores nothing; a feed's items are followed to their pages
 * (each conditional too); a page whose content changed becomes a new version of its article. Per host,
 * robots.txt is obeyed and requests are spaced by a delay (the longer of ours and the site's
 * Crawl-delay). Every wait can be interrupted: a stop signal ends the poll after the article in hand.
 */
import { analyze, type AnalyzeOptions } from "../../analyze.js";
import { decodeBytes } from "../../ingest/decode.js";
import { looksLikeFeed, parseFeed } from "../../ingest/feed.js";
import { fetchUrl, type FetchOptions, type Fetched } from "../../ingest/fetch/index.js";
import type { ArticleInput } from "../../ingest/types.js";
import { QuellenlageError, toQuellenlageError } from "../../model/errors.js";
import { sourceHashOf, toRecord } from "../records.js";
import type { CorpusStore, PutOutcome } from "../store.js";
import { ALLOW_ALL, parseRobots, type Robots } from "./robots.js";
import { DEFAULT_HOST_DELAY_MS } from "../constants.js";

/** Content types that make a fetched URL a feed. */
const FEED_TYPE = /(?:rss|atom|rdf)\+xml|\/xml/i;
const TEXT_TYPE = /text\/plain/i;
/** How long a host's robots.txt is trusted before it is read again. */
const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
const MS_PER_SECOND = 1000;
const SNIFF_BYTES = 2048;

export type WatchOutcome = PutOutcome | "known" | "not-modified" | "robots-disallowed" | "failed";

export interface WatchEvent {
  url: string;
  outcome: WatchOutcome;
  article?: string;
  error?: QuellenlageError;
}

export interface WatchOptions {
  /** The fetch guard's options; only tests change `isAllowedAddress` and `resolver` (see docs/store.md). */
  fetch?: FetchOptions;
  /** The least time between two requests to one host. */
  hostDelayMs?: number;
  /** Fetch each feed item's page (default) rather than storing what the feed carries. */
  followLinks?: boolean;
  analyze?: AnalyzeOptions;
  analyserVersion: string;
  /** Now as an ISO 8601 string, and as milliseconds (the caller's clock). */
  now: () => string;
  clock: () => number;
  /** Waits; resolves early when the signal stops the watch. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  onEvent?: (event: WatchEvent) => void;
}

export type PollSummary = Record<WatchOutcome, number>;

const emptyPoll = (): PollSummary => ({ "new-article": 0, "new-version": 0, "current-again": 0, unchanged: 0, known: 0, "not-modified": 0, "robots-disallowed": 0, failed: 0 });

/** A string of a number and a unit ("15m", "30s", "2h", "1d", "500ms") as milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) throw new QuellenlageError("E_USAGE", `"${text}" is not a duration (e.g. 30s, 15m, 2h, 1d)`);
  const unit: Record<string, number> = { ms: 1, s: MS_PER_SECOND, m: 60 * MS_PER_SECOND, h: 3600 * MS_PER_SECOND, d: 86400 * MS_PER_SECOND };
  return Number(m[1]) * unit[m[2]!]!;
}

export class Watcher {
  private readonly robots = new Map<string, { robots: Robots; until: number }>();
  private readonly lastRequest = new Map<string, number>();

  constructor(
    private readonly store: CorpusStore,
    private readonly urls: readonly string[],
    private readonly options: WatchOptions,
  ) {}

  private get stopped(): boolean {
    return this.options.signal?.aborted ?? false;
  }

  /** Polls until stopped, one poll every `everyMs` (counted from each poll's start). */
  async run(everyMs: number, onPoll?: (summary: PollSummary) => void): Promise<void> {
    while (!this.stopped) {
      const started = this.options.clock();
      onPoll?.(await this.pollOnce());
      const wait = started + everyMs - this.options.clock();
      if (wait > 0 && !this.stopped) await this.options.sleep(wait, this.options.signal);
    }
  }

  /** One poll of every URL. */
  async pollOnce(): Promise<PollSummary> {
    const summary = emptyPoll();
    const emit = (event: WatchEvent) => {
      summary[event.outcome]++;
      this.options.onEvent?.(event);
    };
    for (const url of this.urls) {
      if (this.stopped) break;
      await this.visit(url, emit, true);
    }
    return summary;
  }

  private async visit(url: string, emit: (e: WatchEvent) => void, followFeeds: boolean): Promise<void> {
    let fetched: Fetched | null;
    try {
      fetched = await this.politeFetch(url);
    } catch (err) {
      emit({ url, outcome: "failed", error: toQuellenlageError(err, url) });
      return;
    }
    if (fetched === null) {
      emit({ url, outcome: "robots-disallowed" });
      return;
    }
    if (fetched.notModified) {
      emit({ url, outcome: "not-modified" });
      return;
    }
    const head = Buffer.from(fetched.bytes.subarray(0, SNIFF_BYTES)).toString("latin1");
    if (followFeeds && (FEED_TYPE.test(fetched.contentType) || looksLikeFeed(head))) {
      let items;
      try {
        items = parseFeed(decodeBytes(fetched.bytes, { declared: fetched.charset, html: true, input: url }).text).items;
      } catch (err) {
        emit({ url, outcome: "failed", error: toQuellenlageError(err, url) });
        return;
      }
      for (const item of items) {
        if (this.stopped) return;
        if (this.options.followLinks !== false && item.url && /^https?:\/\//i.test(item.url)) {
          await this.visit(new URL(item.url, fetched.url).href, emit, false);
        } else {
          const input: ArticleInput = { id: item.id, html: item.html, ...(item.url ? { url: item.url } : {}), ...(item.title ? { title: item.title } : {}), ...(item.published ? { published: item.published } : {}) };
          emit(await this.store1(input));
        }
      }
      // Remembered only now: a watch stopped among the items reads the feed again next time.
      if (!this.stopped) await this.remember(url, fetched);
      return;
    }
    const input: ArticleInput = { id: url, url: fetched.url, bytes: fetched.bytes, format: TEXT_TYPE.test(fetched.contentType) ? "text" : "html", charset: fetched.charset };
    const event = await this.store1(input);
    emit({ ...event, url });
    if (event.outcome !== "failed") await this.remember(url, fetched);
  }

  private async remember(url: string, fetched: Fetched): Promise<void> {
    await this.store.saveFetchState(url, { etag: fetched.etag ?? null, lastModified: fetched.lastModified ?? null, status: fetched.status }, this.options.now());
  }

  /** Analyses and stores one article (a page, or a feed item's content). */
  private async store1(input: ArticleInput): Promise<WatchEvent> {
    const url = input.url ?? input.id ?? "";
    try {
      const hash = sourceHashOf(input);
      if (await this.store.hasSource(hash)) {
        await this.store.touchSource(hash, this.options.now());
        return { url, outcome: "known" };
      }
      const analysis = analyze(input, this.options.analyze ?? {});
      const record = toRecord(analysis, input, { analyserVersion: this.options.analyserVersion });
      const outcome = await this.store.put(record, this.options.now());
      return { url, outcome, article: record.article.id };
    } catch (err) {
      return { url, outcome: "failed", error: toQuellenlageError(err, url) };
    }
  }

  /** A conditional fetch after robots.txt and the host's delay; null when robots.txt disallows the URL. */
  private async politeFetch(url: string): Promise<Fetched | null> {
    const parsed = new URL(url);
    const robots = await this.robotsOf(parsed);
    if (!robots.allows(parsed.pathname + parsed.search)) return null;
    await this.waitForHost(parsed.host, robots);
    const state = await this.store.fetchState(url);
    return fetchUrl(url, { ...this.options.fetch, ...(state ? { conditional: { etag: state.etag, lastModified: state.last_modified } } : {}) });
  }

  private async waitForHost(host: string, robots: Robots): Promise<void> {
    const delay = Math.max(this.options.hostDelayMs ?? DEFAULT_HOST_DELAY_MS, (robots.crawlDelay ?? 0) * MS_PER_SECOND);
    const last = this.lastRequest.get(host);
    if (last !== undefined) {
      const wait = last + delay - this.options.clock();
      if (wait > 0) await this.options.sleep(wait, this.options.signal);
    }
    this.lastRequest.set(host, this.options.clock());
  }

  private async robotsOf(url: URL): Promise<Robots> {
    const cached = this.robots.get(url.origin);
    if (cached && cached.until > this.options.clock()) return cached.robots;
    let robots = ALLOW_ALL;
    try {
      await this.waitForHost(url.host, ALLOW_ALL);
      const fetched = await fetchUrl(`${url.origin}/robots.txt`, { ...this.options.fetch, accept: new Set(["text/plain"]) });
      robots = parseRobots(Buffer.from(fetched.bytes).toString("utf8"));
    } catch (err) {
      // No robots.txt (404) or none that is text allows all; a server refusing it (401/403) forbids all, as RFC 9309 says.
      if (err instanceof QuellenlageError && err.code === "E_FETCH_STATUS" && /\b(401|403)\b/.test(err.message)) robots = { crawlDelay: null, allows: () => false };
      else if (err instanceof QuellenlageError && err.code === "E_FETCH_BLOCKED") throw err;
    }
    this.robots.set(url.origin, { robots, until: this.options.clock() + ROBOTS_TTL_MS });
    return robots;
  }
}
