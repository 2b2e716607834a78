// The review as it stands: the period's new papers of the chosen topics, de-duplicated and
// grouped, with current marks and notes and the cache's coverage.
import { getDb } from "@/lib/store/server";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { readLiveReview } from "@/lib/reviews/build";
import { reviewing, reviewParamsSchema, toReviewRequest } from "../params";

export const dynamic = "force-dynamic";

export const GET = jsonRoute((req: Request) => {
  const params = parseSearchParams(reviewParamsSchema, new URL(req.url).searchParams);
  return reviewing(() => readLiveReview(getDb(), toReviewRequest(params), new Date()));
});
