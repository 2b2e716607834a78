// Fuzz of every route handler on disk (API routes and feeds; a route added later is fuzzed too):
// malformed paths, parameters, bodies, headers and methods, sent the way Next sends them
// (through proxy.ts, then the route's export for the method). No answer may be 500 or more,
// and every refusal is the JSON error shape. Seeded and of fixed size: the same cases each run.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/store/server";
import { ensureQueryVersion, putMonthlyCount, putTopicPapers } from "@/lib/store";
import { getTopic } from "@/lib/topics/registry";
import { parseMonthKey } from "@/lib/calendar/months";
import { makePaper } from "@/lib/testing/papers";
import { tokenFailureLimiter } from "@/lib/auth/failure-limit";
import { refuseRequest } from "@/lib/security/request-guard";
import { proxy } from "@/proxy";

// The fuzz is about the HTTP edge: a sync or an arXiv request started by a valid body is faked.
vi.mock("@/lib/sync/service", () => ({
  startBackgroundSync: () => ({ id: 1, status: "running", startedAt: new Date().toISOString() }),
  scheduleInfo: () => ({ enabled: false, hourUtc: 4, nextRunAt: null }),
}));
vi.mock("@/lib/topics/preview", () => ({
  previewLastFullMonth: async (_c: unknown, query: string) => ({ query, month: "2025-01", count: 1 }),
}));

const APP_DIR = path.resolve(import.meta.dirname, "..");
const CASES = 700;

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Route {
  file: string;
  /** URL template: /api/topics/[slug]/counts */
  template: string;
  params: string[];
  module: Record<string, unknown>;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : routeFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

/** mulberry32: small, seeded, good enough to pick cases. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENTS = ["data", "dialogue", "1", "999999", "%ff", "%", "%zz", "%2e%2e", "..", "a".repeat(300), "x".repeat(5000), "-", "0", "-1", "9".repeat(40), "%00", "<script>", "é", "%E2%80%AE", "baseline-cs", "nope"];
const PARAM_KEYS = ["from", "to", "limit", "offset", "q", "category", "topics", "format", "ids", "group", "title", "bom", "__proto__", "constructor", "x"];
const PARAM_VALUES = ["", "0", "-1", "1e309", "NaN", "2025-01", "0001-01", "9999-12", "2025-13", "2025-04-01", "abc", "%ff", "%", "csv", "bibtex", "markdown", "data,dialogue", ",,,", "a".repeat(2000), "2504.00100", "\u0000", "'; DROP TABLE papers; --", "1", "date"];
const BODIES: (string | Uint8Array | null)[] = [
  null,
  "",
  "{",
  "null",
  "[]",
  "0",
  '"x"',
  "{}",
  '{"query":"ti:x"}',
  '{"query":"ti:("}',
  '{"paperId":"2504.00100","mark":"read","reviewer":"Ann"}',
  '{"paperId":"2504.00100","reviewer":"Ann","text":"' + "n".repeat(3000) + '"}',
  '{"title":"T","topics":["data"],"from":"2025-01-01","to":"2025-01-31"}',
  '{"name":"' + "N".repeat(500) + '","part":"custom","description":"d","query":"ti:x"}',
  '{"__proto__":{"polluted":1}}',
  "[".repeat(5000) + "]".repeat(5000),
  '{"a":' + "1".repeat(400) + "}",
  "x".repeat(70 * 1024),
  new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]),
];
const TYPES = [undefined, "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx"];
const METHODS = ["GET", "GET", "HEAD", "POST", "POST", "PATCH", "DELETE", "OPTIONS", "PUT", "PROPFIND", "TRACE", "CONNECT", "get"];

const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "radar-fuzz-"));
const savedEnv = { ...process.env };
const routes: Route[] = [];

beforeAll(async () => {
  process.env.RADAR_DB = path.join(tmp, "radar.db");
  delete process.env.RADAR_TOKEN;
  delete process.env.RADAR_PUBLIC_URL;
  const db = getDb();
  const data = getTopic(db, "data")!;
  const v = ensureQueryVersion(db, "data", data.query);
  putMonthlyCount(db, { slug: "data", queryVersion: v }, parseMonthKey("2025-01"), 12, new Date());
  putTopicPapers(db, "data", v, [makePaper("2504.00100", new Date(Date.now() - 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"))], new Date());
  for (const file of routeFiles(APP_DIR)) {
    const rel = path.relative(APP_DIR, path.dirname(file)).split(path.sep).join("/");
    routes.push({
      file: path.relative(APP_DIR, file),
      template: `/${rel}`,
      params: [...rel.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!),
      module: (await import(file)) as Record<string, unknown>,
    });
  }
});

afterAll(() => {
  const g = globalThis as { __radarDb?: { close(): void } };
  g.__radarDb?.close();
  delete g.__radarDb;
  process.env = savedEnv;
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Case {
  route: Route;
  method: string;
  segments: Record<string, string>;
  query: string;
  body: string | Uint8Array | null;
  headers: Record<string, string>;
}

function makeCase(r: () => number): Case {
  const route = pick(r, routes);
  const segments = Object.fromEntries(route.params.map((p) => [p, pick(r, SEGMENTS)]));
  const pairs = Array.from({ length: Math.floor(r() * 4) }, () => `${pick(r, PARAM_KEYS)}=${pick(r, PARAM_VALUES)}`);
  const headers: Record<string, string> = { host: "radar.test" };
  const type = pick(r, TYPES);
  if (type) headers["content-type"] = type;
  if (r() < 0.15) headers.origin = pick(r, ["https://evil.example", "null", "http://radar.test", "%ff"]);
  if (r() < 0.15) headers["sec-fetch-site"] = pick(r, ["cross-site", "same-site", "same-origin", "none", "bogus"]);
  if (r() < 0.1) headers["content-length"] = pick(r, ["0", "99999999999", "-5", "abc"]);
  if (r() < 0.1) headers.authorization = pick(r, ["Bearer x", "Bearer", "Basic Zm9v", "Bearer " + "t".repeat(5000)]);
  // Mostly the methods the route has, so that most cases reach a handler.
  const own = ["GET", "POST", "PATCH", "DELETE"].filter((m) => typeof route.module[m] === "function");
  const method = r() < 0.75 ? pick(r, own) : pick(r, METHODS);
  return { route, method, segments, query: pairs.join("&"), body: pick(r, BODIES), headers };
}

/** What Next does with a request: proxy.ts, then the route's export for the method (405 when none). */
async function send(c: Case, throughProxy: boolean): Promise<Response> {
  const urlPath = c.route.template.replace(/\[(\w+)\]/g, (_m, p: string) => c.segments[p]!);
  const url = `http://radar.test${urlPath}${c.query ? `?${c.query}` : ""}`;
  const method = c.method.toUpperCase();
  const hasBody = c.body !== null && !["GET", "HEAD"].includes(method);
  const headers = new Headers(c.headers);
  if (hasBody && !headers.has("content-length")) headers.set("content-length", String(typeof c.body === "string" ? Buffer.byteLength(c.body) : c.body!.byteLength));
  if (!hasBody && headers.get("content-length") !== null) headers.delete("content-length");
  // The fetch standard cannot even build TRACE/CONNECT requests; the HTTP server's guard answers
  // them (lib/security/http-methods.ts, tested apart). Here the proxy's rule must refuse them too.
  if (["TRACE", "CONNECT", "TRACK"].includes(method)) {
    const refusal = refuseRequest({ method, url, headers }, null);
    return Response.json({ error: refusal?.error ?? "not refused" }, { status: refusal?.status ?? 599 });
  }
  const init = { method, headers, body: hasBody ? (c.body as BodyInit) : undefined };
  const viaProxy = await proxy(new NextRequest(url, init));
  if (throughProxy && !viaProxy.headers.get("x-middleware-next")) return viaProxy;
  const handler = c.route.module[method === "HEAD" ? "GET" : method];
  if (method === "OPTIONS" && typeof handler !== "function") return new Response(null, { status: 204 });
  if (typeof handler !== "function") return new Response(null, { status: 405 });
  // Next hands handlers the decoded segments: an undecodable one never gets here (the proxy's
  // 400), but handlers must cope with the raw text too.
  const decoded = Object.fromEntries(
    Object.entries(c.segments).map(([k, v]) => {
      try {
        return [k, decodeURIComponent(v)];
      } catch {
        return [k, v];
      }
    }),
  );
  return (handler as Handler)(new Request(url, init), { params: Promise.resolve(decoded) });
}

describe("fuzz of every route", () => {
  it("finds the routes on disk", () => {
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(routes.map((r) => r.template)).toEqual(expect.arrayContaining(["/api/topics/[slug]/counts", "/topics/[slug]/feed.xml", "/api/reviews/[id]"]));
  });

  it.each([
    ["through proxy.ts", true],
    ["by the handlers alone", false],
  ])(`answers ${CASES} malformed requests without a 5xx, refusals in the JSON error shape (%s)`, async (_how, throughProxy) => {
    const r = rng(20261203);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < CASES; i++) {
      tokenFailureLimiter().reset();
      const c = makeCase(r);
      const label = `#${i} ${c.method} ${c.route.template} ${JSON.stringify(c.segments).slice(0, 80)} ?${c.query.slice(0, 80)} body=${String(c.body).slice(0, 40)} ${JSON.stringify(c.headers).slice(0, 120)}`;
      let res: Response;
      try {
        res = await send(c, throughProxy);
      } catch (e) {
        failures.push(`${label} threw ${String(e)}`);
        continue;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failures.push(`${label} → ${res.status} ${(await res.text()).slice(0, 200)}`);
      else if (res.status >= 400 && res.status !== 405 && c.method.toUpperCase() !== "HEAD") {
        const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
        if (typeof body?.error !== "string") failures.push(`${label} → ${res.status} without a JSON error`);
      }
    }
    expect(failures).toEqual([]);
    // The cases reached the handlers, not only the proxy's refusals.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(20);
  });

  it("answers the probes of the report: 4xx on every malformed path, TRACE refused", async () => {
    const probes: [string, string][] = [
      ["GET", "/api/topics/%ff/counts"],
      ["GET", "/topics/%ff"],
      ["GET", "/reviews/%"],
      ["DELETE", "/api/reviews/%ff"],
      ["PATCH", "/api/topics/%ff"],
      ["GET", "/topics/%zz/feed.xml"],
    ];
    for (const [method, p] of probes) {
      const res = await proxy(new NextRequest(`http://radar.test${p}`, { method, headers: { host: "radar.test" } }));
      expect(res.status, `${method} ${p}`).toBe(400);
    }
    expect(refuseRequest({ method: "TRACE", url: "http://radar.test/api/health", headers: new Headers() }, null)?.status).toBe(405);
  });
});
