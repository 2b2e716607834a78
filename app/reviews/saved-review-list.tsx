"use client";
// The team's saved reviews, newest first: what each covered and what it found.
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { savedReviewsQueryOptions } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";
import { periodText } from "./review-period";
import styles from "./reviews.module.css";

const SHOWN_TOPICS = 4;

export function SavedReviewList() {
  const { data: reviews } = useSuspenseQuery(savedReviewsQueryOptions());
  if (reviews.length === 0) {
    return (
      <p className="panel" data-testid="saved-reviews-empty">
        No review saved yet. <Link href="/review">Start one</Link>: pick a period, mark the papers, then “Save review”.
      </p>
    );
  }
  return (
    <ol className={styles.list} data-testid="saved-reviews">
      {reviews.map((r) => {
        const names = r.topics.map((t) => t.name);
        const more = names.length - SHOWN_TOPICS;
        return (
          <li key={r.id} className={`panel ${styles.item}`} data-testid="saved-review" data-id={r.id}>
            <h2 className={styles.itemTitle}>
              <Link href={`/reviews/${r.id}`} data-testid="saved-review-link">
                {r.title}
              </Link>
            </h2>
            <p className={styles.itemPeriod}>{periodText(r.period)}</p>
            <p className={styles.itemMeta}>
              {names.slice(0, SHOWN_TOPICS).join(", ")}
              {more > 0 ? ` + ${more} more topic${more === 1 ? "" : "s"}` : ""}
            </p>
            <p className={styles.itemMeta}>
              Saved {formatUtc(r.savedAt)}
              {r.savedBy ? ` by ${r.savedBy}` : ""}
            </p>
            <p className={styles.counts}>
              <span>
                <strong>{r.paperCount}</strong> paper{r.paperCount === 1 ? "" : "s"}
              </span>
              <span>
                <strong>{r.shortlistedCount}</strong> shortlisted
              </span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
