// Builders for the metrics tests (not exported from the module).
import { addMonths, parseMonthKey, type MonthKey } from "../calendar/months";
import type { MonthlyCount } from "./series";

export const month = (s: string): MonthKey => parseMonthKey(s);

/** Consecutive months from `start`, one per count. */
export function monthly(start: string, counts: readonly (number | null)[]): MonthlyCount[] {
  const first = month(start);
  return counts.map((count, i) => ({ month: addMonths(first, i), count }));
}

/** Mid-June 2025 GMT: June is running, May 2025 is the last full month. */
export const NOW = new Date("2025-06-15T12:00:00Z");

/**
 * The worked example used across the tests, 2024-02 to 2025-06, with 2025-06 (the running
 * month at NOW) set absurdly high to prove it is never read.
 *   yoy 2025-05:        140 / 80 - 1                        = 0.75
 *   trailing3YoY:       (150+160+140) / (90+100+80) - 1     = 2/3
 *   ratio at 2025-05:   (450/3) / (1200/12)                 = 1.5
 *   ratio at 2025-04:   (130+150+160)/3 / ((130+90+100+80+800)/12) = 146.67/100 = 1.4667
 *   acceleration:       1.5 - 1.4667                        = 1/30
 */
export const WORKED = monthly("2024-02", [
  130, // 2024-02
  90, // 2024-03
  100, // 2024-04
  80, // 2024-05
  100, 100, 100, 100, 100, 100, 100, 100, // 2024-06 .. 2025-01
  130, // 2025-02
  150, // 2025-03
  160, // 2025-04
  140, // 2025-05
  9999, // 2025-06, still running at NOW
]);

/** WORKED with one month's count replaced. */
export function withCount(series: readonly MonthlyCount[], at: string, count: number | null): MonthlyCount[] {
  return series.map((p) => (p.month === at ? { month: p.month, count } : p));
}
