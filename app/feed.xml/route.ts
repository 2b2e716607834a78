// The newest papers of several topics in one Atom feed: /feed.xml?topics=a,b (default: every
// live topic). A paper found by several topics is one entry, with a category per topic.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { resolveTopics } from "@/lib/topics/resolve";
import { topicSlugListSchema } from "@/lib/topics/slug-list";
import { atomFeedResponse } from "@/lib/feeds/response";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ topics: topicSlugListSchema.optional() }).strict();

export const GET = jsonRoute((req: Request) => {
  const { topics: slugs } = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  const topics = resolveTopics(db, slugs);
  const list = topics.map((t) => t.slug).join(",");
  const self = slugs && slugs.length ? `/feed.xml?topics=${list}` : "/feed.xml";
  const alternate = topics.length === 1 ? `/topics/${list}` : slugs && slugs.length ? `/compare?topics=${list}` : "/";
  return atomFeedResponse(db, req, topics, { self, alternate });
});
