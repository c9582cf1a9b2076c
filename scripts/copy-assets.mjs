// Copies the non-TypeScript files the build needs (the JSON Schema, generated locale tables, the entities
// stage's gazetteers and models) next to the compiled modules, and marks the CLI entry point executable
// (the build starts from an empty dist/, and the file npm linked as the `quellenlage` bin must stay runnable).
import { chmodSync, copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const ASSETS = [
  ["src/model/schema.json", "dist/model/schema.json"],
  ["src/model/compare-schema.json", "dist/model/compare-schema.json"],
  ["src/locales/generated/de-verbs.txt", "dist/locales/generated/de-verbs.txt"],
  ["src/locales/shared/first-names.txt", "dist/locales/shared/first-names.txt"],
  ["src/locales/shared/cities.txt", "dist/locales/shared/cities.txt"],
  ["src/locales/shared/organizations.txt", "dist/locales/shared/organizations.txt"],
  ["src/stages/entities/model/ner-de.bin", "dist/stages/entities/model/ner-de.bin"],
  ["src/stages/entities/model/nouns-de.bin", "dist/stages/entities/model/nouns-de.bin"],
  ["src/stages/entities/model/ner-en.bin", "dist/stages/entities/model/ner-en.bin"],
  ["src/stages/entities/model/nouns-en.bin", "dist/stages/entities/model/nouns-en.bin"],
  ["src/stages/entities/model/names.bin", "dist/stages/entities/model/names.bin"],
  ["src/stages/clauses/model/pos-de.bin", "dist/stages/clauses/model/pos-de.bin"],
  ["src/stages/clauses/model/pos-en.bin", "dist/stages/clauses/model/pos-en.bin"],
];
for (const [from, to] of ASSETS) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
chmodSync("dist/cli/main.js", 0o755);
