// The bars of a topic's monthly chart: one per month, each complete, still running ("so far")
// or missing (never fetched), with the 3-month moving average over full months only.
import { currentMonth, monthRange, type MonthKey } from "@/lib/calendar/months";
import { fullMonthSeries, movingAverage } from "@/lib/metrics";
import type { MonthSpan, TopicCounts } from "@/lib/queries/topic-counts";

export type BarState = "complete" | "partial" | "missing";

export interface MonthBar {
  month: MonthKey;
  /** Null when the month was never fetched: a gap, not a zero. */
  count: number | null;
  state: BarState;
  /** 3-month moving average ending at this month; null for the running month or missing inputs. */
  movingAverage: number | null;
}

export interface MonthlyChartData {
  bars: MonthBar[];
  missing: MonthKey[];
  /** The running month, when it is drawn with a count so far. */
  running: MonthKey | null;
}

export function monthlyChartData(counts: TopicCounts, span: MonthSpan, now: Date): MonthlyChartData {
  const running = currentMonth(now);
  const byMonth = new Map(counts.months.map((m) => [m.month, m.count]));
  // fullMonthSeries stops at the last full month, so the running month never enters an average.
  const averages = new Map(
    movingAverage(fullMonthSeries(counts.months, now, counts.months[0]?.month), 3).map((p) => [p.month, p.value]),
  );
  const bars = monthRange(span.from, span.to).map((month): MonthBar => {
    const count = byMonth.get(month) ?? null;
    const state: BarState = count === null ? "missing" : month === running ? "partial" : "complete";
    return { month, count, state, movingAverage: averages.get(month) ?? null };
  });
  return {
    bars,
    missing: bars.filter((b) => b.state === "missing").map((b) => b.month),
    running: bars.some((b) => b.state === "partial") ? running : null,
  };
}


export interface OnTopicEstimate {
  /** count × on-topic rate; null for a missing month. */
  estimated: number | null;
  /** [count × low, count × high]: the rate's 95% interval carried over to the month. */
  band: [number, number] | null;
}

/** Estimated on-topic papers per month from a topic's measured rate and interval. */
export function onTopicEstimates(bars: readonly MonthBar[], rate: { rate: number; low: number; high: number }): OnTopicEstimate[] {
  return bars.map((b) =>
    b.count === null ? { estimated: null, band: null } : { estimated: b.count * rate.rate, band: [b.count * rate.low, b.count * rate.high] },
  );
}
