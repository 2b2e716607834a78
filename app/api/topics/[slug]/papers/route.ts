import { getDb } from "@/lib/store/server";
import { readTopicPapers } from "@/lib/topics/papers";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { papersParamsSchema, topicFromParams } from "../params";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const topic = await topicFromParams(ctx.params);
  const p = parseSearchParams(papersParamsSchema, new URL(req.url).searchParams);
  return readTopicPapers(getDb(), topic, { limit: p.limit, offset: p.offset, category: p.category, text: p.q, months: p.months });
});
