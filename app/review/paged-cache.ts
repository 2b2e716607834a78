// Pure updates of the paged review in the browser's cache when papers' marks or notes change
// (an optimistic write, the server's answer, a rollback, a teammate's change from the cursor):
// only the changed papers' objects are replaced, so only their cards re-render.
import type { InfiniteData } from "@tanstack/react-query";
import type { MarkTally, PaperMark, PaperStateChange, ReviewPage, ReviewSummary } from "@/lib/queries/reviews";
import type { PaperReviewState } from "./review-cache";

export function findInPages(data: InfiniteData<ReviewPage, unknown> | undefined, paperId: string): PaperReviewState | null {
  for (const page of data?.pages ?? []) {
    const p = page.papers.find((x) => x.paper.id === paperId);
    if (p) return { mark: p.mark, notes: p.notes };
  }
  return null;
}

/** The pages with the given papers' states replaced; the same object when none is loaded. */
export function patchPages(
  data: InfiniteData<ReviewPage, unknown> | undefined,
  changes: readonly PaperStateChange[],
): InfiniteData<ReviewPage, unknown> | undefined {
  if (!data || changes.length === 0) return data;
  const byId = new Map(changes.map((c) => [c.paperId, c]));
  let touched = false;
  const pages = data.pages.map((page) => {
    if (!page.papers.some((p) => byId.has(p.paper.id))) return page;
    touched = true;
    return {
      ...page,
      papers: page.papers.map((p) => {
        const c = byId.get(p.paper.id);
        return c ? { ...p, mark: c.mark, notes: c.notes } : p;
      }),
    };
  });
  return touched ? { ...data, pages } : data;
}

/** The tally once one paper's mark goes from `before` to `after` (the paper is in the review). */
export function moveTally(tally: MarkTally, before: PaperMark | null, after: PaperMark | null): MarkTally {
  const from = before?.mark ?? "unmarked";
  const to = after?.mark ?? "unmarked";
  if (from === to) return tally;
  return { ...tally, [from]: Math.max(0, tally[from] - 1), [to]: tally[to] + 1 };
}

export function patchSummaryTally(summary: ReviewSummary | undefined, before: PaperMark | null, after: PaperMark | null): ReviewSummary | undefined {
  if (!summary) return summary;
  const tally = moveTally(summary.tally, before, after);
  return tally === summary.tally ? summary : { ...summary, tally };
}
