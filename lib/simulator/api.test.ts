import { describe, expect, it } from "vitest";
import { parseAtomFeed } from "../arxiv/atom";
import { submittedDateRange, type MonthKey } from "../calendar/months";
import { answerQuery } from "./api";
import { loadCorpus } from "./corpus";
import { renderFeed, type FeedEntry } from "./feed";
import { HARVEST_SCOPE, searchVirtualPapers, simulatedScopeMonthlyTotals } from "./model";

const NOW = new Date("2026-05-15T12:00:00Z");
const SCALE = 0.05;
const OCTOBER = submittedDateRange("2025-10" as MonthKey);
const HARVEST = `(${HARVEST_SCOPE.map((c) => `cat:${c}`).join(" OR ")}) AND submittedDate:[${OCTOBER.from} TO ${OCTOBER.to}]`;

function page(params: Record<string, string>, scale = SCALE): { total: number; entries: FeedEntry[] } {
  const answer = answerQuery(new URLSearchParams(params), NOW, { scale });
  if (answer.kind !== "feed") throw new Error(`not a feed: ${JSON.stringify(answer)}`);
  return { total: answer.totalResults, entries: answer.entries };
}

describe("answerQuery with copies of corpus papers", () => {
  it("lists a whole scope month page by page, each paper once, in submission order", () => {
    const base = { search_query: HARVEST, sortBy: "submittedDate", sortOrder: "ascending", max_results: "200" };
    const first = page({ ...base, start: "0" });
    const truth = simulatedScopeMonthlyTotals(HARVEST_SCOPE, "2025-10" as MonthKey, "2025-10" as MonthKey, { now: NOW, scale: SCALE })[0]!.total;
    expect(first.total).toBe(truth);
    expect(truth).toBeGreaterThan(500);
    const all: FeedEntry[] = [];
    for (let start = 0; start < first.total; start += 200) all.push(...page({ ...base, start: String(start) }).entries);
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const times = all.map((e) => e.published.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // Copies share a corpus paper (same title) under different ids.
    const byTitle = new Map<string, string[]>();
    for (const e of all) byTitle.set(e.title, [...(byTitle.get(e.title) ?? []), e.id]);
    expect([...byTitle.values()].some((ids) => ids.length > 1)).toBe(true);
  });

  it("sorts copies by relevance without overlapping pages", () => {
    const base = { search_query: `abs:"language model" AND submittedDate:[${OCTOBER.from} TO ${OCTOBER.to}]`, max_results: "25" };
    const whole = page({ ...base, max_results: "100" });
    expect(whole.total).toBe(searchVirtualPapers(base.search_query, undefined, { now: NOW, scale: SCALE }).length);
    const pages = [0, 25, 50, 75].flatMap((start) => page({ ...base, start: String(start) }).entries.map((e) => e.id));
    expect(pages).toEqual(whole.entries.map((e) => e.id));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("lists a copy's primary category first, among its paper's own categories", () => {
    const { entries } = page({ search_query: HARVEST, sortBy: "submittedDate", sortOrder: "ascending", max_results: "2000" }, 0.3);
    const corpus = loadCorpus();
    const byTitle = new Map(corpus.map((p) => [p.title, p]));
    const moved = entries.filter((e) => byTitle.get(e.title)?.primaryCategory !== e.primaryCategory);
    expect(moved.length).toBeGreaterThan(0);
    for (const e of moved) {
      expect(e.categories[0]).toBe(e.primaryCategory);
      expect([...e.categories].sort()).toEqual([...byTitle.get(e.title)!.categories].sort());
    }
    // ... and the feed says so.
    const xml = renderFeed({ request: { searchQuery: HARVEST, idList: "", start: 0, maxResults: 2000 }, totalResults: entries.length, entries, updated: NOW });
    const parsed = parseAtomFeed(xml).papers;
    const m = moved[0]!;
    expect(parsed.find((p) => p.id === m.id)?.primaryCategory).toBe(m.primaryCategory);
  });

  it("refuses a bad scale", () => {
    expect(() => answerQuery(new URLSearchParams({ search_query: "cat:cs.CL" }), NOW, { scale: -1 })).toThrow(RangeError);
  });
});
