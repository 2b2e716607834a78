// Words for momentum numbers, shared by badges, cards and tables.
import { describeGap, MOMENTUM_THRESHOLDS, type Metric, type MomentumLabel, type TopicMomentum } from "@/lib/metrics";
import { formatRatio } from "./format";

export const MOMENTUM_ICON: Record<MomentumLabel, string> = {
  surging: "⇈",
  rising: "↗",
  steady: "→",
  cooling: "↘",
  falling: "⇊",
  new: "✦",
  inactive: "·",
  "insufficient data": "?",
};

/** One sentence a reader can check against the chart. */
export function explainMomentum(m: TopicMomentum): string {
  const ratio = m.momentumRatio;
  if (ratio.value !== null) {
    return `Last 3 months average ${formatRatio(ratio.value)} the 12 months before (surging ≥ ${MOMENTUM_THRESHOLDS.surging}×, rising ≥ ${MOMENTUM_THRESHOLDS.rising}×).`;
  }
  if (m.label === "new") return "No papers in the 12 baseline months, some in the last 3.";
  if (m.label === "inactive") return "No papers in the last 15 months.";
  return `Not enough data: ${describeGap(ratio.reason)}.`;
}

/** The metric's value through `format`, or a dash with the reason for its absence. */
export function metricText(metric: Metric, format: (n: number) => string): { text: string; title?: string } {
  if (metric.value === null) return { text: "—", title: describeGap(metric.reason) };
  return { text: format(metric.value) };
}

export function changeClass(value: number | null): string {
  if (value === null) return "";
  if (value > 0.005) return "change-up";
  if (value < -0.005) return "change-down";
  return "change-flat";
}
