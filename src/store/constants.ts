/** Constants the CLI needs before it loads the store (which loads SQLite and the stemmers). */

/** Rows a query returns unless asked for another number. */
export const DEFAULT_LIMIT = 100;
/** The wait between two requests to one host unless told otherwise (watch). */
export const DEFAULT_HOST_DELAY_MS = 1000;
export const EXPORT_FORMATS = ["jsonl", "csv", "brat", "webanno", "labelstudio"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
