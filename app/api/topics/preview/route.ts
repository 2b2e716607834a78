// Counts a query's papers of the last full month, asking arXiv through the same paced queue as
// the sync (so a preview never breaks arXiv's pace), with fewer retries: a person is waiting.
import { z } from "zod";
import { MAX_QUERY_LENGTH, QuerySyntaxError } from "@/lib/arxiv/query";
import { createArxivClient } from "@/lib/arxiv/client";
import { loadArxivConfig } from "@/lib/arxiv/config";
import { ArxivApiError, ArxivUnavailableError } from "@/lib/arxiv/errors";
import { previewLastFullMonth } from "@/lib/topics/preview";
import { ApiError } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { writeRoute } from "@/lib/auth";

export const dynamic = "force-dynamic";

const PREVIEW_MAX_RETRIES = 1;
const PREVIEW_TIMEOUT_MS = 20_000;

const bodySchema = z.object({ query: z.string().max(MAX_QUERY_LENGTH, `the query must be at most ${MAX_QUERY_LENGTH} characters`) }).strict();

export const POST = writeRoute(async (req: Request) => {
  const { query } = await readJsonBody(req, bodySchema);
  const config = loadArxivConfig();
  const client = createArxivClient({
    config: {
      ...config,
      maxRetries: Math.min(config.maxRetries, PREVIEW_MAX_RETRIES),
      timeoutMs: Math.min(config.timeoutMs, PREVIEW_TIMEOUT_MS),
    },
  });
  try {
    return await previewLastFullMonth(client, query, new Date(), req.signal);
  } catch (e) {
    if (req.signal.aborted) throw new ApiError(400, "the preview was cancelled");
    if (e instanceof QuerySyntaxError) {
      throw new ApiError(400, `the query does not parse: ${e.message}`, { reason: e.reason, position: e.position });
    }
    if (e instanceof ArxivApiError) throw new ApiError(400, e.arxivMessage ? `arXiv refused the query: ${e.arxivMessage}` : e.message);
    if (e instanceof ArxivUnavailableError) throw new ApiError(503, `arXiv is not answering now: ${e.lastFailure.message}`);
    throw e;
  }
});
