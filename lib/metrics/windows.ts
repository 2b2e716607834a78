// Sums over runs of months, refusing to sum anything that is unknown or not over yet.
import type { MonthKey } from "../calendar/months";
import { monthsBetween } from "../calendar/months";
import { known, unavailable, type Metric, type MetricGap } from "./metric";
import { countAt, monthsEndingAt, type FullMonthSeries } from "./series";

export type WindowRead = { ok: true; sums: number[] } | { ok: false; reason: MetricGap };

/**
 * Sums of several windows at once, so a metric's reason lists every month it lacks across all
 * of its inputs, not only the first window's. Months not yet over win over merely missing ones:
 * they will never be filled by a sync until time passes.
 */
export function readWindows(series: FullMonthSeries, windows: readonly MonthKey[][]): WindowRead {
  const notClosed = new Set<MonthKey>();
  const missing = new Set<MonthKey>();
  const sums = windows.map((months) => {
    let sum = 0;
    for (const month of months) {
      if (monthsBetween(month, series.through) < 0) notClosed.add(month);
      else {
        const count = countAt(series, month);
        if (count === null) missing.add(month);
        else sum += count;
      }
    }
    return sum;
  });
  if (notClosed.size > 0) return { ok: false, reason: { kind: "not-closed", months: sorted(notClosed) } };
  if (missing.size > 0) return { ok: false, reason: { kind: "missing", months: sorted(missing) } };
  return { ok: true, sums };
}

function sorted(months: Set<MonthKey>): MonthKey[] {
  return [...months].sort((a, b) => monthsBetween(b, a));
}

/** Mean count of the `length` months ending at `last`. */
export function windowMean(series: FullMonthSeries, last: MonthKey, length: number): Metric {
  const read = readWindows(series, [monthsEndingAt(last, length)]);
  if (!read.ok) return unavailable(read.reason);
  return known((read.sums[0] ?? 0) / length);
}

/**
 * (mean of `recent`) / (mean of `baseline`). The means, not the sums, so windows of different
 * lengths compare fairly; for equal lengths the two are the same.
 */
export function windowRatio(
  series: FullMonthSeries,
  recent: MonthKey[],
  baseline: MonthKey[],
): Metric {
  const read = readWindows(series, [recent, baseline]);
  if (!read.ok) return unavailable(read.reason);
  const [recentSum = 0, baselineSum = 0] = read.sums;
  if (baselineSum === 0) return unavailable({ kind: "zero-baseline", months: baseline });
  return known(recentSum / recent.length / (baselineSum / baseline.length));
}
