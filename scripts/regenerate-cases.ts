/**
 * Rewrites test/cases/<slug>/expected.json (and test/compare/cases/<slug>/expected.json) from the
 * current code, for every case or the ones named:
 *   npm run cases:regenerate [-- slug ...]
 * Read `git diff test/cases test/compare/cases` before committing: a changed expectation is a behaviour change.
 */
import { writeFileSync } from "node:fs";
import { expectedPath, listCases, runCase } from "../test/cases/cases.js";
import { compareExpectedPath, listCompareCases, runCompareCase } from "../test/compare/cases.js";

const wanted = process.argv.slice(2);
const slugs = wanted.length ? wanted.filter((s) => listCases().includes(s)) : listCases();
for (const slug of slugs) {
  const analysis = runCase(slug);
  writeFileSync(expectedPath(slug), JSON.stringify(analysis, null, 2) + "\n");
  console.log(`wrote ${expectedPath(slug)}`);
}

// Compare cases (test/compare/cases/<slug>/): their comparison as last accepted.
const compareWanted = wanted.filter((s) => listCompareCases().includes(s));
for (const slug of wanted.length ? compareWanted : listCompareCases()) {
  writeFileSync(compareExpectedPath(slug), JSON.stringify(runCompareCase(slug).comparison, null, 2) + "\n");
  console.log(`wrote ${compareExpectedPath(slug)}`);
}
