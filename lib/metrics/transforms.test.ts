import { describe, expect, it } from "vitest";
import { fullMonthSeries } from "./series";
import { indexSeries, movingAverage, shareSeries, sparkline } from "./transforms";
import { month, monthly, NOW, WORKED } from "./test-support";

const values = (points: readonly { value: number | null }[]) => points.map((p) => p.value);

describe("movingAverage", () => {
  const s = fullMonthSeries(monthly("2024-11", [10, 20, 30, null, 50, 60, 70, 1000]), NOW); // 1000 = 2025-06, running

  it("averages the trailing window and is null wherever the window holds an unknown month", () => {
    const ma = movingAverage(s);
    expect(ma.map((p) => p.month)).toEqual(monthly("2024-11", Array(7).fill(0)).map((p) => p.month));
    expect(values(ma)).toEqual([null, null, 20, null, null, null, 60]);
  });

  it("keeps known zeros as zeros", () => {
    const zeros = fullMonthSeries(monthly("2025-03", [0, 0, 6]), NOW);
    expect(values(movingAverage(zeros))).toEqual([null, null, 2]);
  });

  it("with window 1 is the counts themselves; rejects a window that is not a positive integer", () => {
    expect(values(movingAverage(s, 1))).toEqual([10, 20, 30, null, 50, 60, 70]);
    expect(() => movingAverage(s, 0)).toThrow(RangeError);
    expect(() => movingAverage(s, 2.5)).toThrow(RangeError);
  });

  it("reads no month before the series start", () => {
    const visible = fullMonthSeries(monthly("2024-11", [10, 20, 30, 40]), NOW, month("2024-12"));
    expect(values(movingAverage(visible, 2))).toEqual([null, 25, 35, null, null, null]);
  });
});

describe("indexSeries", () => {
  it("sets the first known month to 100", () => {
    const s = fullMonthSeries(monthly("2025-01", [null, 40, 50, null, 80]), NOW);
    expect(indexSeries(s)).toEqual({
      base: "2025-02",
      points: monthly("2025-01", [null, 100, 125, null, 200]).map(({ month, count }) => ({ month, value: count })),
    });
  });

  it("bases on the first known non-zero month; known zeros before it stay 0", () => {
    const s = fullMonthSeries(monthly("2025-01", [0, null, 50, 75, 25]), NOW);
    const indexed = indexSeries(s);
    expect(indexed.base).toBe("2025-03");
    expect(values(indexed.points)).toEqual([0, null, 100, 150, 50]);
  });

  it("has no base when nothing is known or everything is zero", () => {
    expect(indexSeries(fullMonthSeries(monthly("2025-04", [0, 0]), NOW))).toEqual({
      base: null,
      points: [
        { month: "2025-04", value: null },
        { month: "2025-05", value: null },
      ],
    });
    expect(indexSeries(fullMonthSeries([], NOW))).toEqual({ base: null, points: [] });
  });
});

describe("shareSeries", () => {
  it("divides by the baseline's count for the same month, null when either is unknown or the baseline is 0", () => {
    const topic = fullMonthSeries(monthly("2025-01", [10, 20, null, 5, 7]), NOW);
    const all = fullMonthSeries(monthly("2025-01", [100, 0, 50, null, 70]), NOW);
    expect(values(shareSeries(topic, all))).toEqual([0.1, null, null, null, 0.1]);
  });

  it("is null for months the baseline does not cover", () => {
    const topic = fullMonthSeries(monthly("2025-03", [1, 2, 3]), NOW);
    const all = fullMonthSeries(monthly("2025-04", [10, 20]), NOW);
    expect(values(shareSeries(topic, all))).toEqual([null, 0.2, 0.15]);
  });
});

describe("sparkline", () => {
  it("gives the last 24 full months by default, oldest first, without the running month", () => {
    const line = sparkline(WORKED, NOW);
    expect(line).toHaveLength(24);
    // 2023-06 .. 2024-01 are not in the series: unknown, not zero.
    expect(line.slice(0, 8)).toEqual(Array(8).fill(null));
    expect(line.slice(8, 12)).toEqual([130, 90, 100, 80]);
    expect(line.slice(-4)).toEqual([130, 150, 160, 140]);
    expect(line).not.toContain(9999);
  });

  it("takes a length; rejects one that is not a positive integer", () => {
    expect(sparkline(WORKED, NOW, 3)).toEqual([150, 160, 140]);
    expect(sparkline([], NOW, 2)).toEqual([null, null]);
    expect(() => sparkline(WORKED, NOW, 0)).toThrow(RangeError);
  });
});
