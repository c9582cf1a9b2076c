import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addMonths, dayNumber, fromDayNumber, isoWeek, parseIsoDay, weekdayOf } from "../../../src/stages/time/calendar-math.js";

describe("calendar arithmetic", () => {
  it("numbers days and tells weekdays (Monday = 0)", () => {
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(weekdayOf(dayNumber(2024, 6, 14)), 4);
    assert.deepEqual(fromDayNumber(dayNumber(2024, 2, 29) + 1), { year: 2024, month: 3, day: 1 });
  });
  it("gives ISO weeks, also across the turn of a year", () => {
    assert.deepEqual(isoWeek(dayNumber(2024, 6, 14)), { year: 2024, week: 24 });
    assert.deepEqual(isoWeek(dayNumber(2021, 1, 3)), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek(dayNumber(2024, 12, 30)), { year: 2025, week: 1 });
  });
  it("adds months across years and reads ISO days strictly", () => {
    assert.deepEqual(addMonths(2024, 11, 3), { year: 2025, month: 2 });
    assert.deepEqual(addMonths(2024, 1, -1), { year: 2023, month: 12 });
    assert.equal(parseIsoDay("2024-02-30"), null);
    assert.equal(parseIsoDay("2024-06-14"), dayNumber(2024, 6, 14));
  });
  it("handles years before the common era", () => {
    assert.deepEqual(fromDayNumber(dayNumber(-489, 9, 12)), { year: -489, month: 9, day: 12 });
  });
});
