// Calendar months in GMT, the unit every count is kept in.
import { z } from "zod";

/** "YYYY-MM", a calendar month in GMT. */
export type MonthKey = string & { readonly __brand: "MonthKey" };

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const monthKeySchema = z
  .string()
  .regex(MONTH_RE, "must be a month written YYYY-MM")
  .transform((s) => s as MonthKey);

/** arXiv began in August 1991; a month before it (or absurdly far ahead) is a mistake. */
export const FIRST_ARXIV_YEAR = 1991;
export const LAST_PLAUSIBLE_YEAR = 2100;

/** A month given in a request: YYYY-MM within arXiv's lifetime. */
export const requestedMonthSchema = monthKeySchema.refine((m) => {
  const year = Number(m.slice(0, 4));
  return year >= FIRST_ARXIV_YEAR && year <= LAST_PLAUSIBLE_YEAR;
}, `must be a month from ${FIRST_ARXIV_YEAR}-01 to ${LAST_PLAUSIBLE_YEAR}-12 (arXiv started in 1991)`);

export function isMonthKey(s: string): s is MonthKey {
  return MONTH_RE.test(s);
}

export function parseMonthKey(s: string): MonthKey {
  if (!isMonthKey(s)) throw new RangeError(`"${s}" is not a month written YYYY-MM`);
  return s;
}

function parts(month: MonthKey): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

export function monthOf(date: Date): MonthKey {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}` as MonthKey;
}

export function addMonths(month: MonthKey, n: number): MonthKey {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}` as MonthKey;
}

/** Number of months from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function monthsBetween(from: MonthKey, to: MonthKey): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return ty * 12 + tm - (fy * 12 + fm);
}

/** Every month from `from` to `to`, both included; empty when `to` precedes `from`. */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const n = monthsBetween(from, to);
  const out: MonthKey[] = [];
  for (let i = 0; i <= n; i++) out.push(addMonths(from, i));
  return out;
}

/** First instant of the month and first instant of the next, in GMT. */
export function monthBounds(month: MonthKey): { start: Date; end: Date } {
  const [y, m] = parts(month);
  return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
}

function arxivMinute(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}`;
}

/**
 * The submittedDate range that covers a GMT month. arXiv's range is inclusive and to the
 * minute, so the month ends at 23:59 of its last day, not at 00:00 of the next.
 */
export function submittedDateRange(month: MonthKey): { from: string; to: string } {
  const { start, end } = monthBounds(month);
  return { from: arxivMinute(start), to: arxivMinute(new Date(end.getTime() - 60_000)) };
}

/** The month that is still running at `now`: its counts are never complete. */
export function currentMonth(now: Date = new Date()): MonthKey {
  return monthOf(now);
}

/** The last month that has fully closed at `now`. */
export function lastFullMonth(now: Date = new Date()): MonthKey {
  return addMonths(monthOf(now), -1);
}
