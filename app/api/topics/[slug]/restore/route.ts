import { getDb } from "@/lib/store/server";
import { restoreRoadmapTopic } from "@/lib/topics/editor";
import { writeRoute } from "@/lib/auth";
import { editedTopicAnswer } from "@/lib/topics/topic-view";
import { editing } from "../../edit-errors";
import { topicFromParams } from "../params";

export const dynamic = "force-dynamic";

/** Gives a roadmap topic back its original definition (custom topics: 409): { topic, queryVersion }. */
export const POST = writeRoute(async (_req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const topic = await topicFromParams(ctx.params);
  const db = getDb();
  return editedTopicAnswer(editing(() => restoreRoadmapTopic(db, topic.slug)));
});
