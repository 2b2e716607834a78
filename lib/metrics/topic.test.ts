import { describe, expect, it } from "vitest";
import { fullMonthSeries } from "./series";
import { computeTopicMomentum, momentumAsOf } from "./topic";
import { month, monthly, NOW, withCount, WORKED } from "./test-support";

describe("computeTopicMomentum", () => {
  it("computes every metric at the last full month, ignoring the running month", () => {
    const m = computeTopicMomentum(WORKED, NOW);
    expect(m.lastFullMonth).toBe("2025-05");
    expect(m.lastFullMonthCount).toBe(140);
    expect(m.yoy).toEqual({ value: 0.75 });
    expect(m.trailing3YoY.value).toBeCloseTo(2 / 3);
    expect(m.recentMean).toEqual({ value: 150 });
    expect(m.baselineMean).toEqual({ value: 100 });
    expect(m.momentumRatio).toEqual({ value: 1.5 });
    expect(m.acceleration.value).toBeCloseTo(1 / 30);
    expect(m.label).toBe("surging");
  });

  it("gives the same result whether or not the running month is in the series", () => {
    const withoutJune = WORKED.filter((p) => p.month !== "2025-06");
    expect(computeTopicMomentum(withoutJune, NOW)).toEqual(computeTopicMomentum(WORKED, NOW));
  });

  it("keeps what it can when one month is unknown", () => {
    const m = computeTopicMomentum(withCount(WORKED, "2025-01", null), NOW);
    expect(m.yoy).toEqual({ value: 0.75 }); // 2025-05 and 2024-05 are still known
    expect(m.trailing3YoY.value).toBeCloseTo(2 / 3);
    expect(m.momentumRatio.reason).toEqual({ kind: "missing", months: ["2025-01"] });
    expect(m.acceleration.value).toBeNull();
    expect(m.label).toBe("insufficient data");
  });

  it("is all unavailable for an empty series", () => {
    const m = computeTopicMomentum([], NOW);
    expect(m.lastFullMonth).toBe("2025-05");
    expect(m.lastFullMonthCount).toBeNull();
    for (const metric of [m.yoy, m.trailing3YoY, m.momentumRatio, m.acceleration]) {
      expect(metric.value).toBeNull();
      expect(metric.reason?.kind).toBe("missing");
    }
    expect(m.label).toBe("insufficient data");
  });
});

describe("momentumAsOf", () => {
  const s = fullMonthSeries(WORKED, NOW);

  it("computes the metrics as they stood at an earlier month", () => {
    const april = momentumAsOf(s, month("2025-04"));
    expect(april.lastFullMonth).toBe("2025-04");
    expect(april.lastFullMonthCount).toBe(160);
    expect(april.yoy.value).toBeCloseTo(0.6); // 160 / 100 - 1
    expect(april.momentumRatio.value).toBeCloseTo(440 / 300);
    expect(april.label).toBe("rising");
    // 2025-03 against 2025-02 needs 2024-01, before the series: unknown.
    expect(april.acceleration.reason).toEqual({ kind: "missing", months: ["2024-01"] });
  });

  it("refuses a month that has not closed", () => {
    const june = momentumAsOf(s, month("2025-06"));
    expect(june.lastFullMonthCount).toBeNull();
    expect(june.momentumRatio.reason?.kind).toBe("not-closed");
    expect(june.label).toBe("insufficient data");
  });

  it("labels a topic with a silent baseline year as new", () => {
    const fresh = monthly("2024-03", [...Array(12).fill(0), 2, 4, 6]);
    expect(computeTopicMomentum(fresh, NOW).label).toBe("new");
  });
});
