// Turns the topic editor's refusals into HTTP statuses.
import { ApiError } from "@/lib/http/api-error";
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
