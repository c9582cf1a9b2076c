import type { Locale, WordSet } from "../../locales/types.js";
import { auxiliaryForms } from "./tagger.js";

/** A locale's clause words compiled into sets, once per locale. */
export interface ClauseLexicon {
  locale: Locale;
  verbSecond: boolean;
  complementizers: Set<string>;
  subordinators: Set<string>;
  interrogatives: Set<string>;
  relativePronouns: Set<string>;
  /** Every form of the auxiliaries and modals. */
  auxiliaryForms: Set<string>;
  auxiliaryLemmas: Set<string>;
  copulas: Set<string>;
  conditionalAuxiliaries: Set<string>;
  infinitiveMarker: string;
  particles: WordSet;
  coordinators: Set<string>;
  nonNominative: Set<string>;
  nominativePronouns: Set<string>;
  pronouns: Set<string>;
  expletives: Set<string>;
  firstPerson: Set<string>;
  subjunctive: WordSet;
  conditional: WordSet;
  markedInfinitives: WordSet;
  /** Lemmas of the verbs of saying and thinking (the attribution words): an unintroduced clause after one is its complement. */
  speechLemmas: Set<string>;
  lemmaRules: Array<[RegExp, string]>;
}

const compiled = new WeakMap<Locale, ClauseLexicon>();

export function clauseLexicon(locale: Locale): ClauseLexicon {
  let lex = compiled.get(locale);
  if (!lex) {
    const c = locale.clauses;
    const m = locale.morphology;
    const set = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
    const own = set(c.particles);
    const morph = m.particles();
    const notSubjunctive = set(m.notSubjunctive);
    const subjunctive = m.subjunctiveForms();
    const conditional = m.conditionalForms();
    lex = {
      locale,
      verbSecond: c.verbSecond,
      complementizers: set(c.complementizers),
      subordinators: set(c.subordinators),
      interrogatives: set(c.interrogatives),
      relativePronouns: set(c.relativePronouns),
      auxiliaryForms: auxiliaryForms(locale),
      auxiliaryLemmas: set([...c.auxiliaries, ...c.modals]),
      copulas: set(c.copulas),
      conditionalAuxiliaries: set(c.conditionalAuxiliaries),
      infinitiveMarker: c.infinitiveMarker.toLowerCase(),
      particles: { has: (w) => own.has(w) || morph.has(w) },
      coordinators: set(c.coordinators),
      nonNominative: set(c.nonNominative),
      nominativePronouns: set(c.nominativePronouns),
      pronouns: set(c.pronouns),
      expletives: set(c.expletives),
      firstPerson: set(locale.attribution.firstPersonPronouns),
      subjunctive: { has: (w) => !notSubjunctive.has(w) && subjunctive.has(w) },
      conditional: { has: (w) => !notSubjunctive.has(w) && conditional.has(w) },
      markedInfinitives: m.markedInfinitives(),
      speechLemmas: set(locale.attribution.verbs.map((v) => v.lemma)),
      lemmaRules: c.lemmaSuffixes.map(([p, r]) => [new RegExp(p), r]),
    };
    compiled.set(locale, lex);
  }
  return lex;
}
