import type { Token } from "../../model/types.js";
import { span } from "../../model/span.js";
import { SpanIndex } from "../../model/span-index.js";
import type { Cluster } from "./cluster.js";
import type { SentenceUnit } from "./index.js";
import { lookupRole, type RoleHit } from "./role-index.js";
import type { RoleFact } from "./roles.js";

/**
 * Sentences back a pronoun may look for its person ("nearby"): the one before for pronouns that may also
 * refer to things (German "er"), two for pronouns that refer only to persons (English "he"). A pronoun
 * resolved before counts as a mention, so chains ("Er … Er …") carry on.
 */
const PRONOUN_WINDOW = 1;
const PERSON_PRONOUN_WINDOW = 2;
/** Weight of being the first person named in its sentence (its likely subject) against recency. */
const SUBJECT_BONUS = 1;

type Gender = "m" | "f" | "u";

/** A person's gender as the article shows it: a female or male role form first, then the first name. */
export function clusterGender(cluster: Cluster, facts: readonly RoleFact[], unitOf: (sentence: number) => SentenceUnit | undefined): Gender {
  for (const f of facts) if (f.cluster === cluster && f.hit.gender !== "u") return f.hit.gender;
  return nameGender(cluster, cluster.mentions[0]!, unitOf);
}

/** The gender of a person's first name, in the language of the sentence of the given mention. */
function nameGender(cluster: Cluster, first: { sentence: number }, unitOf: (sentence: number) => SentenceUnit | undefined): Gender {
  const unit = unitOf(first.sentence);
  const g = unit?.tools.lex.firstNames.get(cluster.name.split(" ")[0]!.toLowerCase());
  return g ?? "u";
}

/** The gender of each person's first female or male role form (clusterGender's first rule), for all at once. */
function roleGenders(facts: readonly RoleFact[]): Map<Cluster, Gender> {
  const genders = new Map<Cluster, Gender>();
  for (const f of facts) if (f.hit.gender !== "u" && !genders.has(f.cluster)) genders.set(f.cluster, f.hit.gender);
  return genders;
}

/**
 * Mentions added to clusters during a pass over the text: appended, and each cluster's list sorted once
 * at the end (sorting after every addition made a long text quadratic). Until then `first` gives the
 * mention that sorting would put first.
 */
class AddedMentions {
  private readonly firsts = new Map<Cluster, Cluster["mentions"][number]>();
  private readonly touched = new Set<Cluster>();

  add(cluster: Cluster, mention: Cluster["mentions"][number]): void {
    const first = this.first(cluster);
    if (!first || mention.start < first.start) this.firsts.set(cluster, mention);
    cluster.mentions.push(mention);
    this.touched.add(cluster);
  }

  first(cluster: Cluster): Cluster["mentions"][number] | undefined {
    return this.firsts.get(cluster) ?? cluster.mentions[0];
  }

  /** Sorts the lists that got mentions, stably: what sorting after every addition gave. */
  finish(): void {
    for (const cluster of this.touched) cluster.mentions.sort((a, b) => a.start - b.start);
    this.touched.clear();
    this.firsts.clear();
  }
}

function compatibleGender(person: Gender, wanted: Gender): boolean {
  return person === wanted || person === "u" || wanted === "u";
}

interface RoleSpanSet {
  has(start: number): boolean;
}

function roleSpans(facts: readonly RoleFact[]): RoleSpanSet {
  const spans = new SpanIndex(facts.map((f) => f.role.span));
  return { has: (start) => spans.anyOverlapping(start, start + 1) };
}

/**
 * The facts whose role a title can match (`roleMatches` before its affiliation check): by every ending of
 * the fact's role (a title matches a role it ends), and by the office a fact's role word stands for.
 * Lists are in the order of the facts.
 */
interface FactIndex {
  byEnding: Map<string, number[]>;
  byMeans: Map<string, number[]>;
  /** Per title key: the facts sorted by position (ties in fact order), or the distinct persons. */
  sorted: Map<string, number[]>;
  owners: Map<string, Cluster[]>;
}

function factIndex(facts: readonly RoleFact[]): FactIndex {
  const byEnding = new Map<string, number[]>();
  const byMeans = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  facts.forEach((f, i) => {
    const role = f.role.role.toLowerCase();
    for (let k = 0; k <= role.length; k++) add(byEnding, role.slice(k), i);
    const means = f.hit.means?.toLowerCase();
    if (means !== undefined) add(byMeans, means, i);
  });
  return { byEnding, byMeans, sorted: new Map(), owners: new Map() };
}

/** The facts a title can match, before the affiliation check, in fact order. */
function titleFacts(index: FactIndex, title: RoleHit): number[] {
  if (!title.means) return index.byEnding.get(title.role.toLowerCase()) ?? [];
  const means = title.means.toLowerCase();
  const union = new Set([...(index.byEnding.get(means) ?? []), ...(index.byMeans.get(means) ?? [])]);
  return [...union].sort((a, b) => a - b);
}
/** Whether a fact's role is the role a title names: the same word, a compound of it, or the office it stands for. */
function roleMatches(fact: RoleFact, title: RoleHit, countryName: string | undefined): boolean {
  const factRole = fact.role.role.toLowerCase();
  if (title.means) {
    const meansRole = title.means.toLowerCase();
    const sameOffice = factRole === meansRole || factRole.endsWith(meansRole) || fact.hit.means?.toLowerCase() === meansRole;
    return sameOffice && (!countryName || fact.role.affiliation === countryName);
  }
  const titleRole = title.role.toLowerCase();
  return factRole === titleRole || factRole.endsWith(titleRole);
}

/**
 * Bare roles that refer to a person the article names: "der Minister", "the mayor" (a definite role word
 * with no name next to it) go to the nearest person before it with a matching role; a synonym that names
 * one office ("Kremlchef" = the Russian president) goes to the one person the article gives that role,
 * wherever in the article.
 */
export function resolveTitles(text: string, tokens: readonly Token[], clusters: readonly Cluster[], facts: readonly RoleFact[], units: readonly SentenceUnit[]): void {
  const used = roleSpans(facts);
  const unitOf = (s: number) => units[s];
  const index = factIndex(facts);
  const fromRoles = roleGenders(facts);
  const added = new AddedMentions();
  // clusterGender, with the first mention as it stands after the titles added so far.
  const genderOf = (c: Cluster): Gender => fromRoles.get(c) ?? nameGender(c, added.first(c)!, unitOf);
  for (const unit of units) {
    const definite = unit.tools.lex.sets.definiteDeterminers;
    for (let i = unit.from; i < unit.to; i++) {
      const t = tokens[i]!;
      if (t.kind !== "word") continue;
      const w = text.slice(t.start, t.end);
      const hit = lookupRole(unit.tools.roles, w);
      if (!hit || hit.plural || used.has(t.start)) continue;
      const next = tokens[i + 1];
      if (next && next.kind === "word" && /^\p{Lu}/u.test(text.slice(next.start, next.end)) && !hit.means) continue;
      const before = i > unit.from ? text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end).toLowerCase() : "";
      if (!hit.means && !definite.has(before)) continue;
      const country = hit.affiliation ? unit.tools.lex.countryNames.get(hit.affiliation) : undefined;
      const wanted: Gender = hit.gender === "f" ? "f" : "u";
      const key = `${hit.means ?? ""}|${hit.role}|${country ?? ""}`.toLowerCase();
      let target: Cluster | undefined;
      if (hit.means) {
        // The persons the article gives that office; the title names one when exactly one fits.
        let owners = index.owners.get(key);
        if (!owners) {
          owners = [...new Set(titleFacts(index, hit).flatMap((k) => (roleMatches(facts[k]!, hit, country) ? [facts[k]!.cluster] : [])))];
          index.owners.set(key, owners);
        }
        const fitting = owners.filter((c) => compatibleGender(genderOf(c), wanted));
        if (fitting.length === 1) target = fitting[0];
      } else {
        // The nearest fact before the title (the first of the facts at that place).
        let sorted = index.sorted.get(key);
        if (!sorted) {
          sorted = titleFacts(index, hit)
            .filter((k) => roleMatches(facts[k]!, hit, country))
            .sort((a, b) => facts[a]!.at - facts[b]!.at || a - b);
          index.sorted.set(key, sorted);
        }
        let k = lastBelow(sorted, (f) => facts[f]!.at, t.start);
        let best: RoleFact | undefined;
        for (; k >= 0; k--) {
          const f = facts[sorted[k]!]!;
          if (best && f.at !== best.at) break;
          if (compatibleGender(genderOf(f.cluster), wanted)) best = f;
        }
        target = best?.cluster;
      }
      if (!target) continue;
      added.add(target, { ...span(text, t.start, t.end), form: "title", sentence: unit.index });
    }
  }
  added.finish();
}

/** The index of the last item whose value is below `limit` in a list sorted by that value, or -1. */
function lastBelow(sorted: readonly number[], value: (item: number) => number, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(sorted[mid]!) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Third-person pronouns that refer to persons ("er", "sie", "he", "she"): resolved to the most recent
 * person of a compatible gender named in the same or the previous sentence, preferring the first person
 * named in a sentence (its likely subject), and added to that person's mentions. A German "sie" that is
 * plural by its verb ("sie sind") or a polite "Sie" inside a sentence is left alone, and so is a pronoun
 * with no person nearby: it then refers to a thing.
 */
export function resolvePronouns(text: string, tokens: readonly Token[], clusters: readonly Cluster[], facts: readonly RoleFact[], units: readonly SentenceUnit[]): void {
  const unitOf = (s: number) => units[s];
  const people = clusters.filter((c) => c.type === "person");
  const genders = new Map(people.map((c) => [c, clusterGender(c, facts, unitOf)]));
  const mentions = new PeopleMentions(people);
  for (const unit of units) {
    const pr = unit.tools.locale.pronouns;
    const forms = new Map(pr.personal.map((p) => [p.form, p]));
    const plural = unit.tools.lex.sets.pluralVerbs;
    for (let i = unit.from; i < unit.to; i++) {
      const t = tokens[i]!;
      if (t.kind !== "word") continue;
      const w = text.slice(t.start, t.end);
      const entry = forms.get(w.toLowerCase());
      if (!entry) continue;
      // A capitalised pronoun inside a sentence is the polite form ("Sie") or not a pronoun.
      if (i > unit.from && w !== w.toLowerCase()) continue;
      const next = tokens[i + 1] ? text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end).toLowerCase() : "";
      if (entry.ambiguous === "plural" && plural.has(next)) continue;
      const window = entry.ambiguous ? PRONOUN_WINDOW : PERSON_PRONOUN_WINDOW;
      const target = antecedent(mentions, genders, entry.gender, unit.index - window, unit.index, t.start, entry.ambiguous === "plural", (m) => opensClause(text, m, units));
      if (!target) continue;
      mentions.add(target, { ...span(text, t.start, t.end), form: "pronoun", sentence: unit.index });
    }
  }
  mentions.finish();
}

/** A person's mention as the pronoun resolution sees it: its person (by its place among the people) and an order among equal starts. */
interface PersonMention {
  person: number;
  cluster: Cluster;
  start: number;
  sentence: number;
  /** Order of addition: the mentions there were first, in cluster order, then the pronouns resolved. */
  seq: number;
  /** Whether the mention is a pronoun. */
  pronoun: boolean;
}

/**
 * The people's mentions by sentence, with the pronouns resolved so far, and the first person named in
 * each sentence (its likely subject; pronouns never count). Pronouns look back one or two sentences: by
 * sentence they find their candidates without a walk over every mention of the article.
 */
class PeopleMentions {
  private readonly bySentence = new Map<number, PersonMention[]>();
  readonly firstInSentence = new Map<number, number>();
  private readonly personIndex: Map<Cluster, number>;
  private readonly touched = new Set<Cluster>();
  private seq = 0;

  constructor(people: readonly Cluster[]) {
    this.personIndex = new Map(people.map((c, i) => [c, i]));
    people.forEach((c, person) => {
      for (const m of c.mentions) {
        this.put({ person, cluster: c, start: m.start, sentence: m.sentence, seq: this.seq++, pronoun: m.form === "pronoun" });
        if (m.form === "pronoun") continue;
        const prev = this.firstInSentence.get(m.sentence);
        if (prev === undefined || m.start < prev) this.firstInSentence.set(m.sentence, m.start);
      }
    });
  }

  private put(m: PersonMention): void {
    const list = this.bySentence.get(m.sentence);
    if (list) list.push(m);
    else this.bySentence.set(m.sentence, [m]);
  }

  inSentence(sentence: number): readonly PersonMention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** A resolved pronoun: it counts as a mention for the pronouns after it ("Er … Er …"). */
  add(cluster: Cluster, mention: Cluster["mentions"][number]): void {
    cluster.mentions.push(mention);
    this.touched.add(cluster);
    this.put({ person: this.personIndex.get(cluster)!, cluster, start: mention.start, sentence: mention.sentence, seq: this.seq++, pronoun: mention.form === "pronoun" });
  }

  /** Sorts the mentions of the persons that got pronouns, stably (what sorting after each one gave). */
  finish(): void {
    for (const c of this.touched) c.mentions.sort((a, b) => a.start - b.start);
  }
}

/** Marks before a word that opens a clause ("Meier hat Zweifel, er schreibt …"). */
const CLAUSE_OPENING = /[,;:–—(]\s*$/;

/** Whether a pronoun mention opens its sentence or a clause in it: then it is that clause's subject. */
function opensClause(text: string, m: { start: number; sentence: number }, units: readonly SentenceUnit[]): boolean {
  const sentence = units[m.sentence]?.sentence;
  if (sentence && sentence.start === m.start) return true;
  return CLAUSE_OPENING.test(text.slice(Math.max(0, m.start - 3), m.start));
}

/**
 * The person a pronoun refers to: among the mentions of persons of a fitting gender from `fromSentence`
 * up to the pronoun, the most recent, where the first person named in a sentence (its likely subject) is
 * worth SUBJECT_BONUS places more, and so is a resolved pronoun that opens its clause (that clause's subject).
 */
function antecedent(
  mentions: PeopleMentions,
  genders: ReadonlyMap<Cluster, Gender>,
  gender: "m" | "f",
  fromSentence: number,
  sentence: number,
  at: number,
  needsKnownGender: boolean,
  subjectPronoun: (m: { start: number; sentence: number }) => boolean,
): Cluster | undefined {
  const candidates: PersonMention[] = [];
  for (let s = Math.max(0, fromSentence); s <= sentence; s++) {
    for (const m of mentions.inSentence(s)) {
      if (m.start >= at) continue;
      const g = genders.get(m.cluster) ?? "u";
      if (needsKnownGender ? g !== gender : !compatibleGender(g, gender)) continue;
      candidates.push(m);
    }
  }
  if (!candidates.length) return undefined;
  // Most recent first; among mentions at one place, in the order of the people, then of addition.
  candidates.sort((a, b) => b.start - a.start || a.person - b.person || a.seq - b.seq);
  // A resolved pronoun that opens its clause is that clause's subject too: pronouns go to the previous
  // clause's subject before its objects ("Meier hat Zweifel, er schreibt Schulz eine Mail. Er …" is Meier).
  let best: { cluster: Cluster; score: number; subject: boolean } | undefined;
  candidates.forEach((c, rank) => {
    const subject = mentions.firstInSentence.get(c.sentence) === c.start || (c.pronoun && subjectPronoun(c));
    const score = rank - (subject ? SUBJECT_BONUS : 0);
    if (!best || score < best.score || (score === best.score && subject && !best.subject)) best = { cluster: c.cluster, score, subject };
  });
  return best?.cluster;
}
