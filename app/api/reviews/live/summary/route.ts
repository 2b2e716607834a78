// The live review's summary: period, coverage, tallies, group sizes and filter choices, counted
// in SQL. The papers come in pages from ../papers.
import { getDb } from "@/lib/store/server";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { readReviewSummary } from "@/lib/reviews/paged";
import { reviewing, pagedReviewParamsSchema, toPagedReviewRequest } from "../../params";

export const dynamic = "force-dynamic";

export const GET = jsonRoute((req: Request) => {
  const params = parseSearchParams(pagedReviewParamsSchema, new URL(req.url).searchParams);
  return reviewing(() => readReviewSummary(getDb(), toPagedReviewRequest(params), new Date()));
});
