// The month range of a topic's chart, as written in the URL (?range=36 or ?from=&to=), so a
// pasted link shows the same months. Parsing never throws: a bad value becomes the default
// plus a message saying what was ignored.
import {
  addMonths,
  currentMonth,
  isMonthKey,
  monthsBetween,
  type MonthKey,
} from "@/lib/calendar/months";
import { MAX_MONTH_SPAN } from "@/lib/calendar/month-span";
import type { MonthSpan } from "@/lib/queries/topic-counts";

export const RANGE_PRESETS = [12, 36, 60] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export type ChartRange =
  | { kind: "preset"; months: RangePreset }
  | { kind: "custom"; from: MonthKey; to: MonthKey };

export const DEFAULT_RANGE: ChartRange = { kind: "preset", months: 36 };


/** Months before the first bar that the 3-month moving average needs. */
export const MOVING_AVERAGE_LEAD = 2;

type Params = Record<string, string | string[] | undefined>;

const single = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

export function parseChartRange(params: Params, now: Date): { range: ChartRange; problem: string | null } {
  const range = single(params.range);
  const from = single(params.from);
  const to = single(params.to);
  if (from !== undefined || to !== undefined) {
    if (!from || !to) return { range: DEFAULT_RANGE, problem: "A custom range needs both from and to (YYYY-MM); showing the default." };
    if (!isMonthKey(from) || !isMonthKey(to)) {
      return { range: DEFAULT_RANGE, problem: `“${from}” to “${to}” is not a range of months written YYYY-MM; showing the default.` };
    }
    if (monthsBetween(from, to) < 0) return { range: DEFAULT_RANGE, problem: `from (${from}) is after to (${to}); showing the default.` };
    const running = currentMonth(now);
    const end = monthsBetween(to, running) < 0 ? running : to;
    const problem = end !== to ? `There are no counts after ${running}; the chart ends there.` : null;
    if (monthsBetween(from, end) < 0) return { range: DEFAULT_RANGE, problem: `${from} has not started yet; showing the default.` };
    if (monthsBetween(from, end) >= MAX_MONTH_SPAN) {
      return { range: DEFAULT_RANGE, problem: `A range can cover at most ${MAX_MONTH_SPAN} months; showing the default.` };
    }
    return { range: { kind: "custom", from, to: end }, problem };
  }
  if (range !== undefined) {
    const preset = RANGE_PRESETS.find((p) => String(p) === range);
    if (preset) return { range: { kind: "preset", months: preset }, problem: null };
    return { range: DEFAULT_RANGE, problem: `range=${range} is not one of ${RANGE_PRESETS.join(", ")}; showing the default.` };
  }
  return { range: DEFAULT_RANGE, problem: null };
}

/** The months drawn: a preset is that many full months plus the running one. */
export function chartSpan(range: ChartRange, now: Date): MonthSpan {
  if (range.kind === "custom") return { from: range.from, to: range.to };
  const to = currentMonth(now);
  return { from: addMonths(to, -range.months), to };
}

/** The months fetched: the drawn ones and the lead the moving average needs. */
export function fetchSpan(span: MonthSpan): MonthSpan {
  return { from: addMonths(span.from, -MOVING_AVERAGE_LEAD), to: span.to };
}

/** The drawn span of counts that were fetched with fetchSpan. */
export function drawnSpan(fetched: { months: readonly { month: MonthKey }[] }): MonthSpan | null {
  const first = fetched.months[MOVING_AVERAGE_LEAD];
  const last = fetched.months[fetched.months.length - 1];
  return first && last ? { from: first.month, to: last.month } : null;
}

export function rangeSearch(range: ChartRange): string {
  if (range.kind === "custom") return `?from=${range.from}&to=${range.to}`;
  return range.months === 36 ? "" : `?range=${range.months}`;
}

export function sameRange(a: ChartRange, b: ChartRange): boolean {
  if (a.kind === "preset" && b.kind === "preset") return a.months === b.months;
  if (a.kind === "custom" && b.kind === "custom") return a.from === b.from && a.to === b.to;
  return false;
}
