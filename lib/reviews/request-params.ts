// What chooses a review (period, topics, grouping, and for the paged review its filters and
// order) as written in a URL: checked with zod by the routes, and by the server prefetch of
// /review, which must ask the readers exactly what the routes would.
import { z } from "zod";
import { periodBoundSchema } from "./period";
import { reviewerNameSchema, reviewGroupingSchema, reviewTitleSchema } from "./input";
import type { ReviewRequest } from "./build";
import { markFilterValues, type PagedReviewRequest } from "./paged";
import { MAX_LISTED_TOPICS, topicSlugListSchema } from "../topics/slug-list";
import { topicSlugSchema } from "../topics/slug";

/** URL form: ?from=2025-04-01&to=2025-04-07&topics=data,dialogue&group=date */
export const reviewParamsShape = {
  from: periodBoundSchema("from").optional(),
  to: periodBoundSchema("to").optional(),
  topics: topicSlugListSchema.optional(),
  group: reviewGroupingSchema.optional(),
};
export const reviewParamsSchema = z.object(reviewParamsShape).strict();

/** POST /api/reviews: the period and grouping as in a URL, the topics as a JSON array, a title and who saves. */
export const saveReviewBodySchema = z
  .object({
    ...reviewParamsShape,
    topics: z.array(z.string().max(64)).max(MAX_LISTED_TOPICS, `at most ${MAX_LISTED_TOPICS} topics`).optional(),
    title: reviewTitleSchema,
    savedBy: reviewerNameSchema.nullable().optional(),
  })
  .strict();
/** What the browser sends to save a review: the schema's input, so client and route cannot drift. */
export type SaveReviewBody = z.input<typeof saveReviewBodySchema>;

export function toReviewRequest(p: { from?: Date; to?: Date; topics?: string[]; group?: "topic" | "date" }): ReviewRequest {
  return { from: p.from, to: p.to, topics: p.topics, grouping: p.group };
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
