// Whether the index can answer a review honestly: a period that starts before the unbroken run
// of completely listed months (or a topic never computed) may be missing papers.
import type { TopicPaperCoverage } from "../store/period-papers";
import type { ReviewPeriod } from "./period";

export interface TopicCoverage {
  slug: string;
  /** The oldest paper cached for the topic (older fetches may have gaps after it). */
  oldestCached: string | null;
  /** From here to `fetchedAt` the cache holds every paper the topic's query matched. */
  coveredFrom: string | null;
  /** When the topic's papers were last fetched: later submissions are not in the cache yet. */
  fetchedAt: string | null;
  /** True when the cache holds every paper of the period's start…last fetch for this topic. */
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
