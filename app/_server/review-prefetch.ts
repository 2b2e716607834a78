// Server-side prefetches of the review pages: the same cache contracts as the browser
// (lib/queries/reviews.ts), with the query function swapped for a direct store read.
import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "@/lib/store/server";
import { listSavedReviews } from "@/lib/store";
import {
  FIRST_PAGE,
  reviewPagesQueryOptions,
  savedReviewHeadQueryOptions,
  savedReviewPagesQueryOptions,
  reviewSummaryQueryOptions,
  savedReviewsQueryOptions,
  type PagedReviewRequest,
} from "@/lib/queries/reviews";
import { readReviewPage, readReviewSummary } from "@/lib/reviews/paged";
import { readSavedReviewHead, readSavedReviewPage, type SavedPaperFilter } from "@/lib/reviews/saved-paged";
import { pagedReviewParamsSchema, toPagedReviewRequest } from "@/lib/reviews/request-params";
import { requestNow } from "./request-clock";

export async function prefetchSavedReviews(qc: QueryClient): Promise<void> {
  await qc.fetchQuery({ ...savedReviewsQueryOptions(), queryFn: () => listSavedReviews(getDb()) });
}

function pagedRequest(request: PagedReviewRequest) {
  const params = pagedReviewParamsSchema.parse({
    from: request.from,
    to: request.to,
    topics: request.topics?.join(","),
    group: request.group,
    topic: request.topic,
    category: request.category,
    mark: request.mark,
    q: request.q,
    multi: request.multi ? "1" : undefined,
    rank: request.rank,
  });
  return toPagedReviewRequest(params);
}

/**
 * The summary and the first screenful of papers, read directly from the store with the same
 * readers as /api/reviews/live/summary and /papers. Never throws: a request the API would
 * refuse (a mistyped date in the URL) is left for the browser, which shows the API's message.
 */
export async function prefetchPagedReview(qc: QueryClient, request: PagedReviewRequest): Promise<void> {
  await Promise.all([
    qc.prefetchQuery({
      ...reviewSummaryQueryOptions(request),
      queryFn: () => readReviewSummary(getDb(), pagedRequest(request), requestNow()),
    }),
    qc.prefetchInfiniteQuery({
      ...reviewPagesQueryOptions(request),
      queryFn: () => readReviewPage(getDb(), pagedRequest(request), null, FIRST_PAGE, requestNow()),
    }),
  ]);
}

/** A saved review's head and first page, read directly with the API's readers. */
export async function prefetchSavedReviewPaged(qc: QueryClient, id: number, filter: SavedPaperFilter = "all"): Promise<void> {
  await Promise.all([
    qc.prefetchQuery({ ...savedReviewHeadQueryOptions(id, filter), queryFn: () => readSavedReviewHead(getDb(), id, filter)! }),
    qc.prefetchInfiniteQuery({ ...savedReviewPagesQueryOptions(id, filter), queryFn: () => readSavedReviewPage(getDb(), id, filter, null, FIRST_PAGE)! }),
  ]);
}
