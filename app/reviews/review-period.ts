// A saved review's period in words and as the days a live review would ask for.
import type { LiveReviewRequest } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";

/** "2026-01-01 00:00 UTC – 2026-01-15 00:00 UTC" (end excluded). */
export function periodText(period: { from: string; to: string }): string {
  return `${formatUtc(period.from)} – ${formatUtc(period.to)}`;
}

/**
 * The GMT days a period covers, for reopening it live: the end is exclusive, so the last day
 * is the one holding the instant just before it.
 */
export function periodDays(period: { from: string; to: string }): { from: string; to: string } {
  const last = new Date(Date.parse(period.to) - 1000).toISOString().slice(0, 10);
  return { from: period.from.slice(0, 10), to: last };
}

export function liveRequestOf(review: { period: { from: string; to: string }; topics: { slug: string }[]; grouping: "topic" | "date" }): LiveReviewRequest {
  return { ...periodDays(review.period), topics: review.topics.map((t) => t.slug), group: review.grouping };
}
