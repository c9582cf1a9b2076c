/**
 * Rewrites test/cases/<slug>/expected.json from the current code, for every case or the ones named:
 *   npm run cases:regenerate [-- slug ...]
 * Read `git diff test/cases` before committing: a changed expectation is a behaviour change.
 */
import { writeFileSync } from "node:fs";
import { expectedPath, listCases, runCase } from "../test/cases/cases.js";

const wanted = process.argv.slice(2);
const slugs = wanted.length ? wanted : listCases();
for (const slug of slugs) {
  const analysis = runCase(slug);
  writeFileSync(expectedPath(slug), JSON.stringify(analysis, null, 2) + "\n");
  console.log(`wrote ${expectedPath(slug)}`);
}
