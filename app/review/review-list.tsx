"use client";
// The review's papers, a page at a time: the first screenful comes with the HTML, the next
// pages as the reader scrolls (or presses j) near the end. Group headings carry the sizes the
// server counted, so a group reads "230 papers" before all 230 are loaded.
import { useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { reviewPagesQueryOptions, type PagedReviewPaper, type PagedReviewRequest, type ReviewSummary } from "@/lib/queries/reviews";
import shared from "@/app/_components/review/review.module.css";
import { ReviewPaperCard } from "./review-paper-card";
import { KeyHelp } from "./key-help";
import { useTriageKeys } from "./triage-keys";
import styles from "./review.module.css";

interface Segment {
  key: string;
  papers: PagedReviewPaper[];
}

function segments(papers: readonly PagedReviewPaper[]): Segment[] {
  const out: Segment[] = [];
  for (const p of papers) {
    const last = out.at(-1);
    if (last && last.key === p.group) last.papers.push(p);
    else out.push({ key: p.group, papers: [p] });
  }
  return out;
}

export function ReviewList({ request, summary }: { request: PagedReviewRequest; summary: ReviewSummary }) {
  const query = useInfiniteQuery(reviewPagesQueryOptions(request));
  const papers = useMemo(() => query.data?.pages.flatMap((p) => p.papers) ?? [], [query.data]);
  const ids = useMemo(() => papers.map((p) => p.paper.id), [papers]);
  const topicNames = useMemo(() => new Map(summary.topics.map((t) => [t.slug, t.name])), [summary.topics]);
  const groupSizes = useMemo(() => new Map(summary.groups.map((g) => [g.key, g])), [summary.groups]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  useTriageKeys({ ids, focusId, setFocusId, nearEnd: loadMore, toggleHelp });

  // Scrolling near the end loads the next page, well before the reader gets there.
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore(), { rootMargin: "1200px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [loadMore]);

  if (query.error) {
    return (
      <div role="alert" className="alert" data-testid="review-error">
        The papers could not be read: {query.error.message}{" "}
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const teamOrder = summary.order === "team";
  return (
    <>
      <p className={styles.hint}>
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>r</kbd> <kbd>s</kbd> <kbd>d</kbd> mark, <kbd>n</kbd> note, <kbd>o</kbd> abstract,{" "}
        <button type="button" className={styles.linkButton} onClick={toggleHelp} data-testid="keys-toggle">
          <kbd>?</kbd> all keys
        </button>
      </p>
      {help ? <KeyHelp onClose={toggleHelp} /> : null}
      {segments(papers).map((s) => {
        const size = groupSizes.get(s.key);
        const label = teamOrder ? "For the team" : (size?.label ?? s.key);
        return (
          <section key={s.key || "all"} aria-labelledby={`group-${s.key || "all"}`} data-testid="review-group" data-key={s.key}>
            <div className={shared.groupHead}>
              <h2 id={`group-${s.key || "all"}`}>{label}</h2>
              <span className={shared.groupCount} data-testid="group-size">
                {teamOrder ? `${summary.shown} papers, best match first` : `${size?.listed ?? s.papers.length} listed`}
                {!teamOrder && summary.grouping === "topic" && size && size.matched !== size.listed
                  ? ` · ${size.matched} found by this topic (others listed under an earlier topic)`
                  : ""}
              </span>
            </div>
            <ol className={shared.papers}>
              {s.papers.map((p) => (
                <ReviewPaperCard key={p.paper.id} item={p} topicNames={topicNames} focused={p.paper.id === focusId} onFocus={setFocusId} />
              ))}
            </ol>
          </section>
        );
      })}
      <div ref={sentinel} className={styles.pager} data-testid="review-pager" data-loaded={papers.length} data-complete={hasNextPage ? "false" : "true"}>
        {hasNextPage ? (
          <button type="button" className="button" onClick={loadMore} disabled={isFetchingNextPage} data-testid="load-more">
            {isFetchingNextPage ? "Loading…" : `Show more (${papers.length} of ${summary.shown} shown)`}
          </button>
        ) : papers.length > 0 ? (
          <span className={styles.hint}>All {papers.length} papers shown.</span>
        ) : null}
      </div>
    </>
  );
}
