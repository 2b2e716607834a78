// A review's refusals turned into 400s (unknown topics are a 404 wherever they are named), and
// a saved review's id in the URL.
import { ReviewPeriodError } from "@/lib/reviews/period";
import { ReviewTopicsError } from "@/lib/reviews/build";
import { ReviewCursorError } from "@/lib/reviews/paged";
import { ApiError } from "@/lib/http/api-error";

export { pagedReviewParamsSchema, pagedReviewParamsShape, reviewParamsSchema, reviewParamsShape, toPagedReviewRequest, toReviewRequest } from "@/lib/reviews/request-params";

/** Runs a review operation, answering a bad period, too many topics or a forged cursor with a 400. */
export function reviewing<T>(run: () => T): T {
  const refusal = (e: unknown) =>
    e instanceof ReviewCursorError || e instanceof ReviewPeriodError || e instanceof ReviewTopicsError ? new ApiError(400, e.message) : e;
  try {
    const answer = run();
    return (answer instanceof Promise ? answer.catch((e: unknown) => Promise.reject(refusal(e))) : answer) as T;
  } catch (e) {
    throw refusal(e);
  }
}

/** A saved review's id in the URL. */
export async function reviewIdFromParams(params: Promise<{ id: string }>): Promise<number> {
  const { id } = await params;
  if (!/^[1-9]\d{0,15}$/.test(id)) throw new ApiError(404, `review "${id.slice(0, 20)}" not found`);
  return Number(id);
}
