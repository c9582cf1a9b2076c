import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { ingestHtml } from "../../src/ingest/html/index.js";
import { paragraphPoints } from "../../src/ingest/html/score.js";
import { withoutRawText } from "../../src/ingest/html/tree.js";
import { cleanTitle, dateFromUrl, parseLooseDate } from "../../src/ingest/html/metadata.js";
import type { Analysis, BlockKind } from "../../src/model/types.js";
import { assertValidAnalysis } from "../helpers/validate.js";

const PARAGRAPHS = [
  "Der Stadtrat hat am Montag beschlossen, die Alte Brücke für zwölf Millionen Euro zu sanieren, wie ein Sprecher der Verwaltung mitteilte.",
  "Die Arbeiten sollen im Frühjahr beginnen und rund achtzehn Monate dauern, sagte Baudezernentin Anna Muster am Dienstag in einer Pressekonferenz.",
  "Anwohner kritisierten die Pläne, weil während der Bauzeit nur eine Spur befahrbar bleibe, und forderten eine Umleitung für den Busverkehr.",
];

const PAGE = `<!doctype html><html lang="de"><head>
<title>Alte Brücke wird saniert | Stadtbote</title>
<meta property="og:site_name" content="Stadtbote">
<link rel="canonical" href="https://stadtbote.example/2024/06/14/bruecke">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Stadtbote"},
{"@type":"NewsArticle","headline":"Alte Brücke wird saniert","datePublished":"2024-06-14T08:00:00+02:00","author":[{"@type":"Person","name":"Max Muster"}]}]}</script>
</head><body>
<header class="site-header"><nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<header><div class="kicker">Verkehr</div><h1>Alte Brücke wird saniert</h1>
<p class="article-teaser">Zwölf Millionen Euro, achtzehn Monate: Die Stadt saniert ihre älteste Brücke.</p></header>
<figure><img src="b.jpg" alt="Die Brücke"><figcaption>Die Alte Brücke im Morgenlicht. Foto: dpa/Max Muster</figcaption></figure>
<div class="article-body">
<p>${PARAGRAPHS[0]}</p>
<p style="display:none">Versteckter Text, den niemand sieht.</p>
<div hidden><p>Auch dieser Absatz ist verborgen.</p></div>
<h2>Kritik der Anwohner</h2>
<p>${PARAGRAPHS[1]}</p>
<span aria-hidden="true">Dekoration</span>
<p>${PARAGRAPHS[2]}</p>
<div class="newsletter-box"><p>Jeden Morgen die wichtigsten Nachrichten aus der Stadt in Ihrem Postfach.</p></div>
<div class="related-articles"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Neue Radwege geplant</a></li><li><a href="/b">Busse fahren öfter</a></li></ul></div>
</div>
<div class="share-bar"><a href="#">Teilen</a><a href="#">Drucken</a></div>
</article>
<section class="comments"><h2>Kommentare</h2><div class="comment"><p>Das wurde auch Zeit, die Brücke ist seit Jahren marode und gefährlich.</p></div></section>
</main>
<aside class="sidebar"><h2>Meistgelesen</h2><ol><li><a href="/x">Ein ganz anderer Artikel über etwas anderes</a></li></ol></aside>
<footer><p>© 2024 Stadtbote. Alle Rechte vorbehalten.</p></footer>
</body></html>`;

function kinds(a: Analysis): Array<[BlockKind, string]> {
  return a.blocks.map((b) => [b.kind, b.text]);
}

describe("HTML extraction", () => {
  const a = analyze({ id: "page", html: PAGE, url: "https://stadtbote.example/2024/06/14/bruecke" }, { stages: ["structure", "sentences"] });

  it("produces a valid analysis", () => assertValidAnalysis(a));

  it("keeps the headline, kicker and teaser that Readability drops", () => {
    const k = kinds(a);
    assert.deepEqual(k[0], ["kicker", "Verkehr"]);
    assert.deepEqual(k[1], ["headline", "Alte Brücke wird saniert"]);
    assert.deepEqual(k[2], ["lead", "Zwölf Millionen Euro, achtzehn Monate: Die Stadt saniert ihre älteste Brücke."]);
  });

  it("keeps the caption and its credit apart", () => {
    assert.ok(a.blocks.some((b) => b.kind === "caption" && b.text === "Die Alte Brücke im Morgenlicht."));
    assert.ok(a.credits.some((c) => c.kind === "image" && c.agency === "dpa" && c.person === "Max Muster"));
  });

  it("reads the body with its subheading, in order", () => {
    const body = a.blocks.filter((b) => b.kind === "body" || b.kind === "subheading").map((b) => b.text);
    assert.deepEqual(body, [PARAGRAPHS[0], "Kritik der Anwohner", PARAGRAPHS[1], PARAGRAPHS[2]]);
  });

  it("never reads hidden text", () => {
    for (const hidden of ["Versteckter Text", "Auch dieser Absatz", "Dekoration"]) assert.ok(!a.text.includes(hidden), hidden);
  });

  it("sets promos, related boxes and comments apart and leaves out navigation, share bars, sidebars and the footer", () => {
    const kindOf = (start: string) => a.blocks.find((b) => b.text.startsWith(start))?.kind;
    assert.equal(kindOf("Jeden Morgen"), "promo");
    assert.equal(kindOf("Neue Radwege"), "related");
    assert.equal(kindOf("Das wurde auch Zeit"), "comment");
    for (const gone of ["Politik", "Teilen", "Meistgelesen", "Alle Rechte vorbehalten"]) assert.ok(!a.text.includes(gone), gone);
  });

  it("reads the metadata: JSON-LD in @graph, OpenGraph, canonical link, language", () => {
    assert.equal(a.meta.title, "Alte Brücke wird saniert");
    assert.equal(a.meta.published, "2024-06-14");
    assert.deepEqual(a.meta.authors, ["Max Muster"]);
    assert.equal(a.meta.outlet, "Stadtbote");
    assert.equal(a.meta.canonicalUrl, "https://stadtbote.example/2024/06/14/bruecke");
    assert.equal(a.meta.language, "de");
  });

  it("takes a date printed on a line of its own near the headline when the metadata gives none", () => {
    const body = PARAGRAPHS.map((t) => `<p>${t}</p>`).join("");
    const near = ingestHtml(`<html><body><h1>Menü</h1><ul><li><a href="/">Start</a></li></ul><article><h1>Alte Brücke wird saniert</h1><p>Ort Stadt Datum 28.01.2022</p>${body}</article></body></html>`);
    assert.equal(near.meta.published, "2022-01-28");
    // A date deep in the text is what the text is about, not when it was published.
    const far = ingestHtml(`<html><body><article><h1>Alte Brücke wird saniert</h1>${body}${body}${body}<p>28.01.2022</p></article></body></html>`);
    assert.equal(far.meta.published, null);
    // The metadata's date wins over a printed one.
    const both = ingestHtml(`<html><head><meta property="article:published_time" content="2024-06-14T08:00:00+02:00"></head><body><article><h1>Alte Brücke wird saniert</h1><p>Datum 28.01.2022</p>${body}</article></body></html>`);
    assert.equal(both.meta.published, "2024-06-14");
  });

  it("flattens markup nested beyond the limit instead of failing", () => {
    const deep = `<html><body>${"<div>".repeat(5000)}<p>${PARAGRAPHS[0]}</p>${"</div>".repeat(5000)}</body></html>`;
    const got = ingestHtml(deep);
    assert.ok(got.text.includes(PARAGRAPHS[0]!));
    assert.ok(got.diagnostics.some((d) => d.code === "W_HTML_TOO_DEEP"));
  });

  it("passes over a blog's own name in its first h1 for the post's h1", () => {
    const got = ingestHtml(
      `<html><head><title>Nach langer Zeit wieder am Deich | Ein Hundetagebuch</title><meta property="og:site_name" content="Ein Hundetagebuch"></head>` +
        `<body><header><h1>Ein Hundetagebuch</h1></header><article><h1>Nach langer Zeit wieder am Deich</h1><p>${PARAGRAPHS.join("</p><p>")}</p></article></body></html>`,
    );
    assert.equal(got.meta.title, "Nach langer Zeit wieder am Deich");
  });

  it("reads a JSON-LD headline without its character references and without the outlet's name", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "Oliven &#038; Kräuter &#8211; ein Rezept - Küchenblatt", publisher: { name: "Küchenblatt" } });
    const got = ingestHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body><article><p>${PARAGRAPHS.join("</p><p>")}</p></article></body></html>`);
    assert.equal(got.meta.title, "Oliven & Kräuter – ein Rezept");
  });

  it("falls back to the page title when there is no h1", () => {
    const got = ingestHtml(`<html><head><title>Ein langer Titel über die Stadt – Die Zeitung</title></head><body><p>${PARAGRAPHS.join("</p><p>")}</p></body></html>`);
    assert.equal(got.meta.title, "Ein langer Titel über die Stadt");
    assert.ok(got.text.startsWith("Ein langer Titel über die Stadt\n\n"));
  });
});

describe("HTML credits without a prefix", () => {
  const page = `<html><body><article><h1>Brücke gesperrt</h1>
<p>By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER | Special to the Ledger</p>
<p>${PARAGRAPHS[0]}</p>
<figure><img src="a.jpg"><figcaption><span>The old bridge at dawn.</span> <span class="credit">Sakib Ali/Getty Images</span></figcaption></figure>
<p>${PARAGRAPHS[1]}</p><p>Von Montag an gilt eine neue Regel für alle, die über die Brücke fahren wollen.</p></article></body></html>`;
  const a = analyze({ id: "credits", html: page }, { stages: ["structure"] });

  it("reads a byline as an article credit naming its authors", () => {
    assertValidAnalysis(a);
    const byline = a.credits.find((c) => c.kind === "article");
    assert.equal(byline?.person, "LISA MASCARO, MARY CLARE JALONICK, ERIC TUCKER");
    assert.equal(a.blocks.find((b) => b.text.startsWith("By LISA"))?.kind, "credit");
  });

  it("splits a byline at the locales' conjunctions", () => {
    const de = analyze({ id: "de", html: page.replace("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "Von Anna Muster sowie Jan Beispiel") }, { stages: ["structure"] });
    assert.equal(de.credits.find((c) => c.kind === "article")?.person, "Anna Muster, Jan Beispiel");
  });

  it("names the byline's people as the authors when the page's metadata names none", () => {
    assert.deepEqual(a.meta.authors, ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"]);
    const marked = analyze({ id: "marked", html: page.replace("<html>", `<html><head><meta name="author" content="Anna Muster"></head>`) }, { stages: ["structure"] });
    assert.deepEqual(marked.meta.authors, ["Anna Muster"]);
  });

  it("reads names and an agency alone as an image credit", () => {
    const image = a.credits.find((c) => c.kind === "image");
    assert.equal(image?.agency, "Getty Images");
    assert.equal(image?.person, "Sakib Ali");
  });

  it("leaves prose that starts like a byline alone", () => {
    assert.equal(a.blocks.find((b) => b.text.startsWith("Von Montag"))?.kind, "body");
  });
});

describe("finding the article", () => {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`).join("");

  it("climbs over a wrapper that adds only a date line, so the lead above it joins, and sets the date aside", () => {
    const page = `<html><body><nav><a href="/">Start</a></nav><article><div class="intro"><h2>Alte Brücke wird saniert</h2>
<p>Die Stadt saniert ihre älteste Brücke, und Anwohner müssen sich auf eine lange Bauzeit einstellen, sagte die Verwaltung.</p></div>
<div class="row"><div class="meta"><time datetime="2024-06-14">14.06.2024</time></div><div class="text">${body}${body}</div></div></article></body></html>`;
    const a = analyze({ id: "climb", html: page }, { stages: ["structure"] });
    assert.ok(a.blocks.some((b) => b.kind !== "boilerplate" && b.text.startsWith("Die Stadt saniert ihre älteste Brücke")));
    assert.equal(a.blocks.find((b) => b.text === "14.06.2024")?.kind, "boilerplate");
  });

  it("does not read a post's topic classes (category-…, tag-…) as furniture", () => {
    const comments = Array.from({ length: 8 }, () => `<div class="comment"><p>${PARAGRAPHS[2]}</p></div>`).join("");
    const page = `<html><body><article class="post category-empfehlung tag-related-news"><h1>Alte Brücke wird saniert</h1>${body}</article>
<section class="comments">${comments}</section></body></html>`;
    const a = analyze({ id: "taxonomy", html: page }, { stages: ["structure"] });
    assert.deepEqual(a.blocks.filter((b) => b.kind === "body").map((b) => b.text), PARAGRAPHS);
  });

  it("keeps author boxes named by two parts of a class token as bios, and leaves out hover cards inside paragraphs", () => {
    const page = `<html><body><article><h1>Alte Brücke wird saniert</h1>${body}
<p>Die Stadt plant außerdem neue Radwege, sagte <a href="/p/anna">Anna Muster</a><span class="rollover-people-block"><a href="/x">Andere Meldung über Anna Muster und die Stadt</a></span> am Montag.</p>
<div class="entry-author-bio-box"><p>Max Beispiel schreibt seit 2010 über die Stadt, ihre Brücken und ihre Straßen, und lebt mit zwei Katzen am Fluss.</p></div></article></body></html>`;
    const a = analyze({ id: "bio", html: page }, { stages: ["structure"] });
    assert.ok(!a.text.includes("Andere Meldung"));
    assert.ok(a.text.includes("Die Stadt plant außerdem neue Radwege, sagte Anna Muster am Montag."));
    assert.equal(a.blocks.find((b) => b.text.startsWith("Max Beispiel schreibt"))?.kind, "bio");
  });

  it("keeps a list that ends the article", () => {
    const page = `<html><body><article><h1>Alte Brücke wird saniert</h1>${body}<h3>Die Bauabschnitte</h3>
<ul><li>Nordrampe: Frühjahr</li><li>Mittelteil: Sommer</li><li>Südrampe: Herbst</li></ul></article></body></html>`;
    const a = analyze({ id: "list", html: page }, { stages: ["structure"] });
    assert.deepEqual(a.blocks.filter((b) => b.kind === "list").map((b) => b.text), ["Nordrampe: Frühjahr", "Mittelteil: Sommer", "Südrampe: Herbst"]);
  });

  it("leaves out ruby annotations (furigana above the characters)", () => {
    const page = `<html><body><article><h1>法律</h1><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を禁止する法律ができました。新しい法律では、親が子どもを叩くことは許されません。</p></article></body></html>`;
    const a = analyze({ id: "ruby", html: page }, { stages: ["structure"] });
    assert.ok(a.text.includes("子どもへの体罰を禁止する法律ができました。"), a.text);
  });

  it("reads repeated boxes with a heading and linked titles as teaser cards, but not boxes whose text links nowhere", () => {
    const review = (name: string, p: string) =>
      `<section class="review"><a href="/img/${name}.jpg"><img src="/img/${name}.jpg" alt=""></a><h3>${name}s Urteil</h3><p>${p}</p></section>`;
    const teaser = (title: string) => `<div class="card"><img src="/t.jpg" alt=""><h3><a href="/other">${title}</a></h3></div>`;
    const page = `<html><body><article><h1>Alte Brücke wird saniert</h1>${body}
<div class="reviews">${review("Anna", PARAGRAPHS[0]!)}${review("Max", PARAGRAPHS[1]!)}${review("Uta", PARAGRAPHS[2]!)}</div>
<div class="more">${teaser("Neue Radwege für die Innenstadt")}${teaser("Der Markt zieht um")}${teaser("Sommerfest am Fluss")}</div></article></body></html>`;
    const a = analyze({ id: "cards", html: page }, { stages: ["structure"] });
    assert.ok(a.blocks.filter((b) => b.text === PARAGRAPHS[0]).every((b) => b.kind === "body"), JSON.stringify(a.blocks));
    assert.equal(a.blocks.find((b) => b.text === "Der Markt zieht um")?.kind, "related");
  });

  it("keeps numbered items and printed addresses that are links, but not short link lines", () => {
    const page = `<html><body><article><h1>Alte Brücke wird saniert</h1><p>${PARAGRAPHS[0]}</p>
<p><a href="https://shop.example/a">1) Modell der Alten Brücke, Maßstab 1:200</a></p><p><a href="https://example.org/x">https://example.org/x</a></p>
<p>${PARAGRAPHS[1]}</p><p><a href="/politik">Politik</a> <a href="/stadt">Stadt</a></p><p>${PARAGRAPHS[2]}</p></article></body></html>`;
    const a = analyze({ id: "links", html: page }, { stages: ["structure"] });
    const kind = (t: string) => a.blocks.find((b) => b.text === t)?.kind;
    for (const kept of ["1) Modell der Alten Brücke, Maßstab 1:200", "https://example.org/x"]) assert.ok(["body", "subheading"].includes(kind(kept) ?? ""), kept);
    assert.equal(kind("Politik Stadt"), "boilerplate");
  });

  it("reads the text from JSON-LD articleBody when the page renders it with scripts", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "Alte Brücke wird saniert", articleBody: PARAGRAPHS.join("\n") });
    const page = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app"></div><h1>Alte Brücke wird saniert</h1><p>Bitte aktivieren Sie JavaScript.</p></body></html>`;
    const a = analyze({ id: "ld-body", html: page }, { stages: ["structure"] });
    assert.deepEqual(a.blocks.filter((b) => b.kind === "body").map((b) => b.text), PARAGRAPHS);
    assert.equal(a.blocks[0]?.kind, "headline");
    assert.ok(a.diagnostics.some((d) => d.code === "I_JSONLD_ARTICLE_BODY"));
  });

  it("reads the body that microdata names (itemprop=articleBody) even inside wrappers with layout classes such as a right rail", () => {
    const paras = PARAGRAPHS.map((p) => `<div class="body__paragraph">${p}</div>`).join("");
    const page = `<html><body><div class="page-right-rail layout"><h1>Alte Brücke wird saniert</h1><p class="byline">Von Anna Muster</p>
<div class="page-rail__body" itemprop="articleBody">${paras}</div><div class="page-rail__side"><a href="/a">Andere Meldung</a></div></div>
<div class="site-info">${"Der Stadtbote erscheint seit 1950 und berichtet über alles, was in der Stadt geschieht. ".repeat(8)}</div></body></html>`;
    const a = analyze({ id: "microdata", html: page }, { stages: ["structure"] });
    assert.deepEqual(a.blocks.filter((b) => b.kind === "body").map((b) => b.text), PARAGRAPHS);
    assert.equal(a.blocks[0]?.kind, "headline");
    assert.ok(!a.diagnostics.some((d) => d.code === "I_READABILITY_FALLBACK"));
  });

  it("finds an article written as a container's own text beside a title and pictures, next to a sidebar of links", () => {
    const archive = Array.from({ length: 120 }, (_, i) => `<li><a href="/archiv?m=${i}">Monat ${i} (12)</a></li>`).join("");
    const text = PARAGRAPHS.join(" ");
    const page = `<html><body><div class="row"><div class="col-3"><ul>${archive}</ul></div>
<div class="col-9"><p class="titel">Alte Brücke wird saniert</p><img src="/b.jpg" alt="">${text}<br><br></div></div>
<div class="bottom"><div>Stadtbote, Hauptstraße 1, 12345 Musterstadt, Telefon 01234 5678, Fax 01234 5679, Redaktion, Anzeigen, Vertrieb</div></div></body></html>`;
    const a = analyze({ id: "own-text", html: page }, { stages: ["structure"] });
    assert.ok(a.blocks.some((b) => b.kind === "body" && b.text === text), JSON.stringify(a.blocks));
    assert.ok(!a.diagnostics.some((d) => d.code === "I_READABILITY_FALLBACK"));
  });

  it("counts commas only up to prose density, so a list of names does not outscore the text", () => {
    assert.equal(paragraphPoints({ text: 400, link: 0, commas: 4 }), 1 + 4 + 3);
    assert.equal(paragraphPoints({ text: 2000, link: 0, commas: 120 }), 1 + 50 + 3);
    assert.equal(paragraphPoints({ text: 200, link: 100, commas: 2 }), (1 + 2 + 2) / 2);
  });
});

describe("HTML metadata helpers", () => {
  it("reads dates as pages print them", () => {
    assert.equal(parseLooseDate("30.04.2019"), "2019-04-30");
    assert.equal(parseLooseDate("30. April 2019"), "2019-04-30");
    assert.equal(parseLooseDate("April 30, 2019"), "2019-04-30");
    assert.equal(parseLooseDate("2019-04-30T10:00:00Z"), "2019-04-30");
    assert.equal(parseLooseDate("31.02.2019"), null);
    assert.equal(parseLooseDate("gestern"), null);
  });

  it("reads dates in URLs", () => {
    assert.equal(dateFromUrl("https://x.example/2019/04/30/slug"), "2019-04-30");
    assert.equal(dateFromUrl("https://x.example/news/slug-123"), null);
  });

  it("takes the site name off a title", () => {
    assert.equal(cleanTitle("Alte Brücke wird saniert | Stadtbote"), "Alte Brücke wird saniert");
    assert.equal(cleanTitle("Stadtbote - Alte Brücke wird saniert"), "Alte Brücke wird saniert");
    assert.equal(cleanTitle("Kurz"), "Kurz");
  });
});

describe("script and style contents cut before the parse", () => {
  it("empties scripts and styles, keeps JSON-LD, and skips over comments as the tokenizer does", () => {
    const html = `<head><SCRIPT type="text/javascript">var a = "<p>nein</p>";</SCRIPT><style media="x>y">p { color: red }</style>
<script type="application/ld+json">{"headline": "Brücke"}</script><!-- <script>kommentiert</script> --></head><body><p>Ja</p><script>1</script></body>`;
    assert.equal(
      withoutRawText(html),
      `<head><SCRIPT type="text/javascript"></SCRIPT><style media="x>y"></style>
<script type="application/ld+json">{"headline": "Brücke"}</script><!-- <script>kommentiert</script> --></head><body><p>Ja</p><script></script></body>`,
    );
  });

  it("leaves an unclosed script as it is", () => {
    assert.equal(withoutRawText("<p>Ja</p><script>var a = 1;"), "<p>Ja</p><script>var a = 1;");
  });
});
