// Request bodies of the write routes: JSON, small, checked with a zod schema. Every failure is
// a 400 (413 when too large) whose message names each field, with the issues in `details`.
import { z } from "zod";
import { ApiError } from "./api-error";

/** Bodies are a few fields and a note at most; anything bigger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface BodyIssue {
  path: string;
  message: string;
  /** For a query that does not parse: the parser's reason and 0-based position. */
  reason?: string;
  position?: number;
}

function issues(error: z.ZodError): BodyIssue[] {
  return error.issues.map((i) => {
    const params = (i as { params?: { reason?: unknown; position?: unknown } }).params;
    return {
      path: i.path.join("."),
      message: i.message,
      ...(typeof params?.reason === "string" ? { reason: params.reason } : {}),
      ...(typeof params?.position === "number" ? { position: params.position } : {}),
    };
  });
}

/** Parses `value` with `schema`, or throws a 400 ApiError naming every problem. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = "request"): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const list = issues(parsed.error);
    throw new ApiError(400, `invalid ${what}: ${list.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`, {
      issues: list,
    });
  }
  return parsed.data;
}

/** Reads the body as JSON (an empty body is `{}`) and parses it with `schema`. */
export async function readJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const text = await req.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw new ApiError(413, `the request body must be at most ${MAX_BODY_BYTES} bytes`);
  let body: unknown = {};
  if (text.trim()) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(400, "the request body must be JSON");
    }
  }
  return parseWith(schema, body);
}
