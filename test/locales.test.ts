import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, it } from "node:test";
import { LOCALES, SUPPORTED_LANGUAGES } from "../src/locales/index.js";

const folder = (code: string) => readdirSync(new URL(`../src/locales/${code}/`, import.meta.url)).sort();

/** Every `section.field` of a locale (the fields' own contents are words and differ by language). */
function shape(locale: object): string[] {
  return Object.entries(locale).flatMap(([section, value]) =>
    value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value).map((field) => `${section}.${field}`) : [section],
  );
}

describe("locales", () => {
  it("have the same file set in every language", () => {
    const [first, ...rest] = SUPPORTED_LANGUAGES;
    for (const code of rest) assert.deepEqual(folder(code), folder(first!), `${code} vs ${first}`);
  });
  it("fill the same sections and fields", () => {
    const [first, ...rest] = SUPPORTED_LANGUAGES;
    for (const code of rest) assert.deepEqual(shape(LOCALES[code]).sort(), shape(LOCALES[first!]).sort());
  });
  it("have twelve months and seven weekdays", () => {
    for (const code of SUPPORTED_LANGUAGES) {
      assert.equal(LOCALES[code].calendar.months.length, 12);
      assert.equal(LOCALES[code].calendar.weekdays.length, 7);
    }
  });
});
