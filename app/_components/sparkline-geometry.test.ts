import { describe, expect, it } from "vitest";
import { sparklineGeometry } from "./sparkline-geometry";

// 5 full months + the running one = 6 slots, 10 apart.
const size = { width: 50, height: 20, pad: 0 };

describe("sparklineGeometry", () => {
  it("breaks the line at unknown months and keeps lone months as dots", () => {
    const g = sparklineGeometry([1, 2, null, 4, null], 2, size);
    expect(g.segments).toEqual(["M0 15 L10 10"]);
    expect(g.lonePoints).toEqual([{ x: 30, y: 0 }]);
    // The last full month is unknown: no dashed tail, but the running point is drawn.
    expect(g.runningTail).toBeNull();
    expect(g.runningPoint).toEqual({ x: 50, y: 10 });
  });

  it("draws the running month as a separate tail from the last full month", () => {
    const g = sparklineGeometry([4, 4], 2, { width: 20, height: 20, pad: 0 });
    expect(g.segments).toEqual(["M0 0 L10 0"]);
    expect(g.runningTail).toBe("M10 0 L20 10");
  });

  it("has nothing to draw without counts", () => {
    const g = sparklineGeometry([null, null], null, size);
    expect(g).toMatchObject({ segments: [], lonePoints: [], runningTail: null, runningPoint: null, max: 1 });
  });
});
