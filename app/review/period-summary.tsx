// Which period the review shows and why: the one asked for, or the API's default (since the
// last saved review, else the last 7 days), so nobody wonders where the dates came from.
import type { ReviewSummary } from "@/lib/queries/reviews";
import { formatUtc } from "@/app/_components/format";
import styles from "./review.module.css";

const SOURCE: Record<ReviewSummary["periodSource"], string> = {
  requested: "The period you chose",
  "since-last-review": "Default: since the last saved review ended",
  "last-7-days": "Default: the last 7 days (no saved review ended before now)",
};

export function PeriodSummary({ review }: { review: Pick<ReviewSummary, "period" | "periodSource" | "topics"> }) {
  return (
    <p className={styles.periodSummary} data-testid="period-summary" data-period-source={review.periodSource}>
      <strong data-testid="period-source">{SOURCE[review.periodSource]}</strong>: papers first submitted from{" "}
      <time dateTime={review.period.from} data-testid="period-from-shown">
        {formatUtc(review.period.from)}
      </time>{" "}
      to{" "}
      <time dateTime={review.period.to} data-testid="period-to-shown">
        {formatUtc(review.period.to)}
      </time>{" "}
      (end excluded), in {review.topics.length} topic{review.topics.length === 1 ? "" : "s"}.
    </p>
  );
}
