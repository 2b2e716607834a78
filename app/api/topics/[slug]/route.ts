import { getDb } from "@/lib/store/server";
import { editTopic } from "@/lib/topics/editor";
import { topicPatchSchema } from "@/lib/topics/topic-input";
import { jsonRoute } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { editedTopicAnswer, readTopicDetail } from "@/lib/topics/topic-view";
import { editing } from "../edit-errors";
import { topicFromParams } from "./params";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ slug: string }> };

/** One topic (archived and baselines included) with every query version it has had. */
export const GET = jsonRoute(async (_req: Request, ctx: Ctx) => {
  return readTopicDetail(getDb(), await topicFromParams(ctx.params));
});

/** Edits a topic; a changed query starts a new query version: { topic, queryVersion }. */
export const PATCH = writeRoute(async (req: Request, ctx: Ctx) => {
  const topic = await topicFromParams(ctx.params);
  const patch = await readJsonBody(req, topicPatchSchema);
  const db = getDb();
  const result = editing(() => editTopic(db, topic.slug, patch));
  return editedTopicAnswer(result);
});
