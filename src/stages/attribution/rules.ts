/**
 * The rules that make attributions: each attribution's `rule` names the cue pattern and the way its
 * speaker was found. The ids are stable (they are part of the output and of the confidence table,
 * confidence-params.ts); docs/attribution.md lists them all, and a test checks that it does.
 */
export const ATTRIBUTION_RULES = {
  "verb.subject": "a verb of saying with its subject before it: „X sagte, …“, “X said …”, “X, a spokesman, said …”",
  "verb.inverted": "a verb of saying with its subject after it: „…“, sagte X. / Am Montag sagte X, … / “…,” said X",
  "verb.as-clause": "a comparative speech clause: „…, wie X sagte“, “as X said”",
  "verb.relative": "a verb of saying in a relative or subordinate clause: „…, in der er … vorwarf“, “X, who said …”",
  "verb.coordinated": "a verb of saying joined to an earlier verb, which gives its subject: „… und teilte mit, …“, “… and said …”",
  "verb.participle": "a present participle of a verb of saying after a comma, with the main clause's subject: “…, adding that …”",
  "verb.attitude": "a verb of attitude or intention of its subject, not passive: “X wants to …”, “X opposes the plan”, “X pushed for …” (weaker than a verb of saying)",
  "verb.passive": "a verb of saying in the passive, nobody named: „wurde mitgeteilt“",
  "verb.passive-agent": "a verb of saying in the passive with its agent: „wurde von der Opposition als unangemessen kritisiert“",
  "verb.refusal": "a refusal to comment, its subject the source: „wollte sich nicht äußern“, „war für eine Stellungnahme nicht zu erreichen“, “did not respond to a request for comment”",
  "verb.demonstrative": "a demonstrative object standing for the sentence before: „Das sagte der Minister.“",
  "verb.reports-previous": "a verb of saying in Konjunktiv I right after an attribution reports that source: „Die IAEO gehe davon aus, …“",
  "source.preposition": "a source named by a preposition: „laut X“, „X zufolge“, „nach Angaben der Polizei“, “according to X”",
  "source.so": "a trailing source: „…, so X.“",
  "source.anaphoric": "a word that points back to the last source: „demnach“, „wonach“",
  "source.impersonal": "an impersonal frame, nobody or a document named: „heißt es (im Bericht)“, “reportedly”",
  "source.nominal": "a noun of saying with its clause: „die Aussage, es sei …“",
  "mood.complement": "a complement or adverbial clause in Konjunktiv I of a main clause in the indicative: the main clause's subject is the speaker, its verb the cue: „Gysi vertrat die These, die Partei stagniere …“",
  "continuation.subjunctive": "a sentence in Konjunktiv without a cue, continuing the attribution before it",
  "continuation.quote": "a quotation standing alone after an attribution, with that attribution's speaker",
  "quote.unattributed": "a quotation standing alone with no source before it",
  hearsay: "hearsay with a modal: „soll … gesagt haben“",
  "colon.label": "a label before a colon names the source: „Schäuble: „…““, “McCain: Populist anger …”",
  "colon.clause": "a quotation after the colon closing a clause, whose subject is the speaker: „Ali bekannte sich …: „…““",
  "interview.answer": "an interview turn: „Name: …“, „Antwort: …“, “A: …” (the questions get the voice `question`)",
} as const;

export type AttributionRule = keyof typeof ATTRIBUTION_RULES;

/** Why an attribution has no speaker, by rule (the `reason` of the output). */
export const NO_SPEAKER_REASONS: Partial<Record<AttributionRule, string>> = {
  "verb.passive": "passive: the sentence does not say who made the statement",
  "source.impersonal": "impersonal frame: no source is named",
  hearsay: "hearsay: the sentence reports a claim without naming its source",
  "quote.unattributed": "no source named in this sentence or the ones before",
  "continuation.subjunctive": "reported speech continuing an attribution that names no source",
  "continuation.quote": "a quotation continuing an attribution that names no source",
};

/** The reason for a null speaker where its rule names none. */
export const DEFAULT_NO_SPEAKER_REASON = "no source named in this sentence or the one before";
