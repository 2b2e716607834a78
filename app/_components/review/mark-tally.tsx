// The review's count of papers by mark, as the meeting reads it at a glance.
import type { MarkTally as Tally } from "@/lib/queries/reviews";
import styles from "./review.module.css";

const ITEMS = [
  ["papers", "papers"],
  ["unmarked", "unmarked"],
  ["read", "read"],
  ["shortlisted", "shortlisted"],
  ["dismissed", "dismissed"],
] as const;

export function MarkTally({ tally, label = "Tally" }: { tally: Tally; label?: string }) {
  return (
    <dl className={styles.tally} aria-label={label} data-testid="review-tally">
      {ITEMS.map(([key, text]) => (
        <div key={key} className={styles.tallyItem} data-mark={key}>
          <dt>{text}</dt>
          <dd data-testid={`tally-${key}`}>{tally[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
