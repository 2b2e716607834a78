// One page of a saved review's papers: ?after=<cursor>&limit=50&filter=all|shortlisted|changed.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { ApiError, jsonRoute, notFound, parseSearchParams } from "@/lib/http/api-error";
import { MAX_PAGE_SIZE, ReviewCursorError } from "@/lib/reviews/paged";
import { readSavedReviewPage } from "@/lib/reviews/saved-paged";
import { reviewIdFromParams } from "../../params";

export const dynamic = "force-dynamic";

const schema = z
  .object({
    filter: z.enum(["all", "shortlisted", "changed"]).default("all"),
    after: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  })
  .strict();

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = await reviewIdFromParams(ctx.params);
  const { filter, after, limit } = parseSearchParams(schema, new URL(req.url).searchParams);
  try {
    const page = readSavedReviewPage(getDb(), id, filter, after ?? null, limit);
    if (!page) throw notFound(`review ${id}`);
    return page;
  } catch (e) {
    if (e instanceof ReviewCursorError) throw new ApiError(400, e.message);
    throw e;
  }
});
