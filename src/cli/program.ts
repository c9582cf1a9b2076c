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
import type { Workers } from "./pool.js";

export const VERSION = "0.1.0";

/**
 * Threads: "auto" by default, which stays in this thread for a few inputs and for a batch uses idle cores
 * (src/cli/pool.ts, autoPlan); `--jobs N` asks for N workers, `--jobs pipeline` for one reading inputs
 * while this thread analyses, `--jobs 1` for none.
 */
const MAX_JOBS = Math.max(64, availableParallelism());
const DEFAULT_JOBS = "auto";

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
  cat article.txt | quellenlage analyze - --language de --stages sentences

Exit status: 0 all inputs analysed, 1 some inputs failed (the others are still printed), 2 usage error.`;

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
    .addOption(new Option("--time-anchoring <mode>", "anchor relative times on the publication date or the text's last date").choices(["news", "narrative"]).default("news"))
    .option("--tokens", "include tokens in the output")
    .option("--clauses", "include clauses (boundaries, verbs, subjects, objects) in the output")
    .option("--explain", "with --format md: show each attribution's confidence, the rule that made it and why a speaker is missing")
    .option("--max-chars <n>", "longest text accepted, in characters", String(DEFAULT_MAX_CHARS))
    .option("--jobs <n|pipeline|auto>", "threads: N workers analysing in parallel, 1 this thread only, pipeline one reading while this one analyses, auto by idle cores", DEFAULT_JOBS)
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], o: Record<string, string | boolean | undefined>) => {
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
          timeAnchoring: o["timeAnchoring"] === "narrative" ? "narrative" : "news",
          maxChars,
        },
        stdout: io.stdout,
        stderr: io.stderr,
        jobs,
        read: { followFeedLinks: o["followLinks"] === true },
        siteProfile: {
          ...(typeof o["siteProfile"] === "string" ? { load: o["siteProfile"] } : {}),
          ...(typeof o["saveSiteProfile"] === "string" ? { save: o["saveSiteProfile"] } : {}),
          learn: o["learnBoilerplate"] === true,
        },
      });
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
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`E_INTERNAL: ${message} (please report this)\n`);
    return 1;
  }
}
