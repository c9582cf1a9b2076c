import type { CueVerb, Locale, SourceCue, VerbForms, WordSet } from "../../locales/types.js";
import { escapeRegex } from "../../text/regex.js";

/** How a word form relates to a cue verb. */
export interface CueForm {
  verb: CueVerb;
  /** finite: a finite form (the stem part of a separable verb); participle; nonfinite: infinitive. */
  tag: "finite" | "participle" | "nonfinite";
  /** The separated particle that must close the clause ("mit" of "teilte … mit"); "" when none. */
  particle: string;
  subjunctive: boolean;
}

/** A locale's attribution words, compiled into lookups once per locale. */
export interface Lexicon {
  locale: Locale;
  capitalizedNouns: boolean;
  cueForms: Map<string, CueForm[]>;
  /** Cue forms that are as often nouns: cues only where the clause layer reads a verb. */
  nounForms: Set<string>;
  /** A quotation running on after a quoted statement is part of it (AttributionLocale.joinQuotations). */
  joinQuotations: boolean;
  agentPrepositions: Set<string>;
  /** Finite forms of the auxiliaries (perfect, passive) and the modal verbs, lowercase. */
  auxiliaries: Map<string, string>;
  passiveAuxiliary: string;
  /** The stative passive's auxiliary lemma where the locale has one ("sein"), else "". */
  statePassiveAuxiliary: string;
  /** Finite forms that are unambiguously subjunctive (Konjunktiv I), lowercase. */
  subjunctive: WordSet;
  /** Finite forms that are unambiguously conditional (Konjunktiv II), lowercase. */
  conditional: WordSet;
  /** Every known finite verb form, lowercase: what is not a noun-phrase word. */
  finiteVerbs: WordSet;
  participles: WordSet;
  /** Infinitives with the marker inside them ("zurückzutreten", "mitzuteilen"), lowercase. */
  markedInfinitives: WordSet;
  presentParticiples: WordSet;
  particles: WordSet;
  sourceCues: readonly SourceCue[];
  sayingNouns: string[];
  nominalCues: Set<string>;
  trailingSo: Set<string>;
  asClause: Set<string>;
  anaphoric: Set<string>;
  impersonal: readonly (readonly string[])[];
  impersonalSourcePrepositions: Set<string>;
  contrastConjunctions: Set<string>;
  complementizers: Set<string>;
  infinitiveMarker: string;
  adverbs: Set<string>;
  /** A lowercase word of three letters or more before one of the locale's adverb endings (adverbEndings). */
  adverbEnding: RegExp | null;
  /** A lowercase word of two letters or more before one of the locale's past-form endings (pastFormEndings). */
  pastFormEnding: RegExp | null;
  /** A proper name before one of the locale's genitive endings (nameGenitiveEndings: "Grupps"). */
  nameGenitive: RegExp | null;
  /** The words of a refusal to comment (locale `refusals`), verbs with all their forms. */
  /** Words that negate a clause or verb group (locale negations). */
  negations: Set<string>;
  refusal: {
    commentForms: Set<string>;
    replyForms: Set<string>;
    negatedReply: Set<string>;
    requestNouns: Set<string>;
  };
  /** An uninflected present participle by its ending, four letters or more before it ("relativierend"). */
  adverbialParticiple: RegExp | null;
  determiners: Set<string>;
  indefinite: Set<string>;
  pluralDeterminers: Set<string>;
  anaphoricObjects: Set<string>;
  adverbialPhrases: readonly (readonly string[])[];
  modals: Set<string>;
  prepositions: Set<string>;
  conjunctions: Set<string>;
  coordinators: Set<string>;
  genitiveDeterminers: Set<string>;
  attachmentPrepositions: Set<string>;
  articleAttachmentPrepositions: Set<string>;
  roleAttachments: Set<string>;
  dativeDeterminers: Set<string>;
  hearsayModals: Set<string>;
  perfectInfinitives: Set<string>;
  subordinators: Set<string>;
  relativePronouns: Set<string>;
  pronouns: Map<string, "singular" | "plural" | "neuter">;
  subjectPronouns: Set<string>;
  abstractNounEndings: readonly string[];
  reportedWholeClause: boolean;
  actNegations: Set<string>;
  reflexives: Set<string>;
  conditionalSubordinators: Set<string>;
  predicateMarkers: Set<string>;
  quotedPredicateAlone: boolean;
  firstPersonPronouns: Set<string>;
  impersonalPronouns: Set<string>;
  anonymousHeads: string[];
  mediaHeads: string[];
  organizationHeads: string[];
  groupHeads: Set<string>;
  groupHeadCaseEndings: readonly string[];
  channels: Array<{ words: string[][]; kind: string }>;
  placePrepositions: Set<string>;
  /** Prepositions before a document that is a frame's source (locale documentPrepositions). */
  documentPrepositions: Set<string>;
  addresseePrepositions: Set<string>;
  channelPartner: Set<string>;
  /** Month and weekday names (lowercase): a phrase with them is a time, not a place or a speaker. */
  calendarWords: Set<string>;
  /** Number words of one word from two up ("six", "zwölf"), lowercase: a form after one is a noun or adjective ("six states"). */
  numberWords: Set<string>;
  participleSuffix: string;
  notParticiples: Set<string>;
  adverbialOpeners: Set<string>;
  ownWords: Set<string>;
  hypotheticalModals: Set<string>;
  irrealisOpeners: readonly (readonly string[])[];
  titleHeads: readonly string[];
  pluralEnding: string;
  notPluralEndings: readonly string[];
  questionLabels: Set<string>;
  answerLabels: Set<string>;
  notLabels: Set<string>;
  /** Whether a contracted form holds a finite verb ("wasn't", "they're", "it's"; not "Trump's"). */
  contractedVerb(lower: string): boolean;
}

const compiled = new WeakMap<Locale, Lexicon>();

export function lexiconFor(locale: Locale): Lexicon {
  let lex = compiled.get(locale);
  if (!lex) {
    lex = compile(locale);
    compiled.set(locale, lex);
  }
  return lex;
}

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());

function compile(locale: Locale): Lexicon {
  const a = locale.attribution;
  const morphology = locale.morphology;

  const cueForms = new Map<string, CueForm[]>();
  const add = (form: string, entry: CueForm) => {
    const key = form.toLowerCase();
    const list = cueForms.get(key) ?? [];
    if (!list.some((e) => e.verb === entry.verb && e.tag === entry.tag && e.particle === entry.particle)) list.push(entry);
    cueForms.set(key, list);
  };
  for (const verb of a.verbs) {
    const forms = formsOf(verb, morphology);
    if (!forms) continue;
    const particle = verb.particle ?? forms.particle;
    const finite = [...forms.indicative.map((f) => [f, false] as const), ...[...forms.subjunctive, ...forms.conditional].map((f) => [f, !forms.indicative.includes(f)] as const)];
    for (const [f, subjunctive] of finite) {
      add(f, { verb, tag: "finite", particle, subjunctive });
      // Verb-final clauses join the particle to the verb: "wie er mitteilte".
      if (particle) add(particle + f, { verb, tag: "finite", particle: "", subjunctive });
    }
    for (const f of forms.participles) add(particle && !f.startsWith(particle) ? particle + f : f, { verb, tag: "participle", particle: "", subjunctive: false });
    for (const f of forms.nonFinite) add(f, { verb, tag: "nonfinite", particle: "", subjunctive: false });
  }

  const auxiliaries = new Map<string, string>();
  for (const lemma of a.auxiliaries) {
    const forms = morphology.verb(lemma);
    if (!forms) continue;
    for (const f of [...forms.indicative, ...forms.subjunctive, ...forms.conditional]) auxiliaries.set(f.toLowerCase(), lemma);
  }
  const notSubjunctive = new Set(lower(morphology.notSubjunctive));
  const without = (forms: WordSet): WordSet => (notSubjunctive.size ? { has: (f) => !notSubjunctive.has(f) && forms.has(f) } : forms);
  const subjunctive = without(morphology.subjunctiveForms());
  const conditional = without(morphology.conditionalForms());
  const finiteVerbs = morphology.finiteForms();
  const participles = morphology.participles();
  const markedInfinitives = morphology.markedInfinitives();
  const presentParticiples = morphology.presentParticiples();
  const particles = morphology.particles();

  return {
    locale,
    capitalizedNouns: a.capitalizedNouns,
    cueForms,
    nounForms: new Set(lower(a.nounForms ?? [])),
    joinQuotations: a.joinQuotations ?? false,
    agentPrepositions: new Set(lower(a.agentPrepositions ?? [])),
    auxiliaries,
    passiveAuxiliary: a.passiveAuxiliary,
    statePassiveAuxiliary: a.statePassiveAuxiliary ?? "",
    subjunctive,
    conditional,
    finiteVerbs,
    participles,
    markedInfinitives,
    presentParticiples,
    particles,
    sourceCues: a.sourceCues,
    sayingNouns: lower(a.sayingNouns),
    nominalCues: new Set(lower(a.nominalCues)),
    trailingSo: new Set(lower(a.trailingSo)),
    asClause: new Set(lower(a.asClause)),
    anaphoric: new Set(lower(a.anaphoricCues)),
    impersonal: a.impersonal.map((ws) => lower(ws)),
    impersonalSourcePrepositions: new Set(lower(a.impersonalSourcePrepositions)),
    contrastConjunctions: new Set(lower(a.contrastConjunctions)),
    complementizers: new Set(lower(a.complementizers)),
    infinitiveMarker: a.infinitiveMarker.toLowerCase(),
    adverbs: new Set(lower(a.adverbs)),
    adverbialParticiple: a.adverbialParticipleEndings?.length ? new RegExp(`^\\p{Ll}{4,}(?:${a.adverbialParticipleEndings.map(escapeRegex).join("|")})$`, "u") : null,
    adverbEnding: endingPattern(3, a.adverbEndings),
    pastFormEnding: endingPattern(2, a.pastFormEndings),
    negations: new Set(lower(a.negations)),
    refusal: {
      commentForms: allForms(a.refusals.commentVerbs, morphology),
      replyForms: allForms(a.refusals.replyWords, morphology),
      negatedReply: new Set(lower(a.refusals.negatedReplyWords)),
      requestNouns: new Set(lower(a.refusals.requestNouns)),
    },
    nameGenitive: a.nameGenitiveEndings.length ? new RegExp(`^\\p{Lu}\\p{Ll}+(?:${a.nameGenitiveEndings.map(escapeRegex).join("|")})$`, "u") : null,
    determiners: new Set(lower(a.determiners)),
    indefinite: new Set(lower(a.indefiniteDeterminers)),
    pluralDeterminers: new Set(lower(a.pluralDeterminers)),
    anaphoricObjects: new Set(lower(a.anaphoricObjects)),
    adverbialPhrases: a.adverbialPhrases.map((p) => lower(p)),
    modals: new Set(lower(a.modals)),
    prepositions: new Set(lower(a.prepositions)),
    conjunctions: new Set(lower(a.conjunctions)),
    coordinators: new Set(lower(a.coordinators)),
    genitiveDeterminers: new Set(lower(a.genitiveDeterminers)),
    attachmentPrepositions: new Set(lower(a.attachmentPrepositions)),
    articleAttachmentPrepositions: new Set(lower(a.articleAttachmentPrepositions ?? [])),
    roleAttachments: new Set(lower(a.roleAttachments)),
    dativeDeterminers: new Set(lower(a.dativeDeterminers)),
    hearsayModals: new Set(lower(a.hearsayModals)),
    perfectInfinitives: new Set(lower(a.perfectInfinitives)),
    subordinators: new Set(lower(a.subordinators)),
    relativePronouns: new Set(lower(a.relativePronouns)),
    subjectPronouns: new Set(lower(a.subjectPronouns)),
    abstractNounEndings: lower(a.abstractNounEndings ?? []),
    reportedWholeClause: a.reportedWholeClause === true,
    actNegations: new Set(lower(a.actNegations ?? [])),
    reflexives: new Set(lower(a.reflexives ?? [])),
    conditionalSubordinators: new Set(lower(a.conditionalSubordinators ?? [])),
    predicateMarkers: new Set(lower(a.predicateMarkers ?? [])),
    quotedPredicateAlone: a.quotedPredicateAlone === true,
    firstPersonPronouns: new Set(lower(a.firstPersonPronouns)),
    impersonalPronouns: new Set(lower(a.impersonalPronouns ?? [])),
    pronouns: new Map(Object.entries(a.pronouns).map(([k, v]) => [k.toLowerCase(), v])),
    anonymousHeads: lower(a.anonymousHeads),
    mediaHeads: lower(a.mediaHeads),
    organizationHeads: lower(a.organizationHeads),
    groupHeads: new Set(lower(a.groupHeads)),
    groupHeadCaseEndings: lower(a.groupHeadCaseEndings),
    channels: a.channels.map((c) => ({ kind: c.kind, words: c.words.map((w) => w.toLowerCase().split(/\s+/)) })),
    placePrepositions: new Set(lower(a.placePrepositions)),
    documentPrepositions: new Set(lower(a.documentPrepositions)),
    addresseePrepositions: new Set(lower(a.addresseePrepositions)),
    channelPartner: new Set(lower(a.channelPartner)),
    numberWords: new Set(locale.numbers.words.filter((n) => n.value >= 2).flatMap((n) => n.words).filter((w) => !w.includes(" ")).map((w) => w.toLowerCase())),
    calendarWords: new Set([...locale.calendar.months.flat(), ...locale.calendar.weekdays.flat()].filter((w) => w.length > 3)),
    participleSuffix: a.participleSuffix.toLowerCase(),
    notParticiples: new Set(lower(a.notParticiples)),
    adverbialOpeners: new Set(lower(a.adverbialOpeners)),
    ownWords: new Set(lower(a.ownWords)),
    hypotheticalModals: new Set(lower(a.hypotheticalModals)),
    irrealisOpeners: a.irrealisOpeners.map((ws) => lower(ws)),
    titleHeads: lower(a.titleHeads),
    pluralEnding: a.pluralEnding.toLowerCase(),
    notPluralEndings: lower(a.notPluralEndings),
    questionLabels: new Set(lower(a.questionLabels)),
    answerLabels: new Set(lower(a.answerLabels)),
    notLabels: new Set(lower(a.notLabels)),
    contractedVerb: contractions(a.verbClitics, a.hostVerbClitics, new Set(lower(a.verbCliticHosts))),
  };
}

/** Typographic apostrophes, written as the ASCII one for matching clitics. */
const APOSTROPHE = /[\u2019\u02bc]/;
const APOSTROPHES = /[\u2019\u02bc]/g;

function contractions(clitics: readonly string[], hostClitics: readonly string[], hosts: ReadonlySet<string>): (lower: string) => boolean {
  if (clitics.length === 0 && hostClitics.length === 0) return () => false;
  return (lower) => {
    if (!lower.includes("'") && !APOSTROPHE.test(lower)) return false;
    const w = lower.replace(APOSTROPHES, "'");
    if (clitics.some((c) => w.length > c.length && w.endsWith(c))) return true;
    const c = hostClitics.find((x) => w.endsWith(x));
    return c !== undefined && hosts.has(w.slice(0, -c.length));
  };
}/** The forms of a cue verb: its own entry, or for a separable verb the base verb's forms. */
function formsOf(verb: CueVerb, morphology: Locale["morphology"]): VerbForms | null {
  const own = morphology.verb(verb.lemma);
  if (own && (!verb.particle || own.particle === verb.particle)) return own;
  if (verb.particle && verb.lemma.startsWith(verb.particle)) {
    const base = morphology.verb(verb.lemma.slice(verb.particle.length));
    if (base) {
      return {
        lemma: verb.lemma,
        particle: verb.particle,
        indicative: base.indicative,
        subjunctive: base.subjunctive,
        conditional: base.conditional,
        participles: base.participles.map((p) => verb.particle + p),
        nonFinite: [verb.lemma],
      };
    }
  }
  return own ?? null;
}

/** Every form of the verbs given (lowercase), and a word the morphology does not know as a verb as it stands ("erreichbar"). */
function allForms(words: readonly string[], morphology: Locale["morphology"]): Set<string> {
  const out = new Set<string>();
  for (const w of lower(words)) {
    out.add(w);
    const forms = morphology.verb(w);
    if (!forms) continue;
    for (const f of [...forms.indicative, ...forms.subjunctive, ...forms.conditional, ...forms.participles, ...forms.nonFinite]) out.add(f.toLowerCase());
    if (forms.particle) for (const f of forms.participles) if (!f.startsWith(forms.particle)) out.add((forms.particle + f).toLowerCase());
  }
  return out;
}

/** A lowercase stem of at least `stem` letters before one of `endings`; null where there are none. */
function endingPattern(stem: number, endings: readonly string[]): RegExp | null {
  return endings.length ? new RegExp(`\\p{Ll}{${stem},}(?:${endings.map(escapeRegex).join("|")})$`, "u") : null;
}

/** Whether a word is an adverb of manner by its ending (the locale's adverbEndings: "formally"). */
export function hasAdverbEnding(word: string, lex: Pick<Lexicon, "adverbEnding">): boolean {
  return lex.adverbEnding !== null && lex.adverbEnding.test(word);
}

/** Whether a word is a regular past form by its ending (the locale's pastFormEndings: "thanked"). */
export function hasPastFormEnding(word: string, lex: Pick<Lexicon, "pastFormEnding">): boolean {
  return lex.pastFormEnding !== null && lex.pastFormEnding.test(word);
}

/** Whether a word ends in the locale's present-participle suffix ("adding"); false where there is none. */
export function hasParticipleSuffix(word: string, lex: Pick<Lexicon, "participleSuffix">): boolean {
  return lex.participleSuffix !== "" && word.endsWith(lex.participleSuffix);
}
