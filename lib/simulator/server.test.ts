import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseAtomFeed } from "../arxiv/atom";
import { ArxivErrorFeedError, ArxivResponseError } from "../arxiv/errors";
import { submittedDateRange, type MonthKey } from "../calendar/months";
import { simulatedTotal } from "./model";
import { startSimulator, type RequestLogEntry, type RunningSimulator } from "./server";

const NOW = "2026-05-15T12:00:00Z";
const MONTH = submittedDateRange("2024-03" as MonthKey);
const TOPIC = 'abs:"language model"';
const COUNT_QUERY = `${TOPIC} AND submittedDate:[${MONTH.from} TO ${MONTH.to}]`;

let sim: RunningSimulator;

async function get(params: Record<string, string>, init?: RequestInit): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`${sim.url}/api/query?${new URLSearchParams(params)}`, init);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: await res.text() };
}

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sim.url}/_control/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
}

beforeAll(async () => {
  sim = await startSimulator({ now: NOW, faults: {}, enforceIntervalMs: 0 });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await control("DELETE", "faults");
  await control("DELETE", "log");
});

describe("simulated /api/query", () => {
  it("answers health checks", async () => {
    const res = await control("GET", "health");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });

  it("counts with max_results=1 exactly as simulatedTotal says", async () => {
    const { status, type, body } = await get({ search_query: COUNT_QUERY, max_results: "1" });
    expect(status).toBe(200);
    expect(type).toContain("application/atom+xml");
    const page = parseAtomFeed(body);
    expect(page.totalResults).toBe(simulatedTotal(TOPIC, MONTH, { now: new Date(NOW) }));
    expect(page.papers).toHaveLength(1);
  });

  it("fails a max_results of 0 with HTTP 500, like today's arXiv", async () => {
    expect((await get({ search_query: TOPIC, max_results: "0" })).status).toBe(500);
  });

  it.each([
    [{ max_results: "2001" }, "max_results must be less than or equal to 2000"],
    [{ start: "29000", max_results: "2000" }, "start + max_results must be less than or equal to 30000"],
    [{ start: "abc" }, "start must be an integer"],
    [{ max_results: "-3" }, "max_results must be non-negative"],
    [{ sortBy: "date" }, "sortBy must be in: relevance, lastUpdatedDate, submittedDate"],
    [{ search_query: "ti:llm and abs:agent" }, 'is not an operator'],
    [{ search_query: "", id_list: "abc" }, "incorrect id format for abc"],
  ])("answers %j with the error feed and HTTP 400", async (params, message) => {
    const { status, body } = await get({ search_query: TOPIC, ...params });
    expect(status).toBe(400);
    expect(() => parseAtomFeed(body)).toThrow(ArxivErrorFeedError);
    expect(body).toContain(message);
  });

  it("pages without gaps or overlaps, in submittedDate order both ways", async () => {
    const base = { search_query: COUNT_QUERY, sortBy: "submittedDate", sortOrder: "descending" };
    const whole = parseAtomFeed((await get({ ...base, max_results: "28" })).body).papers.map((p) => p.id);
    const pages: string[] = [];
    for (let start = 0; start < 28; start += 7) {
      const page = parseAtomFeed((await get({ ...base, start: String(start), max_results: "7" })).body);
      expect(page.startIndex).toBe(start);
      pages.push(...page.papers.map((p) => p.id));
    }
    expect(pages).toEqual(whole);
    expect(new Set(whole).size).toBe(28);
    const all = parseAtomFeed((await get({ ...base, max_results: "2000" })).body).papers;
    const dates = all.map((p) => p.published);
    expect(dates).toEqual([...dates].sort().reverse());
    const ascending = parseAtomFeed((await get({ ...base, sortOrder: "ascending", max_results: "2000" })).body).papers;
    expect(ascending.map((p) => p.id)).toEqual(all.map((p) => p.id).reverse());
  });

  it("sorts by lastUpdatedDate and by relevance", async () => {
    const updated = parseAtomFeed((await get({ search_query: COUNT_QUERY, sortBy: "lastUpdatedDate", max_results: "100" })).body);
    const u = updated.papers.map((p) => p.updated);
    expect(u).toEqual([...u].sort().reverse());
    const relevant = parseAtomFeed((await get({ search_query: COUNT_QUERY, max_results: "5" })).body);
    // Title hits weigh most: the top results carry the phrase in their title.
    for (const p of relevant.papers) expect(p.title.toLowerCase()).toMatch(/language model/);
  });

  it("answers a start beyond the last result with no entries and the true total", async () => {
    const total = simulatedTotal(TOPIC, MONTH, { now: new Date(NOW) });
    const page = parseAtomFeed((await get({ search_query: COUNT_QUERY, start: String(total + 5), max_results: "10" })).body);
    expect(page).toMatchObject({ totalResults: total, papers: [] });
  });

  it("looks papers up by id_list, in the order asked", async () => {
    const ids = parseAtomFeed((await get({ search_query: COUNT_QUERY, max_results: "3" })).body).papers.map((p) => p.id);
    const reversed = [...ids].reverse();
    const page = parseAtomFeed((await get({ id_list: `${reversed.join(",")},2403.99999` })).body);
    expect(page.totalResults).toBe(3);
    expect(page.papers.map((p) => p.id)).toEqual(reversed);
    const both = parseAtomFeed((await get({ search_query: "cat:nonexistent.XX", id_list: ids.join(",") })).body);
    expect(both.totalResults).toBe(0);
  });
});

describe("faults", () => {
  it("plays a script, one fault per request, then answers normally", async () => {
    const script = ["429", "503", "500", "empty", "truncated", "empty-page", "error-feed", "ok"];
    expect((await control("POST", "faults", { script })).status).toBe(200);
    const params = { search_query: COUNT_QUERY, start: "10", max_results: "5" };
    const r: { status: number; type: string; body: string }[] = [];
    for (let k = 0; k < script.length + 1; k++) r.push(await get(params));
    expect(r[0]).toMatchObject({ status: 429, body: "Rate exceeded." });
    expect(r[0]!.type).toContain("text/plain");
    expect(r[1]!.status).toBe(503);
    expect(r[2]!.status).toBe(500);
    expect(r[3]).toMatchObject({ status: 200, body: "" });
    expect(r[4]!.status).toBe(200);
    expect(() => parseAtomFeed(r[4]!.body)).toThrow(ArxivResponseError);
    expect(r[4]!.body.length).toBeLessThan(r[8]!.body.length);
    const emptyPage = parseAtomFeed(r[5]!.body);
    expect(emptyPage.papers).toHaveLength(0);
    expect(emptyPage.totalResults).toBe(simulatedTotal(TOPIC, MONTH, { now: new Date(NOW) }));
    expect(r[6]!.status).toBe(400);
    expect(() => parseAtomFeed(r[6]!.body)).toThrow(ArxivErrorFeedError);
    for (const ok of [r[7]!, r[8]!]) expect(parseAtomFeed(ok.body).papers).toHaveLength(5);
    const log: RequestLogEntry[] = await (await control("GET", "log")).json();
    expect(log.map((e) => e.fault)).toEqual([...script.slice(0, -1), null, null]);
    expect(log.map((e) => e.status)).toEqual([429, 503, 500, 200, 200, 200, 400, 200, 200]);
  });

  it("fails a seeded share of requests, the same ones every time", async () => {
    const run = async () => {
      await control("POST", "faults", { rate: 0.5, kinds: ["503", "429"], seed: 7 });
      const statuses: number[] = [];
      for (let k = 0; k < 20; k++) statuses.push((await get({ search_query: COUNT_QUERY, max_results: "1" })).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const failed = first.filter((s) => s !== 200);
    expect(failed.length).toBeGreaterThan(3);
    expect(failed.length).toBeLessThan(17);
    expect(new Set(failed)).toEqual(new Set([503, 429]));
  });

  it("hangs until the client gives up, and logs it", async () => {
    await control("POST", "faults", { script: ["hang"] });
    await expect(get({ search_query: COUNT_QUERY, max_results: "1" }, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    const after = await get({ search_query: COUNT_QUERY, max_results: "1" });
    expect(after.status).toBe(200);
    const [hung] = sim.log();
    expect(hung).toMatchObject({ fault: "hang", status: null, path: "/api/query" });
    expect(hung!.query.max_results).toBe("1");
  });

  it("refuses bad fault configurations", async () => {
    expect((await control("POST", "faults", { script: ["teapot"] })).status).toBe(400);
    expect((await control("POST", "faults", { rate: 2 })).status).toBe(400);
    expect(await (await control("GET", "faults")).json()).toMatchObject({ remainingScript: [], rate: 0 });
  });
});

describe("request log and clock", () => {
  it("records every API request with its time, parameters, status and fault", async () => {
    const before = Date.now();
    await get({ search_query: COUNT_QUERY, max_results: "1" });
    await get({ search_query: TOPIC, max_results: "0" });
    const log: RequestLogEntry[] = await (await control("GET", "log")).json();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ method: "GET", path: "/api/query", status: 200, fault: null });
    expect(log[0]!.query).toEqual({ search_query: COUNT_QUERY, max_results: "1" });
    expect(log[0]!.at).toBeGreaterThanOrEqual(before);
    expect(new Date(log[0]!.startedAt).getTime()).toBe(log[0]!.at);
    expect(log[0]!.finishedAt).toBeGreaterThanOrEqual(log[0]!.at);
    expect(log[1]!.status).toBe(500);
    await control("DELETE", "log");
    expect(await (await control("GET", "log")).json()).toEqual([]);
  });

  it("moves its clock on request", async () => {
    const later = submittedDateRange("2026-04" as MonthKey);
    const q = `${TOPIC} AND submittedDate:[${later.from} TO ${later.to}]`;
    expect(parseAtomFeed((await get({ search_query: q, max_results: "1" })).body).totalResults).toBeGreaterThan(0);
    await control("POST", "clock", { now: "2026-03-01T00:00:00Z" });
    expect(parseAtomFeed((await get({ search_query: q, max_results: "1" })).body).totalResults).toBe(0);
    await control("POST", "clock", { now: NOW });
  });
});

describe("simulator lifecycle", () => {
  it("enforces a minimum interval with 429 when asked to", async () => {
    const strict = await startSimulator({ now: NOW, faults: {}, enforceIntervalMs: 1000 });
    try {
      const url = `${strict.url}/api/query?search_query=${encodeURIComponent(COUNT_QUERY)}&max_results=1`;
      expect((await fetch(url)).status).toBe(200);
      const second = await fetch(url);
      expect(second.status).toBe(429);
      expect(await second.text()).toBe("Rate exceeded.");
      await new Promise((r) => setTimeout(r, 1050));
      expect((await fetch(url)).status).toBe(200);
      expect(strict.log().map((e) => e.fault)).toEqual([null, "rate-limit", null]);
    } finally {
      await strict.close();
    }
  });

  it("closes promptly even with a request hanging", async () => {
    const other = await startSimulator({ now: NOW, faults: { script: ["hang"] } });
    const pending = fetch(`${other.url}/api/query?search_query=all:x&max_results=1`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    const t = performance.now();
    await other.close();
    expect(performance.now() - t).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it("answers at the scale it was started with, and refuses a bad one before listening", async () => {
    const small = await startSimulator({ now: NOW, faults: {}, scale: 0.02 });
    try {
      expect(small.scale).toBe(0.02);
      const url = `${small.url}/api/query?search_query=${encodeURIComponent(COUNT_QUERY)}&max_results=1`;
      const total = parseAtomFeed(await (await fetch(url)).text()).totalResults;
      expect(total).toBe(simulatedTotal(TOPIC, MONTH, { now: new Date(NOW), scale: 0.02 }));
      expect(total).toBeLessThan(simulatedTotal(TOPIC, MONTH, { now: new Date(NOW), scale: 1 }) * 0.05);
    } finally {
      await small.close();
    }
    await expect(startSimulator({ now: NOW, scale: 0 })).rejects.toThrow(/not a positive number/);
  });
});
