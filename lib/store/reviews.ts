// Saved team reviews (migration 3): the review's settings and a copy of every paper it held,
// with the marks and notes of the moment, so that it reopens exactly as it was saved.
import "server-only";
import type { Db } from "./db";
import type { Paper } from "../arxiv/paper";
import type { PaperMark, PaperMarkKind } from "./paper-marks";
import type { PaperNote } from "./paper-notes";

export type ReviewGrouping = "topic" | "date";

export interface SavedReviewTopic {
  slug: string;
  name: string;
  /** The query version the topic's papers were read from; null when never synced. */
  queryVersion: number | null;
}

export interface SavedReviewPaper {
  paper: Paper;
  /** Slugs of the review's topics that found the paper, in the review's topic order. */
  topics: string[];
  mark: PaperMark | null;
  notes: PaperNote[];
}

export interface SavedReviewInput {
  title: string;
  period: { from: string; to: string };
  grouping: ReviewGrouping;
  topics: SavedReviewTopic[];
  /** Stored as given (JSON): whatever coverage warnings the review showed. */
  coverage: unknown;
  savedBy: string | null;
  papers: SavedReviewPaper[];
}

export interface SavedReviewSummary {
  id: number;
  title: string;
  period: { from: string; to: string };
  grouping: ReviewGrouping;
  topics: SavedReviewTopic[];
  savedBy: string | null;
  savedAt: string;
  paperCount: number;
  shortlistedCount: number;
}

export interface SavedReviewRecord extends SavedReviewSummary {
  coverage: unknown;
  papers: SavedReviewPaper[];
}

interface ReviewRow {
  id: number;
  title: string;
  period_from: string;
  period_to: string;
  grouping: ReviewGrouping;
  topics_json: string;
  coverage_json: string;
  saved_by: string | null;
  saved_at: string;
  paper_count: number;
  shortlisted_count: number;
}

interface ReviewPaperRow {
  topics_json: string;
  paper_json: string;
  mark: PaperMarkKind | null;
  marked_by: string | null;
  marked_at: string | null;
  notes_json: string;
}

const SUMMARY_SELECT = `SELECT r.*,
    (SELECT COUNT(*) FROM review_papers rp WHERE rp.review_id = r.id) AS paper_count,
    (SELECT COUNT(*) FROM review_papers rp WHERE rp.review_id = r.id AND rp.mark = 'shortlisted') AS shortlisted_count
  FROM reviews r`;

const toSummary = (r: ReviewRow): SavedReviewSummary => ({
  id: r.id,
  title: r.title,
  period: { from: r.period_from, to: r.period_to },
  grouping: r.grouping,
  topics: JSON.parse(r.topics_json) as SavedReviewTopic[],
  savedBy: r.saved_by,
  savedAt: r.saved_at,
  paperCount: r.paper_count,
  shortlistedCount: r.shortlisted_count,
});

export function saveReview(db: Db, input: SavedReviewInput, now = new Date()): number {
  return db
    .transaction(() => {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO reviews (title, period_from, period_to, grouping, topics_json, coverage_json, saved_by, saved_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.title,
          input.period.from,
          input.period.to,
          input.grouping,
          JSON.stringify(input.topics),
          JSON.stringify(input.coverage),
          input.savedBy,
          now.toISOString(),
        );
      const id = Number(lastInsertRowid);
      const insert = db.prepare(
        `INSERT INTO review_papers (review_id, position, paper_id, topics_json, paper_json, mark, marked_by, marked_at, notes_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      input.papers.forEach((p, position) => {
        insert.run(
          id,
          position,
          p.paper.id,
          JSON.stringify(p.topics),
          JSON.stringify(p.paper),
          p.mark?.mark ?? null,
          p.mark?.markedBy ?? null,
          p.mark?.markedAt ?? null,
          JSON.stringify(p.notes),
        );
      });
      return id;
    })
    .immediate();
}

/** Saved reviews, the most recently saved first. */
export function listSavedReviews(db: Db, limit = 200): SavedReviewSummary[] {
  const rows = db.prepare(`${SUMMARY_SELECT} ORDER BY r.saved_at DESC, r.id DESC LIMIT ?`).all(limit) as ReviewRow[];
  return rows.map(toSummary);
}

export function getSavedReview(db: Db, id: number): SavedReviewRecord | null {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE r.id = ?`).get(id) as ReviewRow | undefined;
  if (!row) return null;
  const papers = db
    .prepare("SELECT * FROM review_papers WHERE review_id = ? ORDER BY position")
    .all(id) as ReviewPaperRow[];
  return {
    ...toSummary(row),
    coverage: JSON.parse(row.coverage_json) as unknown,
    papers: papers.map((p) => ({
      paper: JSON.parse(p.paper_json) as Paper,
      topics: JSON.parse(p.topics_json) as string[],
      mark: p.mark === null ? null : { mark: p.mark, markedBy: p.marked_by ?? "", markedAt: p.marked_at ?? "" },
      notes: JSON.parse(p.notes_json) as PaperNote[],
    })),
  };
}

/** Whether a saved review exists: a cheap check before anything is rendered for it. */
export function savedReviewExists(db: Db, id: number): boolean {
  return db.prepare("SELECT 1 FROM reviews WHERE id = ?").get(id) !== undefined;
}

/** Deletes a saved review (its paper copies go with it); false when there was none. */
export function deleteSavedReview(db: Db, id: number): boolean {
  return db.prepare("DELETE FROM reviews WHERE id = ?").run(id).changes > 0;
}

/** The end of the latest period any saved review covered: where the next review starts. */
export function latestReviewedUntil(db: Db): string | null {
  return (db.prepare("SELECT MAX(period_to) FROM reviews").pluck().get() as string | null) ?? null;
}

/** A saved review's settings and counts without its papers (they are read in pages). */
export function getSavedReviewHead(db: Db, id: number): (SavedReviewSummary & { coverage: unknown }) | null {
  const row = db.prepare(`${SUMMARY_SELECT} WHERE r.id = ?`).get(id) as ReviewRow | undefined;
  return row ? { ...toSummary(row), coverage: JSON.parse(row.coverage_json) as unknown } : null;
}
