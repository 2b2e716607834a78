import { describe, expect, it } from "vitest";
import { openDb, getMonthlyCounts, latestSyncRun, listSyncFailures, listIndexMonths, recomputeTopic, type Db } from "../store";
import { parseMonthKey, type MonthKey } from "../calendar/months";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import type { QueryNode } from "../arxiv/query-ast";
import type { Paper, ResultPage } from "../arxiv/paper";
import type { Topic } from "../topics/catalog";
import { ArxivUnavailableError } from "../arxiv/errors";
import { makeScope } from "../index/scope";
import { makePaper } from "../testing/papers";
import { runSync, type PublicationSource } from "./run";
import { planHarvest, sliceDateRange } from "./harvest-plan";

const m = parseMonthKey;
const policy = { maxAgeMs: 24 * 3_600_000, settleMs: 7 * 86_400_000 };
const NOW = new Date("2026-11-27T08:00:00Z");
const scope = makeScope(["cs.CL", "cs.AI"], "RADAR_SCOPE");

function topic(slug: string, query: string, part: Topic["part"] = "models"): Topic {
  const queryNode = parseTopicQuery(query);
  return { slug, name: slug, part, description: "", query: renderQuery(queryNode), queryNode, queryNotes: "" };
}

/** Papers every ~`everyHours` from 2026-06 to NOW, alternating "alpha"/"beta" titles; some out of scope. */
function world(everyHours = 9): Paper[] {
  const out: Paper[] = [];
  let n = 0;
  for (let t = Date.parse("2026-06-01T00:00:00Z"); t < NOW.getTime(); t += everyHours * 3_600_000) {
    n++;
    const published = new Date(t).toISOString().replace(".000", "");
    const categories = n % 7 === 0 ? ["math.OC"] : n % 3 === 0 ? ["cs.AI", "cs.CL"] : ["cs.CL"];
    out.push(makePaper(`26${published.slice(5, 7)}.${String(n).padStart(5, "0")}`, published, { title: `${n % 2 ? "Alpha" : "Beta"} study ${n}`, categories, primaryCategory: categories[0] }));
  }
  return out;
}

function dateRangeOf(q: QueryNode): { from: number; to: number } {
  const text = renderQuery(q);
  const r = /submittedDate:\[(\d{12}) TO (\d{12})\]/.exec(text);
  if (!r) throw new Error(`no date range in ${text}`);
  const ms = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
  return { from: ms(r[1]!), to: ms(r[2]!) + 60_000 };
}

/** arXiv listing the scope in submission order, with scripted misbehaviour per call. */
function fakeArxiv(papers: Paper[], misbehave: (call: number, start: number) => "short" | "zero" | "down" | null = () => null) {
  const calls: string[] = [];
  const source: PublicationSource = {
    async listPage(q, start, max): Promise<ResultPage> {
      calls.push(`${sliceDateRange({ from: new Date(dateRangeOf(q).from), to: new Date(dateRangeOf(q).to) }).from} ${start}`);
      const { from, to } = dateRangeOf(q);
      const hits = papers.filter((p) => Date.parse(p.published) >= from && Date.parse(p.published) < to && p.categories.some((c) => scope.categories.includes(c)));
      const trouble = misbehave(calls.length, start);
      if (trouble === "down") throw new ArxivUnavailableError(5, { kind: "server-error", message: "HTTP 503", httpStatus: 503 }, "http://x");
      if (trouble === "zero") return { totalResults: 0, startIndex: start, itemsPerPage: 0, papers: [] };
      const page = hits.slice(start, start + max);
      // A short page that the client failed to catch: the harvest must not call the slice complete.
      return { totalResults: hits.length, startIndex: start, itemsPerPage: page.length, papers: trouble === "short" ? page.slice(1) : page };
    },
  };
  return { source, calls };
}

const deps = (db: Db, source: PublicationSource, now = NOW) => ({ db, source, scope, policy, minIntervalMs: 0, pageSize: 50, now: () => now });
const options = (topics: Topic[], from = "2026-06", to = "2026-11") => ({ topics, from: m(from), to: m(to), trigger: "test" });
const inScope = (papers: Paper[]) => papers.filter((p) => p.categories.some((c) => scope.categories.includes(c)));
const indexedIds = (db: Db) => (db.prepare("SELECT id FROM papers WHERE in_scope = 1 ORDER BY id").pluck().all() as string[]);

describe("runSync (harvest into the local index)", () => {
  const topics = [topic("alpha", "ti:alpha"), topic("beta", "ti:beta AND cat:cs.AI"), topic("all", "cat:cs.*", "baseline")];

  it("stores exactly the scope's papers, counts every topic locally, and asks nothing more for closed months", async () => {
    const db = openDb(":memory:");
    const papers = world();
    const { source, calls } = fakeArxiv(papers);
    const result = await runSync(options(topics), deps(db, source));
    expect(result.failures).toEqual([]);
    expect(indexedIds(db)).toEqual(inScope(papers).map((p) => p.id).sort());
    for (const month of ["2026-06", "2026-09", "2026-11"] as MonthKey[]) {
      const ofMonth = inScope(papers).filter((p) => p.published.startsWith(month));
      const count = (slug: string) => getMonthlyCounts(db, { slug, queryVersion: 1 }, month, month).get(month)?.count;
      expect(count("alpha")).toBe(ofMonth.filter((p) => p.title.startsWith("Alpha")).length);
      expect(count("beta")).toBe(ofMonth.filter((p) => p.title.startsWith("Beta") && p.categories.includes("cs.AI")).length);
      expect(count("all")).toBe(ofMonth.length);
    }
    // Pages of 50 over ~80 in-scope papers a month: 2 requests a month, newest month first.
    expect(calls[0]).toMatch(/^202611010000 0$/);
    expect(result.requests).toBe(calls.length);

    // The next day: only the running month is refreshed, from a week before where it was complete.
    const { source: again, calls: againCalls } = fakeArxiv(papers);
    await runSync(options(topics), deps(db, again, new Date(NOW.getTime() + 25 * 3_600_000)));
    expect(againCalls.length).toBeGreaterThan(0);
    expect(againCalls.every((c) => c.startsWith("202611"))).toBe(true);
    expect(againCalls[0]).toMatch(/^20261120/);

    // What the refresh re-matched incrementally is what a full recompute from the index gives.
    const members = (slug: string) => db.prepare("SELECT month, paper_id FROM topic_papers WHERE slug = ? ORDER BY 1, 2").all(slug);
    const counts = (slug: string) => db.prepare("SELECT month, count FROM monthly_counts WHERE slug = ? ORDER BY 1").all(slug);
    const incremental = { alpha: members("alpha"), beta: members("beta"), alphaCounts: counts("alpha"), allCounts: counts("all") };
    for (const t of topics) recomputeTopic(db, { slug: t.slug, queryVersion: 1, queryNode: t.queryNode, wholeScope: t.part === "baseline" }, NOW);
    expect({ alpha: members("alpha"), beta: members("beta"), alphaCounts: counts("alpha"), allCounts: counts("all") }).toEqual(incremental);
  });

  it("never records a slice with a short page as complete, and lists it again next time", async () => {
    const db = openDb(":memory:");
    const papers = world();
    const { source } = fakeArxiv(papers, (call, start) => (call === 2 && start > 0 ? "short" : null));
    const first = await runSync(options(topics, "2026-10", "2026-10"), deps(db, source));
    expect(first.failures.map((f) => f.task)).toEqual(["2026-10"]);
    expect(listIndexMonths(db)[0]?.completeTo).toBeNull();
    expect(getMonthlyCounts(db, { slug: "alpha", queryVersion: 1 }, m("2026-10"), m("2026-10")).size).toBe(0);
    const { source: fixed } = fakeArxiv(papers);
    const second = await runSync(options(topics, "2026-10", "2026-10"), deps(db, fixed));
    expect(second.failures).toEqual([]);
    expect(listIndexMonths(db)[0]?.completeTo).toBe("2026-11-01T00:00:00.000Z");
  });

  it("does not believe a month of zero papers: asks again, keeps what it has, and says so", async () => {
    const db = openDb(":memory:");
    const papers = world();
    await runSync(options(topics, "2026-09", "2026-09"), deps(db, fakeArxiv(papers).source, new Date("2026-09-20T00:00:00Z")));
    const before = indexedIds(db).length;
    const { source, calls } = fakeArxiv(papers, () => "zero");
    const result = await runSync(options(topics, "2026-09", "2026-09"), deps(db, source));
    expect(calls).toHaveLength(2);
    expect(result.failures[0]?.kind).toBe("suspect-empty");
    expect(result.failures[0]?.message).toMatch(/0 papers twice .* although the index holds \d+/);
    expect(indexedIds(db)).toHaveLength(before);
    const count = getMonthlyCounts(db, { slug: "all", queryVersion: 1 }, m("2026-09"), m("2026-09")).get(m("2026-09"))?.count;
    expect(count).toBe(before);
  });

  it("stops asking after arXiv is unavailable three times in a row, keeping every stored page", async () => {
    const db = openDb(":memory:");
    const { source, calls } = fakeArxiv(world(), (call) => (call > 2 ? "down" : null));
    const result = await runSync(options(topics), deps(db, source));
    expect(calls.length).toBe(5);
    expect(result.skipped).toBeGreaterThan(0);
    expect(listSyncFailures(db, latestSyncRun(db)!.id).some((f) => f.kind === "skipped")).toBe(true);
    expect(listIndexMonths(db).find((x) => x.month === "2026-11")?.completeTo).not.toBeNull();
  });

  it("splits a slice whose total is too large for one listing", async () => {
    const db = openDb(":memory:");
    const papers = world(3);
    const { source } = fakeArxiv(papers);
    const result = await runSync(options(topics, "2026-08", "2026-08"), { ...deps(db, source), maxSliceResults: 120 });
    expect(result.failures).toEqual([]);
    expect(result.planned).toBeGreaterThan(1);
    expect(indexedIds(db).filter((id) => id.startsWith("2608"))).toHaveLength(inScope(papers).filter((p) => p.published.startsWith("2026-08")).length);
    expect(listIndexMonths(db)[0]?.completeTo).toBe("2026-09-01T00:00:00.000Z");
  });
});

describe("planHarvest", () => {
  const known = (completeTo: string | null, harvestedAt: string, settled = false) => ({ scopeKey: scope.key, completeTo, harvestedAt, settled });

  it("lists new months whole, newest first; settled months never again", () => {
    const slices = planHarvest({ from: m("2026-09"), to: m("2026-11"), now: NOW, scopeKey: scope.key, policy }, new Map([[m("2026-09"), known("2026-10-01T00:00:00.000Z", "2026-10-20T00:00:00Z", true)]]));
    expect(slices.map((s) => [s.month, s.reason, s.from.toISOString(), s.to.toISOString()])).toEqual([
      ["2026-11", "new", "2026-11-01T00:00:00.000Z", "2026-11-27T08:00:00.000Z"],
      ["2026-10", "new", "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z"],
    ]);
    expect(slices[1]?.settles).toBe(true);
  });

  it("asks a closed month's last week again once it settled, and a month under another scope whole", () => {
    const states = new Map([
      [m("2026-10"), known("2026-11-01T00:00:00.000Z", "2026-11-02T00:00:00Z")],
      [m("2026-09"), { ...known("2026-10-01T00:00:00.000Z", "2026-10-20T00:00:00Z", true), scopeKey: "other" }],
    ]);
    const slices = planHarvest({ from: m("2026-09"), to: m("2026-10"), now: NOW, scopeKey: scope.key, policy }, states);
    expect(slices.map((s) => [s.month, s.reason, s.from.toISOString()])).toEqual([
      ["2026-10", "settle", "2026-10-25T00:00:00.000Z"],
      ["2026-09", "new", "2026-09-01T00:00:00.000Z"],
    ]);
  });

  it("leaves the running month alone while its last listing is less than a day old", () => {
    const slices = planHarvest({ from: m("2026-11"), to: m("2026-11"), now: NOW, scopeKey: scope.key, policy }, new Map([[m("2026-11"), known("2026-11-27T01:00:00.000Z", "2026-11-27T01:00:00Z")]]));
    expect(slices).toEqual([]);
  });
});
