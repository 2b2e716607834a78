// Pure updates of a cached review when one paper's mark or notes change: used for the
// optimistic update (before the server answers), the server's answer, and the rollback.
import { tallyMarks } from "@/lib/reviews/select";
import type { PaperMark, PaperMarkKind, PaperNote, ReviewGroup, ReviewPaper, MarkTally } from "@/lib/queries/reviews";

export interface PaperReviewState {
  mark: PaperMark | null;
  notes: PaperNote[];
}

interface ReviewLike<P extends ReviewPaper> {
  groups: ReviewGroup<P>[];
  tally: MarkTally;
}

export function findPaperState<P extends ReviewPaper>(review: ReviewLike<P>, paperId: string): PaperReviewState | null {
  for (const g of review.groups) {
    const p = g.papers.find((x) => x.paper.id === paperId);
    if (p) return { mark: p.mark, notes: p.notes };
  }
  return null;
}

/** The review with one paper's state replaced and the tally counted again; the same object when the paper is absent. */
export function withPaperState<P extends ReviewPaper, R extends ReviewLike<P>>(review: R, paperId: string, state: PaperReviewState): R {
  if (findPaperState(review, paperId) === null) return review;
  const groups = review.groups.map((g) =>
    g.papers.some((p) => p.paper.id === paperId)
      ? { ...g, papers: g.papers.map((p) => (p.paper.id === paperId ? { ...p, mark: state.mark, notes: state.notes } : p)) }
      : g,
  );
  return { ...review, groups, tally: tallyMarks(groups.flatMap((g) => g.papers)) };
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

export type ReviewFilter = "all" | "unmarked" | "shortlisted";

export function passesFilter(p: ReviewPaper, filter: ReviewFilter): boolean {
  if (filter === "unmarked") return p.mark === null;
  if (filter === "shortlisted") return p.mark?.mark === "shortlisted";
  return true;
}
