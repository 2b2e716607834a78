import { describe, expect, it } from "vitest";
import type { MonthKey } from "@/lib/calendar/months";
import type { TopicCounts } from "@/lib/queries/topic-counts";
import { monthlyChartData } from "./monthly-chart-data";
import { niceTicks } from "./nice-ticks";

const m = (s: string) => s as MonthKey;
const now = new Date("2026-11-15T12:00:00Z");

function counts(entries: [string, number | null][]): TopicCounts {
  return {
    slug: "t",
    queryVersion: 1,
    months: entries.map(([month, count]) => ({ month: m(month), count, fetchedAt: count === null ? null : "2026-11-15T00:00:00Z" })),
  };
}

describe("monthlyChartData", () => {
  const data = monthlyChartData(
    counts([
      ["2026-06", 10],
      ["2026-07", 20],
      ["2026-08", 30],
      ["2026-09", null],
      ["2026-10", 60],
      ["2026-11", 5],
    ]),
    { from: m("2026-08"), to: m("2026-11") },
    now,
  );

  it("draws one bar per month of the span, the lead months left out", () => {
    expect(data.bars.map((b) => b.month)).toEqual(["2026-08", "2026-09", "2026-10", "2026-11"]);
  });

  it("marks the running month partial and an unfetched month missing, never zero", () => {
    expect(data.bars.map((b) => [b.state, b.count])).toEqual([
      ["complete", 30],
      ["missing", null],
      ["complete", 60],
      ["partial", 5],
    ]);
    expect(data.missing).toEqual(["2026-09"]);
    expect(data.running).toBe("2026-11");
  });

  it("averages three full months using the lead, with gaps where an input is unknown", () => {
    expect(data.bars.map((b) => b.movingAverage)).toEqual([20, null, null, null]);
  });
});

describe("niceTicks", () => {
  it("steps by round numbers up to at least the maximum", () => {
    expect(niceTicks(366)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(13_000)).toEqual([0, 5000, 10000, 15000]);
    expect(niceTicks(0.043)).toEqual([0, 0.02, 0.04, 0.06]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe("onTopicEstimates", () => {
  it("scales each known month by the rate and its interval, and leaves missing months empty", async () => {
    const { onTopicEstimates } = await import("./monthly-chart-data");
    const bars: Parameters<typeof onTopicEstimates>[0] = [
      { month: "2025-01" as MonthKey, count: 10, state: "complete", movingAverage: null },
      { month: "2025-02" as MonthKey, count: null, state: "missing", movingAverage: null },
    ];
    expect(onTopicEstimates(bars, { rate: 0.8, low: 0.5, high: 0.9 })).toEqual([
      { estimated: 8, band: [5, 9] },
      { estimated: null, band: null },
    ]);
  });
});
