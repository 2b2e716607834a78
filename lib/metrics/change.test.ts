import { describe, expect, it } from "vitest";
import { acceleration, baselineMean, recentMean, recentVsBaseline, trailing3YoY, yoyChange } from "./change";
import { describeGap } from "./metric";
import { fullMonthSeries } from "./series";
import { month, monthly, NOW, withCount, WORKED } from "./test-support";

const worked = fullMonthSeries(WORKED, NOW);

describe("yoyChange", () => {
  it("compares the last full month with the same month a year before", () => {
    expect(yoyChange(worked)).toEqual({ value: 0.75 }); // 140 / 80 - 1
    expect(yoyChange(worked, month("2025-04")).value).toBeCloseTo(0.6); // 160 / 100 - 1
  });

  it("is -1 when the month has a known zero", () => {
    const s = fullMonthSeries(withCount(WORKED, "2025-05", 0), NOW);
    expect(yoyChange(s).value).toBe(-1);
  });

  it("is unavailable when the year-before count is zero", () => {
    const s = fullMonthSeries(withCount(WORKED, "2024-05", 0), NOW);
    expect(yoyChange(s)).toEqual({ value: null, reason: { kind: "zero-baseline", months: ["2024-05"] } });
  });

  it("is unavailable, not zero, when either month is unknown", () => {
    const yearBefore = yoyChange(fullMonthSeries(withCount(WORKED, "2024-05", null), NOW));
    expect(yearBefore).toEqual({ value: null, reason: { kind: "missing", months: ["2024-05"] } });
    expect(describeGap(yearBefore.reason!)).toBe("missing 2024-05");
    const both = yoyChange(fullMonthSeries(withCount(withCount(WORKED, "2024-05", null), "2025-05", null), NOW));
    expect(both.reason).toEqual({ kind: "missing", months: ["2024-05", "2025-05"] });
  });

  it("is unavailable for a month before the series starts", () => {
    const s = fullMonthSeries(monthly("2025-01", [10, 10, 10, 10, 10]), NOW);
    expect(yoyChange(s).reason).toEqual({ kind: "missing", months: ["2024-05"] });
  });

  it("never reads the running month, even when asked for it", () => {
    const r = yoyChange(worked, month("2025-06"));
    expect(r).toEqual({ value: null, reason: { kind: "not-closed", months: ["2025-06"] } });
    expect(describeGap(r.reason!)).toBe("2025-06 is not over yet");
  });
});

describe("trailing3YoY", () => {
  it("compares the trailing 3 full months with the same 3 a year before", () => {
    expect(trailing3YoY(worked).value).toBeCloseTo(2 / 3); // 450 / 270 - 1
    // 2025-02..04 = 440 against 2024-02..04 = 320
    expect(trailing3YoY(worked, month("2025-04")).value).toBeCloseTo(440 / 320 - 1);
  });

  it("lists every unknown month of both windows", () => {
    const s = fullMonthSeries(withCount(withCount(WORKED, "2024-03", null), "2025-04", null), NOW);
    expect(trailing3YoY(s).reason).toEqual({ kind: "missing", months: ["2024-03", "2025-04"] });
  });

  it("is unavailable when the year-before quarter is all zeros", () => {
    const zeros = withCount(withCount(withCount(WORKED, "2024-03", 0), "2024-04", 0), "2024-05", 0);
    expect(trailing3YoY(fullMonthSeries(zeros, NOW)).reason).toEqual({
      kind: "zero-baseline",
      months: ["2024-03", "2024-04", "2024-05"],
    });
  });
});

describe("recentVsBaseline (momentum ratio)", () => {
  it("divides the mean of the last 3 full months by the mean of the 12 before them", () => {
    expect(recentMean(worked)).toEqual({ value: 150 }); // (150 + 160 + 140) / 3
    expect(baselineMean(worked)).toEqual({ value: 100 }); // 2024-03 .. 2025-02 sum to 1200
    expect(recentVsBaseline(worked)).toEqual({ value: 1.5 });
    expect(recentVsBaseline(worked, month("2025-04")).value).toBeCloseTo(440 / 300);
  });

  it("counts the running month once it has closed", () => {
    const july = fullMonthSeries(WORKED, new Date("2025-07-01T00:00:00Z"));
    // (160 + 140 + 9999) / 3 over (100 + 80 + 8 * 100 + 130 + 150) / 12 = 10299/3 / 105
    expect(recentVsBaseline(july).value).toBeCloseTo(10299 / 3 / 105);
  });

  it("is unavailable when the series is shorter than 15 months", () => {
    const s = fullMonthSeries(monthly("2025-01", [10, 10, 10, 10, 10]), NOW);
    const r = recentVsBaseline(s);
    expect(r.reason).toEqual({
      kind: "missing",
      months: monthly("2024-03", Array(10).fill(null)).map((p) => p.month),
    });
    expect(describeGap(r.reason!)).toBe("missing 10 months (2024-03 … 2024-12)");
  });

  it("is unavailable on a zero baseline, and 0 when only the recent months are zero", () => {
    const quiet = monthly("2024-03", [...Array(12).fill(0), 5, 5, 5]);
    expect(recentVsBaseline(fullMonthSeries(quiet, NOW)).reason?.kind).toBe("zero-baseline");
    const stopped = monthly("2024-03", [...Array(12).fill(10), 0, 0, 0]);
    expect(recentVsBaseline(fullMonthSeries(stopped, NOW))).toEqual({ value: 0 });
  });
});

describe("acceleration", () => {
  it("is the momentum ratio now minus the ratio a month earlier", () => {
    expect(acceleration(worked).value).toBeCloseTo(1.5 - 440 / 300); // = 1/30
    expect(acceleration(worked).value).toBeCloseTo(1 / 30);
  });

  it("needs 16 months: unavailable when only the earlier ratio lacks data", () => {
    const s = fullMonthSeries(withCount(WORKED, "2024-02", null), NOW);
    expect(recentVsBaseline(s).value).toBe(1.5);
    expect(acceleration(s).reason).toEqual({ kind: "missing", months: ["2024-02"] });
  });

  it("is unavailable when asked at the running month", () => {
    expect(acceleration(worked, month("2025-06")).reason?.kind).toBe("not-closed");
  });
});
