"use client";
// The live review's head and papers: period, coverage, the tally (counted on the server), the
// filters, what the team ranking can do, then the papers a page at a time.
import { useMemo } from "react";
import type { PagedReviewRequest, ReviewSummary } from "@/lib/queries/reviews";
import { CoverageNotice } from "@/app/_components/review/coverage-notice";
import { MarkTally } from "@/app/_components/review/mark-tally";
import shared from "@/app/_components/review/review.module.css";
import { PeriodSummary } from "./period-summary";
import { ReviewFilters } from "./review-filters";
import { ReviewList } from "./review-list";
import styles from "./review.module.css";

function RankingNote({ summary }: { summary: ReviewSummary }) {
  const r = summary.ranking;
  if (!r) return null;
  if (r.status === "too-few-marks") {
    return (
      <p className={`panel ${styles.rankingNote}`} role="status" data-testid="ranking-status" data-status={r.status}>
        The team ranking needs at least {r.needed} shortlisted and {r.needed} dismissed papers (now {r.positives} and {r.negatives}): shown newest first
        until then.
      </p>
    );
  }
  return (
    <p className={`${styles.hint} ${styles.rankingNote}`} data-testid="ranking-status" data-status={r.status}>
      Ranked by a model of the team’s {r.positives} shortlisted and {r.negatives} dismissed papers (title and abstract words); each paper says which
      words weigh most.
    </p>
  );
}

export function ReviewResults({ summary, request, onApply }: { summary: ReviewSummary; request: PagedReviewRequest; onApply: (next: PagedReviewRequest) => void }) {
  const topicNames = useMemo(() => new Map(summary.topics.map((t) => [t.slug, t.name])), [summary.topics]);
  return (
    <>
      <PeriodSummary review={summary} />
      <CoverageNotice coverage={summary.coverage} topicNames={topicNames} />
      <div className={shared.toolbar}>
        <MarkTally tally={summary.tally} />
      </div>
      <ReviewFilters key={request.q ?? ""} request={request} summary={summary} onApply={onApply} />
      <RankingNote summary={summary} />
      {summary.tally.papers === 0 ? (
        <p className={`panel ${shared.empty}`} data-testid="review-empty">
          No new paper in the cache for this period and these topics. Try a longer period, or run a sync if the cache is old.
        </p>
      ) : summary.shown === 0 ? (
        <p className={`panel ${shared.empty}`} data-testid="review-filter-empty">
          No paper of this review passes these filters.
        </p>
      ) : (
        <>
          <p className={styles.hint} data-testid="review-shown">
            {summary.shown === summary.tally.papers ? `${summary.shown} papers` : `${summary.shown} of ${summary.tally.papers} papers pass the filters`}
          </p>
          <ReviewList request={request} summary={summary} />
        </>
      )}
    </>
  );
}
