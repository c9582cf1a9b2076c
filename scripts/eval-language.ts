// Language identification (src/text/language.ts) on texts of known language from ../shared/data: the
// SpkAtt-2023 Wikinews articles (German), the article-extraction-benchmark's gold article bodies (mostly
// English, some in a dozen other languages; labelled by eld's large n-gram set, the identifier quellenlage
// used before, kept as a development dependency for this comparison) and the Readability test pages with a
// declared language. Whole documents and paragraphs of at least
// MIN_LETTERS_FOR_BLOCK_LANGUAGE letters (the size at which the sentences stage identifies a block on its
// own). For each set: how often the guess is right, how often it is marked reliable, and how many reliable
// guesses are wrong (the figure that matters: a reliable wrong guess re-labels a block).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eld } from "eld/large";
import { MIN_LETTERS_FOR_BLOCK_LANGUAGE, hasLetters, identifyLanguage } from "../src/text/language.js";

const DATA = fileURLToPath(new URL("../../shared/data/", import.meta.url));
const SPKATT = join(DATA, "spkatt2023-task2/train/task2");
const AEB = join(DATA, "extraction/article-extraction-benchmark/ground-truth.json");
const READABILITY = join(DATA, "extraction/readability-test-pages");

interface Sample {
  /** The declared language: "de", "en", or another code (then the right answer is no guess or an unreliable one). */
  language: string;
  text: string;
}

function spkatt(): Sample[] {
  return readdirSync(SPKATT)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const doc = JSON.parse(readFileSync(join(SPKATT, f), "utf8")) as { Sentences: { Tokens: string[] }[] };
      return { language: "de", text: doc.Sentences.map((s) => s.Tokens.join(" ")).join("\n") };
    });
}

function aeb(): Sample[] {
  const gold = JSON.parse(readFileSync(AEB, "utf8")) as Record<string, { articleBody: string }>;
  return Object.keys(gold)
    .sort()
    .map((k) => ({ language: eld.detect(gold[k]!.articleBody).language, text: gold[k]!.articleBody }));
}

function readabilityPages(): Sample[] {
  const out: Sample[] = [];
  for (const dir of readdirSync(READABILITY).sort()) {
    const meta = join(READABILITY, dir, "expected-metadata.json");
    const html = join(READABILITY, dir, "expected.html");
    if (!existsSync(meta) || !existsSync(html)) continue;
    const lang = (JSON.parse(readFileSync(meta, "utf8")) as { lang?: string | null }).lang;
    if (!lang) continue;
    const text = readFileSync(html, "utf8")
      .replace(/<(?:p|div|h\d|li|br|tr|blockquote)\b[^>]*>/gi, "\n")
      .replace(/<[^>]+>/g, " ")
      .replace(/&[a-z#0-9]+;/gi, " ");
    out.push({ language: lang.slice(0, 2).toLowerCase(), text });
  }
  return out;
}

function paragraphs(samples: readonly Sample[]): Sample[] {
  return samples.flatMap((s) =>
    s.text
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => hasLetters(p, MIN_LETTERS_FOR_BLOCK_LANGUAGE))
      .map((text) => ({ language: s.language, text })),
  );
}

function report(name: string, samples: readonly Sample[]): void {
  let right = 0;
  let reliable = 0;
  let reliableWrong = 0;
  for (const s of samples) {
    const guess = identifyLanguage(s.text);
    const supported = s.language === "de" || s.language === "en";
    const ok = supported ? guess?.language === s.language : guess === null || !guess.reliable;
    if (ok) right++;
    if (guess?.reliable) {
      reliable++;
      if (guess.language !== s.language) reliableWrong++;
    }
  }
  const pct = (n: number) => `${((100 * n) / Math.max(1, samples.length)).toFixed(1)}%`;
  console.log(`${name.padEnd(48)} ${String(samples.length).padStart(6)}   right ${pct(right).padStart(6)}   reliable ${pct(reliable).padStart(6)}   reliable but wrong ${reliableWrong}`);
}

function main(): void {
  if (!existsSync(SPKATT) || !existsSync(AEB)) {
    console.log("eval:language: ../shared/data (SpkAtt-2023, article-extraction-benchmark) is absent; nothing to measure");
    return;
  }
  const de = spkatt();
  const en = aeb();
  const pages = existsSync(READABILITY) ? readabilityPages() : [];
  const other = pages.filter((p) => p.language !== "de" && p.language !== "en");
  report("SpkAtt articles (de)", de);
  report("SpkAtt sentences ≥ 60 letters (de)", paragraphs(de));
  report("benchmark article bodies (de, en)", en.filter((s) => s.language === "de" || s.language === "en"));
  report("benchmark paragraphs ≥ 60 letters (de, en)", paragraphs(en.filter((s) => s.language === "de" || s.language === "en")));
  report("benchmark article bodies, other languages", en.filter((s) => s.language !== "de" && s.language !== "en"));
  report("Readability pages, de/en", pages.filter((p) => p.language === "de" || p.language === "en"));
  report(`Readability pages, other (${[...new Set(other.map((p) => p.language))].join(", ")})`, other);
  report("Readability paragraphs, other languages", paragraphs(other));
}

main();
