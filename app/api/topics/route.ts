import { loadCatalog } from "@/lib/topics/catalog";
import { listTopics } from "@/lib/topics/registry";
import { createCustomTopic } from "@/lib/topics/editor";
import { topicInputSchema } from "@/lib/topics/topic-input";
import { getDb } from "@/lib/store/server";
import { jsonRoute } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";
import { topicJson } from "./topic-json";
import { editing } from "./edit-errors";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(() => {
  const db = getDb();
  const catalog = loadCatalog();
  const all = listTopics(db, { includeArchived: true, includeBaselines: true });
  return {
    parts: catalog.parts,
    topics: all.filter((t) => t.origin !== "baseline").map((t) => topicJson(db, t)),
    baselines: all.filter((t) => t.origin === "baseline").map((t) => topicJson(db, t)),
  };
});

/** Adds a custom topic: 201 { topic, queryVersion }. */
export const POST = writeRoute(async (req: Request) => {
  const input = await readJsonBody(req, topicInputSchema);
  const db = getDb();
  const { topic, queryVersion } = editing(() => createCustomTopic(db, input));
  return Response.json({ topic: topicJson(db, topic), queryVersion }, { status: 201 });
});
