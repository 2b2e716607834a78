// The review as it stands, as a download (?format=bibtex|csv|markdown plus the live review's
// parameters, and an optional title for the report).
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { reviewTitleSchema } from "@/lib/reviews/input";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { bomParamSchema } from "@/lib/exports/csv";
import { readLiveReview } from "@/lib/reviews/build";
import { reviewing, reviewParamsShape, toReviewRequest } from "../../params";
import { exportFormatSchema, reviewDownload } from "../../export";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ ...reviewParamsShape, format: exportFormatSchema, title: reviewTitleSchema.optional(), bom: bomParamSchema.optional() }).strict();

export const GET = jsonRoute((req: Request) => {
  const params = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  const now = new Date();
  const review = reviewing(() => readLiveReview(db, toReviewRequest(params), now));
  const days = `${review.period.from.slice(0, 10)}-to-${review.period.to.slice(0, 10)}`;
  const title = params.title ?? `Review of ${review.period.from.slice(0, 10)} to ${review.period.to.slice(0, 10)}`;
  return reviewDownload(db, { ...review, title }, params.format, `review-${days}`, now, { bom: params.bom });
});
