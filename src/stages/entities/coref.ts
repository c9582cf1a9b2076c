import type { Token } from "../../model/types.js";
import { span } from "../../model/span.js";
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
  const unit = unitOf(cluster.mentions[0]!.sentence);
  const first = cluster.name.split(" ")[0]!.toLowerCase();
  const g = unit?.tools.lex.firstNames.get(first);
  return g ?? "u";
}

function compatibleGender(person: Gender, wanted: Gender): boolean {
  return person === wanted || person === "u" || wanted === "u";
}

interface RoleSpanSet {
  has(start: number): boolean;
}

function roleSpans(facts: readonly RoleFact[]): RoleSpanSet {
  const spans = facts.map((f) => f.role.span);
  return { has: (start) => spans.some((s) => start >= s.start && start < s.end) };
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
      const matching = facts.filter(
        (f) => roleMatches(f, hit, country) && compatibleGender(clusterGender(f.cluster, facts, unitOf), hit.gender === "f" ? "f" : "u"),
      );
      let target: Cluster | undefined;
      if (hit.means) {
        const owners = new Set(matching.map((f) => f.cluster));
        if (owners.size === 1) target = [...owners][0];
      } else {
        const earlier = matching.filter((f) => f.at < t.start).sort((a, b) => b.at - a.at);
        target = earlier[0]?.cluster;
      }
      if (!target) continue;
      target.mentions.push({ ...span(text, t.start, t.end), form: "title", sentence: unit.index });
      target.mentions.sort((a, b) => a.start - b.start);
    }
  }
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
      const target = antecedent(people, genders, entry.gender, unit.index - window, t.start, entry.ambiguous === "plural", (m) => opensClause(text, m, units));
      if (!target) continue;
      target.mentions.push({ ...span(text, t.start, t.end), form: "pronoun", sentence: unit.index });
      target.mentions.sort((a, b) => a.start - b.start);
    }
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

function antecedent(
  people: readonly Cluster[],
  genders: ReadonlyMap<Cluster, Gender>,
  gender: "m" | "f",
  fromSentence: number,
  at: number,
  needsKnownGender: boolean,
  subjectPronoun: (m: { start: number; sentence: number }) => boolean,
): Cluster | undefined {
  const candidates: Array<{ cluster: Cluster; start: number; subject: boolean }> = [];
  for (const c of people) {
    const g = genders.get(c) ?? "u";
    if (needsKnownGender ? g !== gender : !compatibleGender(g, gender)) continue;
    for (const m of c.mentions) {
      if (m.start >= at || m.sentence < fromSentence) continue;
      candidates.push({ cluster: c, start: m.start, subject: false });
    }
  }
  if (!candidates.length) return undefined;
  // The first person named in each sentence is its likely subject.
  const firstInSentence = new Map<number, number>();
  for (const c of people) {
    for (const m of c.mentions) {
      if (m.form === "pronoun") continue;
      const prev = firstInSentence.get(m.sentence);
      if (prev === undefined || m.start < prev) firstInSentence.set(m.sentence, m.start);
    }
  }
  candidates.sort((a, b) => b.start - a.start);
  // A resolved pronoun that opens its clause is that clause's subject too: pronouns go to the previous
  // clause's subject before its objects ("Meier hat Zweifel, er schreibt Schulz eine Mail. Er …" is Meier).
  let best: { cluster: Cluster; score: number; subject: boolean } | undefined;
  candidates.forEach((c, rank) => {
    const mention = c.cluster.mentions.find((m) => m.start === c.start)!;
    const subject = firstInSentence.get(mention.sentence) === c.start || (mention.form === "pronoun" && subjectPronoun(mention));
    const score = rank - (subject ? SUBJECT_BONUS : 0);
    if (!best || score < best.score || (score === best.score && subject && !best.subject)) best = { cluster: c.cluster, score, subject };
  });
  return best?.cluster;
}
