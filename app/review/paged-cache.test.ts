import { describe, expect, it } from "vitest";
import type { InfiniteData } from "@tanstack/react-query";
import type { ReviewPage } from "@/lib/queries/reviews";
import { makePaper } from "@/lib/testing/papers";
import { findInPages, moveTally, patchPages } from "./paged-cache";

const item = (id: string) => ({ paper: makePaper(id, "2026-01-02T00:00:00Z"), topics: ["data"], mark: null, notes: [], group: "data" });
const data: InfiniteData<ReviewPage, unknown> = {
  pages: [{ papers: [item("2601.00001"), item("2601.00002")], next: "c" }, { papers: [item("2601.00003")], next: null }],
  pageParams: [null, "c"],
};
const mark = { mark: "read" as const, markedBy: "Ann", markedAt: "t" };

describe("paged review cache", () => {
  it("replaces only the changed paper and its page", () => {
    const next = patchPages(data, [{ paperId: "2601.00003", mark, notes: [] }])!;
    expect(findInPages(next, "2601.00003")?.mark).toEqual(mark);
    expect(next.pages[0]).toBe(data.pages[0]);
    expect(next.pages[1]).not.toBe(data.pages[1]);
    expect(patchPages(data, [{ paperId: "2601.09999", mark, notes: [] }])).toBe(data);
  });

  it("moves one paper between tally columns", () => {
    const t = { papers: 3, read: 0, shortlisted: 0, dismissed: 0, unmarked: 3 };
    expect(moveTally(t, null, mark)).toEqual({ ...t, read: 1, unmarked: 2 });
    expect(moveTally(t, mark, mark)).toBe(t);
  });
});
