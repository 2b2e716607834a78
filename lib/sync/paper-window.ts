// How far back a topic's paper list must be fetched, and what the cache covers afterwards.
// Lists are fetched newest first and only back to where the previous fetch's coverage is
// reliable, so a daily refresh costs a page or two per topic, not the whole window. Pure.
import type { TopicPaperFetch } from "../store/papers";
import type { RefreshPolicy } from "./policy";

/** Coverage of a query whose every match is cached (arXiv had no more results). */
export const COVERAGE_FROM_THE_START = "1970-01-01T00:00:00.000Z";

export interface PaperFetchPlan {
  /** Page back until papers submitted before this instant (ISO). */
  since: string;
  /** The fetch extends the previous one's coverage instead of replacing it. */
  extendsPrevious: boolean;
}

export function planPaperFetch(
  previous: TopicPaperFetch | null,
  now: Date,
  policy: Pick<RefreshPolicy, "paperWindowMs" | "settleMs">,
): PaperFetchPlan {
  const windowStart = now.getTime() - policy.paperWindowMs;
  if (previous?.coveredFrom && Date.parse(previous.coveredFrom) <= windowStart) {
    // Papers appear in the API when announced, days after their submission time, so the new
    // fetch overlaps the previous one by the settle period to pick up late arrivals.
    const overlapFrom = Date.parse(previous.fetchedAt) - policy.settleMs;
    if (overlapFrom > windowStart) return { since: new Date(overlapFrom).toISOString(), extendsPrevious: true };
  }
  return { since: new Date(windowStart).toISOString(), extendsPrevious: false };
}

export interface PaperFetchOutcome {
  papers: readonly { published: string }[];
  reachedSince: boolean;
  exhausted: boolean;
}

/** From when the cache holds every matching paper after this fetch; null when unknown. */
export function coverageAfterFetch(
  plan: PaperFetchPlan,
  outcome: PaperFetchOutcome,
  previous: TopicPaperFetch | null,
): string | null {
  if (outcome.exhausted) return COVERAGE_FROM_THE_START;
  if (outcome.reachedSince) {
    if (plan.extendsPrevious && previous?.coveredFrom) {
      return previous.coveredFrom < plan.since ? previous.coveredFrom : plan.since;
    }
    return plan.since;
  }
  // Stopped at the paper limit: covered back to the oldest paper fetched, no further.
  const oldest = outcome.papers.at(-1)?.published;
  return oldest ? new Date(Date.parse(oldest)).toISOString() : null;
}
