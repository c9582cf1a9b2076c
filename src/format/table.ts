/**
 * Query results as rows of records in the formats the store commands print: a table for a terminal,
 * JSON (an array), JSONL (one object a line) or CSV (src/format/csv.ts).
 */
import type { Writable } from "node:stream";
import { csvRow, type CsvValue } from "./csv.js";

export const ROW_FORMATS = ["table", "json", "jsonl", "csv"] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export interface Column<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** The widest a table cell gets before it is cut with "…". */
const MAX_CELL = 48;
const GAP = "  ";

function plain(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  return String(value).replace(/\s+/g, " ");
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, Math.max(0, width - 1)) + "…";
}

export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(plain(c.value(r)), MAX_CELL)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]) => values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!))).join(GAP).trimEnd() + "\n";
  return line(columns.map((c) => c.header)) + line(widths.map((w) => "-".repeat(w))) + cells.map(line).join("");
}

/** Writes rows: JSON and JSONL give the records whole; a table and CSV give the columns. */
export async function writeRows<T>(out: Writable, rows: readonly T[], format: RowFormat, columns: readonly Column<T>[]): Promise<void> {
  let text: string;
  if (format === "json") text = JSON.stringify(rows, null, 2) + "\n";
  else if (format === "jsonl") text = rows.map((r) => JSON.stringify(r) + "\n").join("");
  else if (format === "csv") text = csvRow(columns.map((c) => c.header)) + rows.map((r) => csvRow(columns.map((c) => c.value(r)))).join("");
  else text = rows.length ? formatTable(rows, columns) : "(no results)\n";
  await new Promise<void>((resolve, reject) => out.write(text, (err) => (err ? reject(err) : resolve())));
}
