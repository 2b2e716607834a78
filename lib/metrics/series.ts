// Monthly counts as the metrics read them: cut at the last full GMT month, so the running
// month (whose count is still growing) can never be mistaken for a complete one.
import {
  addMonths,
  lastFullMonth,
  monthRange,
  monthsBetween,
  type MonthKey,
} from "../calendar/months";

/** One month of a topic as it comes from the store; `count: null` means not cached / unknown. */
export interface MonthlyCount {
  readonly month: MonthKey;
  readonly count: number | null;
}

/** A topic's counts in any order, possibly with holes and with the running month. */
export type MonthlySeries = readonly MonthlyCount[];

/**
 * Contiguous, ascending months ending at `through` (= lastFullMonth(now)); holes are filled with
 * `count: null`. Only `fullMonthSeries` should build one: every metric trusts these invariants.
 */
export interface FullMonthSeries {
  readonly through: MonthKey;
  readonly points: readonly MonthlyCount[];
}

/**
 * Cuts `series` at lastFullMonth(now) and fills holes with null. `from` defaults to the earliest
 * month in the series; pass an earlier one to make the months before it explicit unknowns, or a
 * later one to chart a window. A month listed twice with different counts is unknown: the
 * store disagreeing with itself is not a count we can trust.
 */
export function fullMonthSeries(
  series: MonthlySeries,
  now: Date,
  from?: MonthKey,
): FullMonthSeries {
  const through = lastFullMonth(now);
  const counts = new Map<MonthKey, number | null>();
  let earliest: MonthKey | undefined;
  for (const { month, count } of series) {
    if (monthsBetween(month, through) < 0) continue; // running or future month
    if (counts.has(month) && counts.get(month) !== count) counts.set(month, null);
    else counts.set(month, count);
    if (earliest === undefined || monthsBetween(month, earliest) > 0) earliest = month;
  }
  const start = from ?? earliest;
  if (start === undefined) return { through, points: [] };
  const points = monthRange(start, through).map((month) => ({
    month,
    count: counts.get(month) ?? null,
  }));
  return { through, points };
}

/** The count of `month`, or null when it is unknown or outside the series. */
export function countAt(series: FullMonthSeries, month: MonthKey): number | null {
  const first = series.points[0];
  if (!first) return null;
  const point = series.points[monthsBetween(first.month, month)];
  return point !== undefined && point.month === month ? point.count : null;
}

/** The `length` months ending at `last`, oldest first. */
export function monthsEndingAt(last: MonthKey, length: number): MonthKey[] {
  return monthRange(addMonths(last, -(length - 1)), last);
}
