// The compare chart's rows: one per month, one value per topic in the chosen mode. Pure, so
// the numbers in the chart, its table and the tests are the same numbers.
import { monthRange, monthsBetween, type MonthKey } from "@/lib/calendar/months";
import { fullMonthSeries, indexSeries, shareSeries, type MonthlyValue } from "@/lib/metrics";
import type { TopicCounts } from "@/lib/queries/topic-counts";
import type { CompareView } from "./compare-params";

export interface CompareRow {
  month: MonthKey;
  /** slug -> value in the view's mode; null = unknown (drawn as a gap). */
  values: Record<string, number | null>;
}

export interface CompareData {
  rows: CompareRow[];
  /** Indexed mode: the month each topic is 100 at (null when it never has papers). */
  indexBase: Record<string, MonthKey | null>;
  /** Share mode without baseline counts: every value is unknown. */
  baselineMissing: boolean;
}

function valuesFor(
  counts: TopicCounts,
  view: CompareView,
  baseline: TopicCounts | undefined,
  now: Date,
): { values: readonly MonthlyValue[]; base: MonthKey | null } {
  const series = fullMonthSeries(counts.months, now, view.from);
  if (view.mode === "indexed") {
    const indexed = indexSeries(series);
    return { values: indexed.points, base: indexed.base };
  }
  if (view.mode === "share") {
    const base = fullMonthSeries(baseline?.months ?? [], now, view.from);
    return { values: shareSeries(series, base), base: null };
  }
  return { values: series.points.map((p) => ({ month: p.month, value: p.count })), base: null };
}

export function compareData(
  view: CompareView,
  counts: readonly TopicCounts[],
  baseline: TopicCounts | undefined,
  now: Date,
): CompareData {
  const months = monthRange(view.from, view.to);
  const indexBase: Record<string, MonthKey | null> = {};
  const bySlug = new Map<string, Map<MonthKey, number | null>>();
  for (const c of counts) {
    // Indexed mode must see only the chosen months: its base is the first of them with papers.
    const inView = { ...c, months: c.months.filter((m) => monthsBetween(m.month, view.to) >= 0) };
    const { values, base } = valuesFor(inView, view, baseline, now);
    indexBase[c.slug] = base;
    bySlug.set(c.slug, new Map(values.map((v) => [v.month, v.value])));
  }
  const rows = months.map((month) => ({
    month,
    values: Object.fromEntries(view.topics.map((slug) => [slug, bySlug.get(slug)?.get(month) ?? null])),
  }));
  const baselineMissing =
    view.mode === "share" && !(baseline?.months.some((m) => m.count !== null && monthsBetween(m.month, view.to) >= 0) ?? false);
  return { rows, indexBase, baselineMissing };
}
