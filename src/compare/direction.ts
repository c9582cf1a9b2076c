/**
 * Which text is the other's source, where the evidence tells it — else `null`, because a guess is worse
 * than no answer. Evidence, strongest first: a note that one text is a translation ("Aus dem Englischen",
 * "translated from") or a translator's credit; a wire credit in one text naming the other's outlet or
 * agency; the publication dates. Signals that disagree give `null`. Which text contains the other is no
 * evidence by itself (an excerpt and an expansion look alike): it is reported, not used.
 */
import type { Direction, Relation } from "../model/compare.js";
import type { DocProfile } from "./profile.js";

export interface DirectionFacts {
  direction: Direction;
  evidence: string[];
}

/** Relations where one text can be the other's source. */
const DERIVED: ReadonlySet<Relation> = new Set(["near-duplicate", "rewrite", "translation"]);

function agencyDirection(a: DocProfile, b: DocProfile): { direction: Direction; evidence: string } | null {
  const namesA = new Set(a.names);
  const namesB = new Set(b.names);
  const creditsA = new Set(a.agencies);
  const creditsB = new Set(b.agencies);
  const bCreditsA = [...creditsB].find((x) => namesA.has(x));
  const aCreditsB = [...creditsA].find((x) => namesB.has(x));
  if (bCreditsA && !aCreditsB) return { direction: "a->b", evidence: `B credits ${bCreditsA}, A's outlet` };
  if (aCreditsB && !bCreditsA) return { direction: "b->a", evidence: `A credits ${aCreditsB}, B's outlet` };
  return null;
}

function dateDirection(a: DocProfile, b: DocProfile): { direction: Direction; evidence: string } | null {
  const da = a.published;
  const db = b.published;
  if (!da || !db || da === db) return null;
  return da < db ? { direction: "a->b", evidence: `A was published first (${da}, B ${db})` } : { direction: "b->a", evidence: `B was published first (${db}, A ${da})` };
}

function translationDirection(a: DocProfile, b: DocProfile): { direction: Direction; evidence: string } | null {
  const ma = a.translation;
  const mb = b.translation;
  if (ma && mb) return { direction: null, evidence: `both texts say they are translations ("${ma.words}", "${mb.words}")` };
  const one = mb ? { mark: mb, source: a, target: "B", dir: "a->b" as const } : ma ? { mark: ma, source: b, target: "A", dir: "b->a" as const } : null;
  if (!one) return null;
  if (one.mark.from && one.mark.from !== one.source.language) {
    return { direction: null, evidence: `${one.target} says it is translated from another language ("${one.mark.words}")` };
  }
  return { direction: one.dir, evidence: `${one.target} says it is a translation ("${one.mark.words}")` };
}

/** The direction of a pair of related texts, with the evidence. */
export function directionOf(a: DocProfile, b: DocProfile, relation: Relation): DirectionFacts {
  if (!DERIVED.has(relation)) return { direction: null, evidence: [] };
  const signals = [relation === "translation" ? translationDirection(a, b) : null, agencyDirection(a, b), dateDirection(a, b)].filter(
    (s): s is { direction: Direction; evidence: string } => s !== null,
  );
  const evidence = signals.map((s) => s.evidence);
  const given = new Set(signals.map((s) => s.direction));
  if (given.has(null) || given.size !== 1) {
    return { direction: null, evidence: given.size > 1 ? [...evidence, "the signals disagree"] : evidence };
  }
  return { direction: signals[0]!.direction, evidence };
}
