"use client";
// Teammates' marks and notes without re-reading the review: poll the change cursor (a few dozen
// bytes when nothing changed) and patch the loaded pages in place.
import { useQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { readReviewChanges, reviewPagesRootKey, reviewSummaryRootKey, reviewsKey, type ReviewPage } from "@/lib/queries/reviews";
import { patchPages } from "./paged-cache";
import { pendingWrites } from "./pending-writes";

/** 10 s: a teammate's mark shows within seconds, and an idle tab stays near 5 kB a minute. */
export const CHANGES_POLL_MS = 10_000;

export function useReviewChanges(startCursor: number | undefined): void {
  const qc = useQueryClient();
  const cursor = useRef<number | null>(null);
  if (cursor.current === null && startCursor !== undefined) cursor.current = startCursor;
  const query = useQuery({
    queryKey: [...reviewsKey, "changes"],
    queryFn: async () => {
      let since = cursor.current ?? 0;
      const all = [];
      for (let i = 0; i < 20; i++) {
        const r = await readReviewChanges(since);
        all.push(...r.changes);
        since = r.cursor;
        if (!r.more) break;
      }
      cursor.current = since;
      return { at: since, changes: all };
    },
    enabled: startCursor !== undefined,
    refetchInterval: CHANGES_POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
    gcTime: 0,
  });
  const data = query.data;
  useEffect(() => {
    if (!data || data.changes.length === 0) return;
    const theirs = data.changes.filter((c) => !pendingWrites.has(c.paperId));
    qc.setQueriesData<InfiniteData<ReviewPage>>({ queryKey: reviewPagesRootKey }, (old) => patchPages(old, theirs));
    // The tally and group sizes are a small read: count them again rather than guess.
    void qc.invalidateQueries({ queryKey: reviewSummaryRootKey });
  }, [data, qc]);
}
