// Saved reviews: the list, and saving the review of a period as it stands now.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { listSavedReviews } from "@/lib/store";
import { reopenReview, saveCurrentReview } from "@/lib/reviews/saved";
import { reviewerNameSchema, reviewTitleSchema } from "@/lib/reviews/input";
import { jsonRoute } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { MAX_LISTED_TOPICS } from "@/lib/topics/slug-list";
import { reviewParamsShape, reviewing, toReviewRequest } from "./params";

export const dynamic = "force-dynamic";

/** { reviews: [{ id, title, period, grouping, topics, savedBy, savedAt, paperCount, shortlistedCount }] }, newest first. */
export const GET = jsonRoute(() => ({ reviews: listSavedReviews(getDb()) }));

const saveSchema = z
  .object({
    ...reviewParamsShape,
    // In a body the topics are a JSON array rather than "a,b".
    topics: z.array(z.string().max(64)).max(MAX_LISTED_TOPICS, `at most ${MAX_LISTED_TOPICS} topics`).optional(),
    title: reviewTitleSchema,
    savedBy: reviewerNameSchema.nullable().optional(),
  })
  .strict();

/** Saves the review of the period (send the period the live review showed): 201 with the saved review. */
export const POST = writeRoute(async (req: Request) => {
  const body = await readJsonBody(req, saveSchema);
  const db = getDb();
  const id = reviewing(() =>
    saveCurrentReview(db, { ...toReviewRequest(body), title: body.title, savedBy: body.savedBy ?? null }, new Date()),
  );
  return Response.json(reopenReview(db, id), { status: 201 });
});
