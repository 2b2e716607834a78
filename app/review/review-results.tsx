"use client";
// The papers of the live review: coverage warnings, the tally with the mark filter, the
// grouping, then each group's papers. A paper found by several topics is listed once.
import { useMemo } from "react";
import type { LiveReviewRequest, ReviewView } from "@/lib/queries/reviews";
import { CoverageNotice } from "@/app/_components/review/coverage-notice";
import { MarkTally } from "@/app/_components/review/mark-tally";
import shared from "@/app/_components/review/review.module.css";
import { passesFilter, type ReviewFilter } from "./review-cache";
import { PeriodSummary } from "./period-summary";
import { ReviewPaperCard } from "./review-paper-card";
import styles from "./review.module.css";

const FILTERS: { id: ReviewFilter; label: string }[] = [
  { id: "all", label: "All" },
  { id: "unmarked", label: "Unmarked" },
  { id: "shortlisted", label: "Shortlisted" },
];

export function ReviewResults({
  review,
  request,
  filter,
  onFilter,
  onApply,
}: {
  review: ReviewView;
  request: LiveReviewRequest;
  filter: ReviewFilter;
  onFilter: (f: ReviewFilter) => void;
  onApply: (next: LiveReviewRequest) => void;
}) {
  // Stable while the topics are, so the memoised paper cards skip re-rendering.
  const topicNames = useMemo(() => new Map(review.topics.map((t) => [t.slug, t.name])), [review.topics]);
  const groups = review.groups.map((g) => ({ ...g, shown: g.papers.filter((p) => passesFilter(p, filter)) }));
  const shownCount = groups.reduce((n, g) => n + g.shown.length, 0);

  return (
    <>
      <PeriodSummary review={review} />
      <CoverageNotice coverage={review.coverage} topicNames={topicNames} />
      <div className={shared.toolbar}>
        <MarkTally tally={review.tally} />
        <div className={styles.toolbarControls}>
          <fieldset className={shared.segmented}>
            <legend className="visually-hidden">Show</legend>
            {FILTERS.map((f) => (
              <label key={f.id} className={shared.segment} data-testid={`filter-${f.id}`}>
                <input type="radio" name="review-filter" checked={filter === f.id} onChange={() => onFilter(f.id)} />
                {f.label}
              </label>
            ))}
          </fieldset>
          <fieldset className={shared.segmented}>
            <legend className="visually-hidden">Group by</legend>
            {(["topic", "date"] as const).map((g) => (
              <label key={g} className={shared.segment} data-testid={`group-${g}`}>
                <input type="radio" name="review-group" checked={request.group === g} onChange={() => onApply({ ...request, group: g })} />
                By {g}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      {review.tally.papers === 0 ? (
        <p className={`panel ${shared.empty}`} data-testid="review-empty">
          No new paper in the cache for this period and these topics. Try a longer period, or run a sync if the cache is old.
        </p>
      ) : shownCount === 0 ? (
        <p className={`panel ${shared.empty}`} data-testid="review-filter-empty">
          No {filter} paper in this review.
        </p>
      ) : null}
      {groups.map((g) =>
        g.shown.length === 0 && (filter !== "all" || review.grouping === "date") ? null : (
          <section key={g.key} aria-labelledby={`group-${g.key}`} data-testid="review-group" data-key={g.key}>
            <div className={shared.groupHead}>
              <h2 id={`group-${g.key}`}>{g.label}</h2>
              <span className={shared.groupCount}>
                {g.shown.length} listed
                {review.grouping === "topic" && g.matched !== g.papers.length ? ` · ${g.matched} found by this topic (others listed under an earlier topic)` : ""}
              </span>
            </div>
            {g.shown.length === 0 ? (
              <p className={shared.empty}>
                {g.matched > 0 ? `Its ${g.matched} paper${g.matched === 1 ? " is" : "s are"} listed under an earlier topic.` : "No new paper."}
              </p>
            ) : (
              <ol className={shared.papers}>
                {g.shown.map((p) => (
                  <ReviewPaperCard key={p.paper.id} item={p} topicNames={topicNames} />
                ))}
              </ol>
            )}
          </section>
        ),
      )}
    </>
  );
}
