// A draft query's monthly history over the local index: no arXiv request, so the editor can
// ask as the user types (debounced). A write route only because it takes a body.
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/arxiv/query";
import { previewQueryHistory } from "@/lib/topics/preview";
import { loadScope } from "@/lib/index/scope";
import { getDb } from "@/lib/store/server";
import { parsingDraft } from "../edit-errors";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ query: z.string().max(MAX_QUERY_LENGTH, `the query must be at most ${MAX_QUERY_LENGTH} characters`) }).strict();

export const POST = writeRoute(async (req: Request) => {
  const { query } = await readJsonBody(req, bodySchema);
  return parsingDraft(() => previewQueryHistory(getDb(), query, loadScope(), new Date()));
});
