// Turns the topic editor's refusals, and a draft query that does not parse, into HTTP statuses.
import { ApiError } from "@/lib/http/api-error";
import { QuerySyntaxError } from "@/lib/arxiv/query";
import { TopicEditError } from "@/lib/topics/editor";

const STATUS = { invalid: 400, "not-found": 404, conflict: 409 } as const;

export function asApiError(e: unknown): unknown {
  return e instanceof TopicEditError ? new ApiError(STATUS[e.problem], e.message) : e;
}

/** Runs an editor call, rethrowing its refusals as ApiErrors. */
export function editing<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw asApiError(e);
  }
}

/** Runs a reader of a draft query (the preview, the lab); a draft that does not parse is a 400 naming where. */
export function parsingDraft<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof QuerySyntaxError)) throw e;
    throw new ApiError(400, `the query does not parse: ${e.message}`, [
      { path: "query", message: e.message, reason: e.reason, position: e.position },
    ]);
  }
}
