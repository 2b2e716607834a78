import { describe, expect, it } from "vitest";
import { countAt, fullMonthSeries } from "./series";
import { month, monthly, NOW } from "./test-support";

describe("fullMonthSeries", () => {
  it("ends at the last full month and drops the running and future months", () => {
    const s = fullMonthSeries(monthly("2025-03", [1, 2, 3, 4, 5]), NOW); // 2025-03 .. 2025-07
    expect(s.through).toBe("2025-05");
    expect(s.points).toEqual(monthly("2025-03", [1, 2, 3]));
  });

  it("treats the month as running up to the last GMT second", () => {
    const lastSecondOfJune = new Date("2025-06-30T23:59:59Z");
    const firstOfJuly = new Date("2025-07-01T00:00:00Z");
    const input = monthly("2025-05", [10, 20]);
    expect(fullMonthSeries(input, lastSecondOfJune).points.map((p) => p.count)).toEqual([10]);
    expect(fullMonthSeries(input, firstOfJuly).points.map((p) => p.count)).toEqual([10, 20]);
  });

  it("sorts unordered input and fills holes with null, never with zero", () => {
    const input = [
      { month: month("2025-04"), count: 4 },
      { month: month("2025-01"), count: 1 },
      { month: month("2025-03"), count: 0 },
    ];
    expect(fullMonthSeries(input, NOW).points).toEqual(monthly("2025-01", [1, null, 0, 4, null]));
  });

  it("makes a month listed twice with different counts unknown, keeps agreeing duplicates", () => {
    const input = [...monthly("2025-04", [7, 8]), { month: month("2025-04"), count: 9 }, { month: month("2025-05"), count: 8 }];
    expect(fullMonthSeries(input, NOW).points).toEqual(monthly("2025-04", [null, 8]));
  });

  it("starts at `from` when given, earlier months becoming explicit unknowns", () => {
    const input = monthly("2025-03", [3, 4, 5]);
    expect(fullMonthSeries(input, NOW, month("2025-01")).points).toEqual(monthly("2025-01", [null, null, 3, 4, 5]));
    expect(fullMonthSeries(input, NOW, month("2025-05")).points).toEqual(monthly("2025-05", [5]));
  });

  it("is empty for an empty series, and for `from` after the last full month", () => {
    expect(fullMonthSeries([], NOW)).toEqual({ through: "2025-05", points: [] });
    expect(fullMonthSeries(monthly("2025-06", [99]), NOW).points).toEqual([]);
    expect(fullMonthSeries(monthly("2025-01", [1]), NOW, month("2025-06")).points).toEqual([]);
  });
});

describe("countAt", () => {
  const s = fullMonthSeries(monthly("2025-01", [1, null, 3]), NOW);
  it("reads known counts and null for unknown or outside months", () => {
    expect(countAt(s, month("2025-01"))).toBe(1);
    expect(countAt(s, month("2025-02"))).toBeNull();
    expect(countAt(s, month("2025-03"))).toBe(3);
    expect(countAt(s, month("2024-12"))).toBeNull();
    expect(countAt(s, month("2025-06"))).toBeNull();
    expect(countAt(fullMonthSeries([], NOW), month("2025-01"))).toBeNull();
  });
});
