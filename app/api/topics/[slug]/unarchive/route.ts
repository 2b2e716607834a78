import { getDb } from "@/lib/store/server";
import { unarchiveTopic } from "@/lib/topics/editor";
import { writeRoute } from "@/lib/auth";
import { topicJson } from "@/lib/topics/topic-view";
import { withQueryVersion } from "@/lib/topics/resolve";
import { editing } from "../../edit-errors";
import { topicFromParams } from "../params";

export const dynamic = "force-dynamic";

/** Brings an archived custom topic back (roadmap topics: 409): { topic }. */
export const POST = writeRoute(async (_req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const topic = await topicFromParams(ctx.params);
  const db = getDb();
  return { topic: topicJson(withQueryVersion(db, editing(() => unarchiveTopic(db, topic.slug)))) };
});
