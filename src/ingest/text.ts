import type { Diagnostic } from "../model/types.js";
import { normalizeText, replaceLoneSurrogates } from "../text/normalize.js";
import type { Ingested } from "./types.js";

/** Plain text: normalised (src/text/normalize.ts); blocks come from its lines in the structure stage. */
export function ingestText(raw: string): Ingested {
  const diagnostics: Diagnostic[] = [];
  const { text: clean, replaced } = replaceLoneSurrogates(raw);
  if (replaced > 0) {
    diagnostics.push({
      code: "W_LONE_SURROGATE",
      message: `${replaced} unpaired UTF-16 surrogate(s) replaced by U+FFFD`,
      severity: "warning",
      source: "ingest",
    });
  }
  const { text, report } = normalizeText(clean);
  if (report.removed > 0) {
    diagnostics.push({
      code: "I_INVISIBLE_REMOVED",
      message: `${report.removed} invisible character(s) removed (zero-width, soft hyphen, controls)`,
      severity: "info",
      source: "ingest",
    });
  }
  return { text, format: "text", meta: {}, diagnostics };
}
