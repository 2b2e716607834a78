// The JSON API of reviews, marks, notes, exports, feeds and topic editing, called through the
// route handlers the way Next calls them, on a temporary store: the contract the UI codes against.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { startSimulator, type RunningSimulator } from "@/lib/simulator/server";
import { getDb } from "@/lib/store/server";
import { ensureQueryVersion, putMonthlyCount, putTopicPapers, recordHarvestSlice } from "@/lib/store";
import { getTopic } from "@/lib/topics/registry";
import { addMonths, currentMonth, parseMonthKey } from "@/lib/calendar/months";
import { makePaper } from "@/lib/testing/papers";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "radar-api-"));
const savedEnv = { ...process.env };
let sim: RunningSimulator;

async function route(file: string): Promise<Record<string, Handler>> {
  return (await import(`@/app/${file}/route`)) as Record<string, Handler>;
}

async function call(
  file: string,
  method: string,
  init: { url?: string; body?: unknown; params?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const handler = (await route(file))[method];
  if (!handler) throw new Error(`${method} ${file} is not exported`);
  const req = new Request(init.url ?? `http://radar.test/${file}`, {
    method,
    headers: { "Content-Type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const res = await handler(req, { params: Promise.resolve(init.params ?? {}) });
  return res;
}

async function json(res: Response): Promise<any> {
  return res.json();
}

const FETCHED = new Date(Date.now() - 3_600_000);
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
const shared = makePaper("2504.00100", day(2), { title: "A paper of two topics" });

beforeAll(async () => {
  process.env.RADAR_DB = path.join(tmp, "radar.db");
  delete process.env.RADAR_TOKEN;
  sim = await startSimulator({ now: new Date(), faults: {}, enforceIntervalMs: 0 });
  Object.assign(process.env, {
    ARXIV_API_URL: `${sim.url}/api/query`,
    ARXIV_MIN_INTERVAL_MS: "0",
    ARXIV_RETRY_BASE_MS: "0",
    ARXIV_MAX_RETRIES: "1",
  });
  const db = getDb();
  for (const [slug, papers] of [
    ["data", [shared, makePaper("2504.00101", day(3)), makePaper("2504.00090", day(40))]],
    ["dialogue", [shared, makePaper("2504.00102", day(1))]],
  ] as const) {
    const version = ensureQueryVersion(db, slug, getTopic(db, slug)!.query);
    putTopicPapers(db, slug, version, [...papers], FETCHED);
    putMonthlyCount(db, { slug, queryVersion: version }, parseMonthKey("2025-01"), 7, FETCHED);
  }
  // The index listed the last two months; "data" was computed from it, "dialogue" not yet.
  for (const month of [addMonths(currentMonth(), -1), currentMonth()]) {
    const start = `${month}-01T00:00:00.000Z`;
    recordHarvestSlice(db, { month, scopeKey: "k", from: start, to: month === currentMonth() ? FETCHED.toISOString() : `${currentMonth()}-01T00:00:00.000Z`, complete: true, settles: false, requests: 1, at: FETCHED }, start);
  }
  db.prepare("INSERT INTO topic_index_versions (slug, query_version, computed_at) VALUES ('data', 1, ?)").run(FETCHED.toISOString());
});

afterAll(async () => {
  await sim.close();
  const g = globalThis as { __radarDb?: { close(): void } };
  g.__radarDb?.close();
  delete g.__radarDb;
  process.env = savedEnv;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("auth", () => {
  it("says whether a token is needed", async () => {
    expect(await json(await call("api/auth", "GET"))).toEqual({ required: false });
    expect(await json(await call("api/auth/check", "POST"))).toEqual({ ok: true, required: false });
  });
});

describe("review, marks, notes, saved reviews", () => {
  const live = "http://radar.test/api/reviews/live?topics=data,dialogue";

  it("lists the period's papers once each, with coverage", async () => {
    const res = await call("api/reviews/live", "GET", { url: live });
    expect(res.status).toBe(200);
    const review = await json(res);
    expect(review.periodSource).toBe("last-7-days");
    expect(review.topics.map((t: { slug: string }) => t.slug)).toEqual(["data", "dialogue"]);
    const papers = review.groups.flatMap((g: { papers: unknown[] }) => g.papers);
    expect(papers.map((p: { paper: { id: string } }) => p.paper.id).sort()).toEqual(["2504.00100", "2504.00101", "2504.00102"]);
    expect(papers.find((p: { paper: { id: string } }) => p.paper.id === shared.id).topics).toEqual(["data", "dialogue"]);
    expect(review.coverage).toEqual([
      expect.objectContaining({ slug: "data", complete: true }),
      expect.objectContaining({ slug: "dialogue", complete: false, warning: expect.stringMatching(/not been harvested for this topic's current query/) }),
    ]);
  });

  it("refuses bad parameters with a 400 that says why", async () => {
    const res = await call("api/reviews/live", "GET", { url: `${live}&from=2025-02-31` });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatch(/from: 2025-02-31 is not a real date/);
    // Unknown topics are a 404 wherever they are named (a list or one slug), with the slugs in the message.
    const unknown = await call("api/reviews/live", "GET", { url: "http://radar.test/api/reviews/live?topics=nope" });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error).toBe("unknown topic: nope");
  });

  it("marks and annotates papers, checking names and lengths", async () => {
    const marked = await call("api/marks", "POST", { body: { paperId: shared.id, mark: "shortlisted", reviewer: " Ann " } });
    expect(marked.status).toBe(200);
    expect(await json(marked)).toMatchObject({ paperId: shared.id, mark: { mark: "shortlisted", markedBy: "Ann" }, notes: [] });
    const noted = await json(await call("api/notes", "POST", { body: { paperId: shared.id, reviewer: "Bo", text: "Worth a talk." } }));
    expect(noted.notes).toEqual([expect.objectContaining({ reviewer: "Bo", text: "Worth a talk." })]);

    const tooLong = await call("api/notes", "POST", { body: { paperId: shared.id, reviewer: "Bo", text: "x".repeat(2001) } });
    expect(tooLong.status).toBe(400);
    expect((await json(tooLong)).error).toMatch(/at most 2000 characters/);
    const badName = await call("api/marks", "POST", { body: { paperId: shared.id, mark: "read", reviewer: "Ann\u0000" } });
    expect((await json(badName)).error).toMatch(/control characters/);
    const unknownPaper = await call("api/marks", "POST", { body: { paperId: "2504.99999", mark: "read", reviewer: "Ann" } });
    expect(unknownPaper.status).toBe(404);
    const badId = await call("api/marks", "POST", { body: { paperId: "../etc", mark: "read", reviewer: "Ann" } });
    expect(badId.status).toBe(400);

    const read = await json(await call("api/marks", "GET", { url: `http://radar.test/api/marks?ids=${shared.id},2504.00101` }));
    expect(read.papers.map((p: { mark: { mark: string } | null }) => p.mark?.mark ?? null)).toEqual(["shortlisted", null]);
  });

  it("saves a review, lists it, reopens it as it was, exports it and deletes it", async () => {
    const current = await json(await call("api/reviews/live", "GET", { url: live }));
    const saved = await call("api/reviews", "POST", {
      body: { title: "Weekly review", savedBy: "Ann", from: current.period.from, to: current.period.to, topics: ["data", "dialogue"], group: "date" },
    });
    expect(saved.status).toBe(201);
    const review = await json(saved);
    expect(review).toMatchObject({ title: "Weekly review", grouping: "date", paperCount: 3, shortlistedCount: 1, period: current.period });

    await call("api/marks", "POST", { body: { paperId: shared.id, mark: null, reviewer: "Bo" } });
    const list = await json(await call("api/reviews", "GET"));
    expect(list.reviews.map((r: { id: number }) => r.id)).toEqual([review.id]);
    const reopened = await json(await call("api/reviews/[id]", "GET", { params: { id: String(review.id) } }));
    const paper = reopened.groups.flatMap((g: { papers: unknown[] }) => g.papers).find((p: { paper: { id: string } }) => p.paper.id === shared.id);
    expect(paper.mark.mark).toBe("shortlisted");
    expect(paper.current.mark).toBeNull();

    // (An hour ahead: a review opened within the second the last one was saved still has "now"
    // inside that review's period and falls back to the last 7 days.)
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const next = await json(await call("api/reviews/live", "GET", { url: `${live}&to=${later}` }));
    expect(next.periodSource).toBe("since-last-review");
    expect(next.period.from).toBe(current.period.to);

    const exports = {
      bibtex: "application/x-bibtex",
      csv: "text/csv",
      markdown: "text/markdown",
    } as const;
    for (const [format, type] of Object.entries(exports)) {
      const res = await call("api/reviews/[id]/export", "GET", {
        url: `http://radar.test/api/reviews/${review.id}/export?format=${format}`,
        params: { id: String(review.id) },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toContain(type);
      expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="review-\d+-/);
      const body = await res.text();
      if (format === "markdown") expect(body).toContain("## Shortlisted papers\n\n### [A paper of two topics]");
      if (format === "bibtex") expect(body.match(/@misc\{/g)).toHaveLength(3);
    }
    const liveMd = await call("api/reviews/live/export", "GET", { url: `${live}&format=markdown&title=Draft` });
    expect(await liveMd.text()).toMatch(/^# Draft\n/);

    expect((await call("api/reviews/[id]", "DELETE", { params: { id: String(review.id) } })).status).toBe(200);
    expect((await call("api/reviews/[id]", "GET", { params: { id: String(review.id) } })).status).toBe(404);
    expect((await call("api/reviews/[id]", "GET", { params: { id: "abc" } })).status).toBe(404);
  });
});

describe("exports and feeds", () => {
  it("exports counts as CSV and a topic's papers as BibTeX or CSV", async () => {
    const counts = await call("api/exports/counts", "GET", { url: "http://radar.test/api/exports/counts?topics=data&from=2025-01&to=2025-02" });
    expect(await counts.text()).toMatch(/^topic,topic_name,query_version,month,count,month_closed,fetched_at,query\r\ndata,Data,1,2025-01,7,true,/);
    const bib = await call("api/topics/[slug]/export", "GET", { url: "http://radar.test/x?format=bibtex", params: { slug: "data" } });
    expect((await bib.text()).match(/@misc\{/g)).toHaveLength(3);
    const bad = await call("api/topics/[slug]/export", "GET", { url: "http://radar.test/x?format=pdf", params: { slug: "data" } });
    expect(bad.status).toBe(400);
    // bom=1: a UTF-8 byte-order mark first (for Excel), on every CSV export; none by default.
    const withBom = async (file: string, url: string, params?: Record<string, string>) =>
      new Uint8Array(await (await call(file, "GET", { url, params })).arrayBuffer()).slice(0, 3).join(",");
    expect(await withBom("api/exports/counts", "http://radar.test/x?topics=data&bom=1")).toBe("239,187,191");
    expect(await withBom("api/topics/[slug]/export", "http://radar.test/x?format=csv&bom=1", { slug: "data" })).toBe("239,187,191");
    expect(await withBom("api/topics/[slug]/export", "http://radar.test/x?format=csv", { slug: "data" })).not.toBe("239,187,191");
    expect((await call("api/exports/counts", "GET", { url: "http://radar.test/x?bom=yes" })).status).toBe(400);
  });

  it("serves Atom per topic and for a list of topics", async () => {
    const one = await call("topics/[slug]/feed.xml", "GET", { url: "http://radar.test/topics/data/feed.xml", params: { slug: "data" } });
    expect(one.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const doc = new DOMParser().parseFromString(await one.text(), "application/xml");
    expect(doc.documentElement!.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").length).toBe(3);
    // The links name the host the reader asked for (Next's own req.url says localhost), ...
    const many = await call("feed.xml", "GET", { url: "http://localhost:3000/feed.xml?topics=data,dialogue", headers: { host: "radar.test" } });
    const text = await many.text();
    expect(text.match(/<entry>/g)).toHaveLength(4);
    expect(text).toContain('<link rel="self" type="application/atom+xml" href="http://radar.test/feed.xml?topics=data,dialogue"/>');
    expect(text).not.toContain("localhost");
    // ... or RADAR_PUBLIC_URL when set.
    process.env.RADAR_PUBLIC_URL = "https://radar.example.org";
    try {
      const pub = await (await call("feed.xml", "GET", { url: "http://localhost:3000/feed.xml", headers: { host: "radar.test" } })).text();
      expect(pub).toContain('<link rel="self" type="application/atom+xml" href="https://radar.example.org/feed.xml"/>');
      expect(pub).toContain('<link rel="alternate" type="text/html" href="https://radar.example.org/"/>');
    } finally {
      delete process.env.RADAR_PUBLIC_URL;
    }
    expect((await call("feed.xml", "GET", { url: "http://radar.test/feed.xml?topics=nope" })).status).toBe(404);
    expect((await call("topics/[slug]/feed.xml", "GET", { url: "http://radar.test/x", params: { slug: "baseline-cs" } })).status).toBe(404);
  });
});

describe("topic editing", () => {
  it("checks a query without asking arXiv", async () => {
    expect(await json(await call("api/topics/check", "POST", { body: { query: "ti:dialogue" } }))).toEqual({
      ok: true,
      canonical: "ti:dialogue",
      description: "title mentions dialogue",
    });
    const bad = await json(await call("api/topics/check", "POST", { body: { query: "ti:dialogue OR" } }));
    expect(bad).toMatchObject({ ok: false, reason: expect.any(String), position: expect.any(Number) });
  });

  it("previews a draft query's history from the index, without asking arXiv", async () => {
    sim.clearLog();
    const ok = await call("api/topics/preview", "POST", { body: { query: "ti:paper" } });
    expect(ok.status).toBe(200);
    const preview = await json(ok);
    expect(preview).toMatchObject({ query: "ti:paper", scopeWarning: null, lastFullMonth: { month: addMonths(currentMonth(), -1) } });
    expect(preview.months).toHaveLength(24);
    expect(preview.months.filter((m: { count: number | null }) => m.count === null)).toHaveLength(23);
    const syntax = await call("api/topics/preview", "POST", { body: { query: "ti:(" } });
    expect(syntax.status).toBe(400);
    expect((await json(syntax)).details).toEqual({ issues: [{ path: "query", message: expect.any(String), reason: expect.any(String), position: expect.any(Number) }] });
    const outside = await json(await call("api/topics/preview", "POST", { body: { query: "cat:math.OC" } }));
    expect(outside.scopeWarning).toMatch(/math\.OC is outside the harvested scope/);
    expect(sim.log()).toEqual([]);
  });

  it("refuses a custom topic whose query names a category outside the scope, saying how to add it", async () => {
    const res = await call("api/topics", "POST", { body: { name: "Optimisation", part: "custom", description: "d", query: "cat:math.OC AND ti:llm" } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await json(res))).toMatch(/math\.OC is outside the harvested scope.*data\/scope\.json/);
  });

  it("creates, edits (new query version), archives and unarchives a custom topic; protects the 16", async () => {
    const created = await call("api/topics", "POST", {
      body: { name: "Tool Use", part: "custom", description: "Models calling tools.", query: 'abs:"tool use" OR abs:"function calling"' },
    });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ topic: { slug: "tool-use", origin: "custom", queryVersion: 1 }, queryVersion: { current: 1, changed: true } });

    const invalid = await call("api/topics", "POST", { body: { name: "Broken", part: "custom", description: "d", query: "abs:(tool" } });
    expect(invalid.status).toBe(400);
    const issue = (await json(invalid)).details.issues.find((i: { path: string }) => i.path === "query");
    expect(issue).toMatchObject({ reason: expect.any(String), position: expect.any(Number) });
    expect((await call("api/topics", "POST", { body: { name: "Tool use", part: "custom", description: "d", query: "ti:x" } })).status).toBe(409);

    const edited = await json(await call("api/topics/[slug]", "PATCH", { params: { slug: "tool-use" }, body: { query: 'abs:"tool use"' } }));
    expect(edited.queryVersion).toEqual({ previous: 1, current: 2, changed: true });
    const one = await json(await call("api/topics/[slug]", "GET", { params: { slug: "tool-use" } }));
    expect(one.queryVersions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

    expect((await json(await call("api/topics/[slug]/archive", "POST", { params: { slug: "tool-use" } }))).topic.archived).toBe(true);
    expect((await json(await call("api/topics/[slug]/unarchive", "POST", { params: { slug: "tool-use" } }))).topic.archived).toBe(false);
    expect((await call("api/topics/[slug]/restore", "POST", { params: { slug: "tool-use" } })).status).toBe(409);

    const refused = await call("api/topics/[slug]/archive", "POST", { params: { slug: "data" } });
    expect(refused.status).toBe(409);
    expect((await json(refused)).error).toMatch(/roadmap's 16 topics/);
    const roadmap = await json(await call("api/topics/[slug]", "PATCH", { params: { slug: "governance" }, body: { query: "ti:governance" } }));
    expect(roadmap.topic).toMatchObject({ edited: true, query: "ti:governance" });
    const restored = await json(await call("api/topics/[slug]/restore", "POST", { params: { slug: "governance" } }));
    expect(restored.topic.edited).toBe(false);
    const list = await json(await call("api/topics", "GET"));
    expect(list.topics.filter((t: { origin: string }) => t.origin === "roadmap")).toHaveLength(16);
  });
});

describe("GET /api/audit", () => {
  it("answers the stored audit with agreement states and the tolerance", async () => {
    const empty = await json(await call("api/audit", "GET"));
    expect(empty).toMatchObject({ tolerance: 0.02, scope: [], topics: [], flagged: 0, lastAskedAt: null });
    const { putAuditCount } = await import("@/lib/store");
    const db = getDb();
    const at = FETCHED.toISOString();
    putAuditCount(db, { month: parseMonthKey("2025-01"), slug: "*", queryVersion: null, arxivTotal: 100, localCount: 90, askedAt: at, suspect: false });
    putAuditCount(db, { month: parseMonthKey("2025-01"), slug: "data", queryVersion: 1, arxivTotal: 50, localCount: 50, askedAt: at, suspect: false });
    const res = await call("api/audit", "GET");
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.scope).toEqual([{ month: "2025-01", arxivTotal: 100, localCount: 90, ratio: 0.9, state: "outside", askedAt: at, suspectAt: null }]);
    expect(body.topics).toEqual([{ slug: "data", name: expect.any(String), queryVersion: 1, cells: [expect.objectContaining({ ratio: 1, state: "agrees" })] }]);
    expect(body.flagged).toBe(1);
    expect(body.lastAskedAt).toBe(at);
  });
});
