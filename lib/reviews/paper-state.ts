// A paper's shared review state (its mark and notes): the answer of GET /api/marks and of every
// mark or note written.
import type { Db } from "../store/db";
import { getCachedPaper } from "../store/period-papers";
import { getPaperMarks, type PaperMark } from "../store/paper-marks";
import { getPaperNotes, type PaperNote } from "../store/paper-notes";

export interface PaperState {
  paperId: string;
  mark: PaperMark | null;
  notes: PaperNote[];
}

/** Marks and notes only attach to papers in the cache. */
export function isCachedPaper(db: Db, paperId: string): boolean {
  return getCachedPaper(db, paperId) !== null;
}

/** The states of `paperIds`, in the order asked. */
export function readPaperStates(db: Db, paperIds: readonly string[]): PaperState[] {
  const marks = getPaperMarks(db, paperIds);
  const notes = getPaperNotes(db, paperIds);
  return paperIds.map((paperId) => ({ paperId, mark: marks.get(paperId) ?? null, notes: notes.get(paperId) ?? [] }));
}

export function readPaperState(db: Db, paperId: string): PaperState {
  return readPaperStates(db, [paperId])[0]!;
}
