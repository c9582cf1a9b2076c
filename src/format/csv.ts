/**
 * CSV as RFC 4180 (CRLF line ends; a field with a comma, a quote, CR or LF in double quotes, quotes
 * doubled) for every CSV the tool writes. A text cell that starts with a character a spreadsheet reads
 * as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe, so an article's text can never
 * run as a formula in Excel, LibreOffice or Google Sheets (OWASP's "CSV injection" advice). Numbers are
 * written as numbers.
 */

/** The first characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
/** What a neutralised cell starts with. */
export const FORMULA_GUARD = "'";
const NEEDS_QUOTES = /[",\r\n]/;
/** How a list is written in one cell. */
export const LIST_SEPARATOR = "; ";

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = typeof value === "string" ? value : value.join(LIST_SEPARATOR);
  if (FORMULA_TRIGGER.test(text)) text = FORMULA_GUARD + text;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/**
 * Reads RFC 4180 CSV back (tests, and anyone checking an export): rows of fields, quotes undone.
 * The formula guard is not undone.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
