/**
 * The SSRF suite: hostile URLs against a listener on 127.0.0.1 that counts every request it gets.
 * No test here reaches beyond loopback: the request function is wrapped so that a connection to any
 * other address is counted as a hit and never opened, and names resolve through an injected table.
 */
import assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { isQuellenlageError } from "../../src/model/errors.js";
import { fetchUrl, type FetchOptions, type RequestFunction, type Resolver } from "../../src/ingest/fetch/index.js";
import { isPublicAddress } from "../../src/ingest/fetch/address.js";

const LOOPBACK = new Set(["127.0.0.1", "127.0.0.2", "::1"]);
/** A stand-in for a public web server: 127.0.0.2, allowed only where a test says so. */
const FAKE_PUBLIC = "127.0.0.2";

let hits = 0;
let outsideAttempts = 0;
let target: http.Server;
let site: http.Server;
let targetPort = 0;
let sitePort = 0;

/** Opens requests to loopback only; any other destination is counted and refused. */
const loopbackOnly: RequestFunction = (url, options) => {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const check = (address: string) => {
    if (!LOOPBACK.has(address)) {
      outsideAttempts++;
      throw new Error(`test guard: a connection to ${address} was attempted`);
    }
  };
  if (/^[\d.]+$|:/.test(host)) check(host);
  else {
    const lookup = options.lookup as unknown as (h: string, o: object, cb: (e: Error | null, a: string) => void) => void;
    lookup(host, {}, (_e, address) => check(address));
  }
  return http.request(url, options);
};

const NAMES: Record<string, string[]> = {
  "evil.test.example": ["127.0.0.1"],
  "metadata.test.example": ["169.254.169.254"],
  "rebind.test.example": ["93.184.216.34", "127.0.0.1"],
  "private.test.example": ["10.1.2.3"],
  "v6loop.test.example": ["::1"],
  "mapped.test.example": ["::ffff:127.0.0.1"],
  "site.test.example": [FAKE_PUBLIC],
};
const resolver: Resolver = async (hostname) => {
  const list = NAMES[hostname];
  if (!list) throw new Error(`ENOTFOUND ${hostname}`);
  return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

const guarded: FetchOptions = { resolver, request: loopbackOnly, timeoutMs: 2000 };
/** Options under which FAKE_PUBLIC counts as public: the "internet" of these tests. */
const withFakePublic: FetchOptions = { ...guarded, isAllowedAddress: (a) => a === FAKE_PUBLIC || isPublicAddress(a) };

before(async () => {
  target = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200, { "content-type": "text/html" }).end("<p>secret</p>");
  });
  await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
  targetPort = (target.address() as AddressInfo).port;
  site = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path.startsWith("/redirect?to=")) {
      res.writeHead(302, { location: decodeURIComponent(path.slice("/redirect?to=".length)) }).end();
    } else if (path === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(Buffer.from("<p>Grüße aus München</p>", "latin1"));
    } else if (path === "/gzip") {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync("<p>komprimiert</p>"));
    } else if (path === "/bomb") {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(10 * 1024 * 1024)));
    } else if (path === "/image") {
      res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(10));
    } else if (path === "/large") {
      res.writeHead(200, { "content-type": "text/html" }).end(Buffer.alloc(3000, 0x61));
    } else if (path === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>");
    } else if (path === "/loop") {
      res.writeHead(302, { location: "/loop" }).end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => site.listen(0, FAKE_PUBLIC, r));
  sitePort = (site.address() as AddressInfo).port;
});

after(() => {
  target.closeAllConnections();
  site.closeAllConnections();
  target.close();
  site.close();
});

/** Hostile URLs: each must be refused with a typed error, and the listener must see none of them. */
const hostile = (): Array<[string, string]> => {
  const p = targetPort;
  return [
    [`http://127.0.0.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://127.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://0x7f.0.0.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://0177.0.0.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://2130706433:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[::1]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[::ffff:7f00:1]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[::ffff:127.0.0.1]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[0:0:0:0:0:ffff:7f00:1]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[::]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[::127.0.0.1]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://A.com@127.0.0.1:${p}/`, "E_FETCH_URL"],
    [`http://user:pass@evil.test.example:${p}/`, "E_FETCH_URL"],
    [`http://0.0.0.0:${p}/`, "E_FETCH_BLOCKED"],
    [`http://0:${p}/`, "E_FETCH_BLOCKED"],
    [`http://localhost:${p}/`, "E_FETCH_BLOCKED"],
    [`http://LOCALHOST.:${p}/`, "E_FETCH_BLOCKED"],
    [`http://foo.localhost:${p}/`, "E_FETCH_BLOCKED"],
    [`http://169.254.169.254:${p}/latest/meta-data/`, "E_FETCH_BLOCKED"],
    [`http://[fd00:ec2::254]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://10.0.0.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://172.16.0.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://192.168.1.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://100.64.0.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[fe80::1]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[64:ff9b::7f00:1]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://[2002:7f00:1::]:${p}/`, "E_FETCH_BLOCKED"],
    [`http://224.0.0.1:${p}/`, "E_FETCH_BLOCKED"],
    [`http://255.255.255.255:${p}/`, "E_FETCH_BLOCKED"],
    [`http://evil.test.example:${p}/`, "E_FETCH_BLOCKED"],
    [`http://metadata.test.example:${p}/`, "E_FETCH_BLOCKED"],
    [`http://rebind.test.example:${p}/`, "E_FETCH_BLOCKED"],
    [`http://private.test.example:${p}/`, "E_FETCH_BLOCKED"],
    [`http://v6loop.test.example:${p}/`, "E_FETCH_BLOCKED"],
    [`http://mapped.test.example:${p}/`, "E_FETCH_BLOCKED"],
    [`http://intranet:${p}/`, "E_FETCH_BLOCKED"],
    [`file:///etc/passwd`, "E_FETCH_URL"],
    [`ftp://evil.test.example/`, "E_FETCH_URL"],
    [`gopher://127.0.0.1:${p}/_GET`, "E_FETCH_URL"],
    [`javascript:alert(1)`, "E_FETCH_URL"],
    [`not a url`, "E_FETCH_URL"],
  ];
};

describe("fetch: SSRF guard", () => {
  it("refuses every hostile URL with a typed error, and the listener on 127.0.0.1 sees none", async () => {
    const cases = hostile();
    assert.ok(cases.length >= 20);
    for (const [url, code] of cases) {
      await assert.rejects(
        fetchUrl(url, guarded),
        (err: unknown) => isQuellenlageError(err) && err.code === code,
        `${url} should be refused with ${code}`,
      );
    }
    assert.equal(hits, 0, "the listener was reached");
    assert.equal(outsideAttempts, 0, "a connection beyond loopback was attempted");
  });

  it("re-checks every redirect: a public page redirecting to loopback is refused, the target sees nothing", async () => {
    const targets = [
      `http://127.0.0.1:${targetPort}/`,
      `http://localhost:${targetPort}/`,
      `http://[::1]:${targetPort}/`,
      `http://evil.test.example:${targetPort}/`,
      `http://169.254.169.254/latest/meta-data/`,
    ];
    for (const to of targets) {
      const url = `http://site.test.example:${sitePort}/redirect?to=${encodeURIComponent(to)}`;
      await assert.rejects(fetchUrl(url, withFakePublic), (err: unknown) => isQuellenlageError(err) && err.code === "E_FETCH_BLOCKED", to);
    }
    assert.equal(hits, 0);
    assert.equal(outsideAttempts, 0);
  });

  it("fetches a page from an allowed address, with its charset, through a redirect", async () => {
    const url = `http://site.test.example:${sitePort}/redirect?to=${encodeURIComponent("/page")}`;
    const got = await fetchUrl(url, withFakePublic);
    assert.equal(got.status, 200);
    assert.equal(got.charset, "windows-1252");
    assert.equal(got.url, `http://site.test.example:${sitePort}/page`);
    assert.deepEqual(got.redirects, [`http://site.test.example:${sitePort}/page`]);
    assert.equal(Buffer.from(got.bytes).toString("latin1"), "<p>Grüße aus München</p>");
  });

  it("undoes gzip content encoding, and refuses a gzip bomb (10 MB of zeros)", async () => {
    const got = await fetchUrl(`http://site.test.example:${sitePort}/gzip`, withFakePublic);
    assert.equal(Buffer.from(got.bytes).toString("utf8"), "<p>komprimiert</p>");
    await assert.rejects(fetchUrl(`http://site.test.example:${sitePort}/bomb`, withFakePublic), (err: unknown) => isQuellenlageError(err) && err.code === "E_TOO_LARGE");
  });

  it("refuses other content types, oversized answers, slow answers and redirect loops", async () => {
    const base = `http://site.test.example:${sitePort}`;
    const code = (c: string) => (err: unknown) => isQuellenlageError(err) && err.code === c;
    await assert.rejects(fetchUrl(`${base}/image`, withFakePublic), code("E_FETCH_TYPE"));
    await assert.rejects(fetchUrl(`${base}/large`, { ...withFakePublic, maxBytes: 1000 }), code("E_TOO_LARGE"));
    await assert.rejects(fetchUrl(`${base}/slow`, { ...withFakePublic, timeoutMs: 200 }), code("E_FETCH_TIMEOUT"));
    await assert.rejects(fetchUrl(`${base}/loop`, withFakePublic), code("E_FETCH_REDIRECTS"));
    await assert.rejects(fetchUrl(`${base}/missing`, withFakePublic), code("E_FETCH_STATUS"));
  });
});

describe("fetch: public addresses", () => {
  it("tells public unicast from everything else", () => {
    for (const a of ["8.8.8.8", "1.1.1.1", "2a00:1450:4001::1", "::ffff:8.8.8.8"]) assert.equal(isPublicAddress(a), true, a);
    for (const a of ["127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "::", "fc00::1", "fe80::1", "::ffff:10.0.0.1", "2001:db8::1", "not-an-ip", "192.0.2.1", "198.18.0.1"]) {
      assert.equal(isPublicAddress(a), false, a);
    }
  });
});
