/**
 * Finding the article in the page: furniture is set aside by its markup (src/ingest/html/furniture.ts),
 * then every paragraph-like element gives points to its ancestors for its length and commas, as
 * Readability.js does; the best-scoring container, weighed by its link density, is the article, and
 * its siblings join it when they score nearly as well or read as prose.
 */
import { isArticleBodyProperty, isContentMarked, isFurnitureTag, markupOf, type FurnitureKind, type MarkedKind } from "./furniture.js";
import { textOf, type HElement } from "./tree.js";

/** A paragraph shorter than this (characters) gives no points. */
const MIN_PARAGRAPH_CHARS = 25;
/**
 * Commas count at most one per this many characters: prose has a comma every few dozen characters, a
 * list of names or tags set as one paragraph ("Anna Muster, Max Beispiel, …") many more.
 */
const MIN_CHARS_PER_COMMA = 40;
/** Points per this many characters of a paragraph, at most `MAX_LENGTH_POINTS`. */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/** Ancestors that receive a paragraph's points: the parent fully, the grandparent half, then a third per level. */
const SCORE_LEVELS = 5;
const GRANDPARENT_SHARE = 2;
const FURTHER_LEVEL_DIVISOR = 3;
/** Extra points for a container whose class or id names article content. */
const CONTENT_CLASS_BONUS = 25;
/** A sibling joins the article when it scores this share of the best container, and at least `SIBLING_MIN_SCORE`. */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** A sibling paragraph joins when it is long and has few links, or short and link-free prose. */
const SIBLING_PROSE_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/**
 * The article grows to its parent while what the parent adds is prose (paragraphs and subheadings) at
 * this share at least, with at most this link density: sections split into sibling divs join up,
 * while a parent that adds menus, teasers or bylines stops the climb.
 */
const CLIMB_PROSE_SHARE = 0.7;
const CLIMB_MAX_LINK_DENSITY = 0.3;
/** A parent that adds only this little besides prose (a date, a byline, a label: characters), or this little link text, is climbed too. */
const CLIMB_SMALL_NON_PROSE = 100;
const CLIMB_SMALL_LINKS = 50;
/** Near-best containers: at least this share of the best score; the top few are weighed, and this many must share an ancestor. */
const ALTERNATIVE_SHARE = 0.75;
const MAX_ALTERNATIVES = 5;
const MIN_ALTERNATIVES = 3;
/** Elements whose own text makes them paragraphs. */
const PARAGRAPH_TAGS = new Set(["p", "pre", "blockquote", "dd"]);
/** Elements whose text counts as prose when the article climbs: paragraphs and subheadings. */
const PROSE_TAGS = new Set(["p", "pre", "blockquote", "dd", "li", "figcaption", "h2", "h3", "h4", "h5", "h6"]);
/** Containers whose direct text makes them paragraphs too (Readability turns such divs into p). */
const DIV_LIKE = new Set(["div", "section", "article", "main", "span", "font", "center", "td"]);
/** An element marked as furniture that holds more than this share of the page's text is a page wrapper. */
const WRAPPER_SHARE = 0.5;
const WRAPPER_MAX_LINK_DENSITY = 0.5;
/** Paragraph text beyond which a container marked as navigation or promo by its class holds the article. */
const FURNITURE_MAX_PROSE = 500;
/** A paragraph with more link text than this share is not prose. */
const MAX_PROSE_LINK_DENSITY = 0.5;
const ENDS_PROSE = /[.!?…:"“”»«')]$/u;

export interface ElementStats {
  /** Text length (white space collapsed) outside furniture. */
  text: number;
  /** Of that, inside links. */
  link: number;
  score: number;
  /** Of the text, in paragraphs and subheadings with few links. */
  prose: number;
  /** Commas in the text. */
  commas: number;
  /** The furniture the element is or lies in, or null. */
  furniture: FurnitureKind | null;
  /** The block kind the element's tag or class names (kicker, lead, caption, credit), or null. */
  marked: MarkedKind | null;
  /** Pre-order position among the page's elements. */
  index: number;
  /** The index after the element's last descendant. */
  end: number;
}

export interface PageAnalysis {
  stats: Map<HElement, ElementStats>;
  /** Elements in document order (hidden ones left out). */
  order: HElement[];
  /** The article: one container or several siblings, in document order; empty when nothing scored. */
  roots: HElement[];
  /** The page's main headline element (the first h1 outside furniture), if any. */
  h1: HElement | null;
  /** Elements inside the article that wrap it without prose (a date, a byline, a label): set aside, not read as text. */
  besides: HElement[];
}

/** Whether a UTF-16 code unit is white space as the regular expression class `\s` has it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Commas of the scripts we read: ",", the fullwidth "，", the ideographic "、". */
function isComma(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x3001;
}

/** Length of a text with white space collapsed to one space and trimmed, and its commas, without building strings. */
let measuredCommas = 0;
function collapsedLength(s: string): number {
  let len = 0;
  let commas = 0;
  let seen = false;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (seen) gap = true;
      continue;
    }
    if (gap) {
      len++;
      gap = false;
    }
    len++;
    seen = true;
    if (isComma(c)) commas++;
  }
  measuredCommas = commas;
  return len;
}

export function linkDensity(s: ElementStats): number {
  return s.text > 0 ? s.link / s.text : 0;
}

/** Elements that contain an h1 (a header holding the headline is not furniture), and those that contain the body microdata names. */
function headlineHolders(root: HElement): { headline: Set<HElement>; body: Set<HElement> } {
  const headline = new Set<HElement>();
  const body = new Set<HElement>();
  const stack: HElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tag === "h1") for (let p: HElement | null = el; p && !headline.has(p); p = p.parent) headline.add(p);
    if (isArticleBodyProperty(el)) for (let p: HElement | null = el.parent; p && !body.has(p); p = p.parent) body.add(p);
    for (const c of el.children) if (typeof c !== "string") stack.push(c);
  }
  return { headline, body };
}

/**
 * Furniture, text and link lengths of every element: one walk down (furniture by markup, own text), one
 * up (raw text, furniture ignored), one down (furniture inherited), one up (text outside furniture).
 * Per-element working values live in arrays by pre-order position.
 */
function measure(root: HElement): { stats: Map<HElement, ElementStats>; order: HElement[]; direct: Map<HElement, number>; directCommas: Map<HElement, number> } {
  const holders = headlineHolders(root);
  const stats = new Map<HElement, ElementStats>();
  const order: HElement[] = [];
  const parents: number[] = [];
  const directs: number[] = [];
  const ownCommas: number[] = [];
  const own: Array<FurnitureKind | null> = [];
  const stack: HElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const markup = el === root ? null : markupOf(el);
    let kind = markup ? markup.furniture : null;
    if (kind === "hidden") continue;
    if (kind === "navigation" && holders.headline.has(el)) kind = null;
    // Layout classes ("right-rail", "sidebar-layout") on the wrappers of the body the microdata names.
    if (kind !== null && holders.body.has(el)) kind = null;
    const index = order.length;
    stats.set(el, { text: 0, link: 0, prose: 0, commas: 0, score: 0, furniture: null, marked: markup ? markup.marked : null, index, end: 0 });
    order.push(el);
    own.push(kind);
    parents.push(el.parent ? (stats.get(el.parent)?.index ?? -1) : -1);
    let text = 0;
    let commas = 0;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (typeof c === "string") {
        text += collapsedLength(c);
        commas += measuredCommas;
      } else stack.push(c);
    }
    directs.push(text);
    ownCommas.push(commas);
  }
  const n = order.length;
  const all: ElementStats[] = order.map((el) => stats.get(el)!);
  // Raw text, furniture ignored: children come after their parents in document order.
  const raw: RawTable = { text: new Float64Array(n), link: new Float64Array(n), prose: new Float64Array(n), marks: new Uint8Array(n) };
  for (let i = n - 1; i >= 0; i--) {
    const el = order[i]!;
    raw.marks[i]! |= MARK_BY_TAG[el.tag] ?? 0;
    raw.text[i]! += directs[i]!;
    if (el.tag === "a") raw.link[i] = raw.text[i]!;
    if (PARAGRAPH_TAGS.has(el.tag)) raw.prose[i] = raw.link[i]! < raw.text[i]! * MAX_PROSE_LINK_DENSITY ? raw.text[i]! : 0;
    const s = all[i]!;
    s.end = Math.max(s.end, i + 1);
    const p = parents[i]!;
    if (p >= 0) {
      raw.marks[p]! |= raw.marks[i]!;
      raw.text[p]! += raw.text[i]!;
      raw.link[p]! += raw.link[i]!;
      raw.prose[p]! += raw.prose[i]!;
      const ps = all[p]!;
      ps.end = Math.max(ps.end, s.end);
    }
  }
  // Furniture down the tree; a wrapper holding most of the page's prose is not furniture, whatever its class.
  const total = raw.text[0]!;
  for (const card of teaserCards(order, stats, raw)) if (own[card] === null) own[card] = "related";
  for (let i = 0; i < n; i++) {
    const el = order[i]!;
    const s = all[i]!;
    const p = parents[i]!;
    const inherited = p >= 0 ? all[p]!.furniture : null;
    let kind = own[i] ?? null;
    const text = raw.text[i]!;
    if (kind !== null && text > total * WRAPPER_SHARE && raw.link[i]! < text * WRAPPER_MAX_LINK_DENSITY) kind = null;
    // A class word on a container of much prose ("section--ads", "entry share") names a feature, not furniture.
    if ((kind === "navigation" || kind === "promo" || kind === "ad" || kind === "bio") && !isFurnitureTag(el.tag) && raw.prose[i]! >= FURNITURE_MAX_PROSE) kind = null;
    s.furniture = inherited ?? kind;
  }
  // Text and link lengths outside furniture, back up.
  const direct = new Map<HElement, number>();
  const directCommas = new Map<HElement, number>();
  for (let i = n - 1; i >= 0; i--) {
    const el = order[i]!;
    const s = all[i]!;
    const ownText = directs[i]!;
    direct.set(el, ownText);
    if (ownCommas[i]! > 0) directCommas.set(el, ownCommas[i]!);
    if (s.furniture === null) {
      s.text += ownText;
      s.commas += ownCommas[i]!;
      if (el.tag === "a") s.link = s.text;
      if (PROSE_TAGS.has(el.tag)) s.prose = linkDensity(s) < MAX_PROSE_LINK_DENSITY ? s.text : 0;
      else if (DIV_LIKE.has(el.tag) && ownText >= MIN_PARAGRAPH_CHARS) s.prose += ownText;
      const p = parents[i]!;
      if (p >= 0) {
        const ps = all[p]!;
        ps.text += s.text;
        ps.link += s.link;
        ps.prose += s.prose;
        ps.commas += s.commas;
      }
    }
  }
  return { stats, order, direct, directCommas };
}

/** Raw text, link text and prose lengths, and marks (MARK_* bits), by pre-order position, furniture ignored. */
interface RawTable {
  text: Float64Array;
  link: Float64Array;
  prose: Float64Array;
  marks: Uint8Array;
}

const MARK_LINK = 1;
const MARK_HEADING = 2;
const MARK_IMAGE = 4;
const MARK_BY_TAG: Readonly<Record<string, number>> = {
  a: MARK_LINK, h2: MARK_HEADING, h3: MARK_HEADING, h4: MARK_HEADING, h5: MARK_HEADING, h6: MARK_HEADING, img: MARK_IMAGE, picture: MARK_IMAGE,
};
/** Teaser cards: at least this many siblings of one tag and class, each short, with link text and a heading or image. */
const CARD_MIN_SIBLINGS = 3;
const CARD_MAX_CHARS = 500;

/** Cards of a teaser list (other articles: a picture or title, a link, a line of text), repeated side by side; their positions. */
function teaserCards(order: readonly HElement[], stats: ReadonlyMap<HElement, ElementStats>, raw: RawTable): number[] {
  const cards: number[] = [];
  for (const parent of order) {
    if (parent.children.length < CARD_MIN_SIBLINGS) continue;
    const groups = new Map<string, number[]>();
    for (const c of parent.children) {
      if (typeof c === "string" || c.tag === "p") continue;
      const s = stats.get(c);
      if (!s) continue;
      const i = s.index;
      const text = raw.text[i]!;
      const marks = raw.marks[i]!;
      if (text === 0 || text > CARD_MAX_CHARS || raw.link[i]! === 0 || !(marks & (MARK_HEADING | MARK_IMAGE))) continue;
      const key = `${c.tag}.${c.attrs["class"] ?? ""}`;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
    for (const group of groups.values()) if (group.length >= CARD_MIN_SIBLINGS) cards.push(...group);
  }
  return cards;
}

/** Block containers that score their own text (inline ones, such as span, hold no paragraphs of their own). */
const SELF_SCORING = new Set(["div", "section", "article", "main", "td"]);
/** Children that make a container more than a paragraph (Readability.js's DIV_TO_P_ELEMS). */
const BLOCK_CHILDREN = new Set(["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure"]);
function hasBlockChild(el: HElement): boolean {
  for (const c of el.children) if (typeof c !== "string" && BLOCK_CHILDREN.has(c.tag)) return true;
  return false;
}

function isParagraph(el: HElement, s: ElementStats, direct: number): boolean {
  if (PARAGRAPH_TAGS.has(el.tag)) return true;
  return DIV_LIKE.has(el.tag) && direct >= MIN_PARAGRAPH_CHARS && s.text > 0;
}

/**
 * What a paragraph gives its container: one point, one per comma (at most one per `MIN_CHARS_PER_COMMA`
 * characters) and one per `CHARS_PER_POINT` characters (at most `MAX_LENGTH_POINTS`), weighed by its
 * link density.
 */
export function paragraphPoints(s: Pick<ElementStats, "text" | "link" | "commas">): number {
  const commas = Math.min(s.commas, Math.ceil(s.text / MIN_CHARS_PER_COMMA));
  const length = Math.min(Math.floor(s.text / CHARS_PER_POINT), MAX_LENGTH_POINTS);
  return (1 + commas + length) * (1 - (s.text > 0 ? s.link / s.text : 0));
}

/** Scores the page's containers and picks the article. */
export function analysePage(root: HElement): PageAnalysis {
  const { stats, order, direct, directCommas } = measure(root);
  const candidates = new Set<HElement>();
  let h1: HElement | null = null;
  for (const el of order) {
    const s = stats.get(el)!;
    if (s.furniture !== null) continue;
    if (el.tag === "h1" && h1 === null && s.text > 0) h1 = el;
    if (s.text < MIN_PARAGRAPH_CHARS || !isParagraph(el, s, direct.get(el) ?? 0)) continue;
    // A container with text of its own beside block children holds that text as its paragraphs (Readability.js wraps it in p): it scores itself, for that text.
    const own = SELF_SCORING.has(el.tag) && hasBlockChild(el);
    const points = own ? paragraphPoints({ text: direct.get(el) ?? 0, link: 0, commas: directCommas.get(el) ?? 0 }) : paragraphPoints(s);
    let level = 0;
    const start = own ? el : el.parent;
    for (let p = start; p && level < SCORE_LEVELS; p = p.parent, level++) {
      const ps = stats.get(p);
      if (!ps) break;
      const share = level === 0 ? 1 : level === 1 ? GRANDPARENT_SHARE : level * FURTHER_LEVEL_DIVISOR;
      ps.score += points / share;
      candidates.add(p);
    }
  }
  let best: HElement | null = null;
  let bestScore = 0;
  const finalScore = new Map<HElement, number>();
  for (const el of candidates) {
    const s = stats.get(el)!;
    const score = s.score * (1 - linkDensity(s)) + (isContentMarked(el) ? CONTENT_CLASS_BONUS : 0);
    finalScore.set(el, score);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  if (!best) return { stats, order, roots: [], h1, besides: [] };
  best = sharedAncestor(best, bestScore, finalScore);
  const climbed = climb(best, stats);
  best = climbed.top;
  bestScore = Math.max(bestScore, finalScore.get(best) ?? 0);
  const roots = withSiblings(best, bestScore, stats, finalScore);
  return { stats, order, roots, h1: headlineFor(roots, order, stats) ?? h1, besides: climbed.besides };
}

/** The article's h1: the first inside the article, else the last before it (page headers hold other h1s). */
function headlineFor(roots: readonly HElement[], order: readonly HElement[], stats: Map<HElement, ElementStats>): HElement | null {
  const first = stats.get(roots[0]!)!;
  const last = stats.get(roots[roots.length - 1]!)!;
  let before: HElement | null = null;
  for (const el of order) {
    if (el.tag !== "h1") continue;
    const s = stats.get(el)!;
    if (s.furniture !== null || s.text === 0) continue;
    if (s.index >= first.index && s.index < last.end) return el;
    if (s.index < first.index) before = el;
  }
  return before;
}

/**
 * Several near-best containers under one ancestor (the entries of a live blog, sections split into
 * divs) make that ancestor the article, as in Readability.js.
 */
function sharedAncestor(best: HElement, bestScore: number, finalScore: ReadonlyMap<HElement, number>): HElement {
  const top = [...finalScore.entries()]
    .filter(([el, score]) => el !== best && score >= bestScore * ALTERNATIVE_SHARE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ALTERNATIVES)
    .map(([el]) => el);
  if (top.length < MIN_ALTERNATIVES) return best;
  for (let p = best.parent; p && p.parent; p = p.parent) {
    let inside = 0;
    for (const el of top) if (isInside(el, p)) inside++;
    if (inside >= MIN_ALTERNATIVES) return p;
  }
  return best;
}

function isInside(el: HElement, ancestor: HElement): boolean {
  for (let p: HElement | null = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/**
 * From the best container up while the parent adds prose and little else. A parent that adds no prose
 * and only a little text (a date, a byline, a label) is climbed too, so that the prose beyond it (a lead
 * above the date line) can join; what such a parent adds is set aside.
 */
function climb(best: HElement, stats: Map<HElement, ElementStats>): { top: HElement; besides: HElement[] } {
  let current = best;
  const besides: HElement[] = [];
  let pending: HElement[] = [];
  let top = best;
  for (let p = current.parent; p; p = p.parent) {
    const ps = stats.get(p);
    const cs = stats.get(current)!;
    if (!ps || ps.furniture !== null) break;
    const added = ps.text - cs.text;
    const addedProse = ps.prose - cs.prose;
    const addedLinks = ps.link - cs.link;
    const small = added > 0 && addedProse === 0 && added <= CLIMB_SMALL_NON_PROSE && addedLinks <= CLIMB_SMALL_LINKS;
    if (small) {
      for (const c of p.children) if (typeof c !== "string" && c !== current && stats.has(c)) pending.push(c);
      current = p;
      continue;
    }
    if (added > 0 && (addedProse < added * CLIMB_PROSE_SHARE || addedLinks > added * CLIMB_MAX_LINK_DENSITY)) break;
    current = p;
    // Prose joined beyond the small steps: they belong to the article, their additions set aside.
    if (added > 0) {
      besides.push(...pending);
      pending = [];
      top = current;
    } else if (pending.length === 0) top = current;
  }
  return { top, besides };
}

/** The best container and the siblings that belong with it, in document order. */
function withSiblings(best: HElement, bestScore: number, stats: Map<HElement, ElementStats>, finalScore: Map<HElement, number>): HElement[] {
  const parent = best.parent;
  if (!parent) return [best];
  const threshold = Math.max(SIBLING_MIN_SCORE, bestScore * SIBLING_SHARE);
  const roots: HElement[] = [];
  for (const c of parent.children) {
    if (typeof c === "string") continue;
    if (c === best) {
      roots.push(c);
      continue;
    }
    const s = stats.get(c);
    if (!s || s.furniture !== null || s.text === 0) continue;
    const score = finalScore.get(c) ?? 0;
    const density = linkDensity(s);
    const prose = c.tag === "p" && ((s.text >= SIBLING_PROSE_CHARS && density < SIBLING_MAX_LINK_DENSITY) || (density === 0 && endsProse(c)));
    if (score >= threshold || prose) roots.push(c);
  }
  return roots;
}

function endsProse(el: HElement): boolean {
  return ENDS_PROSE.test(textOf(el).trim());
}
