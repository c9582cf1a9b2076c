import { readFileSync } from "node:fs";
import { parseModel } from "../src/stages/entities/tagger/model.js";
const t0 = performance.now();
const b = readFileSync("src/stages/entities/model/ner-de.bin");
const t1 = performance.now();
const m = parseModel(b);
const t2 = performance.now();
console.log(`read ${(t1 - t0).toFixed(1)} ms, parse ${(t2 - t1).toFixed(1)} ms`, b.byteOffset, m.size);
