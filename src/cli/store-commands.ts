/**
 * The corpus commands (thin over src/store/): ingest, reanalyze, worker, watch, the queries (search,
 * quotes, speakers, outlets, timeline, article, stats) and export. Each opens the store named by
 * `--db`, $QUELLENLAGE_DB or ./quellenlage.db, and closes it when done.
 */
import type { Command } from "commander";
import { Option } from "commander";
import { readJobs, type InputFormat } from "../ingest/files.js";
import { QuellenlageError } from "../model/errors.js";
import { SCHEMA_VERSION } from "../model/types.js";
import { ROW_FORMATS, writeRows, type RowFormat } from "../format/table.js";
import { AnalysisWriter, OUTPUT_FORMATS, type OutputFormat } from "../format/writer.js";
import { DEFAULT_HOST_DELAY_MS, DEFAULT_LIMIT, EXPORT_FORMATS, type ExportFormat } from "../store/constants.js";
import type { CsvTable } from "../store/export/index.js";
import type { CorpusStore } from "../store/index.js";
import type { IngestEvent, IngestSummary } from "../store/ingest.js";
import type * as Query from "../store/query.js";
import type { PollSummary } from "../store/watch/index.js";
import type { CliIO } from "./program.js";
import type { Workers } from "../workers/pool.js";
import { COLUMNS } from "./store-columns.js";

/**
 * The store's modules, loaded when a corpus command runs: `analyze` and `--help` never load SQLite,
 * PostgreSQL or the stemmers.
 */
async function load() {
  const [store, query, ingest, records, exporter, watch, analysis] = await Promise.all([
    import("../store/index.js"),
    import("../store/query.js"),
    import("../store/ingest.js"),
    import("../store/records.js"),
    import("../store/export/index.js"),
    import("../store/watch/index.js"),
    import("../analyze.js"),
  ]);
  return { ...store, ...query, ...ingest, ...records, ...exporter, ...watch, analyze: analysis.analyze };
}
let loaded: ReturnType<typeof load> | null = null;
const lib = () => (loaded ??= load());

type Opts = Record<string, string | boolean | undefined>;

/** The analyser version recorded with every stored version. */
export function analyserVersion(version: string): string {
  return `quellenlage ${version} (${SCHEMA_VERSION})`;
}

const nowIso = () => new Date().toISOString();

/** A wait that ends early when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** SIGINT and SIGTERM stop the command after the article in hand; the handlers go when it ends. */
function stopSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return { signal: controller.signal, dispose: () => (process.off("SIGINT", stop), process.off("SIGTERM", stop)) };
}

function withDb(cmd: Command): Command {
  return cmd.option("--db <file|url>", "the store: an SQLite file or postgres://… (default $QUELLENLAGE_DB, else ./quellenlage.db)");
}

function withFilters(cmd: Command, options: { speaker?: boolean; types?: boolean; page?: boolean } = {}): Command {
  if (options.speaker !== false) cmd.option("--speaker <id|name>", "a speaker id or any name form (the surname alone too)");
  cmd.option("--outlet <id|name|host>", "an outlet").option("--from <YYYY-MM-DD>", "published on or after").option("--to <YYYY-MM-DD>", "published on or before");
  if (options.types !== false) cmd.option("--type <type>", "attribution type: direct, indirect, mixed, reported").option("--channel <kind>", "channel: interview, statement, …");
  if (options.page !== false) cmd.option("--limit <n>", "rows at most", String(DEFAULT_LIMIT)).option("--offset <n>", "rows skipped", "0");
  return cmd;
}

function withFormat(cmd: Command): Command {
  return cmd.addOption(new Option("-f, --format <format>", "output: table (default on a terminal), json (default otherwise), jsonl, csv").choices(ROW_FORMATS as unknown as string[]));
}

function filtersOf(o: Opts): Query.Filters {
  const num = (v: string | boolean | undefined, flag: string) => {
    if (typeof v !== "string") return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new QuellenlageError("E_USAGE", `${flag} must be a whole number ≥ 0`);
    return n;
  };
  const str = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);
  const f: Query.Filters = {};
  for (const [key, value] of Object.entries({ speaker: str(o["speaker"]), outlet: str(o["outlet"]), from: str(o["from"]), to: str(o["to"]), type: str(o["type"]), channel: str(o["channel"]) })) {
    if (value !== undefined) (f as Record<string, string>)[key] = value;
  }
  const limit = num(o["limit"], "--limit");
  const offset = num(o["offset"], "--offset");
  if (limit !== undefined) f.limit = limit;
  if (offset !== undefined) f.offset = offset;
  return f;
}

export function registerStoreCommands(program: Command, io: CliIO, version: string, setStatus: (status: number) => void): void {
  const formatOf = (o: Opts): RowFormat => (typeof o["format"] === "string" ? (o["format"] as RowFormat) : (io.stdout as { isTTY?: boolean }).isTTY ? "table" : "json");
  const open = async (o: Opts) => {
    const { openStore, storeLocation } = await lib();
    return openStore(storeLocation(typeof o["db"] === "string" ? o["db"] : undefined, process.env));
  };
  async function using<T>(o: Opts, fn: (store: CorpusStore) => Promise<T>): Promise<T> {
    const store = await open(o);
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  }
  const say = (line: string) => io.stderr.write(line + "\n");

  withDb(program.command("ingest"))
    .description("analyse inputs (everything analyze reads) and store them: new articles, new versions of changed ones; inputs stored before are skipped")
    .argument("<inputs...>", "files, folders, URLs or - (stdin)")
    .addOption(new Option("--input-format <format>", "how to read inputs whose extension does not say").choices(["auto", "text", "html", "jsonl", "feed", "warc"]).default("auto"))
    .option("--follow-links", "for feeds: fetch each item's page")
    .option("--published <date>", "publication date YYYY-MM-DD for inputs that do not give one")
    .option("--enqueue", "PostgreSQL: queue the inputs for `quellenlage worker` instead of analysing them here")
    .option("--jobs <n|pipeline|auto>", "threads for the analysis (as analyze --jobs)", "auto")
    .option("--verbose", "a line per input on stderr: what was stored")
    .option("--batch <n>", "articles written per transaction (fewer: less to redo after a crash; more: faster)", "32")
    .addOption(new Option("--print <format>", "also print each input's analysis (stored now or before)").choices(OUTPUT_FORMATS as string[]))
    .action(async (inputs: string[], o: Opts) => {
      const published = typeof o["published"] === "string" ? o["published"] : undefined;
      const jobs: Workers = o["jobs"] === "auto" || o["jobs"] === "pipeline" ? (o["jobs"] as Workers) : Number(o["jobs"]);
      if (typeof jobs === "number" && (!Number.isInteger(jobs) || jobs < 1)) throw new QuellenlageError("E_USAGE", `--jobs must be "auto", "pipeline" or a whole number ≥ 1`);
      const read = readJobs(inputs, { inputFormat: o["inputFormat"] as InputFormat, followFeedLinks: o["followLinks"] === true });
      const { signal, dispose } = stopSignal();
      try {
        await using(o, async (store) => {
          if (o["enqueue"]) {
            const { enqueue } = await import("../store/postgres/queue.js");
            const s = await enqueue(store, read, nowIso, (id, err) => say(`${err.code} ${err.input ?? id}: ${err.message}`));
            say(`queued ${s.queued}, already stored or queued ${s.known}, failed ${s.failed} (${store.location})`);
            if (s.failed) setStatus(1);
            return;
          }
          const batchSize = Number(o["batch"]);
          if (!Number.isInteger(batchSize) || batchSize < 1) throw new QuellenlageError("E_USAGE", "--batch must be a whole number ≥ 1");
          const writer = typeof o["print"] === "string" ? new AnalysisWriter(o["print"] as OutputFormat, io.stdout) : null;
          const summary = await (await lib()).ingestJobs(store, read, {
            withAnalyses: writer !== null,
            batchSize,
            analyze: published ? { published } : {},
            jobs,
            analyserVersion: analyserVersion(version),
            now: nowIso,
            signal,
            onEvent: async (e: IngestEvent) => {
              if (e.error) say(`${e.error.code} ${e.error.input ?? e.id}: ${e.error.message}`);
              else if (o["verbose"]) say(`${e.outcome} ${e.id}${e.article ? ` ${e.article}` : ""}`);
              if (writer && e.analysis) await writer.write(e.analysis);
            },
          });
          await writer?.end();
          await store.relinkSpeakers();
          say(summaryLine(summary, store.location));
          if (summary.failed) setStatus(1);
        });
      } finally {
        dispose();
      }
    });

  withDb(program.command("reanalyze"))
    .description("analyse every stored version again from its stored input (after an upgrade); ids stay")
    .action(async (o: Opts) => {
      await using(o, async (store) => {
        let n = 0;
        let failed = 0;
        for await (const v of store.versionsToReanalyze()) {
          const input = (await lib()).inputOfSource(v.sourceMeta, v.source);
          if (!input) continue;
          try {
            const record = (await lib()).toRecord((await lib()).analyze(input), input, { analyserVersion: analyserVersion(version) });
            await store.replaceAnalysis(v.versionId, record);
            n++;
          } catch (err) {
            failed++;
            say(`${err instanceof QuellenlageError ? err.code : "E_INTERNAL"} ${v.versionId}: ${(err as Error).message}`);
          }
        }
        await store.relinkSpeakers();
        say(`reanalysed ${n} versions${failed ? `, ${failed} failed` : ""} (${store.location})`);
        if (failed) setStatus(1);
      });
    });

  withDb(program.command("worker"))
    .description("PostgreSQL: take queued inputs (ingest --enqueue), analyse and store them; run one on each core of any number of machines")
    .option("--exit-when-idle", "stop when no job is queued")
    .option("--poll <duration>", "wait between looks at an empty queue", "1s")
    .option("--verbose", "a line per job on stderr")
    .action(async (o: Opts) => {
      const { runWorker } = await import("../store/postgres/queue.js");
      const { signal, dispose } = stopSignal();
      try {
        await using(o, async (store) => {
          if (!(await lib()).isPostgresUrl(store.location)) throw new QuellenlageError("E_USAGE", "worker needs a PostgreSQL store: --db postgres://…");
          const done = await runWorker(store, {
            analyserVersion: analyserVersion(version),
            now: nowIso,
            sleep,
            signal,
            exitWhenIdle: o["exitWhenIdle"] === true,
            pollMs: (await lib()).parseDuration(String(o["poll"])),
            onEvent: (e) => {
              if (e.error) say(`${e.error.code} ${e.error.input ?? e.id}: ${e.error.message}`);
              else if (o["verbose"]) say(`${e.outcome} job ${e.job} ${e.id}${e.attempt ? ` try ${e.attempt}` : ""}`);
            },
          });
          await store.relinkSpeakers();
          say(`worker: ${done} jobs done`);
        });
      } finally {
        dispose();
      }
    });

  withDb(program.command("watch"))
    .description("poll feeds and pages into the store: conditional requests, robots.txt, a delay per host; stops on Ctrl-C")
    .argument("<urls...>", "feed or page URLs (public addresses only)")
    .option("--every <duration>", "time between polls", "15m")
    .option("--once", "poll once and stop")
    .option("--delay <duration>", "least time between two requests to one host", `${DEFAULT_HOST_DELAY_MS}ms`)
    .option("--no-follow-links", "store what a feed carries instead of fetching each item's page")
    .option("--verbose", "a line per URL on stderr")
    .action(async (urls: string[], o: Opts) => {
      const every = (await lib()).parseDuration(String(o["every"]));
      const delay = (await lib()).parseDuration(String(o["delay"]));
      const { signal, dispose } = stopSignal();
      try {
        await using(o, async (store) => {
          const watcher = new (await lib()).Watcher(store, urls, {
            hostDelayMs: delay,
            followLinks: o["followLinks"] !== false,
            analyserVersion: analyserVersion(version),
            now: nowIso,
            clock: () => Date.now(),
            sleep,
            signal,
            onEvent: (e: { error?: QuellenlageError; url: string; outcome: string }) => {
              if (e.error) say(`${e.error.code} ${e.error.input ?? e.url}: ${e.error.message}`);
              else if (o["verbose"]) say(`${e.outcome} ${e.url}`);
            },
          });
          const report = (s: PollSummary) => say(`${nowIso()} poll: ${pollLine(s)}`);
          if (o["once"]) report(await watcher.pollOnce());
          else await watcher.run(every, report);
          await store.relinkSpeakers();
        });
      } finally {
        dispose();
      }
    });

  withFormat(withFilters(withDb(program.command("search")), { speaker: true }))
    .description("articles containing every word (folded, stemmed: ß/ss, umlauts, Snowball) and \"quoted phrase\", newest first")
    .argument("<text>", "words and \"phrases\"")
    .action(async (text: string, o: Opts) => using(o, async (store) => writeRows(io.stdout, await (await lib()).search(store, text, filtersOf(o)), formatOf(o), COLUMNS.articles)));

  withFormat(withFilters(withDb(program.command("quotes"))))
    .description("attributions (who said what), newest first")
    .action(async (o: Opts) => using(o, async (store) => writeRows(io.stdout, await (await lib()).quotes(store, filtersOf(o)), formatOf(o), COLUMNS.quotes)));

  withFormat(withFilters(withDb(program.command("speakers")), { speaker: false }))
    .description("people and organisations quoted, with counts; --merge and --split correct who is who (kept across re-ingests)")
    .option("--merge <ids...>", "make the second and further speakers the first")
    .option("--split <id_and_names...>", "a speaker id, then name forms that are someone else")
    .action(async (o: Opts) =>
      using(o, async (store) => {
        const merge = o["merge"] as unknown as string[] | undefined;
        const split = o["split"] as unknown as string[] | undefined;
        if (merge) {
          if (merge.length < 2) throw new QuellenlageError("E_USAGE", "--merge needs two or more speaker ids: INTO FROM…");
          await store.mergeSpeakers(merge[0]!, merge.slice(1));
          say(`merged ${merge.slice(1).join(", ")} into ${merge[0]}`);
          return;
        }
        if (split) {
          if (split.length < 2) throw new QuellenlageError("E_USAGE", "--split needs a speaker id and one or more name forms");
          const ids = await store.splitSpeaker(split[0]!, split.slice(1), (await lib()).nameKey);
          say(`split ${split.slice(1).map((s) => `"${s}"`).join(", ")} off ${split[0]}: now ${ids.join(", ")}`);
          return;
        }
        await writeRows(io.stdout, await (await lib()).speakers(store, filtersOf(o)), formatOf(o), COLUMNS.speakers);
      }),
    );

  withFormat(withFilters(withDb(program.command("outlets")), { speaker: false, types: false }))
    .description("outlets with their articles and attributions")
    .action(async (o: Opts) => using(o, async (store) => writeRows(io.stdout, await (await lib()).outlets(store, filtersOf(o)), formatOf(o), COLUMNS.outlets)));

  withFormat(withFilters(withDb(program.command("timeline")), { speaker: false, types: false, page: false }))
    .description("when an entity was named and quoted: articles, mentions and quotes per day or month")
    .argument("<entity>", "a speaker id or any name form of a person, organisation or place")
    .addOption(new Option("--by <period>", "one row per day or per month").choices(["day", "month"]).default("day"))
    .action(async (entity: string, o: Opts) =>
      using(o, async (store) => writeRows(io.stdout, await (await lib()).timeline(store, entity, { ...filtersOf(o), by: o["by"] === "month" ? "month" : "day" }), formatOf(o), COLUMNS.timeline)),
    );

  withFormat(withDb(program.command("article")))
    .description("an article with its versions (json: also the current analysis)")
    .argument("<id|url>", "an article id, URL or input id")
    .option("--version <id>", "the analysis of this version instead of the current one")
    .action(async (id: string, o: Opts) =>
      using(o, async (store) => {
        const detail = await (await lib()).article(store, id, typeof o["version"] === "string" ? { version: o["version"] } : {});
        const format = formatOf(o);
        if (format === "json" || format === "jsonl") {
          io.stdout.write(JSON.stringify(detail, null, format === "json" ? 2 : undefined) + "\n");
          return;
        }
        if (format === "table") {
          io.stdout.write(`${detail.title ?? "(no title)"}\n${detail.id}  ${detail.url ?? ""}\npublished ${detail.published ?? "?"} · ${detail.outlet ?? "no outlet"} · ${detail.language} · first seen ${detail.firstSeen} · last seen ${detail.lastSeen}\n\n`);
        }
        await writeRows(io.stdout, detail.versions, format, COLUMNS.versions);
      }),
    );

  withFormat(withFilters(withDb(program.command("stats")), { page: false }))
    .description("per outlet: articles, attributions, share of anonymous speakers, share of sentences in the outlet's own voice")
    .action(async (o: Opts) => using(o, async (store) => writeRows(io.stdout, await (await lib()).stats(store, filtersOf(o)), formatOf(o), COLUMNS.stats)));

  withFilters(withDb(program.command("export")))
    .description("export the current versions: JSONL analyses, CSV, brat standoff, W3C Web Annotation, Label Studio predictions")
    .addOption(new Option("-f, --format <format>", "export format").choices(EXPORT_FORMATS as unknown as string[]).makeOptionMandatory())
    .option("--out <folder>", "write files into this folder (needed for brat) instead of stdout")
    .addOption(new Option("--csv <table>", "CSV: one row per attribution or per article (Media Cloud's story columns)").choices(["attributions", "articles"]).default("attributions"))
    .action(async (o: Opts) =>
      using(o, async (store) => {
        const filters = filtersOf(o);
        // An export is everything the filters select unless a limit is given.
        if (o["limit"] === String(DEFAULT_LIMIT)) delete filters.limit;
        const n = await (await lib()).exportStore(store, io.stdout, {
          format: o["format"] as ExportFormat,
          filters,
          ...(typeof o["out"] === "string" ? { out: o["out"] } : {}),
          csv: o["csv"] as CsvTable,
          modelVersion: analyserVersion(version),
        });
        if (o["out"]) say(`exported ${n} ${o["format"] === "csv" && o["csv"] === "attributions" ? "attributions" : "articles"} to ${o["out"]}`);
      }),
    );
}

function summaryLine(s: IngestSummary, location: string): string {
  return `ingest: ${s["new-article"]} new articles, ${s["new-version"]} new versions, ${s.unchanged + s["current-again"]} unchanged, ${s.known} stored before, ${s.failed} failed (${location})`;
}

function pollLine(s: PollSummary): string {
  return `${s["new-article"]} new articles, ${s["new-version"]} new versions, ${s.unchanged + s.known} unchanged, ${s["not-modified"]} not modified, ${s["robots-disallowed"]} disallowed by robots.txt, ${s.failed} failed`;
}
