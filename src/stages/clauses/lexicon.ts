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
  /** Participles of the morphology data, remembered. */
  participles: WordSet;
  /** Lemmas found for forms so far (see verbs.ts lemmaOf). */
  lemmaMemo: Map<string, string>;
  /** Whether the morphology knows a verb, for particle + lemma joins found so far (see verbs.ts). */
  verbMemo: Map<string, boolean>;
  /** Whether nouns are capitalised and compounds written as one word (German): two nouns in a row are two phrases. */
  oneWordCompounds: boolean;
  nounBeforeNameHeads: boolean;
  /** Courtesy titles before a name ("herr", "dr", "mr"), lowercase, without their full stop. */
  honorifics: Set<string>;
}

/** Most answers a remembering set keeps before it starts afresh. */
const MAX_REMEMBERED = 50_000;

/** A word set that remembers its answers (the morphology's sets are binary searches in a large text). */
function remembering(inner: WordSet): WordSet {
  const seen = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      let v = seen.get(word);
      if (v === undefined) {
        if (seen.size >= MAX_REMEMBERED) seen.clear();
        v = inner.has(word);
        seen.set(word, v);
      }
      return v;
    },
  };
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
      particles: remembering({ has: (w) => own.has(w) || morph.has(w) }),
      coordinators: set(c.coordinators),
      nonNominative: set(c.nonNominative),
      nominativePronouns: set(c.nominativePronouns),
      pronouns: set(c.pronouns),
      expletives: set(c.expletives),
      firstPerson: set(locale.attribution.firstPersonPronouns),
      subjunctive: remembering({ has: (w) => !notSubjunctive.has(w) && subjunctive.has(w) }),
      conditional: remembering({ has: (w) => !notSubjunctive.has(w) && conditional.has(w) }),
      markedInfinitives: remembering(m.markedInfinitives()),
      participles: remembering(m.participles()),
      lemmaMemo: new Map(),
      verbMemo: new Map(),
      oneWordCompounds: locale.attribution.capitalizedNouns,
      nounBeforeNameHeads: locale.clauses.nounBeforeNameHeads,
      honorifics: new Set(locale.names.honorifics.map((h) => h.toLowerCase().replace(/\.$/, ""))),
      speechLemmas: set(locale.attribution.verbs.map((v) => v.lemma)),
      lemmaRules: c.lemmaSuffixes.map(([p, r]) => [new RegExp(p), r]),
    };
    compiled.set(locale, lex);
  }
  return lex;
}
