// Monthly counts of some topics as CSV, one row per topic and month (see lib/exports/counts-csv).
import { z } from "zod";
import { requestedMonthSchema } from "@/lib/calendar/months";
import { requestedMonthSpan } from "@/lib/calendar/month-span";
import { getDb } from "@/lib/store/server";
import { resolveTopics } from "@/lib/topics/resolve";
import { readTopicCounts } from "@/lib/topics/series";
import { topicSlugListSchema } from "@/lib/topics/slug-list";
import { renderCountsCsv } from "@/lib/exports/counts-csv";
import { bomParamSchema } from "@/lib/exports/csv";
import { jsonRoute, parseSearchParams } from "@/lib/http/api-error";
import { MEDIA_TYPES, downloadResponse } from "@/lib/http/download";

export const dynamic = "force-dynamic";

const paramsSchema = z
  .object({ topics: topicSlugListSchema.optional(), from: requestedMonthSchema.optional(), to: requestedMonthSchema.optional(), bom: bomParamSchema.optional() })
  .strict()
  .transform(({ topics, bom, ...span }, ctx) => ({ topics, ...requestedMonthSpan(span, ctx), bom: bom ?? false }));

/** ?topics=a,b (default: every live topic)&from=YYYY-MM&to=YYYY-MM (default: the last 36 months)&bom=1 (UTF-8 byte-order mark). */
export const GET = jsonRoute((req: Request) => {
  const { topics, from, to, bom } = parseSearchParams(paramsSchema, new URL(req.url).searchParams);
  const db = getDb();
  const rows = resolveTopics(db, topics, { baselines: true }).map((t) => ({ ...readTopicCounts(db, t, from, to), name: t.name, query: t.query }));
  return downloadResponse(renderCountsCsv(rows, new Date(), { bom }), MEDIA_TYPES.csv, `counts-${from}-to-${to}.csv`);
});
