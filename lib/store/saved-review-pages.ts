// A saved review of thousands of papers, read a page at a time: the tally as saved, group sizes
// and "changed since" counted in SQL, and papers paged in the review's group order.
import "server-only";
import type { Db } from "./db";
import type { Paper } from "../arxiv/paper";
import type { PaperMarkKind } from "./paper-marks";
import type { PaperNote } from "./paper-notes";

export type SavedPaperFilter = "all" | "shortlisted" | "changed";

// Whether a paper's mark or notes differ from the copy saved with the review (the same rule as
// app/reviews/[id]/saved-changes.ts: another mark or marker, or another set of reviewer notes).
const CHANGED = `(rp.mark IS NOT m.mark OR rp.marked_by IS NOT m.marked_by OR
  COALESCE((SELECT group_concat(k, char(1)) FROM (SELECT json_extract(value, '$.reviewer') || char(0) || json_extract(value, '$.text') AS k
    FROM json_each(rp.notes_json) ORDER BY k)), '') IS NOT
  COALESCE((SELECT group_concat(k, char(1)) FROM (SELECT n.reviewer || char(0) || n.text AS k FROM paper_notes n
    WHERE n.paper_id = rp.paper_id ORDER BY k)), ''))`;

// Group key and its order: the first topic's place in the review (topic grouping) or the GMT day
// (date grouping; positions are already newest first, so days come in order).
const BASE = `WITH t AS (SELECT value AS slug, CAST(key AS INTEGER) AS pos FROM reviews r, json_each(r.topics_json, '$') WHERE r.id = @id),
  tt AS (SELECT json_extract(slug, '$.slug') AS slug, pos FROM t),
  f AS (
    SELECT rp.*, m.mark AS cur_mark, ${CHANGED} AS changed,
      CASE WHEN @grouping = 'topic' THEN COALESCE((SELECT pos FROM tt WHERE tt.slug = json_extract(rp.topics_json, '$[0]')), 1000) ELSE 0 END AS k1,
      CASE WHEN @grouping = 'topic' THEN json_extract(rp.topics_json, '$[0]') ELSE substr(json_extract(rp.paper_json, '$.published'), 1, 10) END AS grp
    FROM review_papers rp LEFT JOIN paper_marks m ON m.paper_id = rp.paper_id
    WHERE rp.review_id = @id
  )`;

const filterSql = (f: SavedPaperFilter) => (f === "shortlisted" ? "WHERE mark = 'shortlisted'" : f === "changed" ? "WHERE changed" : "WHERE 1");

export interface SavedReviewCounts {
  tally: { papers: number; read: number; shortlisted: number; dismissed: number; unmarked: number };
  changed: number;
  shown: number;
  groups: { key: string; listed: number }[];
}

export function countSavedReviewPapers(db: Db, id: number, grouping: "topic" | "date", filter: SavedPaperFilter): SavedReviewCounts {
  const p = { id, grouping };
  const t = db
    .prepare(
      `${BASE} SELECT COUNT(*) AS papers, COALESCE(SUM(mark = 'read'), 0) AS read, COALESCE(SUM(mark = 'shortlisted'), 0) AS shortlisted,
         COALESCE(SUM(mark = 'dismissed'), 0) AS dismissed, COALESCE(SUM(mark IS NULL), 0) AS unmarked, COALESCE(SUM(changed), 0) AS changed FROM f`,
    )
    .get(p) as SavedReviewCounts["tally"] & { changed: number };
  const groups = db.prepare(`${BASE} SELECT grp AS key, COUNT(*) AS listed FROM f ${filterSql(filter)} GROUP BY grp ORDER BY MIN(k1), MIN(position)`).all(p) as {
    key: string;
    listed: number;
  }[];
  const { changed, ...tally } = t;
  return { tally, changed, shown: groups.reduce((n, g) => n + g.listed, 0), groups };
}

export interface SavedPageRow {
  paper: Paper;
  topics: string[];
  mark: { mark: PaperMarkKind; markedBy: string; markedAt: string } | null;
  notes: PaperNote[];
  group: string;
  key: [number, number];
}

/** Papers after `after` ([group order, position]) in the review's group order. */
export function listSavedReviewPage(
  db: Db,
  id: number,
  grouping: "topic" | "date",
  filter: SavedPaperFilter,
  after: readonly [number, number] | null,
  limit: number,
): { rows: SavedPageRow[]; hasMore: boolean } {
  const rows = db
    .prepare(
      `${BASE} SELECT * FROM f ${filterSql(filter)} ${after ? "AND (k1, position) > (@a1, @a2)" : ""} ORDER BY k1, position LIMIT @limit`,
    )
    .all({ id, grouping, limit: limit + 1, ...(after ? { a1: after[0], a2: after[1] } : {}) }) as {
    paper_json: string;
    topics_json: string;
    mark: PaperMarkKind | null;
    marked_by: string | null;
    marked_at: string | null;
    notes_json: string;
    grp: string;
    k1: number;
    position: number;
  }[];
  return {
    hasMore: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({
      paper: JSON.parse(r.paper_json) as Paper,
      topics: JSON.parse(r.topics_json) as string[],
      mark: r.mark === null ? null : { mark: r.mark, markedBy: r.marked_by ?? "", markedAt: r.marked_at ?? "" },
      notes: JSON.parse(r.notes_json) as PaperNote[],
      group: r.grp,
      key: [r.k1, r.position],
    })),
  };
}
