#!/usr/bin/env node
// Fits the attribution confidence table (src/stages/attribution/confidence-params.ts) and reports how well
// it is calibrated:
//   npm run fit:confidence              fit on SpkAtt train offsets 1–4 and PolNeAR train, write the table
//   npm run fit:confidence -- --report  reliability tables on SpkAtt offset 0 and PolNeAR dev (nothing written)
// An attribution counts as right when the scorers count it so (../shared/eval: found, with the right
// speaker); one matching a nested SpkAtt event counts neither way. The model is a logistic regression with
// an L2 penalty over the features of src/stages/attribution/confidence.ts. Only the weights ship (a few
// dozen numbers): the corpora are non-commercial (SpkAtt) or state no licence (PolNeAR).
// Run `npm run build` first: it reads dist/.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze, getLocale } from "../dist/index.js";
import { attributionFeatures, confidenceOf } from "../dist/stages/attribution/confidence.js";
import { lexiconFor } from "../dist/stages/attribution/lexicon.js";
import { labelDoc, loadPolnear, loadSpkatt } from "./attribution-corpora.mjs";

const OUT = fileURLToPath(new URL("../src/stages/attribution/confidence-params.ts", import.meta.url));
/** L2 penalty on the weights (not the bias). */
const L2 = 1.0;
const ITERATIONS = 300;
const BINS = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
const HIGH = 0.8;

const report = process.argv.includes("--report");

function samples(docs) {
  const out = [];
  for (const doc of docs) {
    const analysis = analyze({ id: doc.id, text: doc.text }, { language: doc.language, ...(doc.published ? { published: doc.published } : {}) });
    const lex = lexiconFor(getLocale(doc.language));
    const fctx = { lex, language: doc.language, sentences: analysis.sentences ?? [], blocks: analysis.blocks };
    for (const p of labelDoc(doc, analysis).preds) {
      if (p.label === "nested") continue;
      out.push({ x: attributionFeatures(p.attribution, fctx), y: p.label === "right" ? 1 : 0, rule: p.attribution.rule });
    }
  }
  return out;
}

/** Newton's method on the penalised log-likelihood (few features, so the Hessian is small). */
function fit(data) {
  const names = [...new Set(data.flatMap((d) => Object.keys(d.x)))].sort();
  const n = names.length + 1; // + bias at index 0
  const idx = new Map(names.map((f, i) => [f, i + 1]));
  let w = new Array(n).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = new Array(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array(n).fill(0));
    for (const d of data) {
      const xs = [[0, 1], ...Object.entries(d.x).map(([f, v]) => [idx.get(f), v])];
      let z = 0;
      for (const [i, v] of xs) z += w[i] * v;
      const p = 1 / (1 + Math.exp(-z));
      for (const [i, v] of xs) {
        grad[i] += (p - d.y) * v;
        for (const [j, u] of xs) hess[i][j] += p * (1 - p) * v * u;
      }
    }
    for (let i = 1; i < n; i++) {
      grad[i] += L2 * w[i];
      hess[i][i] += L2;
    }
    const step = solve(hess, grad);
    let change = 0;
    w = w.map((wi, i) => {
      change = Math.max(change, Math.abs(step[i]));
      return wi - step[i];
    });
    if (change < 1e-6) break;
  }
  return { bias: w[0], weights: Object.fromEntries(names.map((f, i) => [f, w[i + 1]])) };
}

function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    [m[c], m[piv]] = [m[piv], m[c]];
    const d = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      if (f) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

function reliability(title, data, params) {
  const rows = BINS.slice(0, -1).map((lo, i) => ({ lo, hi: BINS[i + 1], n: 0, right: 0, sum: 0 }));
  let high = 0, highRight = 0;
  for (const d of data) {
    const c = confidenceOf(d.x, params);
    const row = rows.find((r) => c >= r.lo && c < r.hi);
    row.n++;
    row.right += d.y;
    row.sum += c;
    if (c >= HIGH) {
      high++;
      highRight += d.y;
    }
  }
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)} %` : "–");
  console.log(`\n${title} (${data.length} attributions, ${pct(data.reduce((s, d) => s + d.y, 0), data.length)} right)\n`);
  console.log("| confidence | attributions | mean confidence | right |");
  console.log("|---|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.lo.toFixed(1)}–${Math.min(1, r.hi).toFixed(1)} | ${r.n} | ${r.n ? (r.sum / r.n).toFixed(2) : "–"} | ${pct(r.right, r.n)} |`);
  console.log(`| **≥ ${HIGH}** | **${high}** | | **${pct(highRight, high)}** |`);
}

if (report) {
  const { CONFIDENCE_PARAMS } = await import("../dist/stages/attribution/confidence-params.js");
  reliability("SpkAtt-2023 train, documents with index mod 5 = 0", samples(loadSpkatt({ every: 5, offsets: [0] })), CONFIDENCE_PARAMS);
  reliability("PolNeAR dev", samples(loadPolnear("dev")), CONFIDENCE_PARAMS);
} else {
  const spk = samples(loadSpkatt({ every: 5, offsets: [1, 2, 3, 4] }));
  const pol = samples(loadPolnear("train"));
  const data = [...spk, ...pol];
  const model = fit(data);
  const round = (x) => Math.round(x * 1000) / 1000;
  const params = {
    fitted: `logistic regression (L2 ${L2}) on ${spk.length} attributions of SpkAtt-2023 train (index mod 5 = 1–4) and ${pol.length} of PolNeAR train, right = found with the right speaker as ../shared/eval counts it`,
    bias: round(model.bias),
    weights: Object.fromEntries(Object.entries(model.weights).map(([k, v]) => [k, round(v)]).filter(([, v]) => v !== 0)),
  };
  const body = `// Generated by \`npm run fit:confidence\` (scripts/fit-confidence.mjs): do not edit by hand.\nimport type { ConfidenceParams } from "./confidence.js";\n\nexport const CONFIDENCE_PARAMS: ConfidenceParams = ${JSON.stringify(params, null, 2).replace(/"([a-z_]+)":/g, "$1:")};\n`;
  writeFileSync(OUT, body);
  console.log(`wrote ${OUT} (${Object.keys(params.weights).length} weights)`);
  reliability("SpkAtt train 1–4 (fitted on)", spk, params);
  reliability("PolNeAR train (fitted on)", pol, params);
}
