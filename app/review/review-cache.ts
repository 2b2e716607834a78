// What a paper's mark and notes will be once the server records a write: shown before it
// answers (optimistic), then replaced by its answer (paged-cache.ts applies either).
import type { PaperMark, PaperMarkKind, PaperNote } from "@/lib/queries/reviews";

export interface PaperReviewState {
  mark: PaperMark | null;
  notes: PaperNote[];
}

/** The mark as the server will record it, for showing before it answers. */
export function expectedMark(mark: PaperMarkKind | null, reviewer: string, now: Date): PaperMark | null {
  return mark === null ? null : { mark, markedBy: reviewer, markedAt: now.toISOString() };
}

/** The notes once `reviewer`'s note is `text` (empty: deleted), keeping the others in place. */
export function expectedNotes(notes: readonly PaperNote[], reviewer: string, text: string, now: Date): PaperNote[] {
  const at = now.toISOString();
  const own = notes.find((n) => n.reviewer === reviewer);
  if (text === "") return notes.filter((n) => n.reviewer !== reviewer);
  if (own) return notes.map((n) => (n.reviewer === reviewer ? { ...n, text, updatedAt: at } : n));
  return [...notes, { reviewer, text, createdAt: at, updatedAt: at }];
}
