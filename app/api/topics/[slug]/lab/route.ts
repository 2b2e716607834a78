// The query lab: a draft query against the topic's current one over the local index. Nothing
// is stored; a write route only because it takes a body (the draft).
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/arxiv/query";
import { requestedMonthSchema } from "@/lib/calendar/months";
import { readQueryLab } from "@/lib/topics/query-lab";
import { getDb } from "@/lib/store/server";
import { ApiError } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { parsingDraft } from "../../edit-errors";
import { topicFromParams } from "../params";

export const dynamic = "force-dynamic";

const bodySchema = z
  .object({
    query: z.string().max(MAX_QUERY_LENGTH, `the query must be at most ${MAX_QUERY_LENGTH} characters`),
    month: requestedMonthSchema.optional(),
    side: z.enum(["gained", "lost"]).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();

export const POST = writeRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const topic = await topicFromParams(ctx.params);
  const body = await readJsonBody(req, bodySchema);
  if (topic.origin === "baseline") throw new ApiError(404, `topic "${topic.slug}" has no query lab`);
  return parsingDraft(() => readQueryLab(getDb(), topic, body, new Date()));
});
