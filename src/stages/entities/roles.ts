import type { Role, Token } from "../../model/types.js";
import { span } from "../../model/span.js";
import { SpanIndex } from "../../model/span-index.js";
import type { Cluster } from "./cluster.js";
import type { SentenceUnit } from "./index.js";
import { lookupQualifier, lookupRole, lookupRolePhrase, type RoleHit } from "./role-index.js";
import { stripGenitive } from "./fold.js";

/** A role the article gives a person, with what the coreference steps need to know about it. */
export interface RoleFact {
  cluster: Cluster;
  role: Role;
  hit: RoleHit;
  affiliationCluster?: Cluster;
  /** Offset of the name the role is attached to. */
  at: number;
}

/** Tokens scanned left of a name for its role ("Der stellvertretende Außenminister Südkoreas, Kim …"). */
const MAX_ROLE_LOOKBACK = 8;
/** Tokens scanned right of a name for an apposition ("Tom Reyes, a spokesman for the department,"). */
const MAX_APPOSITION_LENGTH = 10;

/** The index of the token that starts at or holds `offset`, by binary search. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return lo;
}

interface MentionIndex {
  /** The cluster with a mention over exactly these tokens (or a prefix inside one token). */
  at(from: number, to: number): { cluster: Cluster; start: number; end: number } | undefined;
  /** The cluster with a mention that ends at token `to` (exclusive). */
  endingAt(to: number): { cluster: Cluster; fromToken: number } | undefined;
  /** A mention of a non-person inside the characters [start, end). */
  inside(start: number, end: number): Cluster | undefined;
  /** The cluster with a mention that starts at token `from`. */
  startingAt(from: number): { cluster: Cluster; toToken: number } | undefined;
  /** Whether token i lies in some mention. */
  covers(i: number): boolean;
}

function indexMentions(tokens: readonly Token[], clusters: readonly Cluster[]): MentionIndex {
  const byEnd = new Map<number, { cluster: Cluster; fromToken: number }>();
  const byStart = new Map<number, { cluster: Cluster; toToken: number }>();
  const covered = new Set<number>();
  const byRange = new Map<string, { cluster: Cluster; start: number; end: number }>();
  const all: Array<{ cluster: Cluster; start: number; end: number }> = [];
  for (const cluster of clusters) {
    for (const m of cluster.mentions) {
      const from = tokenAt(tokens, m.start);
      const to = tokenAt(tokens, m.end - 1) + 1;
      const entry = { cluster, start: m.start, end: m.end };
      byRange.set(`${from}:${to}`, entry);
      if (tokens[to - 1]?.end === m.end) byEnd.set(to, { cluster, fromToken: from });
      if (tokens[from]?.start === m.start) byStart.set(from, { cluster, toToken: to });
      for (let k = from; k < to; k++) covered.add(k);
      all.push(entry);
    }
  }
  const spans = new SpanIndex(all);
  return {
    at: (from, to) => byRange.get(`${from}:${to}`),
    endingAt: (to) => byEnd.get(to),
    inside: (start, end) => spans.inside(start, end).find((e) => e.cluster.type !== "person")?.cluster,
    startingAt: (from) => byStart.get(from),
    covers: (i) => covered.has(i),
  };
}

/**
 * Finds the roles the article gives each person: before the name ("der südkoreanische Verteidigungsminister
 * Shin Won-sik", "Der stellvertretende Außenminister Südkoreas, Kim Hong-kyun", "Mayor Linda Carver") and in
 * an apposition after it ("Peskow, der Sprecher des Kremls,", "Tom Reyes, a spokesman for the department,").
 */
export function attachRoles(
  text: string,
  tokens: readonly Token[],
  clusters: readonly Cluster[],
  units: ReadonlyMap<number, SentenceUnit>,
): RoleFact[] {
  const idx = indexMentions(tokens, clusters);
  const facts: RoleFact[] = [];
  const seen = new Set<string>();
  for (const cluster of clusters) {
    if (cluster.type !== "person") continue;
    for (const m of cluster.mentions) {
      if (m.form === "pronoun" || m.form === "title") continue;
      const unit = units.get(m.sentence);
      if (!unit) continue;
      const from = tokenAt(tokens, m.start);
      const to = tokenAt(tokens, m.end - 1) + 1;
      const found = [roleBefore(text, tokens, unit, from, idx), roleAfter(text, tokens, unit, to, idx)];
      for (const r of found) {
        if (!r) continue;
        const key = `${r.role.span.start}:${r.role.span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        facts.push({ cluster, at: m.start, ...r });
      }
    }
  }
  return facts;
}

type Found = Omit<RoleFact, "cluster" | "at">;

function wordOf(text: string, tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t ? text.slice(t.start, t.end) : "";
}

/** The role word at token i, one or two words ("Prime Minister"), ending at token i. */
function roleEndingAt(
  text: string,
  tokens: readonly Token[],
  unit: SentenceUnit,
  i: number,
  idx: MentionIndex,
): { hit: RoleHit; from: number } | null {
  if (i < unit.from || tokens[i]?.kind !== "word") return null;
  const w = wordOf(text, tokens, i);
  if (i - 1 >= unit.from) {
    const phrase = lookupRolePhrase(unit.tools.roles, wordOf(text, tokens, i - 1), w);
    if (phrase) return { hit: phrase, from: i - 1 };
  }
  const hit = lookupRole(unit.tools.roles, w);
  if (!hit || hit.plural) return null;
  // English compounds of capitalised words: "Foreign Minister", "Defense Secretary".
  let from = i;
  if (!unit.tools.locale.roles.femaleSuffix) {
    while (
      from - 1 >= unit.from &&
      /^\p{Lu}\p{Ll}+$/u.test(wordOf(text, tokens, from - 1)) &&
      !idx.covers(from - 1) &&
      isRoleModifier(text, tokens, unit, from - 1)
    ) {
      from--;
    }
    if (from < i) return { hit: { ...hit, role: tokensSpanText(text, tokens, from, i + 1) }, from };
  }
  return { hit, from };
}

/** A capitalised word before an English role head that belongs to the role ("Foreign", "Defense"). */
function isRoleModifier(text: string, tokens: readonly Token[], unit: SentenceUnit, i: number): boolean {
  const w = wordOf(text, tokens, i);
  const lex = unit.tools.lex;
  return !lex.nonNames.has(w) && !lex.surfaces.has(w) && !lex.demonyms.has(w.toLowerCase()) && !lex.firstNames.has(w.toLowerCase());
}

function tokensSpanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

interface Affiliation {
  name: string;
  cluster?: Cluster;
}

/** Left of the name: [qualifiers] [demonym] ROLE [genitive affiliation] [,] NAME. */
function roleBefore(text: string, tokens: readonly Token[], unit: SentenceUnit, nameFrom: number, idx: MentionIndex): Found | null {
  const locale = unit.tools.locale;
  // "Direktorin des US-Geheimdienstes", "Sprecher der Unionsfraktion": a genitive article or a link word.
  const isLink = (w: string) => {
    const lw = w.toLowerCase();
    return locale.names.genitiveDeterminers.includes(lw) || locale.roles.affiliationLinks.includes(lw);
  };
  let i = nameFrom - 1;
  if (i >= unit.from && wordOf(text, tokens, i) === ",") i--;
  let affiliation: Affiliation | undefined;
  const end = i + 1;
  // A genitive affiliation between role and name: "Außenminister Südkoreas", "Direktorin des US-Geheimdienstes".
  const ending = idx.endingAt(i + 1);
  if (ending && ending.cluster.type !== "person" && !roleEndingAt(text, tokens, unit, i, idx)) {
    affiliation = { name: ending.cluster.name, cluster: ending.cluster };
    i = ending.fromToken - 1;
  } else if (
    i - 1 >= unit.from &&
    isLink(wordOf(text, tokens, i - 1)) &&
    /^\p{Lu}/u.test(wordOf(text, tokens, i)) &&
    !roleEndingAt(text, tokens, unit, i, idx)
  ) {
    affiliation = { name: stripGenitive(wordOf(text, tokens, i), locale.names.genitiveEndings) };
    i -= 1;
  }
  if (affiliation && i >= unit.from && isLink(wordOf(text, tokens, i))) i--;
  const role = roleEndingAt(text, tokens, unit, i, idx);
  if (!role) return null;
  // Qualifiers and demonyms before the role.
  const qualifiers: string[] = [];
  let start = role.from;
  let j = role.from - 1;
  for (let steps = 0; j >= unit.from && steps < MAX_ROLE_LOOKBACK; steps++, j--) {
    const w = wordOf(text, tokens, j);
    const q = lookupQualifier(unit.tools.roles, w, locale.roles.adjectiveEndings);
    if (q) {
      qualifiers.unshift(q);
      start = j;
      continue;
    }
    const dem = idx.endingAt(j + 1);
    if (dem && dem.cluster.type === "location" && !affiliation) {
      affiliation = { name: dem.cluster.name, cluster: dem.cluster };
      start = dem.fromToken;
      j = dem.fromToken;
      continue;
    }
    break;
  }
  return build(text, tokens, unit, role.hit, start, end, affiliation, qualifiers, idx, tokens[role.from]!.start);
}

/** Right of the name: NAME , [det] [qualifiers] ROLE [link [det] affiliation] (, | end). */
function roleAfter(text: string, tokens: readonly Token[], unit: SentenceUnit, nameTo: number, idx: MentionIndex): Found | null {
  const locale = unit.tools.locale;
  let i = nameTo;
  if (wordOf(text, tokens, i) !== ",") return null;
  i++;
  if (locale.roles.appositionDeterminers.includes(wordOf(text, tokens, i).toLowerCase())) i++;
  const qualifiers: string[] = [];
  const start = i;
  let roleAt = -1;
  for (let steps = 0; i < unit.to && steps < MAX_APPOSITION_LENGTH; steps++, i++) {
    const q = lookupQualifier(unit.tools.roles, wordOf(text, tokens, i), locale.roles.adjectiveEndings);
    if (q) {
      qualifiers.push(q);
      continue;
    }
    if (idx.at(i, i + 1)?.cluster.type === "location") continue;
    roleAt = i;
    break;
  }
  if (roleAt < 0) return null;
  const hit = lookupRole(unit.tools.roles, wordOf(text, tokens, roleAt));
  if (!hit || hit.plural) return null;
  let end = roleAt + 1;
  let affiliation: Affiliation | undefined;
  const demonym = start < roleAt ? idx.at(roleAt - 1, roleAt) : undefined;
  if (demonym?.cluster.type === "location") affiliation = { name: demonym.cluster.name, cluster: demonym.cluster };
  if (locale.roles.affiliationLinks.includes(wordOf(text, tokens, end).toLowerCase())) {
    const found = affiliationAfter(text, tokens, unit, end + 1, idx);
    if (found) {
      affiliation = found.affiliation;
      end = found.end;
    }
  }
  const close = wordOf(text, tokens, end);
  if (end < unit.to && close !== "," && close !== ")" && tokens[end]?.kind !== "punct") return null;
  return build(text, tokens, unit, hit, start, end, affiliation, qualifiers, idx, tokens[roleAt]!.start);
}

/** Longest affiliation after a link word: "des Kremls", "for the Department of Transportation", "for the department". */
const MAX_AFFILIATION_WORDS = 6;

/**
 * The affiliation that starts at token k (after a link word such as "des", "for"): an entity of the article,
 * else the words up to the next comma or bracket, without their determiner.
 */
function affiliationAfter(text: string, tokens: readonly Token[], unit: SentenceUnit, k: number, idx: MentionIndex): { affiliation: Affiliation; end: number } | null {
  const locale = unit.tools.locale;
  let from = k;
  if (locale.names.determiners.includes(wordOf(text, tokens, from).toLowerCase()) || locale.roles.appositionDeterminers.includes(wordOf(text, tokens, from).toLowerCase())) from++;
  const ent = idx.startingAt(from);
  if (ent) return { affiliation: { name: ent.cluster.name, cluster: ent.cluster }, end: ent.toToken };
  let stop = from;
  while (stop < unit.to && stop - from < MAX_AFFILIATION_WORDS && tokens[stop]!.kind === "word") stop++;
  if (stop === from) return null;
  const words = tokensSpanText(text, tokens, from, stop);
  return { affiliation: { name: stripGenitive(words, locale.names.genitiveEndings) }, end: stop };
}

function build(
  text: string,
  tokens: readonly Token[],
  unit: SentenceUnit,
  hit: RoleHit,
  from: number,
  to: number,
  affiliation: Affiliation | undefined,
  qualifiers: string[],
  idx: MentionIndex,
  roleStart: number,
): Found {
  let aff = affiliation;
  if (!aff && hit.prefix) {
    const inner = idx.inside(roleStart, roleStart + hit.prefix.length);
    const entry = unit.tools.lex.surfaces.get(hit.prefix)?.[0];
    aff = inner ? { name: inner.name, cluster: inner } : entry ? { name: entry.name } : undefined;
  }
  if (!aff && hit.affiliation) {
    const country = unit.tools.lex.countryNames.get(hit.affiliation);
    aff = { name: country ?? hit.affiliation };
  }
  const role: Role = { span: span(text, tokens[from]!.start, tokens[to - 1]!.end), role: hit.role };
  if (aff) role.affiliation = aff.name;
  if (qualifiers.length) role.qualifiers = qualifiers;
  const found: Found = { role, hit };
  if (aff?.cluster) found.affiliationCluster = aff.cluster;
  return found;
}
