import { describe, expect, it } from "vitest";
import { chartSpan, drawnSpan, fetchSpan, parseChartRange, rangeSearch } from "./chart-range";

const now = new Date("2026-11-15T00:00:00Z");

describe("parseChartRange", () => {
  it("defaults to 36 months plus the running one", () => {
    const { range, problem } = parseChartRange({}, now);
    expect(problem).toBeNull();
    expect(chartSpan(range, now)).toEqual({ from: "2023-11", to: "2026-11" });
  });

  it("reads presets and custom ranges", () => {
    expect(parseChartRange({ range: "12" }, now).range).toEqual({ kind: "preset", months: 12 });
    expect(parseChartRange({ from: "2024-01", to: "2024-06" }, now).range).toEqual({ kind: "custom", from: "2024-01", to: "2024-06" });
  });

  it("falls back to the default with a message for bad values", () => {
    for (const params of [{ range: "7" }, { from: "2024-13", to: "2025-01" }, { from: "2025-01", to: "2024-01" }, { from: "2024-01" }]) {
      const r = parseChartRange(params, now);
      expect(r.range).toEqual({ kind: "preset", months: 36 });
      expect(r.problem).toBeTruthy();
    }
  });

  it("ends a custom range at the running month", () => {
    const r = parseChartRange({ from: "2026-01", to: "2027-05" }, now);
    expect(r.range).toEqual({ kind: "custom", from: "2026-01", to: "2026-11" });
    expect(r.problem).toMatch(/2026-11/);
  });
});

describe("range URLs and fetch span", () => {
  it("writes the default as no parameters", () => {
    expect(rangeSearch({ kind: "preset", months: 36 })).toBe("");
    expect(rangeSearch({ kind: "preset", months: 60 })).toBe("?range=60");
    expect(rangeSearch({ kind: "custom", from: "2024-01" as never, to: "2024-06" as never })).toBe("?from=2024-01&to=2024-06");
  });

  it("fetches two months before the first bar for the moving average", () => {
    expect(fetchSpan({ from: "2024-01" as never, to: "2024-06" as never })).toEqual({ from: "2023-11", to: "2024-06" });
  });
});

describe("drawnSpan", () => {
  it("skips the moving-average lead of fetched counts", () => {
    const months = ["2023-11", "2023-12", "2024-01", "2024-02"].map((month) => ({ month: month as never }));
    expect(drawnSpan({ months })).toEqual({ from: "2024-01", to: "2024-02" });
    expect(drawnSpan({ months: [] })).toBeNull();
  });
});
