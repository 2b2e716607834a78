// Whether the index can answer a review honestly: complete when the topic's current query has
// been matched against the index and the index's gap-free run of listed months
// (store/period-papers.ts) starts no later than the period; otherwise a warning says why not.
import type { TopicPaperCoverage } from "../store/period-papers";
import type { ReviewPeriod } from "./period";

export interface TopicCoverage {
  slug: string;
  /** When the oldest indexed paper the topic's query matches was submitted (gaps may follow it). */
  oldestCached: string | null;
  /** From here to `fetchedAt` the index holds every paper the topic's query matches. */
  coveredFrom: string | null;
  /** How far the newest listing of the index reaches: later submissions may be missing. */
  fetchedAt: string | null;
  /** True when the index holds every matching paper from the period's start to `fetchedAt`. */
  complete: boolean;
  /** Why not complete, in a sentence for the UI; null when complete. */
  warning: string | null;
}

/** `cache` is null when the topic's current query was never synced at all. */
export function assessCoverage(slug: string, cache: TopicPaperCoverage | null, period: ReviewPeriod): TopicCoverage {
  if (!cache || cache.fetchedAt === null || !cache.computed) {
    return {
      slug,
      oldestCached: null,
      coveredFrom: null,
      fetchedAt: null,
      complete: false,
      warning: "the index has not been harvested for this topic's current query yet: run a sync",
    };
  }
  const base = { slug, oldestCached: cache.oldestCached, coveredFrom: cache.coveredFrom, fetchedAt: cache.fetchedAt };
  if (cache.coveredFrom !== null && cache.coveredFrom <= period.from) return { ...base, complete: true, warning: null };
  return {
    ...base,
    complete: false,
    warning:
      `the index holds every paper only back to ${cache.coveredFrom ?? "no complete month yet"} ` +
      `(the sync's --from month sets how far); papers submitted from ${period.from} until then may be missing`,
  };
}
