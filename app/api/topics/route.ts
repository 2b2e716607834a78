import { createCustomTopic } from "@/lib/topics/editor";
import { topicInputSchema } from "@/lib/topics/topic-input";
import { getDb } from "@/lib/store/server";
import { jsonRoute } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { editedTopicAnswer, readTopicList } from "@/lib/topics/topic-view";
import { editing } from "./edit-errors";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => readTopicList(getDb()));

/** Adds a custom topic: 201 { topic, queryVersion }. */
export const POST = writeRoute(async (req: Request) => {
  const input = await readJsonBody(req, topicInputSchema);
  const db = getDb();
  return Response.json(editedTopicAnswer(editing(() => createCustomTopic(db, input))), { status: 201 });
});
