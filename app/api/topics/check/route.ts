// Checks a topic query as it is typed; never asks arXiv.
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/arxiv/query";
import { checkTopicQuery } from "@/lib/topics/query-check";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ query: z.string().max(MAX_QUERY_LENGTH + 1000, "the query is far too long") }).strict();

export const POST = writeRoute(async (req: Request) => {
  const { query } = await readJsonBody(req, bodySchema);
  return checkTopicQuery(query);
});
