"use client";
// The live review: who reviews, which period and topics, then the papers to mark and annotate,
// and saving or downloading the result. The URL holds the choice and the filters (see
// review-params.ts), so a link gives a teammate the same review.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { reviewSummaryQueryOptions, type PagedReviewRequest } from "@/lib/queries/reviews";
import { TokenPrompt } from "@/app/_components/write-access/token-prompt";
import { useHydrated } from "@/app/_components/use-hydrated";
import { PeriodForm } from "./period-form";
import { ReviewerField } from "./reviewer-field";
import { parseReviewParams, reviewHref } from "./review-params";
import { ReviewResults } from "./review-results";
import type { ReviewPartOption, ReviewTopicOption } from "./review-topics";
import { SaveReview } from "./save-review";
import { ResultsSkeleton } from "./skeletons";
import { useReviewChanges } from "./use-review-changes";
import styles from "./review.module.css";

export function ReviewWorkspace({ topics, parts }: { topics: ReviewTopicOption[]; parts: ReviewPartOption[] }) {
  const request = parseReviewParams(Object.fromEntries(useSearchParams()));
  const query = useQuery({ ...reviewSummaryQueryOptions(request), placeholderData: keepPreviousData });
  const hydrated = useHydrated();
  const summary = query.data;
  useReviewChanges(summary?.changeCursor);
  // Only the URL changes: the browser asks the API; no server render is needed.
  const apply = (next: PagedReviewRequest) => window.history.replaceState(null, "", reviewHref(next));
  const formKey = `${request.from ?? ""}|${request.to ?? ""}|${request.topics?.join(",") ?? ""}`;

  return (
    <>
      <TokenPrompt what="marks, notes and saved reviews" />
      <div className={styles.layout} data-testid="review-workspace" data-hydrated={hydrated}>
        <aside className={styles.side} aria-label="Review settings">
          <section className="panel">
            <ReviewerField />
          </section>
          <section className="panel" aria-labelledby="period-title">
            <h2 id="period-title" className={styles.sideTitle}>
              Period and topics
            </h2>
            <PeriodForm key={formKey} request={request} topics={topics} parts={parts} onApply={(next) => apply({ ...request, ...next })} />
          </section>
          <section className="panel" aria-labelledby="save-title">
            <h2 id="save-title" className={styles.sideTitle}>
              Save and download
            </h2>
            {summary ? <SaveReview review={summary} /> : <div className="skeleton" style={{ height: "9rem" }} />}
          </section>
        </aside>
        <div className={styles.main} aria-busy={query.isFetching} data-testid="review-results" data-loading={query.isPlaceholderData ? "true" : "false"}>
          {query.error ? (
            <div role="alert" className="alert" data-testid="review-error">
              The review could not be read: {query.error.message}{" "}
              <button type="button" className="button" onClick={() => void query.refetch()}>
                Try again
              </button>
            </div>
          ) : null}
          {summary ? (
            <div className={query.isPlaceholderData ? styles.stale : undefined}>
              <ReviewResults summary={summary} request={request} onApply={apply} />
            </div>
          ) : query.error ? null : (
            <ResultsSkeleton />
          )}
        </div>
      </div>
    </>
  );
}
