import { describe, expect, it } from "vitest";
import { openDb } from "../store/db";
import { ensureQueryVersion } from "../store/query-versions";
import { putTopicPapers } from "../store/papers";
import { setPaperMark } from "../store/paper-marks";
import { putPaperNote } from "../store/paper-notes";
import { getTopic } from "../topics/registry";
import { makePaper } from "../testing/papers";
import { reopenReview, saveCurrentReview } from "./saved";
import { readSavedReviewHead, readSavedReviewPage, type SavedPaperFilter, type SavedReviewPage } from "./saved-paged";
import { paperChanged } from "../../app/reviews/[id]/saved-changes";

const NOW = new Date("2025-04-10T12:00:00Z");
const topics = ["data", "dialogue", "language-model"];

function store() {
  const db = openDb(":memory:");
  for (const [t, slug] of topics.entries()) {
    const papers = Array.from({ length: 20 }, (_, i) => makePaper(`2504.${String(1000 + t * 20 + i).padStart(5, "0")}`, `2025-04-0${4 + (i % 5)}T0${t}:00:00Z`));
    // Every fifth paper of a topic is found by the next topic too.
    const shared = papers.filter((_, i) => i % 5 === 0);
    putTopicPapers(db, slug, ensureQueryVersion(db, slug, getTopic(db, slug)!.query), papers, NOW);
    const next = topics[(t + 1) % 3]!;
    putTopicPapers(db, next, ensureQueryVersion(db, next, getTopic(db, next)!.query), shared, NOW);
  }
  setPaperMark(db, "2504.01000", "shortlisted", "Ann", NOW);
  putPaperNote(db, "2504.01001", "Bo", "keep", NOW);
  return db;
}

function allPages(db: ReturnType<typeof store>, id: number, filter: SavedPaperFilter, limit: number) {
  const out = [];
  let after: string | null = null;
  for (;;) {
    const page: SavedReviewPage = readSavedReviewPage(db, id, filter, after, limit)!;
    out.push(...page.papers);
    if (!page.next) return out;
    after = page.next;
  }
}

describe("saved review in pages", () => {
  for (const grouping of ["topic", "date"] as const) {
    it(`lists the papers in the same order as the one-shot reopen (${grouping}), with the same counts`, () => {
      const db = store();
      const id = saveCurrentReview(db, { from: new Date("2025-04-03T00:00:00Z"), to: NOW, topics, grouping, title: "W", savedBy: null }, NOW);
      setPaperMark(db, "2504.01000", "dismissed", "Bo", NOW);
      putPaperNote(db, "2504.01002", "Ann", "new", NOW);
      const whole = reopenReview(db, id)!;
      const ids = whole.groups.flatMap((g) => g.papers.map((p) => p.paper.id));
      expect(allPages(db, id, "all", 7).map((p) => p.paper.id)).toEqual(ids);
      const head = readSavedReviewHead(db, id, "all")!;
      expect(head.tally).toEqual(whole.tally);
      const changed = whole.groups.flatMap((g) => g.papers.filter(paperChanged).map((p) => p.paper.id));
      expect(head.changed).toBe(changed.length);
      expect(allPages(db, id, "changed", 1).map((p) => p.paper.id)).toEqual(changed);
      expect(head.groups.filter((g) => g.listed > 0).map((g) => [g.key, g.listed])).toEqual(
        whole.groups.filter((g) => g.papers.length > 0).map((g) => [g.key, g.papers.length]),
      );
      expect(allPages(db, id, "shortlisted", 5).map((p) => p.paper.id)).toEqual(["2504.01000"]);
    });
  }
});
