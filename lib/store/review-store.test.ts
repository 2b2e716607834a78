import { describe, expect, it } from "vitest";
import { openDb, type Db } from "./db";
import { putTopicPapers } from "./papers";
import { getPaperMarks, setPaperMark } from "./paper-marks";
import { getPaperNotes, putPaperNote } from "./paper-notes";
import { getTopicPaperCoverage, listTopicPapersPublishedBetween, getCachedPaper } from "./period-papers";
import { deleteSavedReview, getSavedReview, latestReviewedUntil, listSavedReviews, saveReview } from "./reviews";
import { makePaper } from "../testing/papers";
import { recordHarvestSlice } from "./index-months";
import type { MonthKey } from "../calendar/months";

const T0 = new Date("2025-05-01T09:00:00Z");

function seeded(): Db {
  const db = openDb(":memory:");
  putTopicPapers(db, "a", 1, [makePaper("2504.00001", "2025-04-01T10:00:00Z"), makePaper("2504.00002", "2025-04-03T10:00:00Z")], T0);
  putTopicPapers(db, "b", 1, [makePaper("2504.00002", "2025-04-03T10:00:00Z"), makePaper("2504.00003", "2025-04-05T10:00:00Z")], T0);
  return db;
}

describe("paper marks", () => {
  it("keep one mark per paper with who and when; the latest decision wins; null clears", () => {
    const db = seeded();
    setPaperMark(db, "2504.00001", "read", "Ann", new Date("2025-05-02T00:00:00Z"));
    setPaperMark(db, "2504.00001", "shortlisted", "Bo", new Date("2025-05-03T00:00:00Z"));
    setPaperMark(db, "2504.00002", "dismissed", "Ann", T0);
    const marks = getPaperMarks(db, ["2504.00001", "2504.00002", "2504.00003"]);
    expect(marks.get("2504.00001")).toEqual({ mark: "shortlisted", markedBy: "Bo", markedAt: "2025-05-03T00:00:00.000Z" });
    expect(marks.get("2504.00002")?.mark).toBe("dismissed");
    expect(marks.has("2504.00003")).toBe(false);
    expect(setPaperMark(db, "2504.00001", null, "Ann")).toBeNull();
    expect(getPaperMarks(db, ["2504.00001"]).size).toBe(0);
  });

  it("only attach to cached papers", () => {
    expect(() => setPaperMark(seeded(), "9999.99999", "read", "Ann")).toThrow(/FOREIGN KEY/);
  });
});

describe("paper notes", () => {
  it("keep one note per paper and reviewer; an empty text deletes it", () => {
    const db = seeded();
    putPaperNote(db, "2504.00001", "Ann", "first", new Date("2025-05-02T00:00:00Z"));
    putPaperNote(db, "2504.00001", "Bo", "second opinion", new Date("2025-05-03T00:00:00Z"));
    const edited = putPaperNote(db, "2504.00001", "Ann", "first, revised", new Date("2025-05-04T00:00:00Z"));
    expect(edited).toEqual({
      reviewer: "Ann",
      text: "first, revised",
      createdAt: "2025-05-02T00:00:00.000Z",
      updatedAt: "2025-05-04T00:00:00.000Z",
    });
    expect(getPaperNotes(db, ["2504.00001"]).get("2504.00001")?.map((n) => n.reviewer)).toEqual(["Ann", "Bo"]);
    putPaperNote(db, "2504.00001", "Bo", "");
    expect(getPaperNotes(db, ["2504.00001"]).get("2504.00001")?.map((n) => n.text)).toEqual(["first, revised"]);
  });
});

describe("papers of a period", () => {
  it("lists (topic, paper) pairs by published, from inclusive and to exclusive, for the given versions only", () => {
    const db = seeded();
    putTopicPapers(db, "a", 2, [makePaper("2504.00004", "2025-04-02T10:00:00Z")], T0);
    const hits = listTopicPapersPublishedBetween(
      db,
      [
        { slug: "a", queryVersion: 1 },
        { slug: "b", queryVersion: 1 },
      ],
      "2025-04-01T10:00:00Z",
      "2025-04-05T10:00:00Z",
    );
    expect(hits.map((h) => `${h.slug} ${h.paper.id}`)).toEqual(["a 2504.00002", "b 2504.00002", "a 2504.00001"]);
    expect(getCachedPaper(db, "2504.00003")?.published).toBe("2025-04-05T10:00:00Z");
    expect(getCachedPaper(db, "2504.09999")).toBeNull();
  });

  it("says from where the index is gap-free: the unbroken run of listed months up to the newest", () => {
    const db = openDb(":memory:");
    expect(getTopicPaperCoverage(db, { slug: "a", queryVersion: 1 })).toEqual({ oldestCached: null, coveredFrom: null, fetchedAt: null, computed: false });
    putTopicPapers(db, "a", 1, [makePaper("2503.00001", "2025-03-01T00:00:00Z"), makePaper("2504.00010", "2025-04-10T00:00:00Z")], T0);
    const slice = (month: string, to: string) =>
      recordHarvestSlice(db, { month: month as MonthKey, scopeKey: "k", from: `${month}-01T00:00:00.000Z`, to, complete: true, settles: false, requests: 1, at: T0 }, `${month}-01T00:00:00.000Z`);
    slice("2025-02", "2025-02-20T00:00:00.000Z"); // not listed to its end: the run starts after it
    slice("2025-03", "2025-04-01T00:00:00.000Z");
    slice("2025-04", "2025-04-20T00:00:00.000Z");
    expect(getTopicPaperCoverage(db, { slug: "a", queryVersion: 1 })).toEqual({
      oldestCached: "2025-03-01T00:00:00Z",
      coveredFrom: "2025-03-01T00:00:00.000Z",
      fetchedAt: "2025-04-20T00:00:00.000Z",
      computed: false,
    });
  });
});

describe("saved reviews", () => {
  it("save a copy of the papers with their marks and notes, list newest first, and delete", () => {
    const db = seeded();
    const paper = makePaper("2504.00001", "2025-04-01T10:00:00Z", { title: "Original title" });
    const input = {
      title: "Week 14",
      period: { from: "2025-03-28T00:00:00Z", to: "2025-04-04T00:00:00Z" },
      grouping: "topic" as const,
      topics: [{ slug: "a", name: "A", queryVersion: 1 }],
      coverage: [{ slug: "a", complete: true }],
      savedBy: "Ann",
      papers: [
        {
          paper,
          topics: ["a"],
          mark: { mark: "shortlisted" as const, markedBy: "Ann", markedAt: "2025-04-04T08:00:00.000Z" },
          notes: [{ reviewer: "Ann", text: "read §3", createdAt: "x", updatedAt: "x" }],
        },
      ],
    };
    const first = saveReview(db, input, new Date("2025-04-04T09:00:00Z"));
    const second = saveReview(db, { ...input, title: "Week 15", period: { from: "2025-04-04T00:00:00Z", to: "2025-04-11T00:00:00Z" }, papers: [] }, new Date("2025-04-11T09:00:00Z"));
    expect(listSavedReviews(db).map((r) => [r.id, r.title, r.paperCount, r.shortlistedCount])).toEqual([
      [second, "Week 15", 0, 0],
      [first, "Week 14", 1, 1],
    ]);
    expect(latestReviewedUntil(db)).toBe("2025-04-11T00:00:00Z");
    const reopened = getSavedReview(db, first)!;
    expect(reopened.papers).toEqual(input.papers);
    expect(reopened.coverage).toEqual(input.coverage);
    expect(reopened.savedBy).toBe("Ann");
    expect(deleteSavedReview(db, first)).toBe(true);
    expect(deleteSavedReview(db, first)).toBe(false);
    expect(getSavedReview(db, first)).toBeNull();
    expect(db.prepare("SELECT COUNT(*) FROM review_papers").pluck().get()).toBe(0);
  });
});
