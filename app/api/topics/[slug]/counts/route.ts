import { getDb } from "@/lib/store/server";
import { readTopicCounts } from "@/lib/topics/series";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { countsParamsSchema, topicFromParams } from "../params";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const topic = await topicFromParams(ctx.params);
  const { from, to } = parseSearchParams(countsParamsSchema, new URL(req.url).searchParams);
  return readTopicCounts(getDb(), topic, from, to);
});
