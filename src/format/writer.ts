import type { Writable } from "node:stream";
import type { Analysis } from "../model/types.js";
import { QuellenlageError } from "../model/errors.js";
import { checkAnalysis, describeValue } from "../arguments.js";
import { type MarkdownOptions, toMarkdown } from "./markdown.js";

export type OutputFormat = "json" | "jsonl" | "md";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["json", "jsonl", "md"];

/**
 * Streams analyses out in one of the output formats, with backpressure:
 *  - jsonl: one compact object a line, written as each analysis is ready;
 *  - json: one object for a single analysis, an array for several (the first is held back until a
 *    second arrives or the stream ends);
 *  - md: the readable view, analyses separated by a rule.
 */
export class AnalysisWriter {
  private count = 0;
  private held: Analysis | null = null;

  constructor(
    private readonly format: OutputFormat,
    private readonly out: Writable,
    private readonly markdown: MarkdownOptions = {},
  ) {
    if (!OUTPUT_FORMATS.includes(format)) {
      throw new QuellenlageError("E_ARGUMENT", `the output format must be one of ${OUTPUT_FORMATS.join(", ")}, got ${describeValue(format)}`);
    }
    if (typeof out?.write !== "function" || typeof out.once !== "function") {
      throw new QuellenlageError("E_ARGUMENT", `the output must be a writable stream, got ${describeValue(out)}`);
    }
  }

  async write(a: Analysis): Promise<void> {
    checkAnalysis(a);
    this.count++;
    switch (this.format) {
      case "jsonl":
        return this.emit(JSON.stringify(a) + "\n");
      case "md":
        return this.emit((this.count > 1 ? "\n---\n\n" : "") + toMarkdown(a, this.markdown));
      case "json":
        if (this.count === 1) {
          this.held = a;
          return;
        }
        if (this.held) {
          await this.emit("[\n" + JSON.stringify(this.held, null, 2));
          this.held = null;
        }
        return this.emit(",\n" + JSON.stringify(a, null, 2));
    }
  }

  async end(): Promise<void> {
    if (this.format !== "json") return;
    if (this.held) await this.emit(JSON.stringify(this.held, null, 2) + "\n");
    else if (this.count > 1) await this.emit("\n]\n");
  }

  private emit(s: string): Promise<void> {
    if (this.out.write(s)) return Promise.resolve();
    return new Promise((resolve) => this.out.once("drain", resolve));
  }
}
