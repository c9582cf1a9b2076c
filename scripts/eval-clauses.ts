/**
 * Measures the clauses stage against Universal Dependencies German GSD dev and English EWT dev
 * (../shared/data/ud/): on the EVEN-numbered sentences (2, 4, 6, …; the tagger is trained and the rules
 * were tuned on the odd-numbered ones; `--odd` measures those instead, for tuning).
 *
 * Each sentence's text goes through the pipeline (`analyze` with the clauses stage) and is compared by
 * character offsets, so the two tokenisations need not agree:
 * - subjects: gold are the words with relation `nsubj` or `nsubj:pass` whose head is a finite clause (the
 *   head is a finite verb, or has an `aux`, `aux:pass` or `cop` child that is); predicted are the `subject.head`
 *   of the clauses with a finite verb. A predicted head matches a gold one when their character ranges
 *   overlap (each gold word matched once).
 * - clause spans: gold are the subtrees of the words with relation `ccomp`, `advcl`, `acl`, `acl:relcl`, `xcomp`
 *   or `parataxis` (subtypes included) and of the root, each as its first and last word that is not
 *   punctuation (UPOS PUNCT). Predicted are the sentence's main clauses together (from the first one's start
 *   to the last one's end: the root's subtree), every other clause's range, and the main clauses after the
 *   first that are not coordinated with another (`conjunct` null: parataxis); coordinated clauses (UD `conj`)
 *   are not counted. A predicted range becomes the first and last non-punctuation UD word inside it; a span
 *   matches when both agree (each gold span matched once).
 *
 *   npm run eval:clauses [-- --odd] [-- --verbose]
 */
import { join } from "node:path";
import { analyze } from "../src/analyze.js";
import type { Clause, LanguageCode } from "../src/model/types.js";
import { UD_DIR, UD_FILES, readUd, type UdSentence, type UdWord } from "./ud.js";

const args = process.argv.slice(2);
const ODD = args.includes("--odd");
const VERBOSE = args.includes("--verbose");
const SPAN_RELATIONS = new Set(["ccomp", "advcl", "acl", "xcomp", "parataxis"]);
const SUBJECT_RELATIONS = new Set(["nsubj", "nsubj:pass"]);
const FINITE_CHILDREN = new Set(["aux", "aux:pass", "cop"]);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const f1 = (c: Counts) => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (c: Counts) => {
  const { p, r, f } = f1(c);
  return `F1 ${f.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)}; ${c.tp} right, ${c.fp} wrong, ${c.fn} missed)`;
};

function isFinite(s: UdSentence, head: UdWord): boolean {
  if (head.feats.get("VerbForm") === "Fin") return true;
  return s.words.some((w) => w.head === head.id && FINITE_CHILDREN.has(w.deprel) && w.feats.get("VerbForm") === "Fin");
}

function goldSubjects(s: UdSentence): UdWord[] {
  return s.words.filter((w) => SUBJECT_RELATIONS.has(w.deprel) && w.head > 0 && isFinite(s, s.words.find((h) => h.id === w.head)!));
}

/** The first and last non-punctuation word ids of the subtree of `root`. */
function subtreeSpan(s: UdSentence, root: UdWord): string | null {
  const children = new Map<number, UdWord[]>();
  for (const w of s.words) children.set(w.head, [...(children.get(w.head) ?? []), w]);
  const ids: number[] = [];
  const stack = [root];
  while (stack.length) {
    const w = stack.pop()!;
    if (w.upos !== "PUNCT") ids.push(w.id);
    for (const c of children.get(w.id) ?? []) stack.push(c);
  }
  if (ids.length === 0) return null;
  return `${Math.min(...ids)}-${Math.max(...ids)}`;
}

function goldSpans(s: UdSentence): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of s.words) {
    const rel = w.deprel.split(":")[0]!;
    if (w.deprel !== "root" && !SPAN_RELATIONS.has(rel)) continue;
    const sp = subtreeSpan(s, w);
    if (sp && !out.has(sp)) out.set(sp, w.deprel === "root" ? "root" : rel === "acl" && w.deprel === "acl:relcl" ? "acl:relcl" : rel);
  }
  return out;
}

/** A character range as the first and last non-punctuation UD words inside it. */
function rangeSpan(s: UdSentence, start: number, end: number): string | null {
  const inside = s.words.filter((w) => w.upos !== "PUNCT" && w.start >= start && w.end <= end);
  if (inside.length === 0) return null;
  return `${inside[0]!.id}-${inside[inside.length - 1]!.id}`;
}

function predictedSpans(s: UdSentence, clauses: readonly Clause[]): Set<string> {
  const out = new Set<string>();
  const mains = clauses.filter((c) => c.parent === null);
  if (mains.length > 0) {
    const root = rangeSpan(s, Math.min(...mains.map((c) => c.start)), Math.max(...mains.map((c) => c.end)));
    if (root) out.add(root);
  }
  mains.slice(1).forEach((c) => {
    if (c.conjunct !== null) return;
    const sp = rangeSpan(s, c.start, c.end);
    if (sp) out.add(sp);
  });
  for (const c of clauses) {
    if (c.parent === null || c.conjunct !== null) continue;
    const sp = rangeSpan(s, c.start, c.end);
    if (sp) out.add(sp);
  }
  return out;
}

export interface ClauseScores {
  subjects: Counts;
  spans: Counts;
  byRelation: Map<string, Counts>;
  sentences: number;
  mismatchedText: number;
}

export function evaluate(language: LanguageCode, sentences: readonly UdSentence[]): ClauseScores {
  const scores: ClauseScores = { subjects: counts(), spans: counts(), byRelation: new Map(), sentences: 0, mismatchedText: 0 };
  for (const s of sentences) {
    scores.sentences++;
    const a = analyze({ id: s.id, text: s.text, language }, { stages: ["clauses"], clauses: true });
    if (a.text !== s.text) scores.mismatchedText++;
    const clauses = a.clauses ?? [];
    // Subjects.
    const gold = goldSubjects(s);
    const used = new Set<UdWord>();
    const predicted = clauses.filter((c) => c.finite && c.subject).map((c) => c.subject!.head);
    for (const head of predicted) {
      const g = gold.find((w) => !used.has(w) && w.start < head.end && head.start < w.end);
      if (g) {
        used.add(g);
        scores.subjects.tp++;
      } else scores.subjects.fp++;
    }
    scores.subjects.fn += gold.length - used.size;
    // Spans.
    const gs = goldSpans(s);
    const ps = predictedSpans(s, clauses);
    for (const [sp, rel] of gs) {
      const c = scores.byRelation.get(rel) ?? counts();
      if (ps.has(sp)) {
        scores.spans.tp++;
        c.tp++;
      } else {
        scores.spans.fn++;
        c.fn++;
      }
      scores.byRelation.set(rel, c);
    }
    for (const sp of ps) if (!gs.has(sp)) scores.spans.fp++;
    if (VERBOSE && (gold.length !== used.size || predicted.length !== used.size)) {
      console.log(`${s.id}: ${s.text}\n  gold subjects: ${gold.map((w) => w.form).join(", ")}  predicted: ${predicted.map((h) => h.text).join(", ")}`);
    }
  }
  return scores;
}

if (process.argv[1]?.endsWith("eval-clauses.ts")) {
  const half = ODD ? "odd-numbered (training/tuning)" : "even-numbered (held out)";
  console.log(`clauses stage against Universal Dependencies, ${half} sentences`);
  for (const language of ["de", "en"] as const) {
    const all = readUd(join(UD_DIR, UD_FILES[language]));
    const sentences = all.filter((s) => s.number % 2 === (ODD ? 1 : 0));
    const sc = evaluate(language, sentences);
    console.log(`${language} ${UD_FILES[language]}: ${sc.sentences} sentences${sc.mismatchedText ? ` (${sc.mismatchedText} normalised differently)` : ""}`);
    console.log(`  subject heads of finite clauses: ${fmt(sc.subjects)}`);
    console.log(`  clause spans:                    ${fmt(sc.spans)}`);
    console.log(`  recall by relation: ${[...sc.byRelation].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn)).map(([rel, c]) => `${rel} ${c.tp}/${c.tp + c.fn}`).join(", ")}`);
  }
}
