import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error";
import { MAX_BODY_BYTES, readBodyText, readJsonBody } from "./json-body";

const schema = z.object({ a: z.number().optional() }).strict();
const status = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof ApiError ? e.status : 500));

/** A body stream that counts what was pulled from it and never ends on its own. */
function endlessBody() {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 16 * 1024;
      controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("request bodies", () => {
  it("are refused 413 from Content-Length alone, before any byte is read", async () => {
    const { stream, pulled } = endlessBody();
    const req = new Request("http://radar.test/api/notes", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(600 * 1024 * 1024) },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await status(readJsonBody(req, schema))).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(16 * 1024);
  });

  it("stop being read just past the limit when no length is given", async () => {
    const { stream, pulled } = endlessBody();
    const req = new Request("http://radar.test/api/notes", { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    expect(await status(readJsonBody(req, schema))).toBe(413);
    expect(pulled()).toBeLessThan(MAX_BODY_BYTES + 64 * 1024);
  });

  it("must be JSON: another media type is 415, a body within the limit parses", async () => {
    const post = (body: string, type?: string) =>
      new Request("http://radar.test/x", { method: "POST", headers: type ? { "content-type": type } : {}, body });
    expect(await status(readJsonBody(post('{"a":1}', "text/plain"), schema))).toBe(415);
    expect(await status(readJsonBody(post('{"a":1}'), schema))).toBe(415); // a string body is text/plain by default
    expect(await readJsonBody(post('{"a":1}', "application/json; charset=utf-8"), schema)).toEqual({ a: 1 });
    expect(await readJsonBody(new Request("http://radar.test/x", { method: "POST" }), schema)).toEqual({});
    expect(await status(readJsonBody(post("{", "application/json"), schema))).toBe(400);
    expect(await readBodyText(post("x".repeat(MAX_BODY_BYTES), "application/json"))).toHaveLength(MAX_BODY_BYTES);
    expect(await status(readBodyText(post("x".repeat(MAX_BODY_BYTES + 1), "application/json")))).toBe(413);
  });
});
