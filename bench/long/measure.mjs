// One measurement of the size benchmark, in a process of its own (so that its memory peak is its own):
//   node bench/long/measure.mjs repeated|different BYTES
// analyses a 0.1 MB text of the same kind three times first (warm-up: V8 compiles the hot code, so that
// the small sizes are not measured cold), then the text of
// BYTES, and prints one JSON line: seconds (wall), cpu seconds, characters, the process's peak resident
// memory (maxRSS: the analysis is synchronous, so no sampler could run during it) and the heap held after.
// The library is called with maxChars above the text's length: the default limit (2,000,000 characters)
// is the CLI's and the library's guard against accidental input, and a 2 MB text may pass it.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { differentText, repeatedText } from "./texts.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { analyze } = await import(join(root, "dist", "index.js"));
const [kind, bytesArg] = process.argv.slice(2);
const make = kind === "repeated" ? repeatedText : kind === "different" ? differentText : null;
if (!make) throw new Error(`unknown kind ${kind}`);
const WARM_UP_BYTES = 100_000;
const WARM_UP_RUNS = 3;
const PUBLISHED = "2024-03-06";

const warm = make(WARM_UP_BYTES);
for (let i = 0; i < WARM_UP_RUNS; i++) analyze({ id: "warm-up", text: warm, published: PUBLISHED }, { maxChars: warm.length + 1 });
const text = make(Number(bytesArg));
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const analysis = analyze({ id: kind, text, published: PUBLISHED }, { maxChars: text.length + 1 });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    kind,
    bytes: Buffer.byteLength(text),
    chars: text.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    rssPeakMB: process.resourceUsage().maxRSS / 1024,
    heapAfterMB: process.memoryUsage().heapUsed / 1024 / 1024,
    sentences: analysis.sentences?.length ?? 0,
    attributions: analysis.attributions?.length ?? 0,
    entities: analysis.entities?.length ?? 0,
  }),
);
