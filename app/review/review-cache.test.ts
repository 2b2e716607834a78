import { describe, expect, it } from "vitest";
import type { ReviewGroup, ReviewPaper } from "@/lib/queries/reviews";
import { tallyMarks } from "@/lib/reviews/select";
import { expectedMark, expectedNotes, findPaperState, passesFilter, withPaperState } from "./review-cache";

const paper = (id: string): ReviewPaper => ({
  paper: {
    id,
    version: 1,
    title: `Paper ${id}`,
    authors: [],
    summary: "",
    published: "2026-01-02T00:00:00Z",
    updated: "2026-01-02T00:00:00Z",
    primaryCategory: "cs.CL",
    categories: ["cs.CL"],
    absUrl: `https://arxiv.org/abs/${id}`,
    pdfUrl: null,
    doi: null,
    journalRef: null,
    comment: null,
  },
  topics: ["data"],
  mark: null,
  notes: [],
});

function review(): { groups: ReviewGroup[]; tally: ReturnType<typeof tallyMarks> } {
  const papers = [paper("2601.00001"), paper("2601.00002")];
  return { groups: [{ key: "data", label: "Data", papers, matched: 2 }], tally: tallyMarks(papers) };
}

const NOW = new Date("2026-01-05T10:00:00Z");

describe("review cache updates", () => {
  it("replaces one paper's mark and counts the tally again", () => {
    const r = withPaperState(review(), "2601.00002", { mark: expectedMark("shortlisted", "Ann", NOW), notes: [] });
    expect(r.tally).toEqual({ papers: 2, read: 0, shortlisted: 1, dismissed: 0, unmarked: 1 });
    expect(findPaperState(r, "2601.00002")?.mark).toEqual({ mark: "shortlisted", markedBy: "Ann", markedAt: NOW.toISOString() });
    expect(findPaperState(r, "2601.00001")?.mark).toBeNull();
  });

  it("leaves a review without the paper as it is", () => {
    const before = review();
    expect(withPaperState(before, "2601.09999", { mark: null, notes: [] })).toBe(before);
  });

  it("adds, edits and deletes only the reviewer's own note", () => {
    const bob = { reviewer: "Bob", text: "b", createdAt: "x", updatedAt: "x" };
    const added = expectedNotes([bob], "Ann", "first", NOW);
    expect(added.map((n) => `${n.reviewer}:${n.text}`)).toEqual(["Bob:b", "Ann:first"]);
    const edited = expectedNotes(added, "Ann", "second", NOW);
    expect(edited.map((n) => `${n.reviewer}:${n.text}`)).toEqual(["Bob:b", "Ann:second"]);
    expect(expectedNotes(edited, "Ann", "", NOW)).toEqual([bob]);
  });

  it("filters by mark", () => {
    const p = paper("2601.00001");
    expect(passesFilter(p, "unmarked")).toBe(true);
    const s = { ...p, mark: expectedMark("shortlisted", "Ann", NOW) };
    expect(passesFilter(s, "shortlisted")).toBe(true);
    expect(passesFilter(s, "unmarked")).toBe(false);
    expect(passesFilter(s, "all")).toBe(true);
  });
});
