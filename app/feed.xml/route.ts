// The newest papers of several topics in one Atom feed: /feed.xml?topics=a,b (default: every
// live topic). A paper found by several topics is one entry, with a category per topic.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { getTopic, listTopics, type TopicRecord } from "@/lib/topics/registry";
import { topicSlugListSchema } from "@/lib/topics/slug-list";
import { atomFeedResponse } from "@/lib/feeds/response";
import { jsonRoute, notFound, parseSearchParams } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ topics: topicSlugListSchema.optional() }).strict();

export const GET = jsonRoute((req: Request) => {
  const { topics: slugs } = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  let topics: TopicRecord[];
  if (!slugs || slugs.length === 0) topics = listTopics(db);
  else {
    topics = slugs.map((slug) => {
      const t = getTopic(db, slug);
      if (!t || t.origin === "baseline") throw notFound(`topic "${slug}"`);
      return t;
    });
  }
  const list = topics.map((t) => t.slug).join(",");
  const self = slugs && slugs.length ? `/feed.xml?topics=${list}` : "/feed.xml";
  const alternate = topics.length === 1 ? `/topics/${list}` : slugs && slugs.length ? `/compare?topics=${list}` : "/";
  return atomFeedResponse(db, req, topics, { self, alternate });
});
