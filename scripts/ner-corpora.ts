/**
 * Readers for every NER corpus in ../shared/data/ner/ and GermEval 2014 dev, each mapped onto the tagger's
 * types (PER, ORG, LOC and OTH, the names of other things, never output) as docs/entities.md
 * ("Training data") writes down. Each sentence says which types its corpus does not annotate
 * (`unannotated`): an O there may be one of them, and training does not teach O for it (the gold sequence
 * is the best one that agrees with what the corpus does say). Each has a domain, a feature of the tagger
 * where corpora differ in how they write (tweets, OCR).
 *
 * Licences (../shared/data/README.md): GermEval, SmartData, MobIE, WNUT-17, BTC, wikigold CC BY 4.0;
 * Europeana CC0; UNER English EWT CC BY-SA 4.0; Europarl none stated (read here only to measure).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync, inflateRawSync } from "node:zlib";
import { analyze } from "../src/analyze.js";
import type { Domain } from "../src/stages/entities/tagger/features.js";
import { readGermEval } from "./ner-data.js";

export const DATA = fileURLToPath(new URL("../../shared/data/", import.meta.url));
const NER = DATA + "ner/";

export type TrainType = "PER" | "ORG" | "LOC" | "OTH";

export interface TrainSentence {
  words: string[];
  /** BIO tags over PER, ORG, LOC and OTH (outer spans). */
  tags: string[];
  /** Types the corpus does not annotate (or only now and then): an O may be one of them. */
  unannotated: readonly TrainType[];
  domain: Domain;
  corpus: string;
}

/** A corpus label → our type, or null for no entity. */
type LabelMap = (label: string) => TrainType | null;

/** BIO tags from per-token labels of the form B-X / I-X (IOB1 too: an I- after another type begins a span). */
function bioTags(labels: readonly string[], map: LabelMap): string[] {
  const tags: string[] = [];
  let prevType: TrainType | null = null;
  let prevLabel = "";
  for (const label of labels) {
    const m = /^([BI])-(.+)$/.exec(label);
    const type = m ? map(m[2]!) : null;
    if (!m || !type) {
      tags.push("O");
      prevType = null;
      prevLabel = "";
      continue;
    }
    const begins = m[1] === "B" || prevType !== type || prevLabel !== m[2];
    tags.push((begins ? "B-" : "I-") + type);
    prevType = type;
    prevLabel = m[2]!;
  }
  return tags;
}

interface RawSentence {
  words: string[];
  labels: string[];
}

/** Token-per-line files: blank lines between sentences; `#` and -DOCSTART- lines skipped. */
function readColumns(text: string, wordCol: number, labelCol: number, separator: RegExp): RawSentence[] {
  const out: RawSentence[] = [];
  let cur: RawSentence = { words: [], labels: [] };
  const flush = () => {
    if (cur.words.length) out.push(cur);
    cur = { words: [], labels: [] };
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.startsWith("-DOCSTART-")) {
      flush();
      continue;
    }
    if (line.startsWith("# ") || line === "#") continue;
    const cols = line.split(separator);
    if (!line.trim() || cols.length <= Math.max(wordCol, labelCol)) {
      flush();
      continue;
    }
    const word = cols[wordCol]!;
    if (!word) continue;
    cur.words.push(word);
    cur.labels.push(cols[labelCol]!.trim());
  }
  flush();
  return out;
}

function sentences(raw: RawSentence[], map: LabelMap, meta: Omit<TrainSentence, "words" | "tags">): TrainSentence[] {
  return raw.map((r) => ({ words: r.words, tags: withoutBareSymbols(r.words, bioTags(r.labels, map)), ...meta }));
}

/** Names of punctuation alone (a stray label on ")") are no names. */
function withoutBareSymbols(words: readonly string[], tags: string[]): string[] {
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]!.startsWith("B-")) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === "I-" + tags[i]!.slice(2)) j++;
    if (!words.slice(i, j).some((w) => ALPHANUMERIC.test(w))) for (let k = i; k < j; k++) tags[k] = "O";
  }
  return tags;
}

const ALPHANUMERIC = /[\p{L}\p{N}]/u;

const PLAIN: LabelMap = (l) => (l === "PER" || l === "ORG" || l === "LOC" ? l : null);
const WITH_MISC: LabelMap = (l) => (l === "MISC" ? "OTH" : PLAIN(l));

/** GermEval 2014 dev (all of it): outer labels; OTH is OTH; *deriv and *part are O. */
export function germEval(): TrainSentence[] {
  return readGermEval(DATA + "germeval2014/NER-de-dev.tsv").map((s) => ({
    words: s.tokens.map((t) => t.text),
    tags: s.trainTags,
    unannotated: [],
    domain: "news",
    corpus: "germeval",
  }));
}

/**
 * Europeana newspapers (German OCR, three libraries): token–tag pairs without sentence breaks, cut into
 * pseudo-sentences after a full stop, question or exclamation mark before a capital (and at most
 * EUROPEANA_MAX_WORDS words). Typos in labels ("B-PEr", "B_LOC") are read as meant; MISC and other labels
 * are O. OTH is not annotated.
 */
export function europeana(): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const lib of ["lft", "onb", "sbb"]) {
    const words: string[] = [];
    const labels: string[] = [];
    for (const line of readFileSync(`${NER}europeana-de/enp_DE.${lib}.bio`, "utf8").split("\n")) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 2) continue;
      words.push(cols[0]!);
      const m = /^([BI])[-_.]([A-Za-z]+)$/.exec(cols[1]!);
      labels.push(m ? `${m[1]!.toUpperCase()}-${m[2]!.toUpperCase()}` : "O");
    }
    let from = 0;
    for (let i = 0; i < words.length; i++) {
      const end = SENTENCE_END.test(words[i]!) && /^\p{Lu}/u.test(words[i + 1] ?? "") && i + 1 - from >= EUROPEANA_MIN_WORDS;
      if (end || i + 1 - from >= EUROPEANA_MAX_WORDS || i === words.length - 1) {
        const chunk = words.slice(from, i + 1);
        out.push({ words: chunk, tags: withoutBareSymbols(chunk, bioTags(labels.slice(from, i + 1), PLAIN)), unannotated: ["OTH"], domain: "ocr", corpus: `europeana-${lib}` });
        from = i + 1;
      }
    }
  }
  return out;
}

const SENTENCE_END = /^[.!?]$/;
const EUROPEANA_MIN_WORDS = 4;
const EUROPEANA_MAX_WORDS = 60;

/** The files of a zip archive (stored or deflated entries), by name. */
function unzip(bytes: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  // The end of central directory record: its signature, searched from the end.
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip archive");
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataAt, dataAt + size);
    out.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/**
 * MobIE (German traffic reports and tweets): its fine labels mapped (location-* → LOC, organization* → ORG,
 * person → PER; triggers, dates, numbers, events → O). It annotates persons only now and then and other
 * names not at all: PER and OTH are unannotated. A hashtag's "#" is dropped ("#Stavenhagen" → Stavenhagen).
 */
export function mobie(): TrainSentence[] {
  const files = unzip(readFileSync(`${NER}mobie/ner_conll03_formatted.zip`));
  const map: LabelMap = (l) => (l.startsWith("location") ? "LOC" : l.startsWith("organization") ? "ORG" : l === "person" ? "PER" : null);
  const out: TrainSentence[] = [];
  for (const name of [...files.keys()].sort()) {
    const raw = readColumns(files.get(name)!.toString("utf8"), 0, 3, /\t/);
    for (const r of raw) r.words = r.words.map((w) => (HASHTAG.test(w) ? w.slice(1) : w));
    out.push(...sentences(raw, map, { unannotated: ["PER", "OTH"], domain: "tweet", corpus: "mobie" }));
  }
  return out;
}

const HASHTAG = /^#\p{L}/u;

/** SmartData's fine types (version 1 spells them in lowercase with hyphens) → ours. */
export function smartDataType(type: string): TrainType | null {
  const t = type.toUpperCase().replace(/-/g, "_");
  if (t === "PERSON") return "PER";
  if (t === "ORGANIZATION" || t === "ORGANIZATION_COMPANY") return "ORG";
  if (t.startsWith("LOCATION")) return "LOC";
  return null;
}

interface SmartDataJson {
  text: { string: string };
  refids?: { map?: { source?: string } } | null;
  conceptMentions?: { array?: Array<{ span: { start: number; end: number }; type: string }> } | null;
}

/** Objects written one after another in one file. */
function concatenatedJson(s: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{") {
      if (depth++ === 0) start = i;
    } else if (c === "}" && --depth === 0) out.push(JSON.parse(s.slice(start, i + 1)));
  }
  return out;
}

/**
 * SmartData version 1 (train and test; German news, RSS and tweets; character offsets): each document split
 * into sentences and tokens by the project's own sentence stage, a token labelled with the span it lies in.
 * Documents in both files (by text) are read once. OTH is not annotated. Never measured on: the version 3
 * dev set in ../shared/data/smartdata shares its documents.
 */
export function smartData(): TrainSentence[] {
  const out: TrainSentence[] = [];
  const seen = new Set<string>();
  for (const file of ["train", "test"]) {
    const docs = concatenatedJson(gunzipSync(readFileSync(`${NER}smartdata-v1/${file}.json.gz`)).toString("utf8")) as SmartDataJson[];
    for (const d of docs) {
      const text = d.text.string;
      if (seen.has(text)) continue;
      seen.add(text);
      const a = analyze({ id: "smartdata", text }, { language: "de", stages: ["sentences"], tokens: true });
      if (a.text.length !== text.length) continue;
      const domain: Domain = d.refids?.map?.source === "tweet" ? "tweet" : "edited";
      const spans = (d.conceptMentions?.array ?? []).map((m) => ({ ...m.span, type: smartDataType(m.type) })).filter((m) => m.type);
      const tokens = a.tokens ?? [];
      let k = 0;
      for (const s of a.sentences ?? []) {
        while (k < tokens.length && tokens[k]!.start < s.start) k++;
        const words: string[] = [];
        const labels: string[] = [];
        let last: (typeof spans)[number] | undefined;
        while (k < tokens.length && tokens[k]!.end <= s.end) {
          const t = tokens[k]!;
          const sp = spans.find((m) => m.start < t.end && t.start < m.end);
          labels.push(sp ? (sp === last ? "I-" : "B-") + sp.type : "O");
          last = sp;
          words.push(a.text.slice(t.start, t.end));
          k++;
        }
        if (words.length) out.push({ words, tags: labels, unannotated: ["OTH"], domain, corpus: "smartdata" });
      }
    }
  }
  return out;
}

/** All German training data. */
export function germanCorpora(): TrainSentence[] {
  return [...germEval(), ...smartData(), ...mobie(), ...europeana()];
}

/** UNER English EWT (web text): PER, ORG, LOC; OTH unannotated. `dev` trains, `test` is measured. */
export function unerEwt(split: "dev" | "test"): TrainSentence[] {
  const raw = readColumns(readFileSync(`${NER}uner-en-ewt/en_ewt-ud-${split}.iob2`, "utf8"), 1, 2, /\t/);
  return sentences(raw, PLAIN, { unannotated: ["OTH"], domain: "web", corpus: "uner-ewt" });
}

/** WNUT-17 (tweets): person, location; corporation and group → ORG; creative-work and product → OTH. */
export function wnut17(): TrainSentence[] {
  const map: LabelMap = (l) =>
    l === "person" ? "PER" : l === "location" ? "LOC" : l === "corporation" || l === "group" ? "ORG" : l === "creative-work" || l === "product" ? "OTH" : null;
  return ["train", "dev", "test"].flatMap((f) =>
    sentences(readColumns(readFileSync(`${NER}wnut17/${f}.conll`, "utf8"), 0, 1, /\t/), map, { unannotated: [], domain: "tweet", corpus: "wnut17" }),
  );
}

/** Broad Twitter Corpus: PER, ORG, LOC; OTH unannotated. */
export function btc(): TrainSentence[] {
  return ["a", "b", "e", "f", "g", "h"].flatMap((f) =>
    sentences(readColumns(readFileSync(`${NER}btc/${f}.conll`, "utf8"), 0, 1, /\t/), PLAIN, { unannotated: ["OTH"], domain: "tweet", corpus: "btc" }),
  );
}

/** wikigold (Wikipedia, IOB1): PER, ORG, LOC; MISC → OTH. */
export function wikigold(): TrainSentence[] {
  return sentences(readColumns(readFileSync(`${NER}wikigold/wikigold.conll`, "utf8"), 0, 1, / /), WITH_MISC, { unannotated: [], domain: "edited", corpus: "wikigold" });
}

/** All English training data (UNER EWT test is left out: it is what `eval:ner` measures). */
export function englishCorpora(): TrainSentence[] {
  return [...unerEwt("dev"), ...wnut17(), ...btc(), ...wikigold()];
}

/** Europarl (CoNLL-2002; no licence stated): measured only, never trained on. MISC → OTH. */
export function europarl(language: "de" | "en"): TrainSentence[] {
  return sentences(readColumns(readFileSync(`${NER}europarl/${language}-europarl.conll02`, "utf8"), 0, 1, /\t/), WITH_MISC, {
    unannotated: [],
    domain: "news",
    corpus: "europarl",
  });
}
