import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openStore, type CorpusStore } from "../../src/store/index.js";
import * as q from "../../src/store/query.js";
import { parseRobots } from "../../src/store/watch/robots.js";
import { Watcher, parseDuration, type WatchOptions } from "../../src/store/watch/index.js";
import { CLI, TEST_ANALYSER, dump } from "./helpers.js";
import { tempDir } from "./corpus.js";

/** What the local site serves; the test changes it between polls. */
interface Site {
  robots: string;
  feed: { etag: string; items: string[] };
  pages: Map<string, { etag: string | null; lastModified: string | null; html: string }>;
  hits: Map<string, number>;
  notModified: number;
}

function page(headline: string, quote: string, speaker: string): string {
  return `<!doctype html><html lang="de"><head><title>${headline}</title><meta property="og:site_name" content="Lokalbote"></head><body>
<article><h1>${headline}</h1>
<p>Die Stadt will den Hafen bis zum Sommer ausbauen. Der Rat stimmte am Montag mit großer Mehrheit dafür.</p>
<p>„${quote}“, sagte ${speaker} nach der Sitzung. Kritiker halten die Pläne dagegen für zu teuer.</p>
<p>Die Bauarbeiten sollen im Herbst beginnen, teilte die Verwaltung mit. Die Kosten liegen nach Angaben der Stadt bei vier Millionen Euro.</p>
</article></body></html>`;
}

function feedXml(base: string, items: readonly string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Lokalbote</title>${items
    .map((p) => `<item><title>${p}</title><link>${base}${p}</link><guid>${base}${p}</guid><description>Kurz: ${p}</description></item>`)
    .join("")}</channel></rss>`;
}

function serve(site: Site): Promise<{ server: Server; base: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "/";
    site.hits.set(path, (site.hits.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const conditional = (etag: string | null, lastModified: string | null): boolean => {
      const match = (etag !== null && req.headers["if-none-match"] === etag) || (lastModified !== null && req.headers["if-modified-since"] === lastModified);
      if (match) {
        site.notModified++;
        res.writeHead(304, { ...(etag ? { etag } : {}) }).end();
      }
      return match;
    };
    if (path === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end(site.robots);
    if (path === "/feed.xml") {
      if (conditional(site.feed.etag, null)) return;
      return void res.writeHead(200, { "content-type": "application/rss+xml", etag: site.feed.etag }).end(feedXml(base, site.feed.items));
    }
    const p = site.pages.get(path);
    if (!p) return void res.writeHead(404).end();
    if (conditional(p.etag, p.lastModified)) return;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(p.etag ? { etag: p.etag } : {}), ...(p.lastModified ? { "last-modified": p.lastModified } : {}) }).end(p.html);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** The one test-only door in the fetch guard: this listener's loopback address, named in code, never from input. */
const LOOPBACK_FOR_TESTS = (address: string) => address === "127.0.0.1";

describe("watch", () => {
  let site: Site;
  let server: Server;
  let base: string;
  let store: CorpusStore;
  let clock = 0;
  const options = (extra: Partial<WatchOptions> = {}): WatchOptions => ({
    fetch: { isAllowedAddress: LOOPBACK_FOR_TESTS, timeoutMs: 5000 },
    hostDelayMs: 0,
    analyserVersion: TEST_ANALYSER,
    now: () => `2024-07-01T00:00:${String(clock % 60).padStart(2, "0")}.000Z`,
    clock: () => (clock += 10),
    sleep: async () => {},
    ...extra,
  });

  before(async () => {
    site = {
      robots: "User-agent: *\nDisallow: /private/\n",
      feed: { etag: '"feed-1"', items: ["/news/a.html", "/news/b.html", "/private/c.html"] },
      pages: new Map([
        ["/news/a.html", { etag: '"a-1"', lastModified: null, html: page("Rat beschließt Hafenausbau", "Das ist ein guter Tag für die Stadt", "Bürgermeisterin Eva Lindner") }],
        ["/news/b.html", { etag: null, lastModified: "Mon, 01 Jul 2024 08:00:00 GMT", html: page("Hafenausbau: Kritik an Kosten", "Die Kosten laufen aus dem Ruder", "Kämmerer Paul Jansen") }],
        ["/private/c.html", { etag: null, lastModified: null, html: page("Geheim", "Nicht für Roboter", "Jemand Anders") }],
        ["/news/d.html", { etag: '"d-1"', lastModified: null, html: page("Hafen: Baubeginn steht fest", "Wir beginnen im September", "Bauleiter Tom Richter") }],
      ]),
      hits: new Map(),
      notModified: 0,
    };
    ({ server, base } = await serve(site));
    store = await openStore(join(tempDir(), "watch.db"));
  });
  after(async () => {
    await store.close();
    server.close();
  });

  it("stores a feed's new items once, a changed page as a new version, and nothing for a 304; robots.txt is obeyed", async () => {
    const watcher = new Watcher(store, [`${base}/feed.xml`], options());
    const first = await watcher.pollOnce();
    assert.equal(first["new-article"], 2);
    assert.equal(first["robots-disallowed"], 1);
    assert.equal(site.hits.get("/private/c.html"), undefined, "a page robots.txt disallows is never fetched");
    assert.equal((await store.counts())["articles"], 2);

    // Between polls: the feed gains an item, page a changes its headline and quote; b stays.
    site.feed = { etag: '"feed-2"', items: ["/news/d.html", ...site.feed.items] };
    site.pages.set("/news/a.html", { etag: '"a-2"', lastModified: null, html: page("Rat beschließt Hafenausbau – Opposition klagt", "Das ist ein guter Tag für den Hafen", "Bürgermeisterin Eva Lindner") });
    const second = await watcher.pollOnce();
    assert.equal(second["new-article"], 1, "d is new");
    assert.equal(second["new-version"], 1, "a changed");
    assert.equal(second["not-modified"], 1, "b answered 304");
    const a = await q.article(store, `${base}/news/a.html`);
    assert.equal(a.versions.length, 2);
    assert.equal(a.title, "Rat beschließt Hafenausbau – Opposition klagt");
    const contents = (await q.quotes(store, { speaker: "Lindner", limit: 100 })).map((x) => x.content);
    assert.ok(contents.some((c) => c.includes("für den Hafen")) && !contents.some((c) => c.includes("für die Stadt")), "queries see the current version");
    const old = await q.article(store, a.url!, { version: a.versions[0]!.id });
    assert.ok(old.analysis.text.includes("für die Stadt"), "the old version is kept");

    // Nothing changes: the feed answers 304 and nothing is written.
    const tables = async () => [await dump(store, "articles", "id"), await dump(store, "versions", "id", "id, last_seen"), await dump(store, "attributions", "id")];
    const before = await tables();
    const hitsBefore = site.hits.get("/feed.xml");
    const third = await watcher.pollOnce();
    assert.equal(third["not-modified"], 1);
    assert.equal(third["new-article"] + third["new-version"] + third.unchanged + third.known, 0);
    assert.equal(site.hits.get("/feed.xml"), hitsBefore! + 1);
    assert.deepEqual(await tables(), before);
    assert.equal((await store.counts())["articles"], 3);
  });

  it("refuses loopback without the test-only guard option: the server is never reached", async () => {
    const hits = [...site.hits.values()].reduce((n, x) => n + x, 0);
    const refused = await new Watcher(store, [`${base}/feed.xml`], { ...options(), fetch: {} }).pollOnce();
    assert.equal(refused.failed, 1);
    assert.equal([...site.hits.values()].reduce((n, x) => n + x, 0), hits);
  });

  it("stops its loop when the signal fires", async () => {
    const controller = new AbortController();
    let polls = 0;
    await new Watcher(store, [`${base}/feed.xml`], options({ signal: controller.signal, sleep: async () => controller.abort() })).run(1000, () => polls++);
    assert.equal(polls, 1);
  });

  it("stops the CLI cleanly on SIGTERM (exit 0), with the guard on", async () => {
    const db = join(tempDir(), "cli-watch.db");
    const hits = [...site.hits.values()].reduce((n, x) => n + x, 0);
    const child = spawn(CLI[0], [...CLI.slice(1), "watch", `${base}/feed.xml`, "--db", db, "--every", "1h"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
        if (/poll:/.test(stderr)) resolve();
      }),
    );
    child.kill("SIGTERM");
    assert.equal(await done, 0, stderr);
    assert.match(stderr, /E_FETCH_BLOCKED/);
    assert.equal([...site.hits.values()].reduce((n, x) => n + x, 0), hits, "the CLI cannot be pointed at loopback");
  });
});

describe("robots.txt and durations", () => {
  it("takes our group, else *, and the longest rule", () => {
    const r = parseRobots("User-agent: *\nDisallow: /\n\nUser-agent: quellenlage\nUser-agent: other\nDisallow: /private/\nAllow: /private/open$\nCrawl-delay: 3\n");
    assert.equal(r.allows("/news/1"), true);
    assert.equal(r.allows("/private/x"), false);
    assert.equal(r.allows("/private/open"), true);
    assert.equal(r.allows("/private/open/no"), false);
    assert.equal(r.crawlDelay, 3);
    const star = parseRobots("User-agent: *\nDisallow: /*.pdf$\n");
    assert.equal(star.allows("/a.pdf"), false);
    assert.equal(star.allows("/a.pdf?x"), true);
    assert.equal(parseRobots("").allows("/"), true);
  });
  it("reads durations", () => {
    assert.equal(parseDuration("15m"), 900_000);
    assert.equal(parseDuration("500ms"), 500);
    assert.throws(() => parseDuration("soon"), /E_USAGE|not a duration/);
  });
});
