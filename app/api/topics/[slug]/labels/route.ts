// A topic's on-topic labels for its current query version. GET: the rate and every label;
// POST sets or clears one paper's label and answers the same, after the write.
import { z } from "zod";
import { getDb } from "@/lib/store/server";
import { TOPIC_LABELS } from "@/lib/store";
import { labelTopicPaper, readTopicLabels, UncomputedTopicError, UnknownPaperError } from "@/lib/topics/labels";
import { paperIdSchema, reviewerNameSchema } from "@/lib/reviews/input";
import { jsonRoute, notFound } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { topicFromParams } from "../params";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

export const GET = jsonRoute(async (_req: Request, ctx: Ctx) => {
  const topic = await topicFromParams(ctx.params);
  return readTopicLabels(getDb(), topic);
});

const postSchema = z.object({ paperId: paperIdSchema, label: z.enum(TOPIC_LABELS).nullable(), reviewer: reviewerNameSchema }).strict();

export const POST = writeRoute(async (req: Request, ctx: Ctx) => {
  const topic = await topicFromParams(ctx.params);
  const { paperId, label, reviewer } = await readJsonBody(req, postSchema);
  try {
    return labelTopicPaper(getDb(), topic, paperId, label, reviewer);
  } catch (e) {
    if (e instanceof UnknownPaperError) throw notFound(`paper ${paperId}`);
    if (e instanceof UncomputedTopicError) throw notFound(`a computed query version of topic "${topic.slug}"`);
    throw e;
  }
});
