// One error type for the JSON API, turned into a Response in one place, so a bad request
// is always a 4xx with a message and never a 500. Every error body has one shape,
// `{ error, details?: { issues } }`, whether a parameter, a body or a query was refused.
import { z } from "zod";

/**
 * A domain's "no such thing" (an unknown topic, paper or review): the API answers 404 with its
 * message. Domain modules extend it so that this module needs to know none of them.
 */
export class NotFoundError extends Error {}

/** One thing wrong with a request, named by its field. */
export interface ApiIssue {
  path: string;
  message: string;
  /** For a query that does not parse: the parser's reason and 0-based position. */
  reason?: string;
  position?: number;
}

/** The JSON body of every 4xx (and of a 500, without details). */
export interface ApiErrorBody {
  error: string;
  details?: { issues: ApiIssue[] };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** zod's issues as the API reports them, keeping a query parser's reason and position. */
export function apiIssues(error: z.ZodError, emptyPath = ""): ApiIssue[] {
  return error.issues.map((i) => {
    const params = (i as { params?: { reason?: unknown; position?: unknown } }).params;
    return {
      path: i.path.join(".") || emptyPath,
      message: i.message,
      ...(typeof params?.reason === "string" ? { reason: params.reason } : {}),
      ...(typeof params?.position === "number" ? { position: params.position } : {}),
    };
  });
}

/** A 400 whose message names every problem ("invalid request: name: too long; query: …"). */
export function invalidRequest(what: string, issues: ApiIssue[]): ApiError {
  const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return new ApiError(400, `invalid ${what}: ${list.join("; ")}`, issues);
}

export function notFound(what: string): ApiError {
  return new ApiError(404, `${what} not found`);
}

/** Parses URL search parameters with a zod schema; a failure is a 400 that names each field. */
export function parseSearchParams<S extends z.ZodType>(schema: S, params: URLSearchParams): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw invalidRequest("parameters", apiIssues(parsed.error, "query"));
  return parsed.data;
}

export function errorResponse(e: unknown): Response {
  // However many topics a request names, any unknown one is a 404, as for a single topic.
  if (e instanceof NotFoundError) return errorResponse(new ApiError(404, e.message));
  if (e instanceof ApiError) {
    const body: ApiErrorBody = { error: e.message, ...(e.issues?.length ? { details: { issues: e.issues } } : {}) };
    return Response.json(body, { status: e.status });
  }
  console.error(e);
  return Response.json({ error: "internal error" } satisfies ApiErrorBody, { status: 500 });
}

/** Wraps a route handler so that every thrown error becomes a JSON response. */
export function jsonRoute<A extends unknown[]>(
  handler: (...args: A) => Promise<unknown> | unknown,
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      const body = await handler(...args);
      return body instanceof Response ? body : Response.json(body);
    } catch (e) {
      return errorResponse(e);
    }
  };
}
