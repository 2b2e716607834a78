// When a cached number is good enough and when it must be asked again. Pure.
import { z } from "zod";
import { addMonths, currentMonth, monthBounds, type MonthKey } from "../calendar/months";

export interface RefreshPolicy {
  /** Counts of recent months, and latest-paper lists, older than this are fetched again. */
  maxAgeMs: number;
  /**
   * A month's count is final once fetched this long after the month ended: papers submitted
   * on the last days appear in the API only when announced, a few working days later.
   */
  settleMs: number;
  /** How far back the cached paper lists reach: a team review looks at most this far back. */
  paperWindowMs: number;
}

const envSchema = z.object({
  SYNC_MAX_AGE_HOURS: z.coerce.number().positive().default(24),
  SYNC_SETTLE_DAYS: z.coerce.number().min(0).default(7),
  SYNC_PAPER_WINDOW_DAYS: z.coerce.number().positive().default(30),
});

export function loadRefreshPolicy(env: Record<string, string | undefined> = process.env): RefreshPolicy {
  const e = envSchema.parse(env);
  return {
    maxAgeMs: e.SYNC_MAX_AGE_HOURS * 3_600_000,
    settleMs: e.SYNC_SETTLE_DAYS * 86_400_000,
    paperWindowMs: e.SYNC_PAPER_WINDOW_DAYS * 86_400_000,
  };
}

/**
 * Does a cached count for `month` need asking again at `now`? Closed, settled months never
 * do. The current and the previous month, and any month whose count was taken before it had
 * settled, do once their value is older than `maxAgeMs`.
 */
export function countNeedsRefresh(
  month: MonthKey,
  fetchedAt: string | null,
  now: Date,
  policy: RefreshPolicy,
): boolean {
  if (fetchedAt === null) return true;
  const fetched = Date.parse(fetchedAt);
  if (Number.isNaN(fetched)) return true;
  const recent = month >= addMonths(currentMonth(now), -1);
  const settled = fetched >= monthBounds(month).end.getTime() + policy.settleMs;
  if (!recent && settled) return false;
  return now.getTime() - fetched >= policy.maxAgeMs;
}

export function papersNeedRefresh(fetchedAt: string | null, now: Date, policy: RefreshPolicy): boolean {
  if (fetchedAt === null) return true;
  const fetched = Date.parse(fetchedAt);
  return Number.isNaN(fetched) || now.getTime() - fetched >= policy.maxAgeMs;
}
