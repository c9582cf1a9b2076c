/**
 * Universal Dependencies treebanks (CoNLL-U) for the clauses stage's training and evaluation
 * (scripts/train-clauses.ts, scripts/eval-clauses.ts): sentences with their words, each word with its
 * character range in the sentence text. Sentences are numbered from 1 in file order; the odd-numbered
 * ones are for training and tuning, the even-numbered ones for measuring.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Tag } from "../src/stages/clauses/tagger.js";

export const UD_DIR = fileURLToPath(new URL("../../shared/data/ud/", import.meta.url));
export const UD_FILES = { de: "de_gsd-ud-dev.conllu", en: "en_ewt-ud-dev.conllu" } as const;

export interface UdWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: Map<string, string>;
  head: number;
  deprel: string;
  /** Character range in the sentence text (a multiword token's range for each of its words). */
  start: number;
  end: number;
}

export interface UdSentence {
  /** 1-based number in the file. */
  number: number;
  id: string;
  text: string;
  words: UdWord[];
}

export function readUd(path: string): UdSentence[] {
  const out: UdSentence[] = [];
  let id = "";
  let text = "";
  let words: UdWord[] = [];
  let cursor = 0;
  let mwtEnd = 0;
  let mwtRange: [number, number] | null = null;
  let mwtCursor = 0;
  const flush = () => {
    if (words.length > 0) out.push({ number: out.length + 1, id, text, words });
    words = [];
    text = "";
    id = "";
    cursor = 0;
    mwtRange = null;
    mwtEnd = 0;
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (line.startsWith("# sent_id = ")) id = line.slice(12).trim();
    else if (line.startsWith("# text = ")) text = line.slice(9);
    if (line.startsWith("#")) continue;
    const cols = line.split("\t");
    if (cols.length !== 10) continue;
    const [idCol, form, lemma, upos, xpos, featsCol, head, deprel] = cols as [string, string, string, string, string, string, string, string];
    if (idCol.includes(".")) continue; // empty nodes
    const locate = (surface: string): [number, number] => {
      const at = text.indexOf(surface, cursor);
      if (at < 0) return [cursor, cursor];
      cursor = at + surface.length;
      return [at, cursor];
    };
    if (idCol.includes("-")) {
      mwtEnd = Number(idCol.split("-")[1]);
      mwtRange = locate(form);
      mwtCursor = mwtRange[0];
      continue;
    }
    const n = Number(idCol);
    let range: [number, number];
    if (mwtRange && n <= mwtEnd) {
      // A word of a multiword token: its own part where the surface spells it ("That|'s"), else the whole token ("zum" = zu + dem).
      const surface = text.slice(mwtCursor, mwtRange[1]).toLowerCase();
      const at = surface.indexOf(form.toLowerCase());
      if (at === 0 || (at > 0 && n === mwtEnd)) {
        range = [mwtCursor + at, n === mwtEnd ? mwtRange[1] : mwtCursor + at + form.length];
        mwtCursor = range[1];
      } else range = mwtRange;
    } else {
      mwtRange = null;
      range = locate(form);
    }
    const feats = new Map<string, string>();
    if (featsCol !== "_") for (const kv of featsCol.split("|")) {
      const [k, v] = kv.split("=");
      if (k && v) feats.set(k, v);
    }
    words.push({ id: n, form, lemma, upos, xpos, feats, head: Number(head), deprel, start: range[0], end: range[1] });
  }
  flush();
  return out;
}

export const isTrainingSentence = (s: UdSentence): boolean => s.number % 2 === 1;

/** The clause tagger's tag of a UD word. */
export function udTag(w: UdWord): Tag {
  const form = w.feats.get("VerbForm");
  const pron = w.feats.get("PronType");
  if (w.deprel === "compound:prt") return "PRT";
  if (w.upos === "VERB" || w.upos === "AUX") {
    if (form === "Fin" || /FIN$|IMP$/.test(w.xpos) || ["VBD", "VBZ", "VBP", "MD"].includes(w.xpos)) return "VFIN";
    if (form === "Inf" || /INF$|IZU$/.test(w.xpos) || w.xpos === "VB") return "VINF";
    if (form === "Ger" || w.xpos === "VBG" || (form === "Part" && w.feats.get("Tense") === "Pres")) return "VGER";
    if (form === "Part" || /PP$/.test(w.xpos) || w.xpos === "VBN") return "VPP";
    return "VFIN";
  }
  if (pron === "Rel") return "REL";
  // Possessive pronouns ("our", "their") stand where articles do: tagged as determiners, as German UD does.
  if (w.upos === "PRON" && w.feats.get("Poss") === "Yes") return "DET";
  if (pron === "Int" && (w.upos === "PRON" || w.upos === "ADV" || w.upos === "DET")) return "WH";
  if (w.upos === "PART") {
    if (w.xpos === "PTKZU" || w.xpos === "TO") return "ZU";
    if (w.xpos === "PTKVZ") return "PRT";
    return "PART";
  }
  switch (w.upos) {
    case "NOUN":
    case "PROPN":
    case "PRON":
    case "DET":
    case "ADJ":
    case "ADV":
    case "ADP":
    case "CCONJ":
    case "SCONJ":
    case "NUM":
    case "PUNCT":
      return w.upos;
    default:
      return "X";
  }
}
