import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SpanIndex } from "../../src/model/span-index.js";
import { mulberry32 as prng } from "../../scripts/seeded-random.mjs";


describe("SpanIndex", () => {
  it("answers as a scan of the list does, in list order", () => {
    const r = prng(7);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(r() * 40);
      // Short spans, long ones, empty ones and duplicates, in no order.
      const spans = Array.from({ length: n }, () => {
        const start = Math.floor(r() * 100);
        const length = r() < 0.1 ? Math.floor(r() * 100) : r() < 0.1 ? 0 : Math.floor(r() * 8);
        return { start, end: start + length };
      });
      const index = new SpanIndex(spans);
      const all = spans.map((_, i) => i);
      for (let q = 0; q < 30; q++) {
        const start = Math.floor(r() * 110) - 5;
        const end = start + Math.floor(r() * 12);
        const overlapping = all.filter((i) => spans[i]!.start < end && start < spans[i]!.end);
        assert.deepEqual(index.overlapping(start, end), overlapping);
        assert.equal(index.anyOverlapping(start, end), overlapping.length > 0);
        assert.deepEqual(index.overlappingItems(start, end), overlapping.map((i) => spans[i]));
        assert.deepEqual(index.startingIn(start, end), all.filter((i) => spans[i]!.start >= start && spans[i]!.start <= end));
        assert.deepEqual(index.inside(start, end), spans.filter((s) => s.start >= start && s.end <= end));
      }
    }
  });

  it("is empty for an empty list", () => {
    const index = new SpanIndex([]);
    assert.deepEqual(index.overlapping(0, 10), []);
    assert.equal(index.anyOverlapping(0, 10), false);
    assert.deepEqual(index.inside(0, 10), []);
  });
});
