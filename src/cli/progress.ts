import type { Writable } from "node:stream";

/** Redraw the progress line on a terminal at most this often. */
const REDRAW_MS = 100;
/** Write a progress line to a stderr that is not a terminal (a log file, a pipe) at most this often. */
const LOG_EVERY_MS = 1000;

/**
 * How a batch reports itself on stderr:
 *  - progress while it runs: on a terminal a line redrawn in place; elsewhere (a log file, a pipe) a line
 *    `progress: N analysed, M failed, T s, R/s` at most once a second, the first after a second (a short
 *    run writes none). `--no-progress` turns both off, `--progress` (the default) on;
 *  - always, at the end, the line `N analysed, M failed in T s`.
 */
export class Progress {
  private ok = 0;
  private failed = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started: number;
  private readonly tty: boolean;

  /** `now` is the clock in milliseconds (tests give their own). */
  constructor(
    private readonly err: Writable & { isTTY?: boolean },
    private readonly enabled = true,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tty = err.isTTY === true;
    this.started = now();
    this.lastDraw = this.tty ? -Infinity : this.started;
  }

  tick(ok: boolean): void {
    if (ok) this.ok++;
    else this.failed++;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.lastDraw < (this.tty ? REDRAW_MS : LOG_EVERY_MS)) return;
    this.lastDraw = now;
    if (this.tty) this.draw();
    else this.err.write(`progress: ${this.counts()}, ${this.seconds().toFixed(1)} s, ${this.rate()}/s\n`);
  }

  /** Clears a progress line drawn on a terminal, before another line is written. */
  clear(): void {
    if (this.tty && this.drawn) this.err.write("\r\x1b[K");
    this.drawn = false;
  }

  /** The final line: `N analysed, M failed in T s`. */
  done(): void {
    this.clear();
    this.err.write(`${this.counts()} in ${this.seconds().toFixed(1)} s\n`);
  }

  private counts(): string {
    return `${this.ok} analysed, ${this.failed} failed`;
  }

  private seconds(): number {
    return (this.now() - this.started) / 1000;
  }

  private rate(): string {
    const seconds = this.seconds();
    return seconds > 0 ? ((this.ok + this.failed) / seconds).toFixed(1) : "–";
  }

  private draw(): void {
    const seconds = this.seconds();
    const bar = "█".repeat(Math.min(20, Math.floor(seconds * 2) % 21)).padEnd(20, "░");
    this.err.write(`\r\x1b[K${bar} ${this.counts()}, ${this.rate()}/s`);
    this.drawn = true;
  }
}

/** The final line a batch writes on stderr, for callers that read it. */
export const SUMMARY_LINE = /^(\d+) analysed, (\d+) failed in (\d+(?:\.\d+)?) s$/;
