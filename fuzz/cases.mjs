// Fuzz cases for `npm run fuzz` (fuzz/run.mjs): real-looking inputs of every kind the tool reads —
// plain text, HTML pages, JSONL lists, RSS/Atom feeds, WARC archives (also gzipped) — built from the
// bundled samples and from made-up articles (bench/long/texts.mjs), then mutated: truncation, byte
// flips, deep nesting, huge attributes and words, invalid UTF-8, NUL and control characters, mixed
// scripts and invisible characters, repeated and deleted stretches, splices of other inputs.
// Every case is a pure function of (seed, index): `--case N` rebuilds case N exactly.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { differentText, repeatedText } from "../bench/long/texts.mjs";
import { mulberry32 } from "../scripts/seeded-random.mjs";

/** mulberry32, seeded per case. */
export const prng = mulberry32;

const SAMPLES = new URL("../samples/", import.meta.url);
const sample = (name) => readFileSync(new URL(name, SAMPLES), "utf8");

/** Article texts: the samples and made-up ones (German and English). */
const ARTICLES = [
  sample("de-hafenstreik.txt"),
  sample("de-wasserstoff.txt"),
  sample("en-bridge-closure.txt"),
  repeatedText(1).trimEnd(),
  ...differentText(40_000, 3).split("\n\n\n"),
  ...differentText(40_000, 4).split(/\n\n(?=Streit in|\S+ delays decision)/),
].filter((a) => a.trim().length > 0);
const HTML_SAMPLE = sample("en-vaccine-trial.html");

const KINDS = ["text", "html", "jsonl", "feed", "warc"];
/** Share of the cases of each kind (text and HTML are what most users hand over). */
const KIND_WEIGHTS = [0.28, 0.3, 0.16, 0.13, 0.13];

const SCRIPTS = [
  "Путин заявил в понедельник, что переговоры продолжатся. ",
  "قال الوزير يوم الإثنين إن المحادثات ستستمر. ",
  "אמר השר ביום שני כי השיחות יימשכו. ",
  "习近平周一表示，谈判将继续进行。",
  "東京で会議が開かれた。",
  "सोमवार को मंत्री ने कहा कि बातचीत जारी रहेगी। ",
  "Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν. ",
  "😀🎉🔥👍🏽👨‍👩‍👧‍👦🇩🇪",
  "Z\u0301\u0300\u0302\u0303\u0304\u0305\u0306\u0307",
  "\u200b\u200c\u200d\u2060\ufeff\u00ad",
  "\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d",
  "\ud800 \udfff \udbff\udc00",
  "ﬁ ﬂ Ⅻ ① ＡＢＣ ｶﾀｶﾅ",
  "„‚»«›‹“”‘’\"'",
];
const MARKUP_TOKENS = ["<", ">", "</p>", "<p>", "<div>", "</div>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&#xD800;", "&#99999999;", "&nbsp;", "<script>", "</script>", "<style>", "<br>", '<a href="javascript:x">', "<h1>", "</h1>", "<figcaption>", "<meta charset=utf-16>", "<html lang=xx>", "<?xml ?>", "<!DOCTYPE x [<!ENTITY a 'aa'>]>"];
const INVALID_UTF8 = [[0xc0, 0x80], [0xff], [0xfe], [0x80], [0xbf, 0xbf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3, 0x28]];
const CONTROLS = [0, 1, 2, 7, 8, 11, 12, 14, 27, 31, 127];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function article(r) {
  return pick(r, ARTICLES);
}

function htmlPage(r) {
  if (r() < 0.15) return HTML_SAMPLE;
  const text = article(r);
  const [title, ...paras] = text.split(/\n+/).filter((l) => l.trim());
  const credit = paras.length && /^(Foto|Photo):/.test(paras.at(-1)) ? paras.pop() : null;
  const date = `20${int(r, 10, 25)}-0${int(r, 1, 9)}-1${int(r, 0, 9)}`;
  return [
    "<!doctype html>",
    `<html lang="${pick(r, ["de", "en", "de-DE", "fr"])}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(title ?? "")} | Beispielblatt</title>`,
    `<meta property="og:site_name" content="Beispielblatt"><meta property="article:published_time" content="${date}T08:00:00Z">`,
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title ?? "")},"datePublished":"${date}","author":{"@type":"Person","name":"Anna Muster"}}</script>`,
    "<style>p{color:red}</style><script>var x = '<p>nicht lesen</p>';</script>",
    "</head><body>",
    '<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>',
    '<article><p class="kicker">Region</p>',
    `<h1>${escapeHtml(title ?? "")}</h1>`,
    ...paras.map((p, i) => (i === 1 ? `<figure><img src="a.jpg"><figcaption>Ein Bild. ${escapeHtml(credit ?? "Foto: dpa")}</figcaption></figure><p>${escapeHtml(p)}</p>` : `<p>${escapeHtml(p)}</p>`)),
    '<aside class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/x">Anderes</a></li></ul></aside>',
    "</article><footer>© Beispielblatt</footer></body></html>",
  ].join("\n");
}

function feed(r) {
  const items = Array.from({ length: int(r, 1, 4) }, (_, i) => {
    const text = article(r);
    const [title, ...rest] = text.split(/\n+/);
    return { title: title ?? "", body: rest.map((p) => `<p>${escapeHtml(p)}</p>`).join(""), link: `https://news.example/${i}` };
  });
  if (r() < 0.5) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Nachrichten</title>\n${items
      .map((it) => `<item><title>${escapeHtml(it.title)}</title><link>${it.link}</link><pubDate>Tue, 30 Apr 2019 10:00:00 +0200</pubDate><description>Kurz.</description><content:encoded><![CDATA[${it.body}]]></content:encoded></item>`)
      .join("\n")}\n</channel></rss>`;
  }
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>\n${items
    .map((it) => `<entry><title>${escapeHtml(it.title)}</title><link rel="alternate" href="${it.link}"/><id>${it.link}</id><published>2024-06-14T08:00:00Z</published><content type="html">${escapeHtml(it.body)}</content></entry>`)
    .join("\n")}</feed>`;
}

function jsonl(r, pathsTo) {
  const lines = Array.from({ length: int(r, 1, 5) }, (_, i) => {
    const choice = r();
    const meta = r() < 0.5 ? { published: pick(r, ["2024-06-14", "2024-02-30", "gestern", "2024-06-14T10:00:00Z"]), language: pick(r, ["de", "en", "xx", null]) } : {};
    if (choice < 0.45) return JSON.stringify({ id: `t${i}`, text: article(r), ...meta });
    if (choice < 0.7) return JSON.stringify({ id: `h${i}`, html: htmlPage(r), url: "https://news.example/a", ...meta });
    if (choice < 0.85) return JSON.stringify({ id: `p${i}`, path: pick(r, pathsTo) });
    // Records with the wrong shape.
    return pick(r, [
      JSON.stringify({ text: "ohne id" }),
      JSON.stringify({ id: i, text: 42 }),
      JSON.stringify({ id: `x${i}`, text: "a", html: "<p>b</p>" }),
      JSON.stringify([1, 2, 3]),
      JSON.stringify({ id: `n${i}`, text: null, html: null, path: null }),
      JSON.stringify({ id: { nested: true }, text: "x" }),
      "{broken",
      '"just a string"',
      "null",
    ]);
  });
  return lines.join(r() < 0.2 ? "\r\n" : "\n") + (r() < 0.8 ? "\n" : "");
}

function warc(r) {
  const records = [
    "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:0>\r\nContent-Type: application/warc-fields\r\nContent-Length: 12\r\n\r\nsoftware: x\n",
  ];
  for (let i = 0; i < int(r, 1, 3); i++) {
    const body = Buffer.from(htmlPage(r));
    const gzipped = r() < 0.2;
    const payload = gzipped ? gzipSync(body) : body;
    const http = Buffer.concat([
      Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=${pick(r, ["utf-8", "iso-8859-1", "utf-16", "x-bogus"])}\r\n${gzipped ? "Content-Encoding: gzip\r\n" : ""}Content-Length: ${payload.length}\r\n\r\n`),
      payload,
    ]);
    records.push(
      Buffer.concat([
        Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/${i}\r\nWARC-Date: 2024-06-14T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:${i + 1}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`),
        http,
        Buffer.from("\r\n\r\n"),
      ]),
    );
  }
  return Buffer.concat(records.map((x) => (Buffer.isBuffer(x) ? x : Buffer.from(x))));
}

/** Share of the nesting, attribute and word mutations that go big (tens of thousands deep, megabytes long). */
const HUGE = 0.03;

// Mutations, on bytes. Each returns a new Buffer.
const MUTATIONS = {
  truncate: (r, b) => b.subarray(0, int(r, 0, b.length)),
  flipBytes: (r, b) => {
    const out = Buffer.from(b);
    for (let n = int(r, 1, 16); n > 0 && out.length; n--) out[int(r, 0, out.length - 1)] = int(r, 0, 255);
    return out;
  },
  invalidUtf8: (r, b) => insertAt(r, b, Buffer.from(pick(r, INVALID_UTF8))),
  nul: (r, b) => insertAt(r, b, Buffer.alloc(int(r, 1, 4), 0)),
  controls: (r, b) => insertAt(r, b, Buffer.from(Array.from({ length: int(r, 1, 20) }, () => pick(r, CONTROLS)))),
  mixedScripts: (r, b) => insertAt(r, b, Buffer.from(Array.from({ length: int(r, 1, 6) }, () => pick(r, SCRIPTS)).join(""))),
  markup: (r, b) => insertAt(r, b, Buffer.from(Array.from({ length: int(r, 1, 8) }, () => pick(r, MARKUP_TOKENS)).join(""))),
  nesting: (r, b) => {
    const [open, close] = pick(r, [["<div>", "</div>"], ["<b>", "</b>"], ["<span>", ""], ["„", "“"], ["(", ")"], ["[", "]"], ["<ul><li>", "</li></ul>"], ["<table><tr><td>", "</td></tr></table>"], ["<!--", ""]]);
    const depth = int(r, 10, r() < HUGE ? 60_000 : 2_000);
    const at = int(r, 0, b.length);
    const end = int(r, at, b.length);
    return Buffer.concat([b.subarray(0, at), Buffer.from(open.repeat(depth)), b.subarray(at, end), Buffer.from(close.repeat(depth)), b.subarray(end)]);
  },
  hugeAttribute: (r, b) => {
    const s = b.toString("latin1");
    const tag = s.indexOf("<p", int(r, 0, s.length));
    const size = r() < HUGE ? 2_000_000 : int(r, 1_000, 100_000);
    const attr = Buffer.from(` data-x="${pick(r, ["x", "&amp;", "\\\"", "<p>", "ä"]).repeat(Math.ceil(size / 5))}"`);
    const at = tag >= 0 ? tag + 2 : int(r, 0, b.length);
    return Buffer.concat([b.subarray(0, at), attr, b.subarray(at)]);
  },
  hugeWord: (r, b) => insertAt(r, b, Buffer.from(pick(r, ["x", "Ä", "-", ".", ",", "„", "1"]).repeat(int(r, 1_000, r() < HUGE ? 400_000 : 20_000)))),
  repeat: (r, b) => {
    const at = int(r, 0, b.length);
    const piece = b.subarray(at, Math.min(b.length, at + int(r, 1, 400)));
    return Buffer.concat([b.subarray(0, at), Buffer.concat(Array.from({ length: int(r, 2, 300) }, () => piece)), b.subarray(at)]);
  },
  delete: (r, b) => {
    const at = int(r, 0, b.length);
    return Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + int(r, 1, 500)))]);
  },
  splice: (r, b) => insertAt(r, b, Buffer.from(pick(r, [article(r), htmlPage(r), feed(r)]).slice(0, int(r, 1, 3000)))),
  newlines: (r, b) => {
    const s = b.toString("latin1");
    const to = pick(r, ["\r\n", "\n", "\r", "", "\n\n\n", "\u2028"]);
    return Buffer.from(s.replace(/\r?\n/g, () => (r() < 0.5 ? to : "\n")), "latin1");
  },
  utf16: (r, b) => {
    const s = b.toString("utf8");
    const le = Buffer.from(s, "utf16le");
    return r() < 0.5 ? le : le.swap16();
  },
  gzip: (r, b) => gzipSync(b),
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

function insertAt(r, b, piece) {
  const at = int(r, 0, b.length);
  return Buffer.concat([b.subarray(0, at), piece, b.subarray(at)]);
}

/** File extension of each kind, which tells the reader what it is. */
export const EXTENSION = { text: "txt", html: "html", jsonl: "jsonl", feed: "xml", warc: "warc" };
export { KINDS };

/**
 * Case `index` of the run with `seed`: its kind, the mutations applied and its bytes. JSONL cases may
 * name files by `path`: `pathsTo` lists the paths they may use (the runner writes those files).
 */
export function makeCase(seed, index, pathsTo) {
  const r = prng((seed * 1_000_003 + index * 7919) >>> 0);
  let x = r();
  let k = 0;
  while (k < KINDS.length - 1 && x >= KIND_WEIGHTS[k]) x -= KIND_WEIGHTS[k++];
  const kind = KINDS[k];
  const base =
    kind === "text" ? Buffer.from(article(r)) : kind === "html" ? Buffer.from(htmlPage(r)) : kind === "jsonl" ? Buffer.from(jsonl(r, pathsTo)) : kind === "feed" ? Buffer.from(feed(r)) : warc(r);
  // A tenth of the cases are left whole (the seeds themselves must pass); the others get 1 to 4 mutations.
  const count = r() < 0.1 ? 0 : int(r, 1, 4);
  const applied = [];
  let bytes = base;
  for (let i = 0; i < count; i++) {
    const name = pick(r, MUTATION_NAMES);
    // Compressing or re-encoding the whole input is the last step, if any.
    if ((name === "gzip" || name === "utf16") && i < count - 1) continue;
    bytes = MUTATIONS[name](r, bytes);
    applied.push(name);
  }
  return { index, kind, mutations: applied, bytes, gzipped: applied.at(-1) === "gzip" };
}
