// Growth metrics of one topic at a reference month `ref`. `ref` defaults to the series' last
// full month; pass an earlier one to see the topic "as of" then (rank change needs that).
import { addMonths, type MonthKey } from "../calendar/months";
import { known, unavailable, type Metric } from "./metric";
import { monthsEndingAt, type FullMonthSeries } from "./series";
import { windowMean, windowRatio } from "./windows";

/** Months averaged as "recent" in the momentum ratio. */
export const RECENT_MONTHS = 3;
/** Months averaged as the baseline just before the recent ones. */
export const BASELINE_MONTHS = 12;

function minusOne(ratio: Metric): Metric {
  return ratio.value === null ? ratio : known(ratio.value - 1);
}

/** Count of `ref` against the same month a year before, as a ratio: 0.25 = +25%. */
export function yoyChange(series: FullMonthSeries, ref: MonthKey = series.through): Metric {
  return minusOne(windowRatio(series, [ref], [addMonths(ref, -12)]));
}

/**
 * The 3 months ending at `ref` against the same 3 months a year before: steadier than a single
 * month, which arXiv's conference deadlines make jumpy.
 */
export function trailing3YoY(series: FullMonthSeries, ref: MonthKey = series.through): Metric {
  return minusOne(
    windowRatio(series, monthsEndingAt(ref, 3), monthsEndingAt(addMonths(ref, -12), 3)),
  );
}

/** Mean of the 3 months ending at `ref`. */
export function recentMean(series: FullMonthSeries, ref: MonthKey = series.through): Metric {
  return windowMean(series, ref, RECENT_MONTHS);
}

/** Mean of the 12 months just before the recent 3. */
export function baselineMean(series: FullMonthSeries, ref: MonthKey = series.through): Metric {
  return windowMean(series, addMonths(ref, -RECENT_MONTHS), BASELINE_MONTHS);
}

/**
 * The momentum ratio: mean of the 3 months ending at `ref` over the mean of the 12 before them.
 * 1 = as busy as the past year, 1.5 = half again as busy. Unlike YoY it reacts within a quarter
 * and does not hinge on one month a year ago.
 */
export function recentVsBaseline(series: FullMonthSeries, ref: MonthKey = series.through): Metric {
  const baselineEnd = addMonths(ref, -RECENT_MONTHS);
  return windowRatio(
    series,
    monthsEndingAt(ref, RECENT_MONTHS),
    monthsEndingAt(baselineEnd, BASELINE_MONTHS),
  );
}

/**
 * Momentum ratio at `ref` minus momentum ratio at the month before, in ratio points
 * (+0.05 = the ratio rose by 0.05). Positive means momentum is building.
 */
export function acceleration(series: FullMonthSeries, ref: MonthKey = series.through): Metric {
  const now = recentVsBaseline(series, ref);
  if (now.value === null) return now;
  const before = recentVsBaseline(series, addMonths(ref, -1));
  if (before.value === null) return unavailable(before.reason);
  return known(now.value - before.value);
}
