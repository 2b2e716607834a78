"use client";
// Marking and annotating one paper of the live review. The change shows at once in every cached
// live review (optimistic), is replaced by the server's answer, and rolled back if refused.
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { markPaper, writePaperNote, type PaperState } from "@/lib/queries/paper-marks";
import { liveReviewRootKey, savedReviewsKey, type PaperMarkKind, type ReviewView } from "@/lib/queries/reviews";
import { noteWriteError } from "@/app/_components/write-access/write-errors";
import { expectedMark, expectedNotes, findPaperState, withPaperState, type PaperReviewState } from "./review-cache";

function currentState(qc: QueryClient, paperId: string): PaperReviewState | null {
  for (const [, data] of qc.getQueriesData<ReviewView>({ queryKey: liveReviewRootKey })) {
    const state = data ? findPaperState(data, paperId) : null;
    if (state) return state;
  }
  return null;
}

function applyState(qc: QueryClient, paperId: string, state: PaperReviewState): void {
  qc.setQueriesData<ReviewView>({ queryKey: liveReviewRootKey }, (old) => (old ? withPaperState(old, paperId, state) : old));
}

/** The shared optimistic lifecycle: `expected` computes the state to show from the current one. */
function useOptimisticPaperWrite<V>(paperId: string, write: (v: V) => Promise<PaperState>, expected: (current: PaperReviewState, v: V) => PaperReviewState) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onMutate: async (v: V) => {
      // A poll landing now would overwrite the optimistic state with the old one.
      await qc.cancelQueries({ queryKey: liveReviewRootKey });
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
      applyState(qc, paperId, { mark: state.mark, notes: state.notes });
      // Saved reviews show today's marks next to the saved ones.
      void qc.invalidateQueries({ queryKey: savedReviewsKey });
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
