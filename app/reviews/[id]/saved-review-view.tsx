"use client";
// A saved review reopened as it was saved: its period, coverage, tally and papers with the
// marks and notes of that moment, today's changes beside them, and the downloads.
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { savedReviewExportHref, savedReviewQueryOptions } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";
import { CoverageNotice } from "@/app/_components/review/coverage-notice";
import { ExportLinks } from "@/app/_components/review/export-links";
import { MarkTally } from "@/app/_components/review/mark-tally";
import { TokenPrompt } from "@/app/_components/write-access/token-prompt";
import shared from "@/app/_components/review/review.module.css";
import { reviewHref } from "@/app/review/review-params";
import { liveRequestOf, periodText } from "../review-period";
import { DeleteReview } from "./delete-review";
import { paperChanged } from "./saved-changes";
import { SavedPaperCard } from "./saved-paper-card";
import styles from "../reviews.module.css";

type SavedFilter = "all" | "shortlisted" | "changed";

export function SavedReviewView({ id }: { id: number }) {
  const { data: review } = useSuspenseQuery(savedReviewQueryOptions(id));
  const [filter, setFilter] = useState<SavedFilter>("all");
  const topicNames = new Map(review.topics.map((t) => [t.slug, t.name]));
  const changedCount = review.groups.reduce((n, g) => n + g.papers.filter(paperChanged).length, 0);
  const shows = (p: (typeof review.groups)[number]["papers"][number]) =>
    filter === "all" || (filter === "shortlisted" ? p.mark?.mark === "shortlisted" : paperChanged(p));

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
      {review.groups.map((g) => {
        const papers = g.papers.filter(shows);
        if (papers.length === 0 && (filter !== "all" || review.grouping === "date")) return null;
        return (
          <section key={g.key} aria-labelledby={`saved-group-${g.key}`} data-testid="saved-group">
            <div className={shared.groupHead}>
              <h2 id={`saved-group-${g.key}`}>{g.label}</h2>
              <span className={shared.groupCount}>{papers.length} listed</span>
            </div>
            {papers.length === 0 ? (
              <p className={shared.empty}>{g.matched > 0 ? "Its papers are listed under an earlier topic." : "No new paper."}</p>
            ) : (
              <ol className={shared.papers}>
                {papers.map((p) => (
                  <SavedPaperCard key={p.paper.id} item={p} topicNames={topicNames} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
      {review.tally.papers === 0 ? <p className={shared.empty}>This review held no paper.</p> : null}
    </article>
  );
}
