import { describe, expect, it } from "vitest";
import {
  addMonths,
  currentMonth,
  isMonthKey,
  lastFullMonth,
  monthBounds,
  monthKeySchema,
  monthOf,
  monthRange,
  monthsBetween,
  parseMonthKey,
  submittedDateRange,
} from "./months";

const m = parseMonthKey;

describe("month keys", () => {
  it("accepts YYYY-MM only", () => {
    expect(isMonthKey("2026-11")).toBe(true);
    for (const bad of ["2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", " 2026-11"]) expect(isMonthKey(bad)).toBe(false);
    expect(() => parseMonthKey("2026-13")).toThrow(/YYYY-MM/);
    expect(monthKeySchema.safeParse("2026/11").success).toBe(false);
  });

  it("adds and subtracts across years", () => {
    expect(addMonths(m("2026-11"), 2)).toBe("2027-01");
    expect(addMonths(m("2026-01"), -1)).toBe("2025-12");
    expect(addMonths(m("2026-03"), -27)).toBe("2023-12");
    expect(monthsBetween(m("2023-12"), m("2026-03"))).toBe(27);
    expect(monthsBetween(m("2026-03"), m("2026-01"))).toBe(-2);
  });

  it("lists a range with both ends, or nothing when reversed", () => {
    expect(monthRange(m("2025-11"), m("2026-02"))).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthRange(m("2026-02"), m("2026-02"))).toEqual(["2026-02"]);
    expect(monthRange(m("2026-02"), m("2026-01"))).toEqual([]);
  });
});

describe("GMT months", () => {
  it("puts an instant in its GMT month, whatever the local zone says", () => {
    expect(monthOf(new Date("2026-11-30T23:59:59Z"))).toBe("2026-11");
    expect(monthOf(new Date("2026-12-01T00:00:00Z"))).toBe("2026-12");
    expect(monthOf(new Date("2026-12-01T00:30:00+01:00"))).toBe("2026-11");
  });

  it("covers a month in arXiv's inclusive, to-the-minute submittedDate range", () => {
    expect(submittedDateRange(m("2026-02"))).toEqual({ from: "202602010000", to: "202602282359" });
    expect(submittedDateRange(m("2024-02"))).toEqual({ from: "202402010000", to: "202402292359" });
    expect(submittedDateRange(m("2025-12"))).toEqual({ from: "202512010000", to: "202512312359" });
  });

  it("bounds a month from its first instant to the next month's", () => {
    const b = monthBounds(m("2025-12"));
    expect(b.start.toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(b.end.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("never takes the running month for a complete one", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(currentMonth(now)).toBe("2026-01");
    expect(lastFullMonth(now)).toBe("2025-12");
  });
});
