import { describe, expect, it } from "vitest";
import { FaultPlan, parseFaultsEnv } from "./faults";

describe("fault plans", () => {
  it("reads SIM_FAULTS as a comma-separated script or as JSON", () => {
    expect(parseFaultsEnv(undefined)).toEqual({});
    expect(parseFaultsEnv("429, hang,ok")).toEqual({ script: ["429", "hang", "ok"] });
    expect(parseFaultsEnv('{"rate":0.3,"kinds":["503"],"seed":7}')).toEqual({ rate: 0.3, kinds: ["503"], seed: 7 });
    expect(() => parseFaultsEnv("429,teapot")).toThrow(/SIM_FAULTS/);
    expect(() => parseFaultsEnv('{"rate":0.3,"typo":1}')).toThrow(/SIM_FAULTS/);
  });

  it("plays the script before drawing at the rate", () => {
    const plan = new FaultPlan({ script: ["503", "ok"], rate: 1, kinds: ["empty"] });
    expect([plan.next(), plan.next(), plan.next()]).toEqual(["503", null, "empty"]);
  });

  it("draws the same faults for the same seed", () => {
    const draw = (seed: number) => {
      const plan = new FaultPlan({ rate: 0.3, seed });
      return Array.from({ length: 40 }, () => plan.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    const failures = draw(7).filter((f) => f !== null).length;
    expect(failures).toBeGreaterThan(4);
    expect(failures).toBeLessThan(24);
    // Without kinds, only faults a client should retry are drawn.
    expect(draw(7).every((f) => f === null || !["hang", "error-feed"].includes(f))).toBe(true);
  });
});
