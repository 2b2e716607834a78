// Whether the cache can answer a review honestly: the store keeps only the newest N papers per
// topic (N = the sync's papers per topic), so an early period start can fall before them.
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
  if (!cache || cache.fetchedAt === null) {
    return {
      slug,
      oldestCached: null,
      coveredFrom: null,
      fetchedAt: null,
      complete: false,
      warning: "this topic's papers (for its current query) have never been fetched: run a sync",
    };
  }
  const base = { slug, oldestCached: cache.oldestCached, coveredFrom: cache.coveredFrom, fetchedAt: cache.fetchedAt };
  // A fetch that found nothing means the query matches no paper at all: nothing can be missing.
  if (cache.lastFetchCount === 0) return { ...base, complete: true, warning: null };
  if (cache.coveredFrom !== null && cache.coveredFrom <= period.from) return { ...base, complete: true, warning: null };
  return {
    ...base,
    complete: false,
    warning:
      `the cached papers of this topic are complete only back to ${cache.coveredFrom ?? "an unknown date"} ` +
      `(SYNC_PAPER_WINDOW_DAYS and the per-topic paper limit set how far); papers submitted from ${period.from} until then may be missing`,
  };
}
