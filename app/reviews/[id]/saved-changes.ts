// What changed on a paper since its review was saved: the team keeps marking after the meeting,
// and the reopened review shows both without mixing them.
import type { PaperMark, PaperNote, ReopenedReviewPaper } from "@/lib/queries/reviews";

export function markChanged(saved: PaperMark | null, current: PaperMark | null): boolean {
  if (saved === null || current === null) return saved !== current;
  return saved.mark !== current.mark || saved.markedBy !== current.markedBy;
}

const noteKey = (n: PaperNote) => `${n.reviewer}\u0000${n.text}`;

/** Notes added or edited since (by reviewer and text), and the reviewers whose notes were deleted. */
export function noteChanges(saved: readonly PaperNote[], current: readonly PaperNote[]): { changed: PaperNote[]; removed: string[] } {
  const before = new Set(saved.map(noteKey));
  const nowBy = new Set(current.map((n) => n.reviewer));
  return {
    changed: current.filter((n) => !before.has(noteKey(n))),
    removed: saved.filter((n) => !nowBy.has(n.reviewer)).map((n) => n.reviewer),
  };
}

export function paperChanged(p: ReopenedReviewPaper): boolean {
  const notes = noteChanges(p.notes, p.current.notes);
  return markChanged(p.mark, p.current.mark) || notes.changed.length > 0 || notes.removed.length > 0;
}
