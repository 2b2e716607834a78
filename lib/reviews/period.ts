// The period a review covers. Papers are selected by `published` (the v1 submission instant),
// from inclusive, to exclusive. Instants are written to the second with a "Z", like the
// stored `published` values, so the store can compare them as strings. The day rules are
// shared with the browser's period form, which checks a period before asking for it.
import { z } from "zod";

export interface ReviewPeriod {
  from: string;
  to: string;
}

/** Where the period's start came from, so the UI can say "since the review of …". */
export type ReviewPeriodSource = "requested" | "since-last-review" | "last-7-days";

export const DEFAULT_REVIEW_DAYS = 7;
export const MAX_REVIEW_DAYS = 366;
export const DAY_MS = 86_400_000;

export class ReviewPeriodError extends Error {
  override readonly name = "ReviewPeriodError";
}

/** The instant written like a stored `published`, rounded to a whole second. */
export function toStoreInstant(d: Date, round: "floor" | "ceil" = "floor"): string {
  const ms = round === "floor" ? Math.floor(d.getTime() / 1000) * 1000 : Math.ceil(d.getTime() / 1000) * 1000;
  return new Date(ms).toISOString().replace(/\.000Z$/, "Z");
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The first instant of a GMT day written "YYYY-MM-DD", or null for anything else or a day that does not exist. */
export function gmtDayStart(s: string): Date | null {
  if (!DATE_ONLY.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  // Date rolls 2025-02-31 over to March; a day that does not exist is a typo, not a date.
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s ? null : d;
}

/**
 * A period bound from a URL or a body: "YYYY-MM-DD" (a GMT day) or an ISO 8601 instant with a
 * zone. A day given as `to` includes that whole day, so "from 2025-04-01 to 2025-04-07" is a week.
 */
export const periodBoundSchema = (bound: "from" | "to") =>
  z
    .string()
    .trim()
    .refine(
      (s) => DATE_ONLY.test(s) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s),
      "must be a date YYYY-MM-DD or an ISO 8601 instant with a time zone",
    )
    .transform((s, ctx) => {
      const d = DATE_ONLY.test(s) ? gmtDayStart(s) : new Date(s);
      if (d === null || Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: `${s} is not a real date` });
        return z.NEVER;
      }
      return bound === "to" && DATE_ONLY.test(s) ? new Date(d.getTime() + DAY_MS) : d;
    });

export interface PeriodRequest {
  from?: Date;
  to?: Date;
}

/**
 * The period of a review. Without `from`, it starts where the latest saved review's period
 * ended (so consecutive weekly reviews neither overlap nor leave a gap), or 7 days before `to`
 * when nothing was saved yet. `to` defaults to `now`.
 */
export function resolveReviewPeriod(
  request: PeriodRequest,
  lastReviewedUntil: string | null,
  now: Date,
): { period: ReviewPeriod; source: ReviewPeriodSource } {
  const to = request.to ?? now;
  let from: Date;
  let source: ReviewPeriodSource;
  const last = lastReviewedUntil === null ? null : new Date(lastReviewedUntil);
  if (request.from) {
    from = request.from;
    source = "requested";
  } else if (last && last.getTime() < to.getTime()) {
    from = new Date(Math.max(last.getTime(), to.getTime() - MAX_REVIEW_DAYS * DAY_MS));
    source = "since-last-review";
  } else {
    from = new Date(to.getTime() - DEFAULT_REVIEW_DAYS * DAY_MS);
    source = "last-7-days";
  }
  if (from.getTime() >= to.getTime()) {
    throw new ReviewPeriodError(`the period must start before it ends (from ${from.toISOString()}, to ${to.toISOString()})`);
  }
  if (to.getTime() - from.getTime() > MAX_REVIEW_DAYS * DAY_MS) {
    throw new ReviewPeriodError(`a review covers at most ${MAX_REVIEW_DAYS} days`);
  }
  return { period: { from: toStoreInstant(from, "floor"), to: toStoreInstant(to, "ceil") }, source };
}
