// Every momentum metric of one topic, computed together so a card, a table row and a ranking
// read the same numbers.
import { lastFullMonth, monthsBetween, type MonthKey } from "../calendar/months";
import {
  acceleration,
  baselineMean,
  recentMean,
  recentVsBaseline,
  trailing3YoY,
  yoyChange,
} from "./change";
import { momentumLabel, type MomentumLabel } from "./label";
import type { Metric } from "./metric";
import { countAt, fullMonthSeries, type FullMonthSeries, type MonthlySeries } from "./series";

export interface TopicMomentum {
  /** The reference month: the last full month at `now`, or the month asked for "as of". */
  readonly lastFullMonth: MonthKey;
  /** Its count; null when unknown (or when the month asked for has not closed). */
  readonly lastFullMonthCount: number | null;
  readonly yoy: Metric;
  readonly trailing3YoY: Metric;
  /** Mean of the 3 months ending at lastFullMonth. */
  readonly recentMean: Metric;
  /** Mean of the 12 months before those 3. */
  readonly baselineMean: Metric;
  /** recentMean / baselineMean. */
  readonly momentumRatio: Metric;
  /** momentumRatio minus the same ratio a month earlier. */
  readonly acceleration: Metric;
  readonly label: MomentumLabel;
}

/** The topic's momentum as it stood at `ref` (default: the series' last full month). */
export function momentumAsOf(series: FullMonthSeries, ref: MonthKey = series.through): TopicMomentum {
  const closed = monthsBetween(ref, series.through) >= 0;
  const momentumRatio = recentVsBaseline(series, ref);
  const recent = recentMean(series, ref);
  return {
    lastFullMonth: ref,
    lastFullMonthCount: closed ? countAt(series, ref) : null,
    yoy: yoyChange(series, ref),
    trailing3YoY: trailing3YoY(series, ref),
    recentMean: recent,
    baselineMean: baselineMean(series, ref),
    momentumRatio,
    acceleration: acceleration(series, ref),
    label: momentumLabel({ momentumRatio, recentMean: recent }),
  };
}

/** The topic's momentum at `now`, the running month left out. */
export function computeTopicMomentum(series: MonthlySeries, now: Date): TopicMomentum {
  return momentumAsOf(fullMonthSeries(series, now), lastFullMonth(now));
}
