/**
 * Site profiles: outlet boilerplate learned across pages of one site. A block whose text recurs on
 * many pages of the same site (an appeal under every article, a newsletter box, a legal note) is
 * boilerplate even when no cue word marks it. A profile is plain JSON: learned from a folder, feed,
 * WARC or JSONL file, saved, and loaded again for later runs. Pure: the CLI reads and writes files.
 */

export const SITE_PROFILE_SCHEMA = "quellenlage-site-profile/1";

/** A site needs this many distinct pages before anything is learned for it. */
export const MIN_SITE_PAGES = 3;
/** A block is the site's boilerplate when it is on this share of the site's pages (and on MIN_SITE_PAGES). */
export const BOILERPLATE_PAGE_SHARE = 0.5;
/** Blocks shorter than this (characters) are not learned: short labels are the cue words' business. */
export const MIN_LEARNED_BLOCK_CHARS = 25;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WWW = /^www\d?\./;
const DIGITS = /\p{N}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export interface SiteStats {
  /** Distinct pages seen. */
  pages: number;
  /** Block fingerprint → on how many of those pages it stood. */
  blocks: Record<string, number>;
}

export interface SiteProfile {
  schema: typeof SITE_PROFILE_SCHEMA;
  sites: Record<string, SiteStats>;
}

export function emptyProfile(): SiteProfile {
  return { schema: SITE_PROFILE_SCHEMA, sites: {} };
}

/** The site a page belongs to: its URL's host without "www.", or "" when it has no URL. */
export function siteKey(url: string | null | undefined): string {
  if (!url) return "";
  try {
    return new URL(url).hostname.toLowerCase().replace(WWW, "");
  } catch {
    return "";
  }
}

/** A block's fingerprint: its words, lowercase, numbers folded (dates and counts change from page to page). */
export function blockFingerprint(text: string): string {
  const folded = text.toLowerCase().replace(DIGITS, "0").replace(NON_WORD, " ").trim();
  let hash = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) {
    hash ^= folded.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return `${hash.toString(16).padStart(8, "0")}.${folded.length.toString(36)}`;
}

/** Adds one page (its block texts) to the profile; a page seen before (same blocks) counts once. */
export function learnPage(profile: SiteProfile, site: string, blockTexts: readonly string[], seenPages: Set<string>): void {
  const prints = [...new Set(blockTexts.filter((t) => t.trim().length >= MIN_LEARNED_BLOCK_CHARS).map(blockFingerprint))].sort();
  if (prints.length === 0) return;
  const pageId = `${site} ${blockFingerprint(prints.join(" "))}`;
  if (seenPages.has(pageId)) return;
  seenPages.add(pageId);
  const stats = (profile.sites[site] ??= { pages: 0, blocks: {} });
  stats.pages++;
  for (const p of prints) stats.blocks[p] = (stats.blocks[p] ?? 0) + 1;
}

/** The fingerprints that are boilerplate on a site, by the profile. */
export function boilerplateOf(profile: SiteProfile, site: string): ReadonlySet<string> {
  const stats = profile.sites[site];
  if (!stats || stats.pages < MIN_SITE_PAGES) return new Set();
  const needed = Math.max(MIN_SITE_PAGES, Math.ceil(stats.pages * BOILERPLATE_PAGE_SHARE));
  return new Set(Object.entries(stats.blocks).filter(([, n]) => n >= needed).map(([p]) => p));
}

/** Drops what a saved profile need not keep: fingerprints seen on one page only. */
export function compactProfile(profile: SiteProfile): SiteProfile {
  const sites: Record<string, SiteStats> = {};
  for (const [site, stats] of Object.entries(profile.sites)) {
    sites[site] = { pages: stats.pages, blocks: Object.fromEntries(Object.entries(stats.blocks).filter(([, n]) => n > 1)) };
  }
  return { schema: SITE_PROFILE_SCHEMA, sites };
}

/** Checks a parsed JSON value is a site profile; throws a readable message otherwise. */
export function asSiteProfile(value: unknown): SiteProfile {
  const v = value as Partial<SiteProfile> | null;
  if (!v || v.schema !== SITE_PROFILE_SCHEMA || typeof v.sites !== "object" || v.sites === null) {
    throw new Error(`not a site profile (expected "schema": "${SITE_PROFILE_SCHEMA}")`);
  }
  return v as SiteProfile;
}
