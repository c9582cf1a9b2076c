/**
 * `export`: the current versions the filters select, as JSONL analyses, CSV (articles with Media
 * Cloud's story columns, or attributions), brat standoff, W3C Web Annotation or Label Studio tasks.
 * Writes to a stream (one file's worth) or, for formats of many files (brat), into a folder.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { csvRow } from "../../format/csv.js";
import { QuellenlageError } from "../../model/errors.js";
import { articlesOf, quotes, type Filters } from "../query.js";
import type { CorpusStore } from "../store.js";
import { BRAT_CONF, toBrat } from "./brat.js";
import { toLabelStudio, LABEL_STUDIO_CONFIG } from "./labelstudio.js";
import { ARTICLE_CSV_HEADER, ATTRIBUTION_CSV_HEADER, articleCsvValues, attributionCsvValues } from "./tables.js";
import { toWebAnnotation } from "./webanno.js";

import type { ExportFormat } from "../constants.js";

export { EXPORT_FORMATS, type ExportFormat } from "../constants.js";
export type CsvTable = "articles" | "attributions";

export interface ExportOptions {
  format: ExportFormat;
  filters?: Filters;
  /** A folder to write into (needed for brat; other formats write one file there). */
  out?: string;
  /** Which CSV: one row per article, or per attribution (default). */
  csv?: CsvTable;
  /** The model version Label Studio predictions name. */
  modelVersion: string;
}

/** Attribution rows read per query while exporting. */
const QUOTE_CHUNK = 1000;
/** File names in an export folder: the article id is safe as a name (a_ + hex). */
const FILE_NAMES: Record<Exclude<ExportFormat, "brat">, string> = { jsonl: "analyses.jsonl", csv: "", webanno: "annotations.jsonld", labelstudio: "tasks.json" };

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/** Runs an export; resolves to the number of articles (or attribution rows) written. */
export async function exportStore(store: CorpusStore, stdout: Writable, options: ExportOptions): Promise<number> {
  const f = options.filters ?? {};
  if (options.format === "brat") {
    if (!options.out) throw new QuellenlageError("E_USAGE", "brat writes a .txt and an .ann per article: give a folder with --out");
    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, "annotation.conf"), BRAT_CONF);
    let n = 0;
    for await (const a of articlesOf(store, f)) {
      const { txt, ann } = toBrat(a.analysis);
      writeFileSync(join(options.out, `${a.id}.txt`), txt);
      writeFileSync(join(options.out, `${a.id}.ann`), ann);
      n++;
    }
    return n;
  }
  let target = stdout;
  let file: import("node:fs").WriteStream | null = null;
  if (options.out) {
    mkdirSync(options.out, { recursive: true });
    if (options.format === "labelstudio") writeFileSync(join(options.out, "labelstudio-config.xml"), LABEL_STUDIO_CONFIG);
    const name = options.format === "csv" ? `${options.csv ?? "attributions"}.csv` : FILE_NAMES[options.format];
    const { createWriteStream } = await import("node:fs");
    file = createWriteStream(join(options.out, name));
    target = file;
  }
  let n = 0;
  try {
    if (options.format === "csv" && (options.csv ?? "attributions") === "attributions") {
      await write(target, csvRow(ATTRIBUTION_CSV_HEADER));
      const limit = f.limit ?? Number.POSITIVE_INFINITY;
      for (let offset = 0; n < limit; offset += QUOTE_CHUNK) {
        const rows = await quotes(store, { ...f, limit: Math.min(QUOTE_CHUNK, limit - n), offset: (f.offset ?? 0) + offset });
        if (rows.length === 0) break;
        await write(target, rows.map((q) => csvRow(attributionCsvValues(q))).join(""));
        n += rows.length;
      }
      return n;
    }
    if (options.format === "csv") await write(target, csvRow(ARTICLE_CSV_HEADER));
    if (options.format === "labelstudio") await write(target, "[");
    for await (const a of articlesOf(store, f)) {
      let text: string;
      if (options.format === "jsonl") text = JSON.stringify(a.analysis) + "\n";
      else if (options.format === "csv") text = csvRow(articleCsvValues(a));
      else if (options.format === "webanno") text = JSON.stringify(toWebAnnotation(a.id, a.analysis, a.url)) + "\n";
      else text = (n > 0 ? ",\n" : "\n") + JSON.stringify(toLabelStudio(a.id, a.analysis, a.url, options.modelVersion));
      await write(target, text);
      n++;
    }
    if (options.format === "labelstudio") await write(target, "\n]\n");
    return n;
  } finally {
    if (file) await new Promise<void>((resolve) => file!.end(resolve));
  }
}
