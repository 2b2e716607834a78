import { getDb } from "@/lib/store/server";
import { findQueryVersion, listTopicPapers } from "@/lib/store";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { papersParamsSchema, topicFromParams } from "../params";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const topic = await topicFromParams(ctx.params);
  const p = parseSearchParams(papersParamsSchema, new URL(req.url).searchParams);
  const db = getDb();
  const version = findQueryVersion(db, topic.slug, topic.query);
  const papers =
    version === null
      ? []
      : listTopicPapers(db, topic.slug, version, { limit: p.limit, offset: p.offset, category: p.category, text: p.q });
  return { slug: topic.slug, queryVersion: version, papers };
});
