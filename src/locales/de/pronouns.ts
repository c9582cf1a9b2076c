import type { PronounsLocale } from "../types.js";

/** German third-person singular pronouns that can stand for a person (and also for nouns of that gender). */
export const pronouns: PronounsLocale = {
  personal: [
    { form: "er", gender: "m", ambiguous: "thing" },
    { form: "ihm", gender: "m", ambiguous: "thing" },
    { form: "ihn", gender: "m", ambiguous: "thing" },
    { form: "sie", gender: "f", ambiguous: "plural" },
  ],
  pluralVerbs: [
    "sind", "haben", "werden", "wollen", "können", "müssen", "sollen", "dürfen", "seien", "hätten", "wären",
    "würden", "sagten", "erklärten", "forderten", "betonten", "warnten", "kritisierten", "berichteten", "teilten",
  ],
  singularVerbs: [
    "ist", "hat", "wird", "will", "kann", "muss", "soll", "darf", "sei", "habe", "werde", "wolle", "könne", "müsse",
    "sagte", "erklärte", "forderte", "betonte", "warnte", "kritisierte", "berichtete", "teilte", "sagt", "erklärt",
    "fordert", "betont", "warnt", "kritisiert", "berichtet", "teilt", "fügte", "fügt", "schrieb", "schreibt",
  ],
};
