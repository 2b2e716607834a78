import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { installUnsupportedMethodGuard } from "./http-methods";

// TRACE cannot be sent through fetch (which is why Next failed on it): raw node:http here.
function send(port: number, method: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: "127.0.0.1", port, method, path: "/api/health" }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    r.on("error", reject);
    r.end();
  });
}

describe("methods fetch cannot carry", () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    installUnsupportedMethodGuard();
    server = http.createServer((_req, res) => {
      // What Next did with TRACE: a 500.
      res.writeHead(500).end("Internal Server Error");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("are answered 405 before the server's handler runs", async () => {
    const res = await send(port, "TRACE");
    expect(res.status).toBe(405);
    expect(JSON.parse(res.body)).toEqual({ error: "method TRACE is not allowed" });
    // Node's own parser already refuses TRACK (400) before any handler.
    expect((await send(port, "TRACK")).status).toBe(400);
    expect((await send(port, "GET")).status).toBe(500);
  });
});
