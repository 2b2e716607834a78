import { describe, expect, it } from "vitest";
import { dedupePapers, groupReviewPapers, tallyMarks, type ReviewPaper } from "./select";
import { assessCoverage } from "./coverage";
import { resolveReviewPeriod, ReviewPeriodError, toStoreInstant, periodBoundSchema } from "./period";
import { makePaper } from "../testing/papers";

const p1 = makePaper("2504.00001", "2025-04-01T10:00:00Z");
const p2 = makePaper("2504.00002", "2025-04-03T10:00:00Z");
const p3 = makePaper("2504.00003", "2025-04-03T18:00:00Z");

describe("dedupePapers", () => {
  it("lists a paper found by three topics once, tagged with all three in the review's order", () => {
    const hits = [
      { slug: "c", paper: p2 },
      { slug: "a", paper: p1 },
      { slug: "b", paper: p2 },
      { slug: "a", paper: p2 },
      { slug: "c", paper: p3 },
      { slug: "a", paper: p2 }, // the store never repeats a pair, but a double must not tag twice
    ];
    const tagged = dedupePapers(hits, ["a", "b", "c"]);
    expect(tagged.map((t) => [t.paper.id, t.topics])).toEqual([
      ["2504.00003", ["c"]],
      ["2504.00002", ["a", "b", "c"]],
      ["2504.00001", ["a"]],
    ]);
  });

  it("ignores hits of topics outside the review", () => {
    expect(dedupePapers([{ slug: "x", paper: p1 }], ["a"])).toEqual([]);
  });
});

describe("groupReviewPapers", () => {
  const papers: ReviewPaper[] = dedupePapers(
    [
      { slug: "a", paper: p1 },
      { slug: "b", paper: p2 },
      { slug: "a", paper: p2 },
      { slug: "b", paper: p3 },
    ],
    ["a", "b", "c"],
  ).map((t) => ({ ...t, mark: null, notes: [] }));
  const topics = [
    { slug: "a", name: "Alpha" },
    { slug: "b", name: "Beta" },
    { slug: "c", name: "Gamma" },
  ];

  it("by topic: every topic in order, each paper under its first topic, matched counts every tag", () => {
    const groups = groupReviewPapers(papers, "topic", topics);
    expect(groups.map((g) => [g.key, g.label, g.papers.map((p) => p.paper.id), g.matched])).toEqual([
      ["a", "Alpha", ["2504.00002", "2504.00001"], 2],
      ["b", "Beta", ["2504.00003"], 2],
      ["c", "Gamma", [], 0],
    ]);
    expect(groups.flatMap((g) => g.papers)).toHaveLength(3);
  });

  it("by date: GMT days of submission, newest first", () => {
    const groups = groupReviewPapers(papers, "date", topics);
    expect(groups.map((g) => [g.key, g.papers.map((p) => p.paper.id)])).toEqual([
      ["2025-04-03", ["2504.00003", "2504.00002"]],
      ["2025-04-01", ["2504.00001"]],
    ]);
  });

  it("tallies marks", () => {
    const marked = papers.map((p, i) => (i === 0 ? { ...p, mark: { mark: "shortlisted" as const, markedBy: "A", markedAt: "t" } } : p));
    expect(tallyMarks(marked)).toEqual({ papers: 3, read: 0, shortlisted: 1, dismissed: 0, unmarked: 2 });
  });
});

describe("resolveReviewPeriod", () => {
  const now = new Date("2025-04-10T12:34:56.789Z");

  it("defaults to the last 7 days when no review was saved", () => {
    expect(resolveReviewPeriod({}, null, now)).toEqual({
      period: { from: "2025-04-03T12:34:56Z", to: "2025-04-10T12:34:57Z" },
      source: "last-7-days",
    });
  });

  it("starts where the latest saved review ended", () => {
    expect(resolveReviewPeriod({}, "2025-04-01T09:00:00Z", now)).toEqual({
      period: { from: "2025-04-01T09:00:00Z", to: "2025-04-10T12:34:57Z" },
      source: "since-last-review",
    });
    // A saved review ending after the requested end cannot be a start: back to 7 days.
    const to = new Date("2025-03-20T00:00:00Z");
    expect(resolveReviewPeriod({ to }, "2025-04-01T09:00:00Z", now).source).toBe("last-7-days");
  });

  it("takes an explicit period and refuses reversed or over-long ones", () => {
    const from = new Date("2025-04-01T00:00:00Z");
    const to = new Date("2025-04-08T00:00:00Z");
    expect(resolveReviewPeriod({ from, to }, "2025-04-05T00:00:00Z", now).period).toEqual({
      from: "2025-04-01T00:00:00Z",
      to: "2025-04-08T00:00:00Z",
    });
    expect(() => resolveReviewPeriod({ from: to, to: from }, null, now)).toThrow(ReviewPeriodError);
    expect(() => resolveReviewPeriod({ from: new Date("2023-01-01T00:00:00Z"), to }, null, now)).toThrow(/at most 366 days/);
  });

  it("reads a day as a whole GMT day, and instants with a zone", () => {
    expect(periodBoundSchema("from").parse("2025-04-01")).toEqual(new Date("2025-04-01T00:00:00Z"));
    expect(periodBoundSchema("to").parse("2025-04-07")).toEqual(new Date("2025-04-08T00:00:00Z"));
    expect(periodBoundSchema("from").parse("2025-04-01T10:00:00+02:00")).toEqual(new Date("2025-04-01T08:00:00Z"));
    expect(periodBoundSchema("from").safeParse("2025-04-01T10:00:00").success).toBe(false);
    expect(periodBoundSchema("from").safeParse("2025-02-31").success).toBe(false);
    expect(toStoreInstant(new Date("2025-04-01T08:00:00.000Z"))).toBe("2025-04-01T08:00:00Z");
  });
});

describe("assessCoverage", () => {
  const period = { from: "2025-04-01T00:00:00Z", to: "2025-04-08T00:00:00Z" };
  const cache = { oldestCached: "2025-02-01T00:00:00Z", coveredFrom: "2025-04-03T00:00:00Z", fetchedAt: "2025-04-08T01:00:00.000Z", computed: true };

  it("warns when the period starts before the gap-free part of the cache", () => {
    const c = assessCoverage("a", cache, period);
    expect(c).toMatchObject({ slug: "a", complete: false, coveredFrom: "2025-04-03T00:00:00Z", oldestCached: "2025-02-01T00:00:00Z" });
    expect(c.warning).toMatch(/every paper only back to 2025-04-03T00:00:00Z/);
  });

  it("is complete when the index reaches back far enough, even for a query that matched nothing", () => {
    expect(assessCoverage("a", { ...cache, coveredFrom: "2025-03-30T00:00:00Z" }, period)).toMatchObject({ complete: true, warning: null });
    expect(assessCoverage("a", { ...cache, coveredFrom: "2025-04-01T00:00:00Z" }, period).complete).toBe(true);
    expect(assessCoverage("a", { oldestCached: null, coveredFrom: "2025-03-01T00:00:00Z", fetchedAt: "t", computed: true }, period).complete).toBe(true);
  });

  it("is incomplete when the index never listed anything or never computed the query", () => {
    expect(assessCoverage("a", null, period)).toMatchObject({ complete: false, fetchedAt: null });
    expect(assessCoverage("a", { oldestCached: null, coveredFrom: null, fetchedAt: null, computed: false }, period).warning).toMatch(/not been harvested/);
    expect(assessCoverage("a", { ...cache, computed: false }, period).complete).toBe(false);
  });
});
