// The team's reading marks (migration 3): one per paper, shared by everyone on this server.
import "server-only";
import type { Db } from "./db";
import type { PaperMarkKind } from "./mark-kinds";

export { PAPER_MARKS, type PaperMarkKind } from "./mark-kinds";

export interface PaperMark {
  mark: PaperMarkKind;
  markedBy: string;
  markedAt: string;
}

const SELECT = "SELECT paper_id AS paperId, mark, marked_by AS markedBy, marked_at AS markedAt FROM paper_marks";

/** Sets a paper's mark, or clears it when `mark` is null. The paper must be cached. */
export function setPaperMark(
  db: Db,
  paperId: string,
  mark: PaperMarkKind | null,
  by: string,
  now = new Date(),
): PaperMark | null {
  if (mark === null) {
    db.prepare("DELETE FROM paper_marks WHERE paper_id = ?").run(paperId);
    return null;
  }
  const markedAt = now.toISOString();
  db.prepare(
    `INSERT INTO paper_marks (paper_id, mark, marked_by, marked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (paper_id) DO UPDATE SET mark = excluded.mark, marked_by = excluded.marked_by,
       marked_at = excluded.marked_at`,
  ).run(paperId, mark, by, markedAt);
  return { mark, markedBy: by, markedAt };
}

/** The marks of the given papers; papers without a mark are absent from the map. */
export function getPaperMarks(db: Db, paperIds: readonly string[]): Map<string, PaperMark> {
  const out = new Map<string, PaperMark>();
  if (paperIds.length === 0) return out;
  // json_each keeps this one statement however many ids there are (no 999-variable limit).
  const rows = db
    .prepare(`${SELECT} WHERE paper_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(paperIds)) as (PaperMark & { paperId: string })[];
  for (const { paperId, ...mark } of rows) out.set(paperId, mark);
  return out;
}
