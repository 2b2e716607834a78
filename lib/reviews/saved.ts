// Saving a review as it stands, and reopening a saved one as it was (with today's marks and
// notes alongside, so the team sees what changed since).
import type { Db } from "../store/db";
import { getPaperMarks, type PaperMark } from "../store/paper-marks";
import { getPaperNotes, type PaperNote } from "../store/paper-notes";
import { getSavedReview, saveReview, type SavedReviewSummary } from "../store/reviews";
import { readLiveReview, type ReviewRequest } from "./build";
import type { TopicCoverage } from "./coverage";
import { groupReviewPapers, tallyMarks, type MarkTally, type ReviewGroup, type ReviewPaper } from "./select";

export interface SaveReviewRequest extends ReviewRequest {
  title: string;
  savedBy: string | null;
}

/** Builds the review for the request from the store's current state and saves a copy of it. */
export function saveCurrentReview(db: Db, request: SaveReviewRequest, now: Date): number {
  const review = readLiveReview(db, request, now);
  return saveReview(
    db,
    {
      title: request.title,
      period: review.period,
      grouping: review.grouping,
      topics: review.topics,
      coverage: review.coverage,
      savedBy: request.savedBy,
      papers: review.groups.flatMap((g) => g.papers),
    },
    now,
  );
}

export interface ReopenedReviewPaper extends ReviewPaper {
  /** The paper's mark and notes now, which may differ from those saved with the review. */
  current: { mark: PaperMark | null; notes: PaperNote[] };
}

export interface ReopenedReview extends SavedReviewSummary {
  coverage: TopicCoverage[];
  groups: ReviewGroup<ReopenedReviewPaper>[];
  /** Marks as saved. */
  tally: MarkTally;
}

export function reopenReview(db: Db, id: number): ReopenedReview | null {
  const saved = getSavedReview(db, id);
  if (!saved) return null;
  const ids = saved.papers.map((p) => p.paper.id);
  const marks = getPaperMarks(db, ids);
  const notes = getPaperNotes(db, ids);
  const papers: ReopenedReviewPaper[] = saved.papers.map((p) => ({
    ...p,
    current: { mark: marks.get(p.paper.id) ?? null, notes: notes.get(p.paper.id) ?? [] },
  }));
  // Grouping is recomputed from the copy: it depends only on the saved papers, tags and topics.
  const groups = groupReviewPapers(papers, saved.grouping, saved.topics);
  const { papers: _copies, ...summary } = saved;
  return { ...summary, coverage: saved.coverage as TopicCoverage[], groups, tally: tallyMarks(papers) };
}
