// The overlap matrix of some topics in a period: GET /api/overlap?topics=a,b,c&from=YYYY-MM&to=YYYY-MM.
// Each cell is the share of the row topic's papers (current query version) the column topic matches too.
import { z } from "zod";
import { addMonths, currentMonth, monthsBetween, requestedMonthSchema } from "@/lib/calendar/months";
import { getDb } from "@/lib/store/server";
import { getTopic } from "@/lib/topics/registry";
import { readTopicOverlap } from "@/lib/topics/overlap";
import { topicSlugListSchema } from "@/lib/topics/slug-list";
import { ApiError, jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { MAX_RANGE_MONTHS } from "../topics/[slug]/params";

export const dynamic = "force-dynamic";

const MAX_OVERLAP_TOPICS = 20;

const paramsSchema = z
  .object({ topics: topicSlugListSchema, from: requestedMonthSchema.optional(), to: requestedMonthSchema.optional() })
  .strict()
  .transform(({ topics, from, to }, ctx) => {
    const end = to ?? currentMonth();
    const start = from ?? addMonths(end, -35);
    const span = monthsBetween(start, end);
    if (topics.length === 0) ctx.addIssue({ code: "custom", message: "give at least one topic" });
    if (topics.length > MAX_OVERLAP_TOPICS) ctx.addIssue({ code: "custom", message: `at most ${MAX_OVERLAP_TOPICS} topics` });
    if (span < 0) ctx.addIssue({ code: "custom", message: `from (${start}) is after to (${end})` });
    if (span >= MAX_RANGE_MONTHS) ctx.addIssue({ code: "custom", message: `range is longer than ${MAX_RANGE_MONTHS} months` });
    return { topics, from: start, to: end };
  });

export const GET = jsonRoute((req: Request) => {
  const { topics, from, to } = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  const found = topics.map((slug) => ({ slug, topic: getTopic(db, slug) }));
  const unknown = found.filter((f) => f.topic === null).map((f) => f.slug);
  if (unknown.length) throw new ApiError(404, `unknown topic${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`);
  return readTopicOverlap(db, found.map((f) => f.topic!), from, to);
});
