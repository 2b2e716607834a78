// One error type for the JSON API, turned into a Response in one place, so a bad request
// is always a 4xx with a message and never a 500.
import { z } from "zod";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function notFound(what: string): ApiError {
  return new ApiError(404, `${what} not found`);
}

/** Parses URL search parameters with a zod schema; a failure is a 400 that names each field. */
export function parseSearchParams<S extends z.ZodType>(schema: S, params: URLSearchParams): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`);
    throw new ApiError(400, `invalid parameters: ${problems.join("; ")}`, parsed.error.issues);
  }
  return parsed.data;
}

export function errorResponse(e: unknown): Response {
  if (e instanceof ApiError) {
    return Response.json({ error: e.message, ...(e.details ? { details: e.details } : {}) }, { status: e.status });
  }
  console.error(e);
  return Response.json({ error: "internal error" }, { status: 500 });
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
