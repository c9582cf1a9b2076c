import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractMetadata, type PageMeta } from "../../src/ingest/html/metadata.js";
import { parseTree } from "../../src/ingest/html/tree.js";

/** The metadata of a small page: `head` goes into <head>, `body` into <body>. */
function metaOf(head: string, body: string, url: string | null = null): PageMeta {
  const page = parseTree(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`);
  return extractMetadata(page.head, page.root, url);
}

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe("HTML metadata: authors", () => {
  it("returns every name of a byline that lists several", () => {
    assert.deepEqual(metaOf("", `<article><span class="byline">Von Anna Muster und Max Beispiel</span><p>Text</p></article>`).authors, ["Anna Muster", "Max Beispiel"]);
    assert.deepEqual(metaOf(`<meta name="author" content="Jane Doe, John Roe">`, "").authors, ["Jane Doe", "John Roe"]);
    assert.deepEqual(metaOf(`<meta name="author" content="Jane Doe and John Roe">`, "").authors, ["Jane Doe", "John Roe"]);
    assert.deepEqual(metaOf(`<meta name="author" content="'Jane Doe; John Roe'">`, "").authors, ["Jane Doe", "John Roe"]);
  });

  it("keeps a name with its date or role behind a comma as one name", () => {
    assert.deepEqual(metaOf("", `<span class="author">Anna Muster, 01.12.2021</span>`).authors, ["Anna Muster"]);
    assert.deepEqual(metaOf("", `<span class="author">Anna Muster, Berlin</span>`).authors, ["Anna Muster"]);
  });

  it("strips date-line labels and byline prefixes of the locales and of other languages", () => {
    assert.deepEqual(metaOf("", `<span class="author">Posted by Jane Doe at 18:52</span>`).authors, ["Jane Doe"]);
    assert.deepEqual(metaOf("", `<span class="author">Par Jeanne Dupont</span>`).authors, ["Jeanne Dupont"]);
    assert.deepEqual(metaOf("", `<p class="autor-y-fecha">por Juana Pérez 4 mayo, 2022</p>`).authors, ["Juana Pérez"]);
  });

  it("reads no author out of a description, and strips gender-inclusive prefixes", () => {
    assert.deepEqual(metaOf(`<meta name="author" content="Departement für Wirtschaft, Bildung und Forschung">`, "").authors, []);
    assert.deepEqual(metaOf("", `<span itemprop="author">Autor/in: Anna Muster</span>`).authors, ["Anna Muster"]);
    assert.deepEqual(metaOf(`<meta name="author" content="Anna Muster, freie Autorin">`, "").authors, ["Anna Muster"]);
  });

  it("passes over a marked element that holds only a date-line label", () => {
    const body = `<span class="meta-prep meta-prep-author">Veröffentlicht am</span> <span class="entry-date">13. März 2019</span> <span class="by-author">von Anna Muster</span>`;
    assert.deepEqual(metaOf("", body).authors, ["Anna Muster"]);
  });

  it("never returns the outlet as an author, and then reads the byline", () => {
    const head = `<meta property="og:site_name" content="Stadtbote"><meta name="author" content="Stadtbote">`;
    assert.deepEqual(metaOf(head, `<div class="byline">Von Anna Muster</div>`).authors, ["Anna Muster"]);
    const graph = ld({ "@type": "NewsArticle", headline: "Brücke", author: { "@type": "Organization", name: "Stadtbote" }, publisher: { "@type": "Organization", name: "Stadtbote" } });
    assert.deepEqual(metaOf(graph, "").authors, []);
  });

  it("takes a name that is the site's host, or a company by its legal form, for the outlet", () => {
    assert.deepEqual(metaOf(`<meta name="author" content="Stadtbote.de">`, "", "https://www.stadtbote.de/a/1").authors, []);
    assert.deepEqual(metaOf(`<meta name="author" content="The Daily Example">`, "", "https://dailyexample.com/a/1").authors, []);
    assert.deepEqual(metaOf(`<meta name="author" content="Beispiel Medien GmbH">`, "").authors, []);
  });

  it("takes no content-system account for an author", () => {
    assert.deepEqual(metaOf(`<meta name="author" content="Super User">`, `<span class="author">von Anna Muster</span>`).authors, ["Anna Muster"]);
    assert.deepEqual(metaOf(`<meta name="author" content="admin">`, "").authors, []);
  });

  it("resolves a JSON-LD author given as a reference to a Person in the graph", () => {
    const graph = ld({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "NewsArticle", headline: "Brücke", author: { "@id": "https://example.org/#/person/1" } },
        { "@type": "Person", "@id": "https://example.org/#/person/1", name: "Anna Muster" },
      ],
    });
    assert.deepEqual(metaOf(graph, "").authors, ["Anna Muster"]);
  });

  it("prefers a byline that names more authors than the metadata, when it names those too", () => {
    const head = `<meta name="author" content="Anna Muster">`;
    assert.deepEqual(metaOf(head, `<span class="author">von Anna Muster, Max Beispiel</span>`).authors, ["Anna Muster", "Max Beispiel"]);
    assert.deepEqual(metaOf(head, `<span class="author">von Erika Andere</span>`).authors, ["Anna Muster"]);
  });
});

describe("HTML metadata: publication date", () => {
  it("reads JSON-LD whose strings hold raw line breaks", () => {
    const script = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Zwei\nZeilen","datePublished":"2022-02-02T11:14:00+01:00"}</script>`;
    assert.equal(metaOf(script, "").published, "2022-02-02");
  });

  it("prefers the article's microdata datePublished to a generic date meta tag", () => {
    const head = `<meta name="date" content="2022-01-21T15:38:44+01:00">`;
    assert.equal(metaOf(head, `<p>Veröffentlicht <span itemprop="datePublished" content="2022-01-27T08:00:00+01:00">27.01.2022</span></p>`).published, "2022-01-27");
    assert.equal(metaOf(head, `<time itemprop="datePublished" datetime="2022-01-27">27. Januar</time>`).published, "2022-01-27");
    assert.equal(metaOf(head, "").published, "2022-01-21");
    assert.equal(metaOf(`<meta itemprop="uploadDate" content="2019-10-16T18:15:00Z">`, "").published, "2019-10-16");
  });

  it("keeps article:published_time before the microdata", () => {
    const head = `<meta property="article:published_time" content="2022-01-20T10:00:00+01:00">`;
    assert.equal(metaOf(head, `<span itemprop="datePublished" content="2022-01-27">x</span>`).published, "2022-01-20");
  });

  it("takes datePublished of a JSON-LD object of another type (a how-to) when no article gives one", () => {
    assert.equal(metaOf(ld({ "@type": "HowTo", name: "Tischdecke", datePublished: "2022-01-10T22:06:08Z" }), "").published, "2022-01-10");
  });
});

describe("HTML metadata: title", () => {
  it("takes the h1 when the title is a kicker and that h1 in one", () => {
    const head = `<title>Chronik: Lotte Muster ist tot - stadt.Example.at</title><meta property="og:title" content="Chronik: Lotte Muster ist tot">`;
    assert.equal(metaOf(head, `<div class="keyword">Chronik</div><h1>Lotte Muster ist tot</h1>`).title, "Lotte Muster ist tot");
    assert.equal(metaOf(`<meta property="og:title" content="Kücknitz - So lief die Auktion">`, `<h1>So lief die Auktion</h1>`).title, "So lief die Auktion");
  });

  it("reads an h1 without the kicker marked inside it", () => {
    const head = `<meta property="og:title" content="Lockerungen: Autohäuser rechnen mit wenig Geschäft">`;
    const body = `<h1><span class="dachzeile">Nach den Lockerungen</span> <span class="headline">Autohäuser rechnen mit wenig Geschäft</span></h1>`;
    assert.equal(metaOf(head, body).title, "Autohäuser rechnen mit wenig Geschäft");
  });

  it("keeps a JSON-LD headline whose first part is more than a kicker", () => {
    const head = ld({ "@type": "NewsArticle", headline: "Deutschland und Frankreich an der Grenze heute: Der Partner wird zum Fremden" });
    assert.equal(metaOf(head, `<h1>Der Partner wird zum Fremden</h1>`).title, "Deutschland und Frankreich an der Grenze heute: Der Partner wird zum Fremden");
  });

  it("cuts a last part naming the site off a JSON-LD headline and an h1, by the site's name or host", () => {
    const head = `<meta property="og:site_name" content="Beispielamt">${ld({ "@type": "Article", headline: "Neue Regeln für Brücken | Beispielamt" })}`;
    assert.equal(metaOf(head, "").title, "Neue Regeln für Brücken");
    const page = `<title>Neue Regeln für Brücken | Beispielamt</title><meta property="og:site_name" content="Beispielamt">`;
    assert.equal(metaOf(page, `<h1>Neue Regeln für Brücken | Beispielamt</h1>`).title, "Neue Regeln für Brücken");
  });
});
