import { describe, expect, it } from "vitest";
import { COVERAGE_FROM_THE_START } from "./paper-window";
import { openDb, getTopicPaperFetch, getMonthlyCounts, listTopicPapers, latestSyncRun, listSyncFailures } from "../store";
import type { MonthKey } from "../calendar/months";
import { parseMonthKey } from "../calendar/months";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import type { Paper } from "../arxiv/paper";
import type { Topic } from "../topics/catalog";
import { ArxivUnavailableError } from "../arxiv/errors";
import { runSync, type PublicationSource } from "./run";
import { countNeedsRefresh } from "./policy";

const m = parseMonthKey;
const policy = { maxAgeMs: 24 * 3_600_000, settleMs: 7 * 86_400_000, paperWindowMs: 30 * 86_400_000 };
const NOW = new Date("2026-11-27T08:00:00Z");

function topic(slug: string, query: string): Topic {
  const queryNode = parseTopicQuery(query);
  return { slug, name: slug, part: "models", description: "", query: renderQuery(queryNode), queryNode, queryNotes: "" };
}

function paper(id: string, version = 1): Paper {
  return {
    id, version, title: `Paper ${id}`, authors: [{ name: "A. Author", affiliations: [] }], summary: "s",
    published: "2026-11-01T00:00:00Z", updated: "2026-11-02T00:00:00Z", primaryCategory: "cs.CL",
    categories: ["cs.CL"], absUrl: `https://arxiv.org/abs/${id}v${version}`, pdfUrl: null, doi: null,
    journalRef: null, comment: null,
  };
}

/** A source whose answers are a function of the query text and month, with scripted failures. */
function fakeSource(counts: (q: string, month: MonthKey) => number, fail: (call: number) => Error | null = () => null) {
  const calls: string[] = [];
  const source: PublicationSource = {
    async countMonthlyPublications(q, month) {
      calls.push(`count ${renderQuery(q)} ${month}`);
      const e = fail(calls.length);
      if (e) throw e;
      return counts(renderQuery(q), month);
    },
    async fetchLatestPapers(q, limit, options) {
      calls.push(`papers ${renderQuery(q)} ${limit} since ${options.since}`);
      const e = fail(calls.length);
      if (e) throw e;
      return { papers: [paper("2611.00002", 2), paper("2611.00001")], reachedSince: false, exhausted: true };
    },
  };
  return { source, calls };
}

const unavailable = () =>
  new ArxivUnavailableError(5, { kind: "server-error", message: "HTTP 503", httpStatus: 503 }, "http://x");

describe("runSync", () => {
  const topics = [topic("a", "ti:alpha"), topic("b", "ti:beta")];
  const options = { topics, from: m("2026-06"), to: m("2026-11"), papersPerTopic: 10, trigger: "test" };

  it("fetches every month of every topic plus latest papers, then asks nothing for finished months", async () => {
    const db = openDb(":memory:");
    const { source, calls } = fakeSource((q, month) => q.length + Number(month.slice(5)));
    const first = await runSync(options, { db, source, policy, minIntervalMs: 0, now: () => NOW });
    expect(first.failures).toEqual([]);
    expect(calls.filter((c) => c.startsWith("count"))).toHaveLength(12);
    expect(calls.filter((c) => c.startsWith("papers"))).toHaveLength(2);
    const counts = getMonthlyCounts(db, { slug: "a", queryVersion: 1 }, m("2026-06"), m("2026-11"));
    expect(counts.get(m("2026-06"))?.count).toBe("ti:alpha".length + 6);
    expect(listTopicPapers(db, "a", 1, { limit: 10 }).map((p) => p.id)).toEqual(["2611.00002", "2611.00001"]);
    // The fake arXiv had no more results, so the list covers everything the query matches,
    // and the first fetch asked for the whole 30-day window.
    expect(getTopicPaperFetch(db, "a", 1)?.coveredFrom).toBe(COVERAGE_FROM_THE_START);
    expect(calls).toContain("papers ti:alpha 10 since 2026-10-28T08:00:00.000Z");

    // A day later: only the current and previous month are stale; June..September settled.
    calls.length = 0;
    const later = new Date(NOW.getTime() + 25 * 3_600_000);
    await runSync(options, { db, source, policy, minIntervalMs: 0, now: () => later });
    expect(calls.filter((c) => c.startsWith("count")).sort()).toEqual(
      ["count ti:alpha 2026-10", "count ti:alpha 2026-11", "count ti:beta 2026-10", "count ti:beta 2026-11"],
    );
    // Same time again: nothing at all.
    calls.length = 0;
    await runSync(options, { db, source, policy, minIntervalMs: 0, now: () => later });
    expect(calls).toEqual([]);
  });

  it("keeps a good count when the refresh fails, and records why", async () => {
    const db = openDb(":memory:");
    const good = fakeSource(() => 42);
    await runSync(options, { db, source: good.source, policy, minIntervalMs: 0, now: () => NOW });
    const later = new Date(NOW.getTime() + 25 * 3_600_000);
    const bad = fakeSource(() => 0, () => unavailable());
    const result = await runSync(options, { db, source: bad.source, policy, minIntervalMs: 0, now: () => later, maxConsecutiveUnavailable: 100 });
    expect(result.failures.length).toBeGreaterThan(0);
    expect(result.run.status).toBe("failed");
    const counts = getMonthlyCounts(db, { slug: "a", queryVersion: 1 }, m("2026-06"), m("2026-11"));
    expect([...counts.values()].map((c) => c.count)).toEqual([42, 42, 42, 42, 42, 42]);
    const run = latestSyncRun(db)!;
    expect(run.status).toBe("failed");
    expect(listSyncFailures(db, run.id)[0]?.message).toMatch(/after 5 attempts/);
  });

  it("asks again before believing a count that fell to zero", async () => {
    const db = openDb(":memory:");
    await runSync(options, { db, source: fakeSource(() => 7).source, policy, minIntervalMs: 0, now: () => NOW });
    const later = new Date(NOW.getTime() + 25 * 3_600_000);
    let n = 0;
    // First answer for each refreshed month is a spurious 0, the second the real value.
    const flaky = fakeSource(() => (n++ % 2 === 0 ? 0 : 9));
    await runSync({ ...options, papersPerTopic: 0 }, { db, source: flaky.source, policy, minIntervalMs: 0, now: () => later });
    expect(flaky.calls).toHaveLength(8); // 4 stale months, each asked twice
    const counts = getMonthlyCounts(db, { slug: "a", queryVersion: 1 }, m("2026-10"), m("2026-11"));
    expect([...counts.values()].map((c) => c.count)).toEqual([9, 9]);
  });

  it("stops asking after repeated unavailability and reports what was skipped", async () => {
    const db = openDb(":memory:");
    const { source, calls } = fakeSource(() => 1, () => unavailable());
    const result = await runSync(options, { db, source, policy, minIntervalMs: 0, now: () => NOW, maxConsecutiveUnavailable: 3 });
    expect(calls).toHaveLength(3);
    expect(result.failures.at(-1)).toMatchObject({ kind: "skipped", task: "11 remaining tasks" });
    expect(result.skipped).toBe(11);
    // The progress the pages read accounts for every planned task.
    const run = latestSyncRun(db)!;
    expect([run.total, run.done, run.failed]).toEqual([14, 0, 14]);
  });

  it("keeps counts of a changed query apart (new query version)", async () => {
    const db = openDb(":memory:");
    await runSync(options, { db, source: fakeSource(() => 5).source, policy, minIntervalMs: 0, now: () => NOW });
    const edited = { ...options, topics: [topic("a", "ti:alpha OR ti:gamma")] };
    const { calls } = fakeSource(() => 6);
    const src = fakeSource(() => 6);
    await runSync(edited, { db, source: src.source, policy, minIntervalMs: 0, now: () => NOW });
    expect(calls).toEqual([]);
    expect(src.calls.filter((c) => c.startsWith("count"))).toHaveLength(6);
    expect(getMonthlyCounts(db, { slug: "a", queryVersion: 1 }, m("2026-06"), m("2026-11")).get(m("2026-06"))?.count).toBe(5);
    expect(getMonthlyCounts(db, { slug: "a", queryVersion: 2 }, m("2026-06"), m("2026-11")).get(m("2026-06"))?.count).toBe(6);
  });
});

describe("countNeedsRefresh", () => {
  it("never re-asks a settled closed month, re-asks one fetched before it settled", () => {
    expect(countNeedsRefresh(m("2026-03"), "2026-04-20T00:00:00Z", NOW, policy)).toBe(false);
    expect(countNeedsRefresh(m("2026-03"), "2026-03-20T00:00:00Z", NOW, policy)).toBe(true);
  });
  it("re-asks the current and previous month only when older than a day", () => {
    expect(countNeedsRefresh(m("2026-11"), "2026-11-27T01:00:00Z", NOW, policy)).toBe(false);
    expect(countNeedsRefresh(m("2026-10"), "2026-11-26T07:00:00Z", NOW, policy)).toBe(true);
    expect(countNeedsRefresh(m("2026-10"), null, NOW, policy)).toBe(true);
  });
});
