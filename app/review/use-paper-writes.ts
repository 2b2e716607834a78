"use client";
// Marking and annotating papers of the paged review. A change shows at once (optimistic) in
// every loaded page and in the tally; writes run one after another in the order they were made
// (one mutation scope), so "r" then "s" on a paper always ends shortlisted.
import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { markPaper, writePaperNote, type PaperState } from "@/lib/queries/paper-marks";
import {
  reviewPagesRootKey,
  reviewSummaryRootKey,
  savedReviewsKey,
  type PaperMarkKind,
  type ReviewPage,
  type ReviewSummary,
} from "@/lib/queries/reviews";
import { noteWriteError } from "@/app/_components/write-access/write-errors";
import { expectedMark, expectedNotes, type PaperReviewState } from "./review-cache";
import { findInPages, patchPages, patchSummaryTally } from "./paged-cache";
import { pendingWrites } from "./pending-writes";

const WRITES = { id: "review-writes" };

function currentState(qc: QueryClient, paperId: string): PaperReviewState | null {
  for (const [, data] of qc.getQueriesData<InfiniteData<ReviewPage>>({ queryKey: reviewPagesRootKey })) {
    const state = findInPages(data, paperId);
    if (state) return state;
  }
  return null;
}

function applyState(qc: QueryClient, paperId: string, state: PaperReviewState): void {
  const before = currentState(qc, paperId);
  qc.setQueriesData<InfiniteData<ReviewPage>>({ queryKey: reviewPagesRootKey }, (old) => patchPages(old, [{ paperId, ...state }]));
  if (before) qc.setQueriesData<ReviewSummary>({ queryKey: reviewSummaryRootKey }, (old) => patchSummaryTally(old, before.mark, state.mark));
}

function useOptimisticPaperWrite<V>(paperId: string, write: (v: V) => Promise<PaperState>, expected: (current: PaperReviewState, v: V) => PaperReviewState) {
  const qc = useQueryClient();
  return useMutation({
    scope: WRITES,
    mutationFn: write,
    onMutate: (v: V) => {
      pendingWrites.add(paperId);
      const previous = currentState(qc, paperId);
      if (previous) applyState(qc, paperId, expected(previous, v));
      return { previous };
    },
    onError: (e, _v, context) => {
      // Only this paper goes back: other papers may have changed meanwhile.
      if (context?.previous) applyState(qc, paperId, context.previous);
      noteWriteError(e);
    },
    onSuccess: (state) => {
      // A later write of the same paper is already shown: the server's answer to this one would undo it.
      if (pendingWrites.count(paperId) === 1) applyState(qc, paperId, { mark: state.mark, notes: state.notes });
      void qc.invalidateQueries({ queryKey: savedReviewsKey });
    },
    onSettled: () => {
      pendingWrites.remove(paperId);
      // Group sizes under a mark filter change with marks: recount once the burst of writes ends.
      if (pendingWrites.size() === 0) void qc.invalidateQueries({ queryKey: reviewSummaryRootKey });
    },
  });
}

export function useMarkPaper(paperId: string) {
  return useOptimisticPaperWrite(
    paperId,
    (v: { mark: PaperMarkKind | null; reviewer: string }) => markPaper({ paperId, ...v }),
    (current, v) => ({ ...current, mark: expectedMark(v.mark, v.reviewer, new Date()) }),
  );
}

export function useWriteNote(paperId: string) {
  return useOptimisticPaperWrite(
    paperId,
    (v: { text: string; reviewer: string }) => writePaperNote({ paperId, ...v }),
    (current, v) => ({ ...current, notes: expectedNotes(current.notes, v.reviewer, v.text, new Date()) }),
  );
}
