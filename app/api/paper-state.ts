// A paper's shared review state (mark and notes), as the marks and notes routes answer it.
import type { Db } from "@/lib/store/db";
import { getCachedPaper, getPaperMarks, getPaperNotes, type PaperMark, type PaperNote } from "@/lib/store";
import { notFound } from "@/lib/http/api-error";

export interface PaperState {
  paperId: string;
  mark: PaperMark | null;
  notes: PaperNote[];
}

/** Marks and notes only attach to papers in the cache: anything else is a client mistake. */
export function requireCachedPaper(db: Db, paperId: string): void {
  if (!getCachedPaper(db, paperId)) throw notFound(`paper ${paperId} in the cache`);
}

export function paperState(db: Db, paperId: string): PaperState {
  return {
    paperId,
    mark: getPaperMarks(db, [paperId]).get(paperId) ?? null,
    notes: getPaperNotes(db, [paperId]).get(paperId) ?? [],
  };
}
