// One page of the live review's papers: ?after=<cursor from the previous page>&limit=50 plus the
// summary's parameters. The cursor pins the period and the ranking, so pages never overlap.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { FIRST_PAGE_SIZE, MAX_PAGE_SIZE, readReviewPage } from "@/lib/reviews/paged";
import { reviewing, pagedReviewParamsShape, toPagedReviewRequest } from "../../params";

export const dynamic = "force-dynamic";

const schema = z
  .object({
    ...pagedReviewParamsShape,
    after: z.string().max(600).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(FIRST_PAGE_SIZE),
  })
  .strict();

export const GET = jsonRoute((req: Request) => {
  const { after, limit, ...params } = parseSearchParams(schema, new URL(req.url).searchParams);
  return reviewing(() => readReviewPage(getDb(), toPagedReviewRequest(params), after ?? null, limit, new Date()));
});
