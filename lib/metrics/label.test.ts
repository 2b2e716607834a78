import { describe, expect, it } from "vitest";
import { momentumLabel } from "./label";
import type { Metric } from "./metric";

const ratio = (value: number) => momentumLabel({ momentumRatio: { value }, recentMean: { value: 10 } });

describe("momentumLabel", () => {
  it("reads the momentum ratio against thresholds symmetric on a log scale", () => {
    expect(ratio(3)).toBe("surging");
    expect(ratio(1.5)).toBe("surging");
    expect(ratio(1.49)).toBe("rising");
    expect(ratio(1.1)).toBe("rising");
    expect(ratio(110 / 100)).toBe("rising"); // the ratio as computed from counts hits 1.1 exactly
    expect(ratio(1.09)).toBe("steady");
    expect(ratio(1)).toBe("steady");
    expect(ratio(0.91)).toBe("steady");
    expect(ratio(1 / 1.1)).toBe("cooling");
    expect(ratio(0.7)).toBe("cooling");
    expect(ratio(1 / 1.5)).toBe("falling");
    expect(ratio(0.5)).toBe("falling");
    expect(ratio(0)).toBe("falling");
  });

  it("says 'insufficient data' when counts are unknown or months not over", () => {
    const missing: Metric = { value: null, reason: { kind: "missing", months: [] } };
    expect(momentumLabel({ momentumRatio: missing, recentMean: missing })).toBe("insufficient data");
    const open: Metric = { value: null, reason: { kind: "not-closed", months: [] } };
    expect(momentumLabel({ momentumRatio: open, recentMean: { value: 3 } })).toBe("insufficient data");
  });

  it("tells a new topic from an inactive one when the baseline year had no papers", () => {
    const zero: Metric = { value: null, reason: { kind: "zero-baseline", months: [] } };
    expect(momentumLabel({ momentumRatio: zero, recentMean: { value: 4 } })).toBe("new");
    expect(momentumLabel({ momentumRatio: zero, recentMean: { value: 0 } })).toBe("inactive");
  });
});
