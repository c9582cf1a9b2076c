import type { Locale } from "../types.js";
import { calendar } from "./calendar.js";
import { sentences } from "./sentences.js";
import { structure } from "./structure.js";

export const en: Locale = { code: "en", name: "English", sentences, calendar, structure };
