import type { Clause, Span } from "../../model/types.js";

/**
 * Look-ups over a document's clauses for the stages after the clauses stage. `clauses` is the document's
 * `clauses[]` (sorted by sentence, then start).
 */

/** The clauses of sentence `sentence`, in text order. */
export function clausesOfSentence(clauses: readonly Clause[], sentence: number): Clause[] {
  let lo = 0;
  let hi = clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  const out: Clause[] = [];
  for (let k = lo; k < clauses.length && clauses[k]!.sentence === sentence; k++) out.push(clauses[k]!);
  return out;
}

/** The innermost clause whose range holds character `offset`, or null. */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | null {
  let best: Clause | null = null;
  for (const c of clauses) {
    if (c.start > offset) break;
    if (offset < c.end && (best === null || c.end - c.start <= best.end - best.start)) best = c;
  }
  return best;
}

/**
 * The subject of the clause whose verb complex holds the word at `offset` (any character of it), or,
 * when that clause names none, of the clause it is coordinated with ("…, sagte aber, …"). Null when no
 * clause has a verb there or no subject is found.
 */
export function subjectOfVerb(clauses: readonly Clause[], offset: number): (Span & { head: Span }) | null {
  const clause = clauseOfVerb(clauses, offset);
  let c: Clause | null = clause;
  for (let hops = 0; c && hops < clauses.length; hops++) {
    if (c.subject) return c.subject;
    c = c.conjunct === null ? null : clauses[c.conjunct] ?? null;
  }
  return null;
}

/** The clause whose verb complex holds the word at `offset`, or null. */
export function clauseOfVerb(clauses: readonly Clause[], offset: number): Clause | null {
  for (const c of clauses) {
    if (c.start > offset) break;
    if (offset >= c.end) continue;
    if (c.verbs.some((v) => v.start <= offset && offset < v.end)) return c;
  }
  return null;
}
