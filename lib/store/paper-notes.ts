// Reviewers' notes on papers (migration 3): one note per paper and reviewer.
import "server-only";
import type { Db } from "./db";

export interface PaperNote {
  reviewer: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Writes `reviewer`'s note on a paper; an empty text deletes it. Returns the note, or null
 * when deleted. The paper must be cached.
 */
export function putPaperNote(db: Db, paperId: string, reviewer: string, text: string, now = new Date()): PaperNote | null {
  if (text === "") {
    db.prepare("DELETE FROM paper_notes WHERE paper_id = ? AND reviewer = ?").run(paperId, reviewer);
    return null;
  }
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO paper_notes (paper_id, reviewer, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (paper_id, reviewer) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(paperId, reviewer, text, at, at);
  return db
    .prepare(
      `SELECT reviewer, text, created_at AS createdAt, updated_at AS updatedAt FROM paper_notes
       WHERE paper_id = ? AND reviewer = ?`,
    )
    .get(paperId, reviewer) as PaperNote;
}

/** Every note on the given papers, oldest first per paper; papers without notes are absent. */
export function getPaperNotes(db: Db, paperIds: readonly string[]): Map<string, PaperNote[]> {
  const out = new Map<string, PaperNote[]>();
  if (paperIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT paper_id AS paperId, reviewer, text, created_at AS createdAt, updated_at AS updatedAt
       FROM paper_notes WHERE paper_id IN (SELECT value FROM json_each(?))
       ORDER BY created_at, reviewer`,
    )
    .all(JSON.stringify(paperIds)) as (PaperNote & { paperId: string })[];
  for (const { paperId, ...note } of rows) {
    const list = out.get(paperId);
    if (list) list.push(note);
    else out.set(paperId, [note]);
  }
  return out;
}
