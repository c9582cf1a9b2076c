/**
 * The vocabulary of page furniture in markup: the words in `class` and `id` attributes (and `role`
 * values) that mark navigation, promos, comments, captions, teasers. Class names are written by site
 * developers in English mostly, German often, whatever the article's language, so one shared list
 * serves every locale. Matching is on whole word parts: "post-comments" has the parts "post" and
 * "comments"; "articleBody" is the one part "articlebody". Words that readers see ("Mehr zum Thema",
 * "Newsletter") are language data in src/locales/<lang>/structure.ts instead.
 */

/** What a marked element is, and what becomes of its text. */
export type FurnitureKind = "navigation" | "related" | "comment" | "promo" | "ad" | "bio" | "hidden";

export const FURNITURE_CLASS_WORDS: Readonly<Record<FurnitureKind, readonly string[]>> = {
  // Dropped outright: menus, share bars, tag lists, site headers and footers, cookie banners, widgets.
  navigation: [
    "nav", "navi", "navbar", "navigation", "menu", "menubar", "submenu", "megamenu", "breadcrumb", "breadcrumbs", "brotkrumen",
    "pagination", "pager", "paging", "skiplink", "skiplinks", "footer", "fusszeile", "masthead", "toolbar", "topbar",
    "sitemap", "login", "privacy", "searchform", "suche", "cookie", "cookies", "consent", "gdpr", "cmp", "popup", "modal", "overlay",
    "share", "sharing", "sharebar", "shariff", "social", "socials", "socialmedia", "addthis", "teilen", "sociallinks",
    "tags", "tagcloud", "taglist", "schlagworte", "widget", "widgets", "sidebar", "seitenleiste", "rail",
    "postmeta", "entrymeta", "backlink", "prevnext", "postnav", "rating", "bewertung",
    "impressum", "servicebox", "totop", "backtotop", "lang-switch", "languages",
  ],
  // Kept as `bio` blocks: notes on the author.
  bio: [
    "author-box", "authorbox", "autorenbox", "author-bio", "authorbio", "about-author", "about-the-author", "author-info",
    "author-description", "autoreninfo", "autorinfo", "post-author", "author-card", "author-details", "author-profile",
    "contributor-bio", "contrib-bio", "bio-box", "biobox",
  ],
  // Kept as `related` blocks where they sit inside the article.
  related: [
    "related", "relatedposts", "related-posts", "recommended", "recommendations", "recommendation", "empfehlung",
    "empfehlungen", "morestories", "more-stories", "readmore", "read-more", "weiterlesen", "mehrzumthema",
    "verwandte", "artikelempfehlung", "popular", "most-popular", "mostpopular", "most-read", "mostread", "meistgelesen", "trending", "outbrain", "taboola", "plista", "ligatus", "teaserlist", "teaser-list", "crosslinks",
  ],
  // Kept as `comment` blocks.
  comment: ["comment", "comments", "commentlist", "kommentar", "kommentare", "disqus", "respond", "reply", "replies", "leserkommentare", "discussion"],
  // Kept as `boilerplate` blocks: advertisements.
  ad: ["ad", "ads", "advert", "adverts", "advertisement", "adsense", "adslot", "adunit", "werbung", "anzeige", "sponsor", "sponsored"],
  // Kept as `promo` blocks: the outlet's offers inside the article (newsletter and subscription boxes, paywalls, donation appeals).
  promo: [
    "promo", "promotion", "newsletter", "subscribe", "subscription", "abo", "paywall", "donate", "donation", "spenden",
    "membership", "signup", "cta", "push-teaser", "app-teaser",
  ],
  // Text for screen readers only, or hidden by a utility class.
  hidden: ["hidden", "sr-only", "sronly", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader", "is-hidden", "d-none", "invisible", "offscreen", "noscreen", "element-invisible", "hide", "print-only"],
};

/**
 * Prefixes of class tokens that name the article's topics, not a part of the page: WordPress and other
 * systems put "category-empfehlung", "tag-social-media" on the article itself. Such tokens are not read.
 */
export const TAXONOMY_CLASS_PREFIXES: readonly string[] = ["category-", "tag-", "tags-", "kategorie-", "rubrik-", "schlagwort-", "topic-", "section-"];

/**
 * Class words of pop-ups that a page shows on hover only (a person's card with links to other articles
 * inside a paragraph): hidden, and matched as parts of a token on every element ("rollover-people-block").
 */
export const POPUP_CLASS_WORDS: readonly string[] = ["rollover", "popover", "hovercard", "hover-card", "flyout"];

/** Roles (ARIA) of page furniture. */
export const FURNITURE_ROLES: Readonly<Record<string, FurnitureKind>> = {
  navigation: "navigation",
  menu: "navigation",
  menubar: "navigation",
  search: "navigation",
  contentinfo: "navigation",
  complementary: "navigation",
  dialog: "navigation",
  alertdialog: "navigation",
  banner: "navigation",
  comment: "comment",
};

/** Class words that mark the article's own parts; they win over furniture words on the same element. */
export const CONTENT_CLASS_WORDS: readonly string[] = [
  "articlebody", "article-body", "article-content", "articletext", "article-text", "artikeltext", "article__body",
  "article__content", "storybody", "story-body", "story-content", "entry-content", "entrycontent", "post-content",
  "postcontent", "post-body", "postbody", "post-entry", "blog-post", "blogpost", "main-content", "maincontent",
  "news-text", "newstext", "text-content", "richtext", "rich-text", "field-name-body", "node-content", "page-content",
];

/**
 * Class words of embedded posts (a tweet, an Instagram or Mastodon post quoted in the article): part
 * of what the article reports, never furniture, although "social" or "twitter" stand beside them.
 */
export const EMBED_CLASS_WORDS: readonly string[] = ["embed", "embedded", "tweet", "twitter-tweet", "instagram-media", "tiktok-embed", "mastodon-embed", "bluesky-embed"];

/** Class words of the block kinds the markup can tell: a kicker above the headline, a teaser, a caption, a credit. */
export const KIND_CLASS_WORDS: Readonly<Record<"kicker" | "lead" | "caption" | "credit", readonly string[]>> = {
  kicker: ["kicker", "dachzeile", "topline", "overline", "eyebrow", "roofline", "spitzmarke", "supertitle", "overhead"],
  lead: ["lead", "teaser", "intro", "standfirst", "summary", "excerpt", "subtitle", "deck", "dek", "vorspann", "einleitung", "abstract", "subline", "lede", "article-lead", "article-teaser"],
  caption: ["caption", "figcaption", "bildunterschrift", "image-caption", "wp-caption-text", "bildtext", "photo-caption"],
  credit: ["credit", "credits", "bildnachweis", "bildquelle", "photographer", "fotograf", "image-credit", "photo-credit", "copyright"],
};

/**
 * Class words of the article's metadata printed in the page (src/ingest/html/metadata.ts): the author's
 * name ("byline", "autor") and the date line ("entry-date", "datum", "post-meta").
 */
export const METADATA_CLASS_WORDS: Readonly<Record<"author" | "date", readonly string[]>> = {
  author: ["author", "byline", "autor", "verfasser"],
  date: ["date", "datum", "time", "published", "posted", "pubdate", "dateline", "timestamp", "meta", "byline", "info"],
};

/**
 * Characters that set off a teaser for another article inside the text ("→ Alle Infos im Liveblog",
 * "▶ Video: …"): typography, the same in every language ("»" is a German quotation mark, ">>" a prompt in code).
 */
export const TEASER_ARROWS: readonly string[] = ["→", "⇒", "▶", "►", "▸", "➤", "➔", "➜"];
