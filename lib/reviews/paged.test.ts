import { describe, expect, it } from "vitest";
import { openDb, type Db } from "../store/db";
import { ensureQueryVersion } from "../store/query-versions";
import { putTopicPapers } from "../store/papers";
import { setPaperMark } from "../store/paper-marks";
import { putPaperNote } from "../store/paper-notes";
import { readChangesSince, latestChangeSeq } from "../store/review-changes";
import { getTopic } from "../topics/registry";
import { makePaper } from "../testing/papers";
import { readReviewPage, readReviewSummary, type PagedReviewRequest } from "./paged";

const NOW = new Date("2025-04-10T12:00:00Z");
const period = { from: new Date("2025-04-03T12:00:00Z"), to: NOW };
const topics = ["data", "dialogue", "language-model"];

/** 90 papers over the week; every third found by two topics; some share a submission instant. */
function store(): Db {
  const db = openDb(":memory:");
  const bySlug = new Map<string, ReturnType<typeof makePaper>[]>(topics.map((t) => [t, []]));
  for (let i = 0; i < 90; i++) {
    const at = new Date(Date.parse("2025-04-04T00:00:00Z") + Math.floor(i / 2) * 3 * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z");
    const p = makePaper(`2504.${String(1000 + i).padStart(5, "0")}`, at, { title: `Paper ${i} on ${i % 2 ? "speech" : "vision"}` });
    bySlug.get(topics[i % 3]!)!.push(p);
    if (i % 3 === 0) bySlug.get("dialogue")!.push(p);
  }
  for (const [slug, papers] of bySlug) putTopicPapers(db, slug, ensureQueryVersion(db, slug, getTopic(db, slug)!.query), papers, NOW);
  return db;
}

async function readAll(db: Db, request: PagedReviewRequest, limit: number, between?: (page: number) => void): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const r = await readReviewPage(db, request, after, limit, NOW);
    ids.push(...r.papers.map((p) => p.paper.id));
    between?.(page);
    if (!r.next) break;
    after = r.next;
  }
  return ids;
}

describe("paged review", () => {
  it("counts tallies, group sizes and 2+ topics in SQL", async () => {
    const db = store();
    setPaperMark(db, "2504.01000", "shortlisted", "Ann", NOW);
    const s = await readReviewSummary(db, { ...period, topics }, NOW);
    expect(s.tally).toEqual({ papers: 90, read: 0, shortlisted: 1, dismissed: 0, unmarked: 89 });
    expect(s.groups.map((g) => [g.key, g.listed, g.matched])).toEqual([
      ["data", 30, 30],
      ["dialogue", 30, 60],
      ["language-model", 30, 30],
    ]);
    expect(s.multiTopic).toBe(30);
    expect((await readReviewSummary(db, { ...period, topics, filter: { multiTopic: true } }, NOW)).shown).toBe(30);
    expect((await readReviewSummary(db, { ...period, topics, filter: { text: "SPEECH" } }, NOW)).shown).toBe(45);
    expect((await readReviewSummary(db, { ...period, topics, filter: { topic: "dialogue", mark: "unmarked" } }, NOW)).shown).toBe(59);
    expect((await readReviewSummary(db, { ...period, topics, filter: { category: "cs.CL" } }, NOW)).shown).toBe(90);
  });

  for (const grouping of ["topic", "date"] as const) {
    it(`lists every paper exactly once across pages (${grouping}), in the one-shot order`, async () => {
      const db = store();
      const all = await readAll(db, { ...period, topics, grouping }, 1000);
      expect(all).toHaveLength(90);
      expect(await readAll(db, { ...period, topics, grouping }, 7)).toEqual(all);
    });
  }

  it("never repeats or skips a paper while marks change between pages", async () => {
    const db = store();
    const request = { ...period, topics, filter: { mark: "unmarked" as const } };
    const before = await readAll(db, request, 1000);
    // A reviewer marks the first papers of every page read so far, and one further down.
    const seen = await readAll(db, request, 10, (page) => {
      setPaperMark(db, before[page * 10]!, "read", "Ann", NOW);
      setPaperMark(db, before[89 - page]!, "dismissed", "Bo", NOW);
    });
    expect(new Set(seen).size).toBe(seen.length);
    // Everything still unmarked at the end was seen; nothing marked ahead of the reader was.
    const stillUnmarked = await readAll(db, request, 1000);
    for (const id of stillUnmarked) expect(seen).toContain(id);
    for (let page = 0; page < 9; page++) expect(seen).toContain(before[page * 10]!);
  });

  it("ranks for the team once there are enough marks, each paper once across pages, speech first", async () => {
    const db = store();
    const few = await readReviewSummary(db, { ...period, topics, rank: "team" }, NOW);
    expect(few.ranking).toEqual({ status: "too-few-marks", positives: 0, negatives: 0, needed: 5 });
    expect(await readAll(db, { ...period, topics, rank: "team" }, 1000)).toEqual(await readAll(db, { ...period, topics, grouping: "date" }, 1000));
    // Odd papers are about speech: the team shortlists six of them and dismisses six others.
    for (let i = 0; i < 6; i++) {
      setPaperMark(db, `2504.${String(1001 + 2 * i).padStart(5, "0")}`, "shortlisted", "Ann", NOW);
      setPaperMark(db, `2504.${String(1000 + 2 * i).padStart(5, "0")}`, "dismissed", "Ann", NOW);
    }
    const ready = await readReviewSummary(db, { ...period, topics, rank: "team" }, NOW);
    expect(ready.ranking).toMatchObject({ status: "ready", positives: 6, negatives: 6 });
    const ranked = await readAll(db, { ...period, topics, rank: "team" }, 7);
    expect(new Set(ranked).size).toBe(90);
    const first = await readReviewPage(db, { ...period, topics, rank: "team" }, null, 45, NOW);
    expect(first.papers.every((p) => p.paper.title.includes("speech"))).toBe(true);
    expect(first.papers[0]!.why!.map((w) => w.term)).toContain("speech");
  });

  it("refuses a forged cursor", async () => {
    await expect(readReviewPage(store(), { ...period, topics }, "bm9wZQ", 10, NOW)).rejects.toThrow(/cursor/);
  });
});

describe("change cursor", () => {
  it("returns each changed paper once with its state now, and nothing when idle", () => {
    const db = store();
    const start = latestChangeSeq(db);
    expect(readChangesSince(db, start)).toEqual({ cursor: start, changes: [], more: false });
    setPaperMark(db, "2504.01001", "read", "Ann", NOW);
    setPaperMark(db, "2504.01001", "shortlisted", "Bo", NOW);
    putPaperNote(db, "2504.01002", "Ann", "look", NOW);
    setPaperMark(db, "2504.01003", "dismissed", "Ann", NOW);
    setPaperMark(db, "2504.01003", null, "Ann", NOW);
    const c = readChangesSince(db, start);
    expect(c.changes.map((x) => [x.paperId, x.mark?.mark ?? null, x.notes.length])).toEqual([
      ["2504.01001", "shortlisted", 0],
      ["2504.01002", null, 1],
      ["2504.01003", null, 0],
    ]);
    expect(c.cursor).toBe(latestChangeSeq(db));
    expect(readChangesSince(db, c.cursor).changes).toEqual([]);
  });

  it("pages a long backlog without skipping a paper", () => {
    const db = store();
    for (let i = 0; i < 25; i++) setPaperMark(db, `2504.${String(1000 + i).padStart(5, "0")}`, "read", "Ann", NOW);
    const got: string[] = [];
    let since = 0;
    for (;;) {
      const c = readChangesSince(db, since, 10);
      got.push(...c.changes.map((x) => x.paperId));
      since = c.cursor;
      if (!c.more) break;
    }
    expect(new Set(got).size).toBe(25);
  });

  it("brings a cursor from a rebuilt store back to the log's end", () => {
    expect(readChangesSince(store(), 999).cursor).toBe(0);
  });
});
