// The attribution corpora in ../shared/data read in-process, and every prediction labelled the way the
// scorers in ../shared/eval count it (score-spkatt.mjs, score-polnear.mjs): found when its content
// overlaps a gold content with Dice >= 0.5, right when its speaker (or a mention of its entity) covers the
// gold source with Dice >= 0.5 or has the same words. Used by scripts/eval-attribution.mjs (figures and
// error lists) and scripts/fit-confidence.mjs (calibration). Nothing here ships: the corpora are
// non-commercial (SpkAtt) or state no licence (PolNeAR); the package gets only the fitted numbers.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const SPKATT_DIR = join(root, "..", "shared", "data", "spkatt2023-task2", "train", "task2");
export const POLNEAR_DIR = join(root, "..", "shared", "data", "polnear");

// --- SpkAtt (token-level, as score-spkatt.mjs) ---
const NO_SPACE_BEFORE = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "“", "‘", "»", "%", "…"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "„", "‚", "«"]);
function detokenise(sentences) {
  let text = "";
  const tokens = [];
  for (const s of sentences) {
    if (text) text += " ";
    let asciiOpen = false;
    let glueNext = true;
    s.Tokens.forEach((tok, i) => {
      let glue = glueNext || NO_SPACE_BEFORE.has(tok);
      if (tok === '"') {
        if (asciiOpen) glue = true;
        asciiOpen = !asciiOpen;
      }
      if (!glue) text += " ";
      tokens.push([s.SentenceId, i, text.length, text.length + tok.length]);
      text += tok;
      glueNext = NO_SPACE_AFTER.has(tok) || (tok === '"' && asciiOpen);
    });
  }
  return { text, tokens };
}

/** SpkAtt train documents whose index modulo `every` is one of `offsets`. */
export function loadSpkatt({ every = 1, offsets = [0] } = {}) {
  if (!existsSync(SPKATT_DIR)) return null;
  const files = readdirSync(SPKATT_DIR).filter((f) => f.endsWith(".json")).sort().filter((_, i) => offsets.includes(i % every));
  return files.map((f) => {
    const raw = JSON.parse(readFileSync(join(SPKATT_DIR, f), "utf8"));
    const { text, tokens } = detokenise(raw.Sentences);
    const m = raw.DocumentName.match(/^\d+ - (.*) \((\d{4}-\d{2}-\d{2})\)$/);
    const key = new Map(tokens.map(([s, t], i) => [`${s}:${t}`, i]));
    const toIdx = (refs) => new Set((refs ?? []).map((r) => key.get(r)).filter((i) => i !== undefined));
    const gold = raw.Annotations.filter((a) => a.Message?.length).map((a) => ({ form: a.Form, nested: Boolean(a.IsNested), message: toIdx(a.Message), source: toIdx(a.Source), cue: toIdx(a.Cue) }));
    return { corpus: "spkatt", id: raw.DocumentName, text, tokens, gold, language: "de", title: m?.[1] ?? null, published: m?.[2] ?? null };
  });
}

// --- PolNeAR (character-level, as score-polnear.mjs) ---
export function loadPolnear(split) {
  const dir = POLNEAR_DIR;
  if (!existsSync(join(dir, split))) return null;
  const meta = new Map();
  for (const line of readFileSync(join(dir, "metadata.tsv"), "utf8").split("\n").slice(1)) {
    const c = line.split("\t");
    if (c[1]) meta.set(c[1], { published: c[5], title: c[7] });
  }
  const annFiles = readdirSync(join(dir, split, "attributions"));
  return readdirSync(join(dir, split, "text")).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const id = f.replace(/\.txt$/, "");
    const text = readFileSync(join(dir, split, "text", f), "utf8");
    const annName = annFiles.find((a) => a.startsWith(`${id}_`) && a.endsWith(".ann"));
    const spans = new Map();
    const events = [];
    for (const line of annName ? readFileSync(join(dir, split, "attributions", annName), "utf8").split("\n") : []) {
      const [k, body] = line.split("\t");
      // A span text with a line break in it continues on the next line (two train files): not a record.
      if (k?.startsWith("T") && body) spans.set(k, body.match(/^\S+ (.*)$/)[1].split(";").map((r) => r.split(" ").map(Number)));
      else if (k?.startsWith("E")) events.push(Object.fromEntries(body.split(" ").map((p) => p.split(":"))));
    }
    const chars = (t) => new Set((spans.get(t) ?? []).flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i)));
    const gold = events.filter((e) => e.Content).map((e) => ({ form: "any", nested: false, message: chars(e.Content), source: chars(e.Source), cue: chars(e.Cue) }));
    const m = meta.get(id) ?? {};
    return { corpus: "polnear", id, text, gold, language: "en", published: m.published ?? null, title: m.title ?? null };
  });
}

// --- locating predicted spans ---
const fold = (ch) => (/[„“”"«»]/.test(ch) ? '"' : /[‚‘’']/.test(ch) ? "'" : ch);
function canon(text) {
  let out = "";
  const at = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    out += fold(text[i]);
    at.push(i);
  }
  return { out, at };
}
function spkattTokens(doc, span, analysisText) {
  doc.canon ??= canon(doc.text);
  const str = canon(String(typeof span === "string" ? span : span?.text ?? "")).out;
  if (!str) return new Set();
  let hint = typeof span?.start === "number" ? span.start : -1;
  if (hint >= 0 && analysisText && analysisText.length !== doc.text.length) hint = Math.round((hint * doc.text.length) / analysisText.length);
  const { out: hay, at } = doc.canon;
  let best = -1;
  for (let i = hay.indexOf(str); i >= 0; i = hay.indexOf(str, i + 1)) {
    if (best < 0 || (hint >= 0 && Math.abs(at[i] - hint) < Math.abs(at[best] - hint))) best = i;
    if (hint < 0) break;
  }
  if (best < 0) return new Set();
  const start = at[best];
  const end = at[best + str.length - 1] + 1;
  const out = new Set();
  doc.tokens.forEach(([, , a, b], i) => {
    if (a < end && b > start) out.add(i);
  });
  return out;
}
function polnearChars(doc, span, analysisText) {
  const str = String(typeof span === "string" ? span : span?.text ?? "");
  if (!str.trim()) return new Set();
  let hint = typeof span?.start === "number" ? span.start : -1;
  if (hint >= 0 && analysisText && analysisText.length !== doc.text.length) hint = Math.round((hint * doc.text.length) / analysisText.length);
  let best = -1;
  for (let i = doc.text.indexOf(str); i >= 0; i = doc.text.indexOf(str, i + 1)) {
    if (best < 0 || (hint >= 0 && Math.abs(i - hint) < Math.abs(best - hint))) best = i;
    if (hint < 0) break;
  }
  return best < 0 ? new Set() : new Set(Array.from({ length: str.length }, (_, i) => best + i));
}
const SPKATT_ARTICLE = /^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|the|a|an)\s+/i;
const POLNEAR_ARTICLE = /^(the|a|an)\s+/i;
const bareWith = (re) => (t) => String(t ?? "").replace(/\s+/g, " ").trim().replace(re, "").toLowerCase();
const inter = (a, b) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};
const dice = (a, b) => (a.size + b.size === 0 ? 0 : (2 * inter(a, b)) / (a.size + b.size));

/**
 * Labels one document's predictions: for each attribution `label` is "right", "wrong-speaker",
 * "spurious" or "nested" (matched a nested SpkAtt event: neither counted nor blamed), with `gold` the
 * index of the matched event; for each gold event whether it was found and whether its speaker was right.
 */
export function labelDoc(doc, analysis) {
  const spk = doc.corpus === "spkatt";
  const locate = spk ? spkattTokens : polnearChars;
  const bare = bareWith(spk ? SPKATT_ARTICLE : POLNEAR_ARTICLE);
  const goldText = (set) => (spk ? [...set].sort((x, y) => x - y).map((i) => doc.text.slice(doc.tokens[i][2], doc.tokens[i][3])).join(" ") : [...set].sort((x, y) => x - y).map((i) => doc.text[i]).join(""));
  for (const g of doc.gold) g.sourceBare ??= g.source.size ? bare(goldText(g.source)) : null;
  const entities = new Map((analysis?.entities ?? []).map((e) => [e.id, e]));
  const preds = (analysis?.attributions ?? []).map((a) => {
    const contents = Array.isArray(a.content) ? a.content : [a.content];
    const content = new Set(contents.flatMap((c) => [...locate(doc, c, analysis.text)]));
    const ent = entities.get(a.speaker?.entity);
    const spans = [a.speaker, ...(ent?.mentions ?? [])].filter(Boolean).map((m) => locate(doc, m, analysis.text));
    const surfaces = [a.speaker?.text, ent?.name, ...(ent?.mentions ?? []).map((m) => m?.text)].filter(Boolean).map(bare);
    return { attribution: a, content, spans, surfaces, label: "spurious", gold: -1, used: false };
  });
  const goldOut = doc.gold.map((g) => ({ event: g, found: -1, right: false, text: goldText(g.message), source: goldText(g.source) }));
  for (const round of spk ? [false, true] : [false]) {
    const pairs = [];
    doc.gold.forEach((g, gi) => {
      if (g.nested !== round) return;
      preds.forEach((p, pi) => {
        const d = dice(g.message, p.content);
        if (d >= 0.5) pairs.push([d, gi, pi]);
      });
    });
    pairs.sort((x, y) => y[0] - x[0]);
    const goldUsed = new Set();
    for (const [, gi, pi] of pairs) {
      if (goldUsed.has(gi) || preds[pi].used) continue;
      goldUsed.add(gi);
      const p = preds[pi];
      p.used = true;
      p.gold = gi;
      const g = doc.gold[gi];
      if (g.nested) {
        p.label = "nested";
        continue;
      }
      const ok = g.source.size === 0 || p.spans.some((sp) => dice(g.source, sp) >= 0.5) || p.surfaces.includes(g.sourceBare);
      p.label = ok ? "right" : "wrong-speaker";
      goldOut[gi].found = pi;
      goldOut[gi].right = ok;
    }
  }
  return { preds, gold: goldOut };
}

/** Totals over labelled documents, as the scorers print them. */
export function totals(labelled) {
  let gold = 0, detected = 0, full = 0, spurious = 0, speakerGold = 0, speakerOk = 0;
  const byForm = {};
  for (const { preds, gold: gs } of labelled) {
    for (const g of gs) {
      if (g.event.nested) continue;
      gold++;
      const f = (byForm[g.event.form] ??= { gold: 0, hit: 0 });
      f.gold++;
      if (g.found >= 0) {
        detected++;
        f.hit++;
        if (g.right) full++;
        if (g.event.source.size) {
          speakerGold++;
          if (g.right) speakerOk++;
        }
      }
    }
    spurious += preds.filter((p) => p.label === "spurious").length;
  }
  const f1 = (tp) => (2 * tp) / Math.max(1, detected + spurious + gold);
  return { gold, detected, full, spurious, P: detected / Math.max(1, detected + spurious), R: detected / Math.max(1, gold), detF1: f1(detected), F1: f1(full), speaker: speakerOk / Math.max(1, speakerGold), speakerOk, speakerGold, byForm };
}
