import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";
import { Command, CommanderError, Option } from "commander";
import { DEFAULT_MAX_CHARS } from "../analyze.js";
import { OUTPUT_FORMATS, type OutputFormat } from "../format/writer.js";
import type { InputFormat } from "../ingest/files.js";
import { isoDate } from "../ingest/html/metadata.js";
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from "../locales/index.js";
import { QuellenlageError } from "../model/errors.js";
import { SCHEMA_VERSION, type LanguageCode } from "../model/types.js";
import { STAGE_NAMES, resolveStages } from "../pipeline.js";
import { runAnalyze } from "./analyze-command.js";
import type { Workers } from "../workers/pool.js";
import { registerStoreCommands } from "./store-commands.js";

export const VERSION = "0.1.0";

/**
 * Threads: "auto" by default, which stays in this thread for a few inputs and for a batch uses idle cores
 * (src/workers/pool.ts, autoPlan); `--jobs N` asks for N workers, `--jobs pipeline` for one reading inputs
 * while this thread analyses, `--jobs 1` for none.
 */
const MAX_JOBS = Math.max(64, availableParallelism());
const DEFAULT_JOBS = "auto";
/** Seconds one input may take before it fails with E_TIMEOUT (0: no limit). */
const DEFAULT_TIMEOUT_SECONDS = 60;

export interface CliIO {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

const EXAMPLES = `
Examples:
  quellenlage analyze article.txt --published 2024-06-14
  quellenlage analyze page.html --format md
  quellenlage analyze corpus.jsonl --format jsonl > analyses.jsonl
  quellenlage analyze https://example.org/news/article.html --format md
  quellenlage analyze https://example.org/feed.xml --follow-links --format jsonl
  quellenlage analyze crawl.warc.gz --learn-boilerplate --save-site-profile site.json --format jsonl
  quellenlage analyze later-pages/ --site-profile site.json
  quellenlage analyze list.jsonl --allow-paths /data/pages --timeout 20 --format jsonl
  cat article.txt | quellenlage analyze - --language de --stages sentences

Exit status: 0 all inputs analysed, 1 some inputs failed (the others are still printed), 2 usage error.
stderr: one line "E_CODE id: message" per failed input, progress while a batch runs (--no-progress: none),
and at the end "N analysed, M failed in T s".`;

/** Runs the CLI on `argv` (without the node and script paths); resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let status = 0;
  const program = new Command("quellenlage")
    .description("Who said what, through which channel, when and how sure: news articles taken apart like a fact-checker does.")
    .version(`${VERSION} (${SCHEMA_VERSION})`, "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command("analyze")
    .description("analyse articles: plain text, HTML, JSONL, RSS/Atom or WARC files (also gzipped), folders of them, http(s) URLs, or - for stdin")
    .argument("<inputs...>", "files, folders, URLs or - (stdin)")
    .addOption(new Option("-f, --format <format>", "output format").choices(OUTPUT_FORMATS as string[]).default("json"))
    .addOption(new Option("--input-format <format>", "how to read inputs whose extension does not say, and stdin").choices(["auto", "text", "html", "jsonl", "feed", "warc"]).default("auto"))
    .option("--follow-links", "for feeds: fetch and analyse each item's page instead of the content the feed carries")
    .option("--site-profile <file>", "load boilerplate learned across a site's pages (see --learn-boilerplate)")
    .option("--learn-boilerplate", "learn blocks that recur across the inputs' pages of one site first, and mark them boilerplate")
    .option("--save-site-profile <file>", "save the site profile loaded and learned, for later runs")
    .option("--published <date>", "publication date YYYY-MM-DD (anchors relative times)")
    .addOption(new Option("--language <code>", "article language (otherwise identified)").choices(SUPPORTED_LANGUAGES as string[]))
    .option("--stages <list>", `comma-separated stages to run (with what they need): ${STAGE_NAMES.join(",")}`)
    .addOption(
      new Option("--time-anchoring <mode>", "anchor relative times on the publication date (news), the text's last date (narrative), or choose per text (auto)")
        .choices(["auto", "news", "narrative"])
        .default("auto"),
    )
    .option("--tokens", "include tokens in the output")
    .option("--clauses", "include clauses (boundaries, verbs, subjects, objects) in the output")
    .option("--explain", "with --format md: show each attribution's confidence, the rule that made it and why a speaker is missing")
    .option("--max-chars <n>", "longest text accepted, in characters", String(DEFAULT_MAX_CHARS))
    .option("--jobs <n|pipeline|auto>", "threads: N workers analysing in parallel, 1 this thread only, pipeline one reading while this one analyses, auto by idle cores", DEFAULT_JOBS)
    .option("--timeout <seconds>", "time limit per input; past it the input fails with E_TIMEOUT and the batch goes on (0: none)", String(DEFAULT_TIMEOUT_SECONDS))
    .option("--allow-paths <dir>", "a folder JSONL records' paths may also point into (besides the JSONL file's own); repeatable", (dir: string, dirs: string[]) => [...dirs, dir], [] as string[])
    .option("--progress", "show progress on stderr while the batch runs, also when stderr is not a terminal (the default)")
    .option("--no-progress", "no progress on stderr (the final count is still written)")
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], o: Record<string, string | string[] | boolean | undefined>) => {
      const published = typeof o["published"] === "string" ? o["published"] : undefined;
      if (published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(published) || isoDate(published) === null)) {
        throw new QuellenlageError("E_USAGE", `--published must be a date YYYY-MM-DD, got "${published}"`);
      }
      const language = typeof o["language"] === "string" && isSupportedLanguage(o["language"]) ? (o["language"] as LanguageCode) : undefined;
      const stages = typeof o["stages"] === "string" ? o["stages"].split(",").map((s) => s.trim()).filter(Boolean) : undefined;
      resolveStages(stages); // a usage error for unknown names, before any input is read
      const maxChars = Number(o["maxChars"]);
      if (!Number.isInteger(maxChars) || maxChars <= 0) throw new QuellenlageError("E_USAGE", `--max-chars must be a positive integer`);
      const jobs: Workers = o["jobs"] === "auto" || o["jobs"] === "pipeline" ? o["jobs"] : Number(o["jobs"]);
      if (typeof jobs === "number" && (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)) {
        throw new QuellenlageError("E_USAGE", `--jobs must be "auto", "pipeline" or an integer from 1 to ${MAX_JOBS}`);
      }
      const timeout = Number(o["timeout"]);
      if (!(typeof o["timeout"] === "string" && /^\d+(?:\.\d+)?$/.test(o["timeout"]) && Number.isFinite(timeout))) {
        throw new QuellenlageError("E_USAGE", `--timeout must be a number of seconds (0 for no limit), got "${String(o["timeout"])}"`);
      }
      const allowPaths = Array.isArray(o["allowPaths"]) ? o["allowPaths"] : [];
      status = await runAnalyze(inputs, {
        format: o["format"] as OutputFormat,
        explain: o["explain"] === true,
        inputFormat: o["inputFormat"] as InputFormat,
        analyze: {
          ...(language ? { language } : {}),
          ...(published ? { published } : {}),
          ...(stages ? { stages } : {}),
          tokens: o["tokens"] === true,
          clauses: o["clauses"] === true,
          ...(o["timeAnchoring"] === "news" || o["timeAnchoring"] === "narrative" ? { timeAnchoring: o["timeAnchoring"] } : {}),
          maxChars,
          ...(timeout > 0 ? { timeoutMs: timeout * 1000 } : {}),
        },
        stdout: io.stdout,
        stderr: io.stderr,
        jobs,
        progress: o["progress"] !== false,
        read: { followFeedLinks: o["followLinks"] === true, allowPaths },
        siteProfile: {
          ...(typeof o["siteProfile"] === "string" ? { load: o["siteProfile"] } : {}),
          ...(typeof o["saveSiteProfile"] === "string" ? { save: o["saveSiteProfile"] } : {}),
          learn: o["learnBoilerplate"] === true,
        },
      });
    });

  registerStoreCommands(program, io, VERSION, (s) => (status = Math.max(status, s)));

  const readerOptions = (o: Record<string, string | boolean | undefined>) => {
    const maxChars = Number(o["maxChars"]);
    if (!Number.isInteger(maxChars) || maxChars <= 0) throw new QuellenlageError("E_USAGE", `--max-chars must be a positive integer`);
    const language = typeof o["language"] === "string" && isSupportedLanguage(o["language"]) ? (o["language"] as LanguageCode) : undefined;
    return {
      analyze: { ...(language ? { language } : {}), maxChars, timeAnchoring: o["timeAnchoring"] === "narrative" || o["timeAnchoring"] === "news" ? (o["timeAnchoring"] as "news" | "narrative") : ("auto" as const) },
      read: { inputFormat: o["inputFormat"] as InputFormat },
    };
  };

  program
    .command("compare")
    .description("compare two articles: relation (near-duplicate, rewrite, translation, same story), direction, sentence alignment, reuse, and the changes claim by claim")
    .argument("<a>", "the first article: a file, URL, JSONL line (FILE#ID), or an analysis (JSON/JSONL that analyze wrote)")
    .argument("<b>", "the second article, read the same way")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "md"]).default("json"))
    .addOption(new Option("--input-format <format>", "how to read inputs whose extension does not say").choices(["auto", "text", "html", "jsonl", "feed", "warc"]).default("auto"))
    .addOption(new Option("--language <code>", "language of inputs to analyse (otherwise identified)").choices(SUPPORTED_LANGUAGES as string[]))
    .addOption(new Option("--time-anchoring <mode>", "anchor relative times on the publication date (news), the text's last date (narrative), or choose per text (auto)").choices(["auto", "news", "narrative"]).default("auto"))
    .option("--max-chars <n>", "longest text accepted, in characters", String(DEFAULT_MAX_CHARS))
    .addHelpText("after", `
Examples:
  quellenlage compare original.html rewrite.html --format md
  quellenlage compare en.txt de.txt
  quellenlage analyze a.txt --format json > a.json && quellenlage compare a.json b.txt
  quellenlage compare corpus.jsonl#id-17 corpus.jsonl#id-42`)
    .action(async (a: string, b: string, o: Record<string, string | boolean | undefined>) => {
      // The comparison code is loaded only for these commands: `analyze` starts without it.
      const { runCompare } = await import("./compare-command.js");
      status = await runCompare(a, b, { format: o["format"] === "md" ? "md" : "json", ...readerOptions(o), stdout: io.stdout, stderr: io.stderr });
    });

  program
    .command("relate")
    .description("every related pair among the inputs (near-duplicates, rewrites, translations, same story), found without comparing all pairs")
    .argument("<inputs...>", "files, folders, URLs, JSONL, or analyses (the JSON/JSONL that analyze wrote)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["jsonl", "json"]).default("jsonl"))
    .addOption(new Option("--input-format <format>", "how to read inputs whose extension does not say").choices(["auto", "text", "html", "jsonl", "feed", "warc"]).default("auto"))
    .addOption(new Option("--language <code>", "language of inputs to analyse (otherwise identified)").choices(SUPPORTED_LANGUAGES as string[]))
    .addOption(new Option("--time-anchoring <mode>", "anchor relative times on the publication date (news), the text's last date (narrative), or choose per text (auto)").choices(["auto", "news", "narrative"]).default("auto"))
    .option("--max-chars <n>", "longest text accepted, in characters", String(DEFAULT_MAX_CHARS))
    .option("--jobs <n|pipeline|auto>", "threads for analysing articles (analyses are read as they are)", DEFAULT_JOBS)
    .addHelpText("after", `
Examples:
  quellenlage relate corpus.jsonl --format jsonl
  quellenlage analyze corpus.jsonl --format jsonl > analyses.jsonl && quellenlage relate analyses.jsonl`)
    .action(async (inputs: string[], o: Record<string, string | boolean | undefined>) => {
      const jobs: Workers = o["jobs"] === "auto" || o["jobs"] === "pipeline" ? o["jobs"] : Number(o["jobs"]);
      if (typeof jobs === "number" && (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)) {
        throw new QuellenlageError("E_USAGE", `--jobs must be "auto", "pipeline" or an integer from 1 to ${MAX_JOBS}`);
      }
      const { runRelate } = await import("./compare-command.js");
      status = await runRelate(inputs, { format: o["format"] === "json" ? "json" : "jsonl", ...readerOptions(o), jobs, stdout: io.stdout, stderr: io.stderr });
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end with code 0; everything else commander reports is a usage error.
      return err.exitCode === 0 || err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
    }
    if (err instanceof QuellenlageError && err.code === "E_USAGE") {
      io.stderr.write(`E_USAGE: ${err.message}\n`);
      return 2;
    }
    if (err instanceof QuellenlageError) {
      io.stderr.write(`${err.code}: ${err.message}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`E_INTERNAL: ${message} (please report this)\n`);
    return 1;
  }
}
