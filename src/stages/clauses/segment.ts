import type { ClauseKind } from "../../model/types.js";
import type { ClauseLexicon } from "./lexicon.js";
import { TAG } from "./tagger.js";
import { lemmaOf } from "./verbs.js";
import type { ClauseWord } from "./words.js";

/**
 * Clause boundaries from tagged words: a left-to-right pass with a stack of open clauses (the innermost
 * last). Boundary marks (comma, semicolon, colon, dash, bracket, quotation mark) split a sentence into
 * chunks; a chunk opened by a subordinator, complementizer, relative or interrogative word starts a
 * subordinate clause; a chunk without a finite verb but with an infinitive marker and infinitive is an
 * infinitive clause, one opening (or, verb-final, closing) with a participle a participial clause; a
 * chunk with a finite verb after a complete clause starts a new clause (a complement after a verb of
 * saying or in the reporting mood, otherwise a main clause); anything else continues the innermost open
 * clause (appositions, enumerations, the rest of a clause around an embedded one). Inside a chunk a
 * finite verb after a coordinator starts a coordinated clause, and (subject–verb–object languages) an
 * infinitive marker, a relative pronoun, a complementizer or a noun phrase before a second finite verb
 * start a clause of their own.
 */
export interface Draft {
  kind: ClauseKind;
  parent: number | null;
  /** The clause this one is coordinated with (sharing its subject when it names none). */
  conjunct: number | null;
  /** Word index of the introducer, −1 for none. */
  introducer: number;
  /** Own words (indices, ascending after `finishDrafts`), punctuation left out. */
  words: number[];
  /** Word index of the finite verb, −1 for none. */
  finite: number;
  /** Whether the clause can hold a finite verb (not infinitive or participial). */
  finiteCapable: boolean;
}

const BOUNDARY = new Set([",", ";", ":", "–", "—", "(", ")", "[", "]", "-"]);
const STRONG_BOUNDARY = new Set([";"]);

const NOMINAL = new Set<number>([TAG.NOUN, TAG.PROPN, TAG.PRON, TAG.NUM]);
const NP_WORD = new Set<number>([TAG.NOUN, TAG.PROPN, TAG.PRON, TAG.NUM, TAG.DET, TAG.ADJ]);
const NON_FINITE = new Set<number>([TAG.VINF, TAG.VPP, TAG.VGER]);

/**
 * Whether word i cuts the sentence into chunks: a comma, semicolon, colon, dash or bracket; a quotation
 * mark only at the sentence's edges or next to such a mark or a full stop (a quoted title or fragment
 * inside a clause, "die „Süddeutsche Zeitung“ am Dienstag", cuts nothing).
 */
function isBoundary(words: readonly ClauseWord[], i: number): boolean {
  const w = words[i]!;
  if (w.kind === "punct") return BOUNDARY.has(w.text);
  if (w.kind !== "quote") return false;
  const before = words[i - 1];
  const after = words[i + 1];
  const mark = (x: ClauseWord | undefined) => x === undefined || x.kind === "punct" || x.kind === "quote";
  return mark(before) || mark(after);
}

function isPunct(w: ClauseWord): boolean {
  return w.kind === "punct" || w.kind === "quote" || w.kind === "symbol";
}

interface Chunk {
  /** First and past-last word index. */
  from: number;
  to: number;
  /** Index of the first finite verb, −1 for none. */
  finite: number;
  /** Whether an infinitive marker stands before an infinitive, or a marked infinitive occurs ("mitzuteilen"). */
  infinitive: boolean;
  /** First and last content word. */
  first: number;
  last: number;
}

function chunksOf(words: readonly ClauseWord[], tags: Uint8Array, lex: ClauseLexicon): { chunks: Chunk[]; chunkOf: Int32Array } {
  const chunks: Chunk[] = [];
  const chunkOf = new Int32Array(words.length).fill(-1);
  let from = 0;
  const close = (to: number) => {
    let first = -1;
    let last = -1;
    let finite = -1;
    let infinitive = false;
    for (let i = from; i < to; i++) {
      if (isPunct(words[i]!)) continue;
      if (first < 0) first = i;
      last = i;
      if (finite < 0 && tags[i] === TAG.VFIN) finite = i;
      if (tags[i] === TAG.ZU && i + 1 < to && tags[i + 1] === TAG.VINF) infinitive = true;
      if (tags[i] === TAG.VINF && lex.markedInfinitives.has(words[i]!.lower)) infinitive = true;
    }
    if (first >= 0) {
      for (let i = from; i < to; i++) chunkOf[i] = chunks.length;
      chunks.push({ from, to, finite, infinitive, first, last });
    }
    from = to + 1;
  };
  for (let i = 0; i < words.length; i++) if (isBoundary(words, i)) close(i);
  close(words.length);
  return { chunks, chunkOf };
}

/** The kind of clause a word opens as its introducer, or null. */
function introducerKind(words: readonly ClauseWord[], tags: Uint8Array, i: number, lex: ClauseLexicon, atChunkStart: boolean): ClauseKind | null {
  const w = words[i]!;
  const t = tags[i]!;
  if (t === TAG.REL) return atChunkStart || !lex.verbSecond ? "relative" : null;
  if (t === TAG.SCONJ) {
    if (lex.complementizers.has(w.lower)) return "complement";
    return "adverbial";
  }
  // An interrogative right before a finite verb at the sentence start asks a question ("Where did you …").
  if (t === TAG.WH && (atChunkStart || !lex.verbSecond) && !(i === 0 && tags[i + 1] === TAG.VFIN)) return "complement";
  if (atChunkStart && lex.complementizers.has(w.lower) && (t === TAG.DET || t === TAG.PRON || t === TAG.ADV || t === TAG.ADP)) {
    // "that" read as a determiner or pronoun at a chunk start, before a clause: a complementizer.
    return lex.verbSecond ? "complement" : null;
  }
  return null;
}

/** Whether word i is a preposition right before a relative pronoun ("mit dem", "in which"). */
function prepositionBeforeRelative(tags: Uint8Array, i: number): boolean {
  return tags[i] === TAG.ADP && tags[i + 1] === TAG.REL;
}

export function segmentClauses(words: readonly ClauseWord[], tags: Uint8Array, lex: ClauseLexicon): Draft[] {
  const drafts: Draft[] = [];
  const stack: number[] = [];
  const { chunks, chunkOf } = chunksOf(words, tags, lex);
  let coordinator = -1;

  const open = (kind: ClauseKind, parent: number | null, introducer: number): number => {
    drafts.push({ kind, parent, conjunct: null, introducer, words: [], finite: -1, finiteCapable: kind !== "infinitive" && kind !== "participial" });
    stack.push(drafts.length - 1);
    return drafts.length - 1;
  };
  const top = (): number => {
    if (stack.length === 0) open("main", null, -1);
    return stack[stack.length - 1]!;
  };
  const complete = (d: Draft): boolean => (d.finiteCapable ? d.finite >= 0 : d.words.some((k) => NON_FINITE.has(tags[k]!)));
  /** At a boundary: close the innermost clauses that are complete, down to a main clause. */
  /** The innermost clause closed at the last boundary, if any: a subordinate clause after it attaches to it. */
  let justClosed: number | null = null;
  const closeComplete = () => {
    justClosed = null;
    while (stack.length > 0) {
      const d = drafts[stack[stack.length - 1]!]!;
      if (d.kind === "main" || !complete(d)) break;
      const k = stack.pop()!;
      justClosed ??= k;
    }
  };
  /** The innermost open clause, or null when there is none (every clause so far complete at the top level). */
  const host = (): number | null => (stack.length > 0 ? stack[stack.length - 1]! : null);

  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    if (c > 0) {
      const gap = words.slice(chunks[c - 1]!.to, chunk.from);
      closeComplete();
      if (gap.some((w) => STRONG_BOUNDARY.has(w.text))) stack.length = 0;
    }
    coordinator = -1;
    let i = chunk.first;
    // A coordinator at the chunk start ("…, und sagte …") is remembered, not an opener.
    if (tags[i] === TAG.CCONJ && lex.coordinators.has(words[i]!.lower) && i < chunk.last) {
      coordinator = i;
      i++;
    }
    const h = host();
    const hostDraft = h === null ? null : drafts[h]!;
    const intro = prepositionBeforeRelative(tags, i) || (c > 0 && relativeAtChunkStart(words, tags, i, chunk, lex)) ? "relative" : introducerKind(words, tags, i, lex, true);
    if (intro) {
      // Low attachment: a subordinate clause right after a complement or relative clause depends on it
      // ("…, Investoren würden sich zurückziehen, wenn die Politik die Regeln ändere").
      const low = justClosed !== null && coordinator < 0 && (drafts[justClosed]!.kind === "complement" || drafts[justClosed]!.kind === "relative") ? justClosed : h;
      open(intro, low, tags[i] === TAG.ADP && intro === "relative" ? i + 1 : i);
    } else if (chunk.finite < 0 && chunk.infinitive && c > 0) {
      open("infinitive", h, -1);
    } else if (startsParticipial(tags, i) || (chunk.finite < 0 && lex.verbSecond && endsParticipial(tags, chunk))) {
      open("participial", h, -1);
    } else if (chunk.finite >= 0 && hostDraft && complete(hostDraft) && (hostDraft.kind === "main" || !hostDraft.finiteCapable || hostDraft.finite >= 0)) {
      // A new clause after a complete one: a complement of a verb of saying or in the reporting mood, else a main clause.
      if (coordinator >= 0 && hostDraft.kind !== "main") {
        stack.pop();
        const k = open(hostDraft.kind, hostDraft.parent, -1);
        drafts[k]!.conjunct = h;
      } else if (coordinator < 0 && reportsTo(words, tags, hostDraft, chunk, lex)) {
        open("complement", h, -1);
      } else {
        stack.length = 0;
        const k = open("main", null, -1);
        if (coordinator >= 0) drafts[k]!.conjunct = h;
      }
    } else if (h === null) {
      open("main", null, -1);
    }
    if (coordinator >= 0 && drafts[top()]!.conjunct === null) {
      // The coordinator stays with the clause it joins onto (it may join noun phrases).
      drafts[top()]!.words.push(coordinator);
    }
    for (; i < chunk.to; i++) {
      const w = words[i]!;
      if (isPunct(w)) continue;
      const t = tags[i]!;
      let d = drafts[top()]!;
      if (i > chunk.first && i !== d.introducer) {
        // Inside a chunk: clauses that open without a boundary.
        const kind = prepositionBeforeRelative(tags, i) ? "relative" : introducerKind(words, tags, i, lex, false);
        // Where subordinate clauses end in their finite verb, one without a comma before it still has that verb ahead ("mehr als 20.000" opens none).
        const verbAhead = !lex.verbSecond || chunk.finite > i || (chunk.finite >= 0 && hasFiniteAfter(tags, i, chunk.to));
        if (kind && verbAhead && d.words.length > 0 && !(kind === "relative" && !followsNominal(tags, d, i))) {
          open(kind, top(), tags[i] === TAG.ADP ? i + 1 : i);
          d = drafts[top()]!;
        } else if (t === TAG.ZU && tags[i + 1] === TAG.VINF && !lex.verbSecond && d.words.length > 0) {
          open("infinitive", top(), -1);
          d = drafts[top()]!;
        } else if (!lex.verbSecond && (t === TAG.VGER || t === TAG.VPP) && NOMINAL.has(tags[i - 1]!) && d.words.includes(i - 1) && modifiesNoun(words, tags, d, i, chunk, lex)) {
          open("participial", top(), -1);
          d = drafts[top()]!;
        }
      }
      if (t === TAG.CCONJ && lex.coordinators.has(w.lower)) coordinator = i;
      if (t === TAG.VFIN) d = placeFinite(i, d);
      d.words.push(i);
    }
  }

  function placeFinite(i: number, current: Draft): Draft {
    // A finite verb never belongs to an infinitive or participial clause: it closes them.
    while (stack.length > 1 && !drafts[stack[stack.length - 1]!]!.finiteCapable) stack.pop();
    const d = drafts[stack[stack.length - 1]!] ?? current;
    if (d.finiteCapable && d.finite < 0) {
      d.finite = i;
      return d;
    }
    if (d.finiteCapable && d.finite >= 0) {
      // A verb cluster at the end of a verb-final clause ("gesagt haben soll"): the last finite form counts.
      if (lex.verbSecond && d.kind !== "main" && coordinator < d.finite) {
        d.finite = i;
        return d;
      }
      if (coordinator > d.finite) {
        // A coordinated clause: the words after the coordinator move to it.
        const moved = d.words.filter((k) => k > coordinator);
        // The coordinator belongs to neither clause's own words.
        d.words = d.words.filter((k) => k < coordinator);
        const self = stack.pop()!;
        const k = open(d.kind, d.kind === "main" ? null : d.parent, -1);
        const nd = drafts[k]!;
        nd.conjunct = self;
        nd.words = moved;
        nd.finite = i;
        coordinator = -1;
        return nd;
      }
    }
    // An embedded clause without a closing comma: the finite verb belongs to the nearest clause still without one.
    for (let s = stack.length - 1; s >= 0; s--) {
      const e = drafts[stack[s]!]!;
      if (e.finiteCapable && e.finite < 0) {
        stack.length = s + 1;
        e.finite = i;
        return e;
      }
    }
    if (!lex.verbSecond) {
      // "I think he left", "the man I saw": a noun phrase before a second finite verb opens a clause.
      const cur = drafts[stack[stack.length - 1]!]!;
      let np = i;
      while (np - 1 >= 0 && NP_WORD.has(tags[np - 1]!) && cur.words.includes(np - 1) && np - 1 > cur.finite) np--;
      if (np < i && NOMINAL.has(tags[i - 1]!)) {
        const before = np - 1;
        const kind: ClauseKind = before >= 0 && (tags[before] === TAG.VFIN || NON_FINITE.has(tags[before]!)) ? "complement" : "relative";
        const moved = cur.words.filter((k) => k >= np);
        cur.words = cur.words.filter((k) => k < np);
        const k = open(kind, stack[stack.length - 1]!, -1);
        drafts[k]!.words = moved;
        drafts[k]!.finite = i;
        return drafts[k]!;
      }
    }
    // Otherwise a new main clause begins at this verb.
    stack.length = 0;
    const k = open("main", null, -1);
    drafts[k]!.finite = i;
    return drafts[k]!;
  }

  void chunkOf;
  return finishDrafts(drafts);
}

function hasFiniteAfter(tags: Uint8Array, i: number, to: number): boolean {
  for (let k = i + 1; k < to; k++) if (tags[k] === TAG.VFIN) return true;
  return false;
}

function startsParticipial(tags: Uint8Array, i: number): boolean {
  return tags[i] === TAG.VGER || tags[i] === TAG.VPP;
}

function endsParticipial(tags: Uint8Array, chunk: Chunk): boolean {
  return chunk.last > chunk.first && (tags[chunk.last] === TAG.VPP || tags[chunk.last] === TAG.VGER);
}

function followsNominal(tags: Uint8Array, d: Draft, i: number): boolean {
  const prev = d.words[d.words.length - 1];
  return prev !== undefined && prev === i - 1 && NOMINAL.has(tags[prev]!);
}

/**
 * Whether a participle right after a noun modifies it ("people living here", "the report published
 * yesterday says"): before the clause's finite verb when one follows in the chunk, or after it when no
 * auxiliary stands right before the noun.
 */
function modifiesNoun(words: readonly ClauseWord[], tags: Uint8Array, d: Draft, i: number, chunk: Chunk, lex: ClauseLexicon): boolean {
  if (d.finite < 0) return tags[i] === TAG.VGER || chunk.finite > i;
  const f = words[d.finite]!;
  return d.finite < i - 1 && !(lex.auxiliaryForms.has(f.lower) && i - d.finite <= 2);
}

/**
 * A relative pronoun the tagger read as an article or pronoun: at a chunk start, not before a noun, in a
 * chunk that (verb-final) ends in its finite verb ("…, der dort steht, …").
 */
function relativeAtChunkStart(words: readonly ClauseWord[], tags: Uint8Array, i: number, chunk: Chunk, lex: ClauseLexicon): boolean {
  if (!lex.verbSecond || !lex.relativePronouns.has(words[i]!.lower) || chunk.finite < 0) return false;
  if (tags[i] !== TAG.DET && tags[i] !== TAG.PRON && tags[i] !== TAG.REL) return false;
  const next = tags[i + 1];
  if (next === TAG.NOUN || next === TAG.PROPN || next === TAG.ADJ || next === TAG.NUM) return false;
  return tags[chunk.last] === TAG.VFIN || tags[chunk.last] === TAG.PRT || (chunk.last > 0 && tags[chunk.last - 1] === TAG.VFIN);
}

/** Whether an unintroduced finite chunk after a complete clause reports what that clause's verb said. */
function reportsTo(words: readonly ClauseWord[], tags: Uint8Array, hostDraft: Draft, chunk: Chunk, lex: ClauseLexicon): boolean {
  const f = words[chunk.finite]!.lower;
  const firstPerson = [chunk.finite - 1, chunk.finite + 1].some((k) => k >= chunk.from && k < chunk.to && lex.firstPerson.has(words[k]!.lower));
  if (!firstPerson && (lex.subjunctive.has(f) || lex.conditional.has(f) || lex.conditionalAuxiliaries.has(f))) return true;
  // The host's last verb word is a verb of saying and nothing but its particle follows it.
  for (let k = hostDraft.words.length - 1; k >= 0; k--) {
    const w = hostDraft.words[k]!;
    const t = tags[w]!;
    if (t === TAG.PRT || t === TAG.ADV) continue;
    if (t === TAG.VFIN || t === TAG.VPP || t === TAG.VINF) return lex.speechLemmas.has(lemmaOf(words[w]!.lower, lex));
    return false;
  }
  return false;
}

/** Sorts own words, drops empty clauses (re-pointing parents), and puts parentless subordinate clauses under the next main clause. */
function finishDrafts(drafts: Draft[]): Draft[] {
  for (const d of drafts) d.words.sort((a, b) => a - b);
  // Parentless subordinate clauses before a main clause depend on it ("Wenn es regnet, bleibe ich").
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.kind === "main" || d.parent !== null) continue;
    const next = drafts.findIndex((e, j) => j > k && e.kind === "main" && e.words.length > 0);
    if (next >= 0) d.parent = next;
    else d.kind = "main";
  }
  // Empty clauses go; indices are remapped.
  const keep = drafts.map((d) => d.words.length > 0);
  const newIndex = new Int32Array(drafts.length).fill(-1);
  let n = 0;
  drafts.forEach((_, k) => {
    if (keep[k]) newIndex[k] = n++;
  });
  const resolve = (p: number | null): number | null => {
    let q = p;
    while (q !== null && !keep[q]) q = drafts[q]!.parent;
    return q === null ? null : newIndex[q]!;
  };
  const out: Draft[] = [];
  drafts.forEach((d, k) => {
    if (!keep[k]) return;
    out.push({ ...d, parent: resolve(d.parent), conjunct: d.conjunct === null ? null : resolve(d.conjunct) });
  });
  return out;
}
