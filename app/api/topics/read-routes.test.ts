// The read API of issue 2 (counts and papers): bad input gets a 4xx that says what was wrong,
// never a 500, and good input gets exactly the cached numbers with unknown months as null.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/store/server";
import { ensureQueryVersion, putMonthlyCount } from "@/lib/store";
import { findTopic } from "@/lib/topics/catalog";
import { parseMonthKey } from "@/lib/calendar/months";

type Handler = (req: Request, ctx: { params: Promise<{ slug: string }> }) => Promise<Response>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "radar-read-"));
const savedDb = process.env.RADAR_DB;

async function get(kind: "counts" | "papers", slug: string, query: string): Promise<Response> {
  const mod = (await import(`@/app/api/topics/[slug]/${kind}/route`)) as { GET: Handler };
  return mod.GET(new Request(`http://radar.test/api/topics/${slug}/${kind}?${query}`), { params: Promise.resolve({ slug }) });
}

beforeAll(() => {
  process.env.RADAR_DB = path.join(tmp, "radar.db");
  const db = getDb();
  const topic = findTopic("dialogue")!;
  const version = ensureQueryVersion(db, topic.slug, topic.query);
  putMonthlyCount(db, { slug: "dialogue", queryVersion: version }, parseMonthKey("2026-02"), 41, new Date("2026-03-20T00:00:00Z"));
});
afterAll(() => {
  process.env.RADAR_DB = savedDb;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("GET /api/topics/{slug}/counts", () => {
  it("returns every month of the range, null where nothing is cached", async () => {
    const res = await get("counts", "dialogue", "from=2026-01&to=2026-03");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      slug: "dialogue",
      queryVersion: 1,
      months: [
        { month: "2026-01", count: null, fetchedAt: null },
        { month: "2026-02", count: 41, fetchedAt: "2026-03-20T00:00:00.000Z" },
        { month: "2026-03", count: null, fetchedAt: null },
      ],
    });
  });

  it.each([
    ["from=2026-13", /from/],
    ["from=2026-1&to=2026-02", /from/],
    ["from=2026-05&to=2026-01", /after/],
    ["from=1991-01&to=2100-01", /longer than/],
    ["to=0001-01", /1991/],
    ["from=1900-01&to=2026-01", /1991/],
    ["to=9999-12", /1991/],
    ["to=tomorrow", /to/],
    ["month=2026-01", /month/],
  ])("refuses %s with a 400 that says why", async (query, why) => {
    const res = await get("counts", "dialogue", query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatch(why);
    // The same shape as a refused body: { error, details: { issues: [{ path, message }] } }.
    expect(body.details.issues[0]).toEqual({ path: expect.any(String), message: expect.any(String) });
  });

  it("answers 404 for an unknown topic", async () => {
    expect((await get("counts", "no-such-topic", "")).status).toBe(404);
    expect((await get("counts", "../../etc", "")).status).toBe(404);
  });
});

describe("GET /api/topics/{slug}/papers", () => {
  it.each([["limit=0"], ["limit=abc"], ["limit=201"], ["offset=-1"], ["category=cs CL"], [`q=${"x".repeat(201)}`], ["sort=new"]])(
    "refuses %s with a 400",
    async (query) => {
      const res = await get("papers", "dialogue", query);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(/invalid parameters/);
    },
  );

  it("never answers 500, whatever the query string", async () => {
    const junk = ["limit=%00", "from=%FF%FE", "q=%F0%9F%98%80", "category=cs.CL&category=cs.AI", "limit=1e3", "offset=9".repeat(20)];
    for (const q of junk) {
      for (const kind of ["counts", "papers"] as const) {
        const res = await get(kind, "dialogue", q);
        expect(res.status, `${kind}?${q}`).toBeLessThan(500);
      }
    }
  });
});
