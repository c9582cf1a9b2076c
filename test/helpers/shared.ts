import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The shared folder beside the project (seed article, corpora, scorers), absent on a user's fresh clone. */
export const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));

/** The reason to skip a test that needs `../shared/<sub>`, or false when it is there. */
export function skipUnlessShared(sub: string): string | false {
  return existsSync(SHARED + sub) ? false : `../shared/${sub} is absent (it holds data not shipped with the project)`;
}
