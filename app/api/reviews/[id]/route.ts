// One saved review: reopened as it was saved (with today's marks and notes alongside), or deleted.
import { getDb } from "@/lib/store/server";
import { deleteSavedReview } from "@/lib/store";
import { reopenReview } from "@/lib/reviews/saved";
import { jsonRoute, notFound } from "@/lib/http/api-error";
import { writeRoute } from "@/lib/auth";
import { reviewIdFromParams } from "../params";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export const GET = jsonRoute(async (_req: Request, ctx: Ctx) => {
  const id = await reviewIdFromParams(ctx.params);
  const review = reopenReview(getDb(), id);
  if (!review) throw notFound(`review ${id}`);
  return review;
});

/** { deleted: id } */
export const DELETE = writeRoute(async (_req: Request, ctx: Ctx) => {
  const id = await reviewIdFromParams(ctx.params);
  if (!deleteSavedReview(getDb(), id)) throw notFound(`review ${id}`);
  return { deleted: id };
});
