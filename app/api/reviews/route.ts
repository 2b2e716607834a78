// Saved reviews: the list, and saving the review of a period as it stands now.
import { getDb } from "@/lib/store/server";
import { listSavedReviews } from "@/lib/store";
import { reopenReview, saveCurrentReview } from "@/lib/reviews/saved";
import { saveReviewBodySchema } from "@/lib/reviews/request-params";
import { jsonRoute } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { reviewing, toReviewRequest } from "./params";

export const dynamic = "force-dynamic";

/** { reviews: [{ id, title, period, grouping, topics, savedBy, savedAt, paperCount, shortlistedCount }] }, newest first. */
export const GET = jsonRoute(() => ({ reviews: listSavedReviews(getDb()) }));

/** Saves the review of the period (send the period the live review showed): 201 with the saved review. */
export const POST = writeRoute(async (req: Request) => {
  const body = await readJsonBody(req, saveReviewBodySchema);
  const db = getDb();
  const id = reviewing(() =>
    saveCurrentReview(db, { ...toReviewRequest(body), title: body.title, savedBy: body.savedBy ?? null }, new Date()),
  );
  return Response.json(reopenReview(db, id), { status: 201 });
});
