// Every route that changes anything must refuse a request without the team token when
// RADAR_TOKEN is set. The routes are found on disk, so a route added later is checked too.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const APP_DIR = path.resolve(import.meta.dirname, "..");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
const TOKEN = "team-token-for-tests";

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface WriteHandler {
  route: string;
  method: (typeof WRITE_METHODS)[number];
  handler: Handler;
}

import { tokenFailureLimiter } from "@/lib/auth/failure-limit";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "radar-auth-"));
const saved = { db: process.env.RADAR_DB, token: process.env.RADAR_TOKEN };
const handlers: WriteHandler[] = [];
const files = routeFiles(APP_DIR);

beforeAll(async () => {
  process.env.RADAR_DB = path.join(tmp, "radar.db");
  process.env.RADAR_TOKEN = TOKEN;
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of WRITE_METHODS) {
      const handler = mod[method];
      if (typeof handler === "function") handlers.push({ route: path.relative(APP_DIR, file), method, handler: handler as Handler });
    }
  }
});

afterAll(() => {
  const g = globalThis as { __radarDb?: { close(): void } };
  g.__radarDb?.close();
  delete g.__radarDb;
  process.env.RADAR_DB = saved.db;
  if (saved.token === undefined) delete process.env.RADAR_TOKEN;
  else process.env.RADAR_TOKEN = saved.token;
  fs.rmSync(tmp, { recursive: true, force: true });
});

// Parameters no stored object has, and a body that is not JSON: a handler that gets past the
// token check answers 4xx without changing anything (and a sync never starts).
const call = (h: WriteHandler, headers: Record<string, string>) => {
  tokenFailureLimiter().reset();
  return h.handler(new Request(`http://radar.test/${h.route}`, { method: h.method, headers: { "content-type": "application/json", ...headers }, body: "{not json" }), {
    params: Promise.resolve({ slug: "no-such-topic", id: "999999" }),
  });
};

describe("write routes", () => {
  // Wrong tokens are rate-limited per address (lib/auth/failure-limit.ts); each test starts afresh.
  beforeEach(() => tokenFailureLimiter().reset());

  it("are found on disk, including the known ones", () => {
    const found = handlers.map((h) => `${h.method} ${h.route}`);
    expect(found.length).toBeGreaterThanOrEqual(13);
    for (const known of [
      "POST api/sync/route.ts",
      "POST api/topics/route.ts",
      "PATCH api/topics/[slug]/route.ts",
      "POST api/topics/[slug]/archive/route.ts",
      "POST api/topics/[slug]/restore/route.ts",
      "POST api/topics/preview/route.ts",
      "POST api/marks/route.ts",
      "POST api/notes/route.ts",
      "POST api/reviews/route.ts",
      "DELETE api/reviews/[id]/route.ts",
    ]) {
      expect(found).toContain(known);
    }
  });

  it("refuse a request without a token or with a wrong one: 401 with a JSON error", async () => {
    for (const h of handlers) {
      const attempts: Record<string, string>[] = [{}, { Authorization: "Bearer wrong" }, { "X-Radar-Token": `${TOKEN}x` }];
      for (const headers of attempts) {
        const res = await call(h, headers);
        expect(res.status, `${h.method} ${h.route} with ${JSON.stringify(headers)}`).toBe(401);
        expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
        const body = (await res.json()) as { error?: unknown };
        expect(typeof body.error).toBe("string");
      }
    }
  });

  it("let the right token through, in either header", async () => {
    for (const h of handlers) {
      const attempts: Record<string, string>[] = [{ Authorization: `Bearer ${TOKEN}` }, { "X-Radar-Token": TOKEN }];
      for (const headers of attempts) {
        const res = await call(h, headers);
        expect(res.status, `${h.method} ${h.route}`).not.toBe(401);
        expect(res.status, `${h.method} ${h.route}`).toBeLessThan(500);
      }
    }
  });

  it("refuse a post from another origin or site with 403 and the JSON error shape, even with the right token", async () => {
    for (const h of handlers) {
      for (const headers of <Record<string, string>[]>[
        { origin: "https://evil.example", "sec-fetch-site": "cross-site", Authorization: `Bearer ${TOKEN}`, host: "radar.test" },
        { origin: "https://evil.example", Authorization: `Bearer ${TOKEN}`, host: "radar.test" },
      ]) {
        const res = await call(h, headers);
        expect(res.status, `${h.method} ${h.route}`).toBe(403);
        const body = (await res.json()) as { error?: unknown };
        expect(typeof body.error).toBe("string");
      }
    }
  });

  it("refuse a text/plain body with 415 (a no-cors fetch from a foreign page)", async () => {
    for (const h of handlers) {
      const res = await h.handler(
        new Request(`http://radar.test/${h.route}`, { method: h.method, headers: { Authorization: `Bearer ${TOKEN}` }, body: '{"query":"ti:x"}' }),
        { params: Promise.resolve({ slug: "data", id: "1" }) },
      );
      expect(res.status, `${h.method} ${h.route}`).toBe(415);
    }
  });

  it("rate-limit wrong tokens per address: 429 with Retry-After after a burst", async () => {
    const h = handlers.find((x) => x.route === "api/auth/check/route.ts")!;
    const guess = () =>
      h.handler(new Request("http://radar.test/api/auth/check", { method: "POST", headers: { "x-radar-token": "guess", "x-forwarded-for": "203.0.113.7" } }), {
        params: Promise.resolve({}),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await guess()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await guess();
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not held up.
    const other = await h.handler(
      new Request("http://radar.test/api/auth/check", { method: "POST", headers: { "x-radar-token": TOKEN, "x-forwarded-for": "203.0.113.8" } }),
      { params: Promise.resolve({}) },
    );
    expect(other.status).toBe(200);
  });
});
