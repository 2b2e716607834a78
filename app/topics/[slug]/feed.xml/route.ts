// A topic's newest papers as an Atom feed, for feed readers.
import { getDb } from "@/lib/store/server";
import { resolveTopic } from "@/lib/topics/resolve";
import { atomFeedResponse } from "@/lib/feeds/response";
import { jsonRoute, notFound } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  const db = getDb();
  const topic = resolveTopic(db, slug);
  if (!topic) throw notFound(`topic "${slug.slice(0, 64)}"`);
  return atomFeedResponse(db, req, [topic], { self: `/topics/${topic.slug}/feed.xml`, alternate: `/topics/${topic.slug}` });
});
