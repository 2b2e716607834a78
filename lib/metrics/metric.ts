// A metric is a number or an explained absence: the UI must be able to say *why* a value is
// missing, and an unknown month must never quietly become a zero.
import type { MonthKey } from "../calendar/months";

/** Why a metric has no value. */
export type MetricGap =
  /** Months the metric needs that have not closed yet at `now` (the running month or later). */
  | { readonly kind: "not-closed"; readonly months: readonly MonthKey[] }
  /** Months whose count is unknown: null in the cache, or absent from the series. */
  | { readonly kind: "missing"; readonly months: readonly MonthKey[] }
  /** Every count is known, but the months compared against sum to zero. */
  | { readonly kind: "zero-baseline"; readonly months: readonly MonthKey[] };

/**
 * `reason` is declared (as undefined) on the known branch too, so `m.reason` reads without
 * narrowing first.
 */
export type Metric =
  | { readonly value: number; readonly reason?: undefined }
  | { readonly value: null; readonly reason: MetricGap };

export function known(value: number): Metric {
  return { value };
}

export function unavailable(reason: MetricGap): Metric {
  return { value: null, reason };
}

function listMonths(months: readonly MonthKey[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (months.length <= 3) return months.join(", ");
  return `${months.length} months (${first} … ${last})`;
}

/** One short line for a tooltip: "missing 2024-03", "2025-06 is not over yet". */
export function describeGap(reason: MetricGap): string {
  switch (reason.kind) {
    case "not-closed":
      return reason.months.length === 1
        ? `${reason.months[0]} is not over yet`
        : `${listMonths(reason.months)} not over yet`;
    case "missing":
      return `missing ${listMonths(reason.months)}`;
    case "zero-baseline":
      return `no papers in ${listMonths(reason.months)} to compare against`;
  }
}
