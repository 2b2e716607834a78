// Per-month series for charts (moving average, indexed and share compare modes, sparklines).
// Each output point lines up with the input's months; a point whose inputs are not all known is
// null, so a chart shows a gap rather than a false dip.
import { addMonths, lastFullMonth, type MonthKey } from "../calendar/months";
import { countAt, fullMonthSeries, type FullMonthSeries, type MonthlySeries } from "./series";

export interface MonthlyValue {
  readonly month: MonthKey;
  readonly value: number | null;
}

function assertPositiveInteger(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer, got ${n}`);
}

/**
 * Trailing mean over `window` months ending at each month. The first `window - 1` points are
 * null because their window reaches before the series: build the series with an earlier `from`
 * and drop the head when the chart must start with a value.
 */
export function movingAverage(series: FullMonthSeries, window = 3): MonthlyValue[] {
  assertPositiveInteger(window, "window");
  return series.points.map(({ month }) => {
    let sum = 0;
    for (let i = 0; i < window; i++) {
      const count = countAt(series, addMonths(month, -i));
      if (count === null) return { month, value: null };
      sum += count;
    }
    return { month, value: sum / window };
  });
}

export interface IndexedSeries {
  /** The month set to 100, or null when no month has a known non-zero count. */
  readonly base: MonthKey | null;
  readonly points: readonly MonthlyValue[];
}

/**
 * Every month as a percentage of the first known month (= 100), so topics of very different
 * sizes share one axis. A known zero cannot be the base (nothing divides by it): the base is
 * the first known non-zero month, and known zeros before it stay 0.
 */
export function indexSeries(series: FullMonthSeries): IndexedSeries {
  const basePoint = series.points.find((p) => p.count !== null && p.count > 0);
  const baseCount = basePoint?.count ?? null;
  const points = series.points.map(({ month, count }) => ({
    month,
    value: count === null || baseCount === null ? null : (count / baseCount) * 100,
  }));
  return { base: basePoint?.month ?? null, points };
}

/**
 * `series` count divided by `baseline` count for the same month (0.04 = 4% of the baseline,
 * e.g. of all cs.* papers). Null where either is unknown or the baseline is zero.
 */
export function shareSeries(series: FullMonthSeries, baseline: FullMonthSeries): MonthlyValue[] {
  return series.points.map(({ month, count }) => {
    const base = countAt(baseline, month);
    return { month, value: count === null || base === null || base === 0 ? null : count / base };
  });
}

/** Counts of the last `months` full months at `now`, oldest first, always `months` long. */
export function sparkline(series: MonthlySeries, now: Date, months = 24): (number | null)[] {
  assertPositiveInteger(months, "months");
  const from = addMonths(lastFullMonth(now), -(months - 1));
  return fullMonthSeries(series, now, from).points.map((p) => p.count);
}
