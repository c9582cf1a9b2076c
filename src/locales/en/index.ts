import type { Locale } from "../types.js";
import { attribution } from "./attribution.js";
import { calendar } from "./calendar.js";
import { compare } from "./compare.js";
import { clauses } from "./clauses.js";
import { hedges } from "./hedges.js";
import { identification } from "./identification.js";
import { lexicon } from "./lexicon.js";
import { morphology } from "./morphology.js";
import { names } from "./names.js";
import { places } from "./places.js";
import { pronouns } from "./pronouns.js";
import { roles } from "./roles.js";
import { numbers } from "./numbers.js";
import { quantities } from "./quantities.js";
import { sentences } from "./sentences.js";
import { structure } from "./structure.js";
import { time } from "./time.js";
import { transliteration } from "./transliteration.js";

export const en: Locale = {
  code: "en",
  name: "English",
  identification,
  sentences,
  calendar,
  structure,
  names,
  places,
  roles,
  pronouns,
  numbers,
  time,
  hedges,
  quantities,
  morphology,
  attribution,
  transliteration,
  lexicon,
  compare,
  clauses,
};
