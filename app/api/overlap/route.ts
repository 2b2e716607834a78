// The overlap matrix of some topics in a period: GET /api/overlap?topics=a,b,c&from=YYYY-MM&to=YYYY-MM.
// Each cell is the share of the row topic's papers (current query version) the column topic matches too.
import { z } from "zod";
import { requestedMonthSchema } from "@/lib/calendar/months";
import { requestedMonthSpan } from "@/lib/calendar/month-span";
import { getDb } from "@/lib/store/server";
import { resolveTopics } from "@/lib/topics/resolve";
import { readTopicOverlap } from "@/lib/topics/overlap";
import { topicSlugListSchema } from "@/lib/topics/slug-list";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

const MAX_OVERLAP_TOPICS = 20;

const paramsSchema = z
  .object({ topics: topicSlugListSchema, from: requestedMonthSchema.optional(), to: requestedMonthSchema.optional() })
  .strict()
  .transform(({ topics, ...span }, ctx) => {
    if (topics.length === 0) ctx.addIssue({ code: "custom", message: "give at least one topic" });
    if (topics.length > MAX_OVERLAP_TOPICS) ctx.addIssue({ code: "custom", message: `at most ${MAX_OVERLAP_TOPICS} topics` });
    return { topics, ...requestedMonthSpan(span, ctx) };
  });

export const GET = jsonRoute((req: Request) => {
  const { topics, from, to } = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  return readTopicOverlap(db, resolveTopics(db, topics, { baselines: true }), from, to);
});
