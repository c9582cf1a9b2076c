import type { Entity, EntityType, Mention, Token } from "../../model/types.js";
import { span } from "../../model/span.js";
import { SpanIndex } from "../../model/span-index.js";
import type { Locale } from "../../locales/types.js";
import { foldName, type FoldContext } from "./fold.js";
import { isParticleName, type Lexicon } from "./lexicon.js";
import type { Candidate } from "./mentions.js";

/** A mention while entities are built: its block is known from its sentence at the end. */
export type WorkMention = Omit<Mention, "block"> & { sentence: number };

/** An entity while it is being built: its mentions with the sentence each lies in. */
export interface Cluster {
  type: EntityType;
  name: string;
  subtype?: Entity["subtype"];
  country?: string;
  mentions: WorkMention[];
  /** Whether the name came from the lexicon (then it is canonical and never replaced by a longer form). */
  fixed: boolean;
}

/** Words of a name for matching a short form to it ("Shin" in "Shin Won-sik"). */
function nameWords(name: string): string[] {
  return name.split(/\s+/);
}

export interface ClusterInput {
  text: string;
  candidates: readonly Candidate[];
  /** Locale of each candidate's block. */
  localeOf: (c: Candidate) => Locale;
  lexiconOf: (c: Candidate) => Lexicon;
  /** Lowercase word before and after a candidate. */
  before: (c: Candidate) => string;
  after: (c: Candidate) => string;
}

/**
 * Groups the candidates of one article into entities: the lexicon's entities by canonical name; names found
 * by the tagger and rules by their folded form; a person's short name ("Shin", "Putins") with the full name
 * that has it as a word, the nearest one before it, else the first one after it.
 */
export function clusterCandidates(input: ClusterInput): Cluster[] {
  const { text, candidates } = input;
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const knownNames = new Set<string>();
  for (const c of candidates) if (c.source !== "lexicon") for (const w of nameWords(c.name)) knownNames.add(w);
  for (const c of candidates) if (c.source !== "lexicon") knownNames.add(c.name);

  const folded = candidates.map((c) => {
    if (c.source === "lexicon") return c.name;
    const locale = input.localeOf(c);
    const lex = input.lexiconOf(c);
    const ctx: FoldContext = {
      before: input.before(c),
      after: input.after(c),
      genitiveDeterminers: lex.sets.genitiveDeterminers,
      weakDeterminers: lex.sets.weakDeterminers,
      genitiveEndings: locale.names.genitiveEndings,
      isFirstName: (w) => lex.firstNames.has(w.toLowerCase()),
      knownNames,
    };
    return foldName(c.name, c.type, ctx);
  });

  // Full names first, so that short names find them; acronyms in parentheses after the names they stand for.
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => Number(!!candidates[a]!.aliasOf) - Number(!!candidates[b]!.aliasOf) || nameWords(folded[b]!).length - nameWords(folded[a]!).length || a - b);
  const indexOf = new Map(candidates.map((c, i) => [c, i]));
  const personFull = new FullNames();
  const assigned = new Array<Cluster | undefined>(candidates.length);
  const aliases = new Map<Cluster, Set<string>>();
  for (const i of order) {
    const c = candidates[i]!;
    const name = folded[i]!;
    let cluster: Cluster | undefined;
    let form = c.form;
    const aliased = c.aliasOf ? assigned[indexOf.get(c.aliasOf) ?? -1] : undefined;
    if (aliased) {
      cluster = aliased;
      (aliases.get(cluster) ?? aliases.set(cluster, new Set()).get(cluster)!).add(c.name);
    } else if (c.type === "person" && c.source !== "lexicon") {
      const words = nameWords(name);
      cluster = byKey.get(`person|${name}`);
      if (!cluster) {
        const owner = shortNameOwner(personFull, words, c.start);
        if (owner) {
          cluster = owner;
          form = "short";
        }
      }
      // The same name typed otherwise elsewhere in the article is that entity ("Quantexa Solutions").
      const other = sameNameOtherType(byKey, name, c);
      if (!cluster && other && !other.fixed) cluster = other;
      if (!cluster) {
        cluster = newCluster(clusters, byKey, c, name);
        personFull.add({ cluster, words: new Set(words), firstAt: c.start });
      }
    } else {
      const key = `${c.type}|${name}`;
      cluster = byKey.get(key) ?? sameNameOtherType(byKey, name, c) ?? newCluster(clusters, byKey, c, name);
    }
    assigned[i] = cluster;
    cluster.mentions.push({ ...span(text, c.start, c.end), form, sentence: c.sentence });
  }
  // A name the article also spells as an acronym in parentheses: other entities named just that acronym
  // (found by the tagger elsewhere: "mit Vertretern … des ZDS") are that entity.
  const byName = new Map<string, number[]>();
  clusters.forEach((cl, i) => {
    const list = byName.get(cl.name);
    if (list) list.push(i);
    else byName.set(cl.name, [i]);
  });
  for (const [target, names] of aliases) {
    const named = [...names].flatMap((n) => byName.get(n) ?? []).sort((a, b) => a - b);
    for (const other of named.map((i) => clusters[i]!)) {
      if (other === target || other.fixed || !names.has(other.name)) continue;
      for (const m of other.mentions) target.mentions.push({ ...m, form: "acronym" });
      other.mentions = [];
    }
  }
  for (const cl of clusters) cl.mentions.sort((a, b) => a.start - b.start);
  return clusters.filter((cl) => cl.mentions.length > 0);
}

function newCluster(clusters: Cluster[], byKey: Map<string, Cluster>, c: Candidate, name: string): Cluster {
  // Every cluster has every property, so that the code reading clusters sees one shape (docs/architecture.md, "Speed").
  const cluster: Cluster = { type: c.type, name, subtype: c.subtype || undefined, country: c.country || undefined, mentions: [], fixed: c.source === "lexicon" };
  clusters.push(cluster);
  byKey.set(`${c.type}|${name}`, cluster);
  return cluster;
}

/**
 * A name the tagger typed differently elsewhere in the article ("Bloomberg" as ORG once, media from the
 * lexicon another time) joins the lexicon's entity, or the first one found.
 */
function sameNameOtherType(byKey: Map<string, Cluster>, name: string, c: Candidate): Cluster | undefined {
  if (c.source === "lexicon") return undefined;
  for (const type of ["media", "organization", "location", "person"] as const) {
    const cl = byKey.get(`${type}|${name}`);
    if (cl && (cl.fixed || type !== c.type)) return cl;
  }
  return undefined;
}

interface FullName {
  cluster: Cluster;
  words: Set<string>;
  firstAt: number;
}

/** The persons' full names so far, in order of addition, and by each of their words. */
class FullNames {
  private readonly byWord = new Map<string, FullName[]>();

  add(name: FullName): void {
    for (const w of name.words) {
      const list = this.byWord.get(w);
      if (list) list.push(name);
      else this.byWord.set(w, [name]);
    }
  }

  /** The full names that have this word, in order of addition. */
  withWord(word: string): readonly FullName[] {
    return this.byWord.get(word) ?? [];
  }
}

/**
 * The person a short name belongs to: a full name (of more words) that holds every word of it, the nearest
 * before it, else the first after it. None when the words match no full name.
 */
function shortNameOwner(people: FullNames, words: readonly string[], at: number): Cluster | undefined {
  let before: { cluster: Cluster; firstAt: number } | undefined;
  let after: { cluster: Cluster; firstAt: number } | undefined;
  // A full name that holds every word holds the first one.
  for (const p of people.withWord(words[0]!)) {
    if (p.words.size <= words.length || !words.every((w) => p.words.has(w))) continue;
    if (p.firstAt <= at) {
      if (!before || p.firstAt > before.firstAt) before = p;
    } else if (!after || p.firstAt < after.firstAt) after = p;
  }
  return (before ?? after)?.cluster;
}

/** Shortest word of a full name that stands for the person alone ("Shin"; not "Le", "Al"). */
const MIN_SHORT_NAME = 3;

/**
 * Short names the tagger and rules did not find: a capitalised word, bare or in the genitive ("Shin",
 * "Shins", "Reyes's"), that is a word of a person's full name in the article becomes a short mention of that
 * person (the nearest one named before it, else the first after it).
 */
export function addShortMentions(
  text: string,
  tokens: readonly Token[],
  clusters: readonly Cluster[],
  units: ReadonlyArray<{ index: number; from: number; to: number; tools: { locale: Locale; lex: Lexicon } }>,
): void {
  const owners = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type !== "person") continue;
    const words = nameWords(c.name);
    if (words.length < 2) continue;
    const lex = units[0]?.tools.lex;
    for (const w of words) {
      if (w.length < MIN_SHORT_NAME || !(/^\p{Lu}/u.test(w) || (lex && isParticleName(lex, w)))) continue;
      const list = owners.get(w);
      if (list) list.push(c);
      else owners.set(w, [c]);
    }
  }
  if (!owners.size) return;
  // A town or organisation of the lexicon named like a person's surname in the article ("Petra Vogt" …
  // "sagte Vogt", where Vogt is a Bavarian town) is that person wherever its bare word stands; so is a
  // place or organisation that only the tagger guessed ("Petra Köpping" … "sagte Köpping").
  for (const c of clusters) {
    const named = c.fixed ? c.subtype === "city" || c.type === "organization" : c.type === "location" || c.type === "organization";
    if (!named || !owners.has(c.name)) continue;
    const people = owners.get(c.name)!.filter((p) => nameWords(p.name).at(-1) === c.name);
    if (people.length !== 1 || !c.mentions.every((m) => m.text === c.name)) continue;
    for (const m of c.mentions) people[0]!.mentions.push({ ...m, form: "short" });
    people[0]!.mentions.sort((a, b) => a.start - b.start);
    c.mentions = [];
  }
  const covered = new SpanIndex(clusters.flatMap((c) => c.mentions));
  const isCovered = (start: number, end: number) => covered.anyOverlapping(start, end);
  const mentions = new ShortMentions();
  for (const u of units) {
    const endings = u.tools.locale.names.genitiveEndings;
    for (let i = u.from; i < u.to; i++) {
      const t = tokens[i]!;
      if (t.kind !== "word") continue;
      const w = text.slice(t.start, t.end);
      if ((!/^\p{Lu}/u.test(w) && !isParticleName(u.tools.lex, w)) || u.tools.lex.nonNames.has(w)) continue;
      let key = owners.has(w) ? w : undefined;
      for (const e of endings) if (!key && w.endsWith(e) && owners.has(w.slice(0, -e.length))) key = w.slice(0, -e.length);
      if (!key || isCovered(t.start, t.end)) continue;
      const candidates = owners.get(key)!;
      // The person named last before the word (the first of them if several were), else the first.
      let owner: Cluster | undefined;
      let ownerLast = -1;
      for (const c of candidates) {
        if (mentions.firstStart(c) >= t.start) continue;
        const last = mentions.lastBefore(c, t.start);
        if (!owner || last > ownerLast) {
          owner = c;
          ownerLast = last;
        }
      }
      mentions.add(owner ?? candidates[0]!, { ...span(text, t.start, t.end), form: "short", sentence: u.index });
    }
  }
  mentions.finish();
}

/**
 * Short mentions added in text order: each cluster's list is sorted once at the end. Until then the
 * starts of its mentions are answered from the list as it was (sorted) and the mentions added since
 * (all before the word being read).
 */
class ShortMentions {
  private readonly sortedStarts = new Map<Cluster, number[]>();
  private readonly added = new Map<Cluster, number[]>();

  private starts(c: Cluster): number[] {
    let starts = this.sortedStarts.get(c);
    if (!starts) {
      starts = c.mentions.map((m) => m.start);
      this.sortedStarts.set(c, starts);
    }
    return starts;
  }

  /** Where the cluster's first mention starts. */
  firstStart(c: Cluster): number {
    return Math.min(this.starts(c)[0] ?? Infinity, this.added.get(c)?.[0] ?? Infinity);
  }

  /** The latest start of a mention before `at`, or -1. */
  lastBefore(c: Cluster, at: number): number {
    const starts = this.starts(c);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    const fromList = lo > 0 ? starts[lo - 1]! : -1;
    const added = this.added.get(c);
    const latest = added && added.length > 0 ? added[added.length - 1]! : -1;
    return Math.max(fromList, latest < at ? latest : -1);
  }

  add(c: Cluster, mention: Cluster["mentions"][number]): void {
    this.starts(c);
    const list = this.added.get(c);
    if (list) list.push(mention.start);
    else this.added.set(c, [mention.start]);
    c.mentions.push(mention);
  }

  finish(): void {
    for (const c of this.added.keys()) c.mentions.sort((a, b) => a.start - b.start);
  }
}

/** Mention forms that name an entity by its own name, which the article may repeat bare. */
const REPEATABLE_FORMS: ReadonlySet<string> = new Set(["name", "acronym"]);
/** An acronym's shape: no lowercase letter after its first ("ZDS", "BAMF", "G7"). */
const ACRONYM_SHAPE = /^\p{Lu}[^\p{Ll}]+$/u;

/**
 * Names found again: a name or acronym the tagger or the rules found somewhere in the article (not the
 * lexicon's, which are found wherever they stand) is a mention of the same entity wherever else it stands
 * bare, before or after ("… Seehafenbetriebe (ZDS) … mit Vertretern von Verdi und dem ZDS"). A one-word
 * name that is also a common noun or a word that is never a name is not spread, nor a name two entities
 * share.
 */
export function findNamesAgain(
  text: string,
  tokens: readonly Token[],
  clusters: readonly Cluster[],
  units: ReadonlyArray<{ index: number; from: number; to: number; tools: { lex: Lexicon; nouns: { has(word: string): boolean } | null } }>,
): void {
  const owner = new Map<string, { cluster: Cluster; form: NonNullable<Mention["form"]> } | null>();
  for (const c of clusters) {
    if (c.fixed) continue;
    for (const m of c.mentions) {
      const form = m.form ?? "name";
      if (!REPEATABLE_FORMS.has(form) || !/^[\p{Lu}\d]/u.test(m.text)) continue;
      const prev = owner.get(m.text);
      owner.set(m.text, prev === undefined || prev?.cluster === c ? { cluster: c, form } : null);
    }
  }
  if (!owner.size) return;
  const covered = new SpanIndex(clusters.flatMap((c) => c.mentions));
  // Mentions found here come in text order and never overlap: the last one is the only one that can overlap a later word.
  let lastAdded: { start: number; end: number } | undefined;
  const isCovered = (start: number, end: number) =>
    covered.anyOverlapping(start, end) || (lastAdded !== undefined && lastAdded.start < end && start < lastAdded.end);
  // The names by their first word, longest first.
  const byFirst = new Map<string, string[]>();
  for (const name of owner.keys()) {
    const first = name.split(" ")[0]!;
    const list = byFirst.get(first);
    if (list) list.push(name);
    else byFirst.set(first, [name]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  for (const u of units) {
    const { lex, nouns } = u.tools;
    for (let i = u.from; i < u.to; i++) {
      const t = tokens[i]!;
      const names = byFirst.get(text.slice(t.start, t.end));
      if (!names) continue;
      for (const name of names) {
        const own = owner.get(name);
        if (!own) continue;
        const words = name.split(" ").length;
        const last = tokens[i + words - 1];
        if (!last || i + words > u.to || text.slice(t.start, last.end).replace(/\s+/g, " ") !== name) continue;
        if (words === 1 && !ACRONYM_SHAPE.test(name) && ((nouns?.has(name) ?? false) || lex.nonNames.has(name))) continue;
        if (isCovered(t.start, last.end)) continue;
        const mention = { ...span(text, t.start, last.end), form: own.form, sentence: u.index };
        own.cluster.mentions.push(mention);
        lastAdded = mention;
        i += words - 1;
        break;
      }
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}
