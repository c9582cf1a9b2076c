import type { Writable } from "node:stream";

/** Redraw the progress line at most this often. */
const REDRAW_MS = 100;

/** A one-line progress count on stderr, drawn only when stderr is a terminal. */
export class Progress {
  private ok = 0;
  private failed = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = performance.now();
  private readonly active: boolean;

  constructor(private readonly err: Writable & { isTTY?: boolean }) {
    this.active = err.isTTY === true;
  }

  tick(ok: boolean): void {
    if (ok) this.ok++;
    else this.failed++;
    if (!this.active) return;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw();
  }

  clear(): void {
    if (this.active && this.drawn) this.err.write("\r\x1b[K");
    this.drawn = false;
  }

  done(): void {
    if (!this.active) return;
    this.draw();
    this.err.write("\n");
  }

  private draw(): void {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? ((this.ok + this.failed) / seconds).toFixed(1) : "–";
    const bar = "█".repeat(Math.min(20, Math.floor(seconds * 2) % 21)).padEnd(20, "░");
    this.err.write(`\r\x1b[K${bar} ${this.ok} analysed, ${this.failed} failed, ${rate}/s`);
    this.drawn = true;
  }
}
