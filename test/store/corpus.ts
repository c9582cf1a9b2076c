/**
 * A small corpus written for the store tests: German and English articles built from a few templates,
 * with speakers named in both languages' transcriptions (Peskow/Peskov, Selenskyj/Zelenskyy), several
 * outlets and dates, emoji and combining marks, and cells that start like spreadsheet formulas.
 * Deterministic: the same list every run.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CorpusArticle {
  id: string;
  url: string;
  published: string;
  language: "de" | "en";
  title: string;
  text: string;
}

const DE_SPEAKERS = [
  { full: "Dmitri Peskow", short: "Peskow", role: "Kremlsprecher" },
  { full: "Wolodymyr Selenskyj", short: "Selenskyj", role: "der ukrainische Präsident" },
  { full: "Annalena Baerbock", short: "Baerbock", role: "Außenministerin" },
  { full: "Jens Stoltenberg", short: "Stoltenberg", role: "Nato-Generalsekretär" },
];
const EN_SPEAKERS = [
  { full: "Dmitry Peskov", short: "Peskov", role: "Kremlin spokesman" },
  { full: "Volodymyr Zelenskyy", short: "Zelenskyy", role: "Ukrainian President" },
  { full: "Antony Blinken", short: "Blinken", role: "Secretary of State" },
  { full: "Jens Stoltenberg", short: "Stoltenberg", role: "NATO Secretary General" },
];
const DE_TOPICS = ["Waffenruhe", "Getreideabkommen", "Gefangenenaustausch", "Energieversorgung", "Straßenbahn"];
const EN_TOPICS = ["ceasefire", "grain deal", "prisoner exchange", "energy supply", "tram line"];
const DE_HOSTS = ["kurier.example", "tagesblatt.example", "www.rundschau.example"];
const EN_HOSTS = ["herald.example", "gazette.example"];
const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni"];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function day(i: number): string {
  const month = 1 + (i % 6);
  const d = 1 + ((i * 7) % 27);
  return `2024-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function german(i: number): CorpusArticle {
  const s = pick(DE_SPEAKERS, i >> 1);
  const other = pick(DE_SPEAKERS, (i >> 1) + 1);
  const topic = pick(DE_TOPICS, i >> 1);
  const published = day(i);
  const title = `Streit um ${topic}: ${s.short} erhebt Vorwürfe`;
  const extra = i % 5 === 0 ? " Die Stimmung in der Stadt 🙂 ist angespannt, sagen Bewohner des Viertels Señor-Platz." : "";
  const formula = i % 7 === 0 ? `\n=SUMME(A1:A9) stand auf einem Plakat vor dem Rathaus.\n-5 Prozent seien zu wenig, sagte ${s.short}.` : "";
  const text = [
    title,
    "",
    `Im Streit um ${topic === "Straßenbahn" ? "die Straßenbahn" : `das Thema ${topic}`} hat ${s.role} ${s.full} schwere Vorwürfe erhoben.`,
    `„Wir werden das nicht hinnehmen“, sagte ${s.full} am Montag in Berlin.`,
    `Die Gegenseite habe die Gespräche über ${topic} bewusst verzögert, erklärte ${s.short} weiter.${extra}`,
    `${other.full} wies die Darstellung zurück. Es gebe keinen Grund für Vorwürfe, sagte ${other.short} der Zeitung.`,
    `Ein hochrangiger Beamter sagte, die Verhandlungen könnten im ${pick(DE_MONTHS, i + 1)} weitergehen.${formula}`,
  ].join("\n");
  return { id: `de-${i}`, url: `https://${pick(DE_HOSTS, i)}/politik/${i}-${topic.toLowerCase()}.html`, published, language: "de", title, text };
}

function english(i: number): CorpusArticle {
  const s = pick(EN_SPEAKERS, i >> 1);
  const other = pick(EN_SPEAKERS, (i >> 1) + 2);
  const topic = pick(EN_TOPICS, i >> 1);
  const published = day(i + 3);
  const title = `${s.short} warns over ${topic}`;
  const extra = (i >> 1) % 2 === 0 ? " Residents posted 👍🏽 and reviews of the Spin\u0308al Tap café (an n with a combining diaeresis, which has no precomposed form) about it." : "";
  const formula = (i >> 1) % 3 === 0 ? `\n+1 was all the council's notice said; -2 followed.\n@everyone should read the plan, ${s.short} said.` : "";
  const text = [
    title,
    "",
    `${s.role} ${s.full} warned on Tuesday that talks over the ${topic} could fail.`,
    `"We will not accept this," ${s.full} told reporters in Washington.`,
    `${s.short} said the other side had delayed the talks on purpose.${extra}`,
    `${other.full} rejected that account, saying there was no reason for the accusations.`,
    `According to a senior official, the talks may resume next month.${formula}`,
  ].join("\n");
  return { id: `en-${i}`, url: `https://${pick(EN_HOSTS, i)}/world/${i}-${topic.replace(/ /g, "-")}`, published, language: "en", title, text };
}

/** `n` articles, alternating German and English. */
export function corpus(n = 40): CorpusArticle[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? german(i) : english(i)));
}

/** The corpus as a JSONL file in a fresh temporary folder; returns its path. */
export function writeCorpus(articles: readonly CorpusArticle[], name = "corpus.jsonl"): string {
  const dir = mkdtempSync(join(tmpdir(), "quellenlage-store-"));
  const path = join(dir, name);
  writeFileSync(path, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  return path;
}

export function tempDir(prefix = "quellenlage-store-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
