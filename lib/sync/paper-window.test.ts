import { describe, expect, it } from "vitest";
import { COVERAGE_FROM_THE_START, coverageAfterFetch, planPaperFetch } from "./paper-window";

const DAY = 86_400_000;
const policy = { paperWindowMs: 30 * DAY, settleMs: 7 * DAY };
const now = new Date("2026-11-27T08:00:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();

describe("planPaperFetch", () => {
  it("fetches the whole window the first time", () => {
    expect(planPaperFetch(null, now, policy)).toEqual({ since: iso(now.getTime() - 30 * DAY), extendsPrevious: false });
  });

  it("after a fetch that covered the window, goes back only to its fetch time minus the settle period", () => {
    const previous = { fetchedAt: "2026-11-26T08:00:00.000Z", paperCount: 40, coveredFrom: "2026-10-27T08:00:00.000Z" };
    expect(planPaperFetch(previous, now, policy)).toEqual({ since: "2026-11-19T08:00:00.000Z", extendsPrevious: true });
  });

  it("fetches the whole window again when the previous coverage fell short of it", () => {
    const capped = { fetchedAt: "2026-11-26T08:00:00.000Z", paperCount: 1000, coveredFrom: "2026-11-20T00:00:00.000Z" };
    expect(planPaperFetch(capped, now, policy).extendsPrevious).toBe(false);
    const stale = { fetchedAt: "2026-09-01T00:00:00.000Z", paperCount: 40, coveredFrom: "2026-08-01T00:00:00.000Z" };
    expect(planPaperFetch(stale, now, policy).extendsPrevious).toBe(false);
  });
});

describe("coverageAfterFetch", () => {
  const plan = { since: "2026-11-19T08:00:00.000Z", extendsPrevious: true };
  const previous = { fetchedAt: "2026-11-26T08:00:00.000Z", paperCount: 40, coveredFrom: "2026-10-27T08:00:00.000Z" };
  const papers = [{ published: "2026-11-27T01:00:00Z" }, { published: "2026-11-18T23:00:00Z" }];

  it("extends the previous coverage when paging reached the overlap", () => {
    expect(coverageAfterFetch(plan, { papers, reachedSince: true, exhausted: false }, previous)).toBe(previous.coveredFrom);
  });
  it("covers everything when arXiv ran out of results", () => {
    expect(coverageAfterFetch(plan, { papers, reachedSince: false, exhausted: true }, previous)).toBe(COVERAGE_FROM_THE_START);
  });
  it("covers only back to the oldest paper when the limit stopped the paging", () => {
    expect(coverageAfterFetch(plan, { papers, reachedSince: false, exhausted: false }, previous)).toBe("2026-11-18T23:00:00.000Z");
  });
  it("starts at `since` for a fresh window", () => {
    const fresh = { since: "2026-10-28T08:00:00.000Z", extendsPrevious: false };
    expect(coverageAfterFetch(fresh, { papers, reachedSince: true, exhausted: false }, null)).toBe(fresh.since);
  });
});
