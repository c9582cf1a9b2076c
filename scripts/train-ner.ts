/**
 * Trains both named-entity taggers (src/stages/entities/tagger/; the trainer is scripts/ner-trainer.ts) on
 * every openly licensed corpus of their language (scripts/ner-corpora.ts; docs/entities.md, "Training
 * data") and writes src/stages/entities/model/ner-de.bin and ner-en.bin. Deterministic: the same data give
 * the same bytes.
 *   German: GermEval 2014 dev (all of it), SmartData v1 train + test, MobIE, Europeana newspapers.
 *   English: UNER English EWT dev, WNUT-17, BTC, wikigold (UNER EWT test is what `eval:ner` measures;
 *   Europarl is never trained on).
 *
 *   npm run train:ner [-- --lang de|en] [--iterations N] [--dry-run]
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { de } from "../src/locales/de/index.js";
import { en } from "../src/locales/en/index.js";
import { parseModel } from "../src/stages/entities/tagger/model.js";
import { englishCorpora, germanCorpora } from "./ner-corpora.js";
import { DEFAULT_OPTIONS, LANGUAGE_OPTIONS, trainTagger } from "./ner-trainer.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const languages = option("--lang") ? [option("--lang")!] : ["de", "en"];
const iterations = Number(option("--iterations") ?? DEFAULT_OPTIONS.iterations);
const dryRun = args.includes("--dry-run");

for (const language of languages) {
  const started = Date.now();
  const locale = language === "de" ? de : en;
  const data = language === "de" ? germanCorpora() : englishCorpora();
  const counts = new Map<string, number>();
  for (const s of data) counts.set(s.corpus, (counts.get(s.corpus) ?? 0) + 1);
  console.error(`${language}: ${data.length} sentences (${[...counts].map(([c, n]) => `${c} ${n}`).join(", ")})`);
  const bytes = trainTagger(data, locale, { ...DEFAULT_OPTIONS, ...LANGUAGE_OPTIONS[language], iterations, verbose: true });
  const out = fileURLToPath(new URL(`../src/stages/entities/model/ner-${language}.bin`, import.meta.url));
  console.error(`${language}: ${parseModel(bytes).size} features, ${(bytes.length / 1024).toFixed(0)} KiB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (!dryRun) {
    writeFileSync(out, bytes);
    console.error(`wrote ${out}`);
  }
}
