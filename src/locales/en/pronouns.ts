import type { PronounsLocale } from "../types.js";

/** English third-person singular pronouns that refer to persons. */
export const pronouns: PronounsLocale = {
  personal: [
    { form: "he", gender: "m" },
    { form: "him", gender: "m" },
    { form: "she", gender: "f" },
  ],
  pluralVerbs: [],
  singularVerbs: [],
};
