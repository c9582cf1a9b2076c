/**
 * Time-zone abbreviations after a clock time ("20:31 MEZ", "3 p.m. EST"), with their UTC offsets as
 * ISO 8601 writes them. Only abbreviations that news uses for one offset and that are no word of a
 * supported language are listed: not "IST" (German "ist"), "WET", "EAT", "CAT" (English words), "CST"
 * (US Central or China), "ET" and "PT" (they change with daylight saving time). The locales add their
 * own zone names (time.ts, `zones`).
 */
import type { Lexeme } from "../types.js";

export const ZONE_ABBREVIATIONS: readonly Lexeme<string>[] = [
  { value: "Z", words: ["UTC", "GMT"] },
  { value: "+00:00", words: ["WEZ"] },
  { value: "+01:00", words: ["CET", "MEZ", "WAT", "BST", "WESZ"] },
  { value: "+02:00", words: ["CEST", "MESZ", "EET", "OEZ", "SAST"] },
  { value: "+03:00", words: ["EEST", "OESZ", "MSK"] },
  { value: "+09:00", words: ["JST", "KST"] },
  { value: "+10:00", words: ["AEST"] },
  { value: "+11:00", words: ["AEDT"] },
  { value: "-05:00", words: ["EST"] },
  { value: "-04:00", words: ["EDT"] },
  { value: "-06:00", words: ["MDT"] },
  { value: "-07:00", words: ["MST", "PDT"] },
  { value: "-08:00", words: ["PST"] },
];
