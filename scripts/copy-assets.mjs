// Copies the non-TypeScript files the build needs (the JSON Schema) next to the compiled modules.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const ASSETS = [["src/model/schema.json", "dist/model/schema.json"]];
for (const [from, to] of ASSETS) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
