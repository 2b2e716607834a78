// Request bodies of the write routes: JSON, small, checked with a zod schema. Every failure is
// a 400 (413 when too large) whose message names each field, with the issues in `details`.
import { z } from "zod";
import { ApiError, apiIssues, invalidRequest } from "./api-error";

/** Bodies are a few fields and a note at most; anything bigger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Parses `value` with `schema`, or throws a 400 ApiError naming every problem. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = "request"): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidRequest(what, apiIssues(parsed.error));
  return parsed.data;
}

/**
 * The body as text, refused with a 413 as soon as it is known to be too large: at once from a
 * Content-Length, else after reading at most `limit` + 1 bytes of the stream (never the rest).
 */
export async function readBodyText(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () => new ApiError(413, `the request body must be at most ${limit} bytes`);
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\s*\d+\s*$/.test(declared) && Number(declared) > limit) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError(400, "the request body must be UTF-8 text");
  }
}

/** Reads the body as JSON (an empty body is `{}`) and parses it with `schema`. */
export async function readJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const type = req.headers.get("content-type");
  if (type !== null && type.split(";")[0]!.trim().toLowerCase() !== "application/json") {
    throw new ApiError(415, "request bodies must be application/json");
  }
  const text = await readBodyText(req);
  let body: unknown = {};
  if (text.trim()) {
    if (type === null) throw new ApiError(415, "request bodies must be application/json");
    try {
      body = JSON.parse(text);
    } catch {
      throw new ApiError(400, "the request body must be JSON");
    }
  }
  return parseWith(schema, body);
}
