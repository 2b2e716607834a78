import { describe, expect, it } from "vitest";
import { onTopicRate, onTopicRateText } from "./on-topic-rate";

describe("onTopicRate (Wilson score interval, 95%)", () => {
  it("matches known values", () => {
    const r = onTopicRate(8, 2);
    expect(r.rate).toBeCloseTo(0.8, 10);
    expect(r.low).toBeCloseTo(0.4902, 4);
    expect(r.high).toBeCloseTo(0.9433, 4);
    expect(r.labelled).toBe(10);
    // 1 of 2: centre 0.5, symmetric interval [0.0945, 0.9055].
    const half = onTopicRate(1, 1);
    expect(half.low).toBeCloseTo(0.0945, 4);
    expect(half.high).toBeCloseTo(0.9055, 4);
    // 45 of 54 (a realistic topic): [0.7125, 0.9099].
    const big = onTopicRate(45, 9);
    expect(big.low).toBeCloseTo(0.7125, 3);
    expect(big.high).toBeCloseTo(0.9099, 3);
  });

  it("is null with no labels and stays inside [0, 1] at the edges", () => {
    expect(onTopicRate(0, 0)).toEqual({ rate: null, low: null, high: null, labelled: 0 });
    const all = onTopicRate(10, 0);
    expect(all.rate).toBe(1);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.7225, 4);
    const none = onTopicRate(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
  });

  it("reads as the topic page shows it", () => {
    expect(onTopicRateText(onTopicRate(8, 2))).toBe("80% on-topic, 49–94%, 10 labelled");
    expect(onTopicRateText(onTopicRate(0, 0))).toBe("not labelled yet");
  });
});
