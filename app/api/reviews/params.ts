// What chooses a review (period, topics, grouping), from a URL or a body, and the review built
// from it with the domain's refusals turned into 400s.
import { z } from "zod";
import { periodBoundSchema, ReviewPeriodError } from "@/lib/reviews/period";
import { buildReview, ReviewTopicsError, type ReviewRequest, type ReviewView } from "@/lib/reviews/build";
import { reviewGroupingSchema } from "@/lib/reviews/input";
import { topicSlugListSchema } from "@/lib/topics/slug-list";
import { ApiError } from "@/lib/http/api-error";
import type { Db } from "@/lib/store/db";

/** URL form: ?from=2025-04-01&to=2025-04-07&topics=data,dialogue&group=date */
export const reviewParamsShape = {
  from: periodBoundSchema("from").optional(),
  to: periodBoundSchema("to").optional(),
  topics: topicSlugListSchema.optional(),
  group: reviewGroupingSchema.optional(),
};
export const reviewParamsSchema = z.object(reviewParamsShape).strict();

export function toReviewRequest(p: { from?: Date; to?: Date; topics?: string[]; group?: "topic" | "date" }): ReviewRequest {
  return { from: p.from, to: p.to, topics: p.topics, grouping: p.group };
}

/** Runs a review operation, answering a bad period or unknown topics with a 400. */
export function reviewing<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ReviewPeriodError || e instanceof ReviewTopicsError) throw new ApiError(400, e.message);
    throw e;
  }
}

export function liveReview(db: Db, request: ReviewRequest, now: Date): ReviewView {
  return reviewing(() => buildReview(db, request, now));
}

/** A saved review's id in the URL. */
export async function reviewIdFromParams(params: Promise<{ id: string }>): Promise<number> {
  const { id } = await params;
  if (!/^[1-9]\d{0,15}$/.test(id)) throw new ApiError(404, `review "${id.slice(0, 20)}" not found`);
  return Number(id);
}
