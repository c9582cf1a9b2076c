/**
 * A time limit for one analysis (`timeoutMs`, the CLI's `--timeout`). `analyze` is synchronous, so
 * nothing can interrupt it from outside in its own thread: it stops itself. The pipeline checks the
 * deadline before every stage and the stages check it once per block or sentence in their long loops
 * (`StageContext.checkpoint`); past the limit the check throws `E_TIMEOUT`, the analysis is dropped and
 * the caller (a CLI batch) goes on with the next input. The stages are linear in the text's length and
 * cut sentences at MAX_SENTENCE_TOKENS, so the time between two checks is short (milliseconds) whatever
 * the input; a step that looped forever would not be stopped here, which is why the CLI's worker
 * threads are also watched from outside and terminated (src/workers/watchdog.ts).
 *
 * The clock read is the monotonic `performance.now()`: it decides only whether to stop, never what the
 * analysis says.
 */
import { QuellenlageError } from "./model/errors.js";

export class Deadline {
  private readonly started = performance.now();
  private readonly limit: number;
  private where = "the start";

  private constructor(private readonly limitMs: number) {
    this.limit = this.started + limitMs;
  }

  /** A deadline `limitMs` from now, or null for no limit (undefined, or not a positive number). */
  static of(limitMs: number | undefined): Deadline | null {
    return limitMs !== undefined && limitMs > 0 && Number.isFinite(limitMs) ? new Deadline(limitMs) : null;
  }

  /** Throws E_TIMEOUT when the time is up; `where` (a stage, "reading the input") names what comes next. */
  check(where?: string): void {
    if (where !== undefined) this.where = where;
    if (performance.now() <= this.limit) return;
    const seconds = (performance.now() - this.started) / 1000;
    throw new QuellenlageError(
      "E_TIMEOUT",
      `the analysis took longer than its time limit of ${formatSeconds(this.limitMs / 1000)} (stopped after ${formatSeconds(seconds)}, in ${this.where}); raise --timeout or split the input`,
    );
  }

  /** `check` as a function to hand to the stages. */
  readonly checkpoint = (where?: string): void => this.check(where);
}

function formatSeconds(s: number): string {
  return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
}
