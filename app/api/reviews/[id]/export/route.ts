// A saved review as it was saved, as a download (?format=bibtex|csv|markdown).
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { reopenReview } from "@/lib/reviews/saved";
import { jsonRoute, notFound, parseSearchParams } from "@/lib/http/api-error";
import { bomParamSchema } from "@/lib/exports/csv";
import { reviewIdFromParams } from "../../params";
import { exportFormatSchema, reviewDownload } from "../../export";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ format: exportFormatSchema, bom: bomParamSchema.optional() }).strict();

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = await reviewIdFromParams(ctx.params);
  const { format, bom } = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  const review = reopenReview(db, id);
  if (!review) throw notFound(`review ${id}`);
  return reviewDownload(
    db,
    { ...review, saved: { at: review.savedAt, by: review.savedBy } },
    format,
    `review-${id}-${review.period.to.slice(0, 10)}`,
    new Date(),
    { bom },
  );
});
