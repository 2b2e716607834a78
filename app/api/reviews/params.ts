// What chooses a review (period, topics, grouping), from a URL or a body, and the review built
// from it with the domain's refusals turned into 400s.
import { z } from "zod";
import { periodBoundSchema, ReviewPeriodError } from "@/lib/reviews/period";
import { buildReview, ReviewTopicsError, type ReviewRequest, type ReviewView } from "@/lib/reviews/build";
import { reviewGroupingSchema } from "@/lib/reviews/input";
import { topicSlugListSchema } from "@/lib/topics/slug-list";
import { topicSlugSchema } from "@/lib/topics/slug";
import { ApiError } from "@/lib/http/api-error";
import type { Db } from "@/lib/store/db";
import { markFilterValues, ReviewCursorError, type PagedReviewRequest } from "@/lib/reviews/paged";

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

/** The paged review's filters and order, beside the period, topics and grouping. */
export const pagedReviewParamsShape = {
  ...reviewParamsShape,
  topic: topicSlugSchema.optional(),
  category: z.string().max(40).regex(/^[A-Za-z0-9.-]+$/, "an arXiv category such as cs.CL").optional(),
  mark: z.enum(markFilterValues).optional(),
  q: z.string().max(200).optional(),
  multi: z.enum(["1"]).optional(),
  rank: z.enum(["team"]).optional(),
};
export const pagedReviewParamsSchema = z.object(pagedReviewParamsShape).strict();
export type PagedReviewParams = z.infer<typeof pagedReviewParamsSchema>;

export function toPagedReviewRequest(p: PagedReviewParams): PagedReviewRequest {
  return {
    ...toReviewRequest(p),
    rank: p.rank,
    filter: { topic: p.topic, category: p.category, mark: p.mark, text: p.q?.trim() || undefined, multiTopic: p.multi === "1" },
  };
}

/** The summary and the pages answer a bad period, unknown topics or a forged cursor with a 400. */
export async function pagedReviewing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ReviewCursorError || e instanceof ReviewPeriodError || e instanceof ReviewTopicsError) throw new ApiError(400, e.message);
    throw e;
  }
}
