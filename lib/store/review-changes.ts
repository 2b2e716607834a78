// The change log of marks and notes (migration 6): a sequence that open reviews poll, so a
// teammate's mark arrives without downloading the review again.
import "server-only";
import type { Db } from "./db";
import { getPaperMarks, type PaperMark } from "./paper-marks";
import { getPaperNotes, type PaperNote } from "./paper-notes";

export interface PaperStateChange {
  paperId: string;
  mark: PaperMark | null;
  notes: PaperNote[];
}

export interface ReviewChanges {
  /** Ask with this next time: the last sequence included in this answer. */
  cursor: number;
  /** The papers whose mark or notes changed after `since`, in their state now. */
  changes: PaperStateChange[];
  /** More changed papers than one answer holds: read the rest with `cursor`. */
  more: boolean;
}

/** The newest sequence of the log (0 when nothing was ever written). */
export function latestChangeSeq(db: Db): number {
  return (db.prepare("SELECT COALESCE(MAX(seq), 0) FROM review_changes").pluck().get() as number) ?? 0;
}

/** The newest sequence of a mark write: the ranking model only changes with marks. */
export function latestMarkChangeSeq(db: Db): number {
  return (db.prepare("SELECT COALESCE(MAX(seq), 0) FROM review_changes WHERE kind = 'mark'").pluck().get() as number) ?? 0;
}

/**
 * Papers changed after `since`, each once with its current state. A paper changed twice is
 * reported once (its state now is what matters), so the answer is bounded by papers, not writes.
 */
export function readChangesSince(db: Db, since: number, limit = 500): ReviewChanges {
  const rows = db
    .prepare(
      `SELECT paper_id AS paperId, MAX(seq) AS seq FROM review_changes WHERE seq > ?
       GROUP BY paper_id ORDER BY seq LIMIT ?`,
    )
    .all(since, limit + 1) as { paperId: string; seq: number }[];
  const more = rows.length > limit;
  const taken = rows.slice(0, limit);
  // A cursor from before the store was rebuilt would wait forever: bring it back to the log's end.
  if (taken.length === 0) return { cursor: Math.min(Math.max(since, 0), latestChangeSeq(db)), changes: [], more: false };
  // The last paper's newest write: every paper left out (with more) has a newer one, and a
  // write landing after the read above has a newer one too, so nothing is skipped.
  const cursor = taken.at(-1)!.seq;
  const ids = taken.map((r) => r.paperId);
  const marks = getPaperMarks(db, ids);
  const notes = getPaperNotes(db, ids);
  return { cursor, more, changes: ids.map((paperId) => ({ paperId, mark: marks.get(paperId) ?? null, notes: notes.get(paperId) ?? [] })) };
}
