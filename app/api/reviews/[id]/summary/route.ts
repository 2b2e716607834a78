// A saved review's head: settings, coverage, the tally as saved, "changed since" and group
// sizes (?filter=all|shortlisted|changed). Its papers come in pages from ../papers.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { jsonRoute, notFound, parseSearchParams } from "@/lib/http/api-error";
import { readSavedReviewHead } from "@/lib/reviews/saved-paged";
import { reviewIdFromParams } from "../../params";

export const dynamic = "force-dynamic";

const savedFilterSchema = z.enum(["all", "shortlisted", "changed"]).default("all");
const schema = z.object({ filter: savedFilterSchema }).strict();

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const id = await reviewIdFromParams(ctx.params);
  const { filter } = parseSearchParams(schema, new URL(req.url).searchParams);
  const head = readSavedReviewHead(getDb(), id, filter);
  if (!head) throw notFound(`review ${id}`);
  return head;
});
