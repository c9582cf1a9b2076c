/**
 * Look-ups over a fixed list of spans in O(log n + k) instead of a scan of the whole list: the stages
 * ask "which spans overlap this sentence", "which start inside this range" once per sentence or per
 * finding, and a scan per question makes a long text quadratic (docs/architecture.md, "Long texts").
 *
 * Every answer is given as the spans' indices in the list, ascending, so that a caller that took "the
 * first that …" from a scan of the list takes the same one from the index.
 */
export interface Extent {
  start: number;
  end: number;
}

export class SpanIndex<T extends Extent> {
  /** Indices into `items`, sorted by start (ties by index). */
  private readonly byStart: number[];
  private readonly starts: number[];
  /**
   * The largest end in the subtree of each position of `byStart`, the positions read as an implicit
   * binary search tree (the middle of a range is its root): an interval tree without pointers.
   */
  private readonly maxEnd: number[];

  constructor(readonly items: readonly T[]) {
    this.byStart = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    this.starts = this.byStart.map((i) => items[i]!.start);
    this.maxEnd = new Array<number>(items.length).fill(-Infinity);
    this.fillMaxEnd(0, items.length);
  }

  private fillMaxEnd(lo: number, hi: number): number {
    if (lo >= hi) return -Infinity;
    const mid = (lo + hi) >> 1;
    const own = this.items[this.byStart[mid]!]!.end;
    const max = Math.max(own, this.fillMaxEnd(lo, mid), this.fillMaxEnd(mid + 1, hi));
    this.maxEnd[mid] = max;
    return max;
  }

  /** Indices of the spans that overlap [start, end) (span.start < end and start < span.end), ascending. */
  overlapping(start: number, end: number): number[] {
    const out: number[] = [];
    this.collect(0, this.items.length, start, end, out);
    return out.sort((a, b) => a - b);
  }

  /** The spans that overlap [start, end), in list order. */
  overlappingItems(start: number, end: number): T[] {
    return this.overlapping(start, end).map((i) => this.items[i]!);
  }

  /** Whether any span overlaps [start, end). */
  anyOverlapping(start: number, end: number): boolean {
    return this.find(0, this.items.length, start, end);
  }

  private collect(lo: number, hi: number, start: number, end: number, out: number[]): void {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid]! <= start) return;
      this.collect(lo, mid, start, end, out);
      if (this.starts[mid]! >= end) return;
      const i = this.byStart[mid]!;
      if (this.items[i]!.end > start) out.push(i);
      lo = mid + 1;
    }
  }

  private find(lo: number, hi: number, start: number, end: number): boolean {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid]! <= start) return false;
      if (this.find(lo, mid, start, end)) return true;
      if (this.starts[mid]! >= end) return false;
      if (this.items[this.byStart[mid]!]!.end > start) return true;
      lo = mid + 1;
    }
    return false;
  }

  /** Indices of the spans that start in [from, to] (both included), ascending. */
  startingIn(from: number, to: number): number[] {
    const out: number[] = [];
    for (let k = this.firstStartAtOrAfter(from); k < this.starts.length && this.starts[k]! <= to; k++) out.push(this.byStart[k]!);
    return out.sort((a, b) => a - b);
  }

  /** The spans that lie inside [start, end] (start ≤ span.start and span.end ≤ end), in list order. */
  inside(start: number, end: number): T[] {
    return this.startingIn(start, end)
      .filter((i) => this.items[i]!.end <= end)
      .map((i) => this.items[i]!);
  }

  private firstStartAtOrAfter(position: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
