// Server-side prefetches of the review pages: the same cache contracts as the browser
// (lib/queries/reviews.ts), with the query function swapped for a direct store read.
import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { getDb } from "@/lib/store/server";
import { listSavedReviews } from "@/lib/store";
import type { ReopenedReview } from "@/lib/reviews/saved";
import { liveReviewQueryOptions, savedReviewQueryOptions, savedReviewsQueryOptions, type LiveReviewRequest } from "@/lib/queries/reviews";
import { liveReview, reviewParamsSchema, toReviewRequest } from "@/app/api/reviews/params";
import { requestNow } from "./request-clock";

/**
 * Never throws: a request the API would refuse (a mistyped date in the URL) is left for the
 * browser, which asks the API and shows its message next to the form.
 */
export async function prefetchLiveReview(qc: QueryClient, request: LiveReviewRequest): Promise<void> {
  await qc.prefetchQuery({
    ...liveReviewQueryOptions(request),
    queryFn: () => {
      const params = reviewParamsSchema.parse({ from: request.from, to: request.to, topics: request.topics?.join(","), group: request.group });
      return liveReview(getDb(), toReviewRequest(params), requestNow());
    },
  });
}

export async function prefetchSavedReviews(qc: QueryClient): Promise<void> {
  await qc.fetchQuery({ ...savedReviewsQueryOptions(), queryFn: () => listSavedReviews(getDb()) });
}

/** The review was read by the page (to answer 404 for an unknown id); this puts it in the cache. */
export async function prefetchSavedReview(qc: QueryClient, review: ReopenedReview): Promise<void> {
  await qc.fetchQuery({ ...savedReviewQueryOptions(review.id), queryFn: () => review });
}
