// Copies the non-TypeScript files the build needs (the JSON Schema, generated locale tables) next to the
// compiled modules.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const ASSETS = [
  ["src/model/schema.json", "dist/model/schema.json"],
  ["src/locales/generated/de-verbs.json", "dist/locales/generated/de-verbs.json"],
];
for (const [from, to] of ASSETS) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
