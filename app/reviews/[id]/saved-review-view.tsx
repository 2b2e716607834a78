"use client";
// A saved review reopened as it was saved: its period, coverage, tally and papers with the
// marks and notes of that moment, today's changes beside them, and the downloads.
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { savedReviewExportHref, savedReviewHeadQueryOptions, savedReviewPagesQueryOptions, type SavedPaperFilter, type SavedReviewPagePaper } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";
import { CoverageNotice } from "@/app/_components/review/coverage-notice";
import { ExportLinks } from "@/app/_components/review/export-links";
import { MarkTally } from "@/app/_components/review/mark-tally";
import { TokenPrompt } from "@/app/_components/write-access/token-prompt";
import shared from "@/app/_components/review/review.module.css";
import { reviewHref } from "@/app/review/review-params";
import { liveRequestOf, periodText } from "../review-period";
import { DeleteReview } from "./delete-review";
import { SavedPaperCard } from "./saved-paper-card";
import styles from "../reviews.module.css";

function segments(papers: readonly SavedReviewPagePaper[]): { key: string; papers: SavedReviewPagePaper[] }[] {
  const out: { key: string; papers: SavedReviewPagePaper[] }[] = [];
  for (const p of papers) {
    const last = out.at(-1);
    if (last && last.key === p.group) last.papers.push(p);
    else out.push({ key: p.group, papers: [p] });
  }
  return out;
}

export function SavedReviewView({ id }: { id: number }) {
  const [filter, setFilter] = useState<SavedPaperFilter>("all");
  const headQuery = useQuery({ ...savedReviewHeadQueryOptions(id, filter), placeholderData: keepPreviousData });
  const pages = useInfiniteQuery(savedReviewPagesQueryOptions(id, filter));
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((e) => e.some((x) => x.isIntersecting) && hasNextPage && !isFetchingNextPage && void fetchNextPage(), { rootMargin: "1200px 0px" });
    io.observe(el);
    return () => io.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const review = headQuery.data;
  if (!review) return <div className="skeleton" style={{ height: "20rem" }} aria-busy="true" />;
  const topicNames = new Map(review.topics.map((t) => [t.slug, t.name]));
  const changedCount = review.changed;
  const sizes = new Map(review.groups.map((g) => [g.key, g]));
  const papers = pages.data?.pages.flatMap((p) => p.papers) ?? [];

  return (
    <article data-testid="saved-review-view" data-id={review.id}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/reviews">Saved reviews</Link> <span aria-hidden="true">›</span> Review {review.id}
      </nav>
      <h1 data-testid="saved-review-title">{review.title}</h1>
      <p className="lede">
        Papers first submitted <span data-testid="saved-review-period">{periodText(review.period)}</span> (end excluded) in{" "}
        {review.topics.length} topic{review.topics.length === 1 ? "" : "s"}: {review.topics.map((t) => t.name).join(", ")}. Saved{" "}
        {formatUtc(review.savedAt)}
        {review.savedBy ? ` by ${review.savedBy}` : ""}.
      </p>
      <div className={styles.heading}>
        <ExportLinks href={(format) => savedReviewExportHref(review.id, format)} testIdPrefix="saved-export" />
        <Link href={reviewHref(liveRequestOf(review))} className="button" data-testid="reopen-live">
          Open these days in the live review
        </Link>
        <DeleteReview id={review.id} />
      </div>
      <TokenPrompt what="deleting reviews" untilRefused />
      <CoverageNotice coverage={review.coverage} topicNames={topicNames} />
      <div className={shared.toolbar}>
        <MarkTally tally={review.tally} label="Tally as saved" />
        <fieldset className={shared.segmented}>
          <legend className="visually-hidden">Show</legend>
          {(
            [
              ["all", "All"],
              ["shortlisted", "Shortlisted"],
              ["changed", `Changed since (${changedCount})`],
            ] as const
          ).map(([f, label]) => (
            <label key={f} className={shared.segment} data-testid={`saved-filter-${f}`}>
              <input type="radio" name="saved-filter" checked={filter === f} onChange={() => setFilter(f)} />
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      {segments(papers).map((g) => (
        <section key={g.key} aria-labelledby={`saved-group-${g.key}`} data-testid="saved-group">
          <div className={shared.groupHead}>
            <h2 id={`saved-group-${g.key}`}>{sizes.get(g.key)?.label ?? topicNames.get(g.key) ?? g.key}</h2>
            <span className={shared.groupCount}>{sizes.get(g.key)?.listed ?? g.papers.length} listed</span>
          </div>
          <ol className={shared.papers}>
            {g.papers.map((p) => (
              <SavedPaperCard key={p.paper.id} item={p} topicNames={topicNames} />
            ))}
          </ol>
        </section>
      ))}
      {review.shown === 0 && review.tally.papers > 0 ? <p className={shared.empty}>No paper of this review passes this filter.</p> : null}
      <div ref={sentinel} data-testid="saved-pager" data-loaded={papers.length} data-complete={hasNextPage ? "false" : "true"} style={{ display: "flex", justifyContent: "center", padding: "1rem 0" }}>
        {hasNextPage ? (
          <button type="button" className="button" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage} data-testid="saved-load-more">
            {isFetchingNextPage ? "Loading…" : `Show more (${papers.length} of ${review.shown} shown)`}
          </button>
        ) : null}
      </div>
      {review.tally.papers === 0 ? <p className={shared.empty}>This review held no paper.</p> : null}
    </article>
  );
}
