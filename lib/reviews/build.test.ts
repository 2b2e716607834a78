import { describe, expect, it } from "vitest";
import { openDb, type Db } from "../store/db";
import { ensureQueryVersion } from "../store/query-versions";
import { putTopicPapers } from "../store/papers";
import { setPaperMark } from "../store/paper-marks";
import { putPaperNote } from "../store/paper-notes";
import { getTopic } from "../topics/registry";
import { editTopic } from "../topics/editor";
import { makePaper } from "../testing/papers";
import { recordHarvestSlice } from "../store/index-months";
import { putIndexedPapers } from "../store/index-papers";
import { loadScope } from "../index/scope";
import type { MonthKey } from "../calendar/months";
import { readLiveReview } from "./build";
import { UnknownTopicsError } from "../topics/resolve";
import { reopenReview, saveCurrentReview } from "./saved";

const NOW = new Date("2025-04-10T12:00:00Z");
const FETCHED = new Date("2025-04-10T06:00:00Z");
const shared = makePaper("2504.00100", "2025-04-08T09:00:00Z", { title: "Shared by three topics" });

function store(): Db {
  const db = openDb(":memory:");
  const put = (slug: string, papers: ReturnType<typeof makePaper>[]) =>
    putTopicPapers(db, slug, ensureQueryVersion(db, slug, getTopic(db, slug)!.query), papers, FETCHED);
  put("data", [shared, makePaper("2504.00101", "2025-04-07T09:00:00Z"), makePaper("2503.00001", "2025-03-20T09:00:00Z")]);
  put("dialogue", [shared, makePaper("2504.00102", "2025-04-09T09:00:00Z")]);
  put("language-model", [shared, makePaper("2504.00103", "2025-04-04T09:00:00Z"), makePaper("2503.00002", "2025-03-25T09:00:00Z")]);
  // The index listed March whole and April up to this morning; data and language-model have
  // been computed from it, dialogue (as if just edited) not yet.
  for (const [month, to] of [["2025-03", "2025-04-01T00:00:00.000Z"], ["2025-04", FETCHED.toISOString()]] as const) {
    recordHarvestSlice(db, { month: month as MonthKey, scopeKey: "k", from: `${month}-01T00:00:00.000Z`, to, complete: true, settles: false, requests: 1, at: FETCHED }, `${month}-01T00:00:00.000Z`);
  }
  for (const slug of ["data", "language-model"]) {
    db.prepare("INSERT INTO topic_index_versions (slug, query_version, computed_at) VALUES (?, 1, ?)").run(slug, FETCHED.toISOString());
  }
  return db;
}

const period = { from: new Date("2025-04-03T12:00:00Z"), to: NOW };
const topics = ["data", "dialogue", "language-model"];

describe("readLiveReview", () => {
  it("lists each new paper of the period once, tagged with every topic that found it", () => {
    const db = store();
    const review = readLiveReview(db, { ...period, topics }, NOW);
    const listed = review.groups.flatMap((g) => g.papers);
    expect(listed.map((p) => p.paper.id).sort()).toEqual(["2504.00100", "2504.00101", "2504.00102", "2504.00103"]);
    expect(listed.find((p) => p.paper.id === shared.id)?.topics).toEqual(topics);
    expect(review.groups.map((g) => [g.key, g.papers.map((p) => p.paper.id), g.matched])).toEqual([
      ["data", ["2504.00100", "2504.00101"], 2],
      ["dialogue", ["2504.00102"], 2],
      ["language-model", ["2504.00103"], 2],
    ]);
    expect(review.tally).toEqual({ papers: 4, read: 0, shortlisted: 0, dismissed: 0, unmarked: 4 });
    expect(review.periodSource).toBe("requested");
  });

  it("groups by date on request, newest day first", () => {
    const review = readLiveReview(store(), { ...period, topics, grouping: "date" }, NOW);
    expect(review.groups.map((g) => g.key)).toEqual(["2025-04-09", "2025-04-08", "2025-04-07", "2025-04-04"]);
  });

  it("carries the team's marks and notes", () => {
    const db = store();
    setPaperMark(db, shared.id, "shortlisted", "Ann", NOW);
    putPaperNote(db, shared.id, "Bo", "worth a talk", NOW);
    const p = readLiveReview(db, { ...period, topics }, NOW).groups[0]!.papers[0]!;
    expect(p.mark?.mark).toBe("shortlisted");
    expect(p.notes.map((n) => n.text)).toEqual(["worth a talk"]);
  });

  it("says which topics the cache cannot fully answer for the period", () => {
    const db = store();
    const weekly = readLiveReview(db, { ...period, topics }, NOW);
    expect(weekly.coverage.map((c) => [c.slug, c.complete])).toEqual([
      ["data", true],
      ["dialogue", false],
      ["language-model", true],
    ]);
    expect(weekly.coverage[0]).toMatchObject({ coveredFrom: "2025-03-01T00:00:00.000Z", fetchedAt: FETCHED.toISOString() });
    expect(weekly.coverage[1]!.warning).toMatch(/not been harvested for this topic's current query/);
    // A period reaching back before the index's unbroken run is flagged for every topic.
    const early = readLiveReview(db, { from: new Date("2025-02-20T00:00:00Z"), to: NOW, topics }, NOW);
    expect(early.coverage.map((c) => c.complete)).toEqual([false, false, false]);
    expect(early.coverage[0]!.warning).toMatch(/every paper only back to 2025-03-01/);
    // Topics never synced are flagged too: every roadmap topic is in the default review.
    const all = readLiveReview(db, period, NOW);
    expect(all.topics).toHaveLength(16);
    expect(all.coverage.find((c) => c.slug === "governance")).toMatchObject({ complete: false, fetchedAt: null });
  });

  it("refuses unknown topics and the baseline", () => {
    expect(() => readLiveReview(store(), { topics: ["data", "nope"] }, NOW)).toThrow(UnknownTopicsError);
    expect(() => readLiveReview(store(), { topics: ["baseline-cs"] }, NOW)).toThrow(/unknown topic: baseline-cs/);
  });

  it("reads only the current query version: an edited query is computed from the index at once", () => {
    const db = store();
    putIndexedPapers(db, [makePaper("2504.00200", "2025-04-09T10:00:00Z", { title: "Spoken dialogue systems" })], FETCHED, loadScope());
    editTopic(db, "dialogue", { query: 'ti:"spoken dialogue"' }, NOW);
    const review = readLiveReview(db, { ...period, topics: ["dialogue"] }, NOW);
    expect(review.groups.flatMap((g) => g.papers.map((p) => p.paper.id))).toEqual(["2504.00200"]);
    expect(review.coverage[0]).toMatchObject({ complete: true, fetchedAt: FETCHED.toISOString() });
  });
});

describe("saved reviews", () => {
  it("reopen as they were saved, with today's marks alongside", () => {
    const db = store();
    setPaperMark(db, shared.id, "shortlisted", "Ann", NOW);
    putPaperNote(db, shared.id, "Ann", "present on Monday", NOW);
    const id = saveCurrentReview(db, { ...period, topics, title: "Week 15", savedBy: "Ann" }, NOW);

    setPaperMark(db, shared.id, "dismissed", "Bo", new Date("2025-04-11T00:00:00Z"));
    putPaperNote(db, shared.id, "Ann", "", NOW);
    putTopicPapers(db, "data", 1, [makePaper("2504.00199", "2025-04-09T10:00:00Z")], new Date("2025-04-11T00:00:00Z"));

    const reopened = reopenReview(db, id)!;
    expect(reopened).toMatchObject({ title: "Week 15", savedBy: "Ann", paperCount: 4, shortlistedCount: 1, grouping: "topic" });
    const papers = reopened.groups.flatMap((g) => g.papers);
    expect(papers.map((p) => p.paper.id)).not.toContain("2504.00199");
    const first = papers.find((p) => p.paper.id === shared.id)!;
    expect(first.mark?.mark).toBe("shortlisted");
    expect(first.notes.map((n) => n.text)).toEqual(["present on Monday"]);
    expect(first.current.mark?.mark).toBe("dismissed");
    expect(first.current.notes).toEqual([]);
    expect(reopened.coverage.map((c) => c.slug)).toEqual(topics);
    expect(reopened.tally.shortlisted).toBe(1);
  });

  it("make the next review start where the saved one ended", () => {
    const db = store();
    saveCurrentReview(db, { ...period, topics, title: "Week 15", savedBy: null }, NOW);
    const next = readLiveReview(db, { topics }, new Date("2025-04-17T12:00:00Z"));
    expect(next.periodSource).toBe("since-last-review");
    expect(next.period.from).toBe("2025-04-10T12:00:00Z");
  });
});
