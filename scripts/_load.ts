const t0 = performance.now();
const { taggerModel, nounSet } = await import("../src/stages/entities/resources.js");
const t1 = performance.now();
const m = taggerModel("de");
const t2 = performance.now();
const e = taggerModel("en");
const t3 = performance.now();
console.log(`import ${(t1 - t0).toFixed(0)} ms, de ${(t2 - t1).toFixed(0)} ms (${m!.size}), en ${(t3 - t2).toFixed(0)} ms (${e!.size})`);
