// A span of months asked for in a URL (the counts, overlap and CSV routes, the chart and compare
// pages): its default and its one limit.
import type { z } from "zod";
import { addMonths, currentMonth, monthsBetween, type MonthKey } from "./months";

/** Longer spans are refused: 50 years of months is already more than arXiv has. */
export const MAX_MONTH_SPAN = 600;

/** Without `from`: the span is this many months, ending with `to`. */
export const DEFAULT_SPAN_MONTHS = 36;

/** Why `from`..`to` (both included) cannot be asked for, or null. */
export function monthSpanProblem(from: MonthKey, to: MonthKey): string | null {
  const span = monthsBetween(from, to);
  if (span < 0) return `from (${from}) is after to (${to})`;
  if (span >= MAX_MONTH_SPAN) return `range is longer than ${MAX_MONTH_SPAN} months`;
  return null;
}

/**
 * `from`/`to` of a request with their defaults (to: the running month; from: 36 months before
 * it), a bad span added to `ctx` as an issue. For zod `.transform`s at the routes' edge.
 */
export function requestedMonthSpan(
  p: { from?: MonthKey; to?: MonthKey },
  ctx: z.RefinementCtx,
  now = new Date(),
): { from: MonthKey; to: MonthKey } {
  const to = p.to ?? currentMonth(now);
  const from = p.from ?? addMonths(to, -(DEFAULT_SPAN_MONTHS - 1));
  const problem = monthSpanProblem(from, to);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
  return { from, to };
}
