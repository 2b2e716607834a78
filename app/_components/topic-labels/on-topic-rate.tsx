"use client";
// "82% on-topic, 71–90%, 54 labelled" for a topic's current query version, and the name its
// labels are signed with (the review's reviewer name, kept in this browser).
import { onTopicRateText } from "@/lib/topics/on-topic-rate";
import { setReviewerName, useReviewerName } from "@/app/_components/review/reviewer-name";
import { MAX_REVIEWER_LENGTH } from "@/lib/reviews/input";
import { useTopicLabels } from "./use-topic-labels";
import styles from "./topic-labels.module.css";

export function OnTopicRate({ slug }: { slug: string }) {
  const labels = useTopicLabels(slug);
  const text = labels.data ? onTopicRateText(labels.data.rate) : labels.error ? "on-topic rate unavailable" : "…";
  return (
    <span className={styles.rateText} data-testid="on-topic-rate" aria-live="polite" title="Share of labelled papers readers found on-topic, with its 95% Wilson interval, for the current query version">
      {text}
    </span>
  );
}

export function LabellerName() {
  const name = useReviewerName();
  return (
    <label className={styles.nameField}>
      <span className="muted">Labelling as</span>
      <input
        className="input"
        value={name}
        onChange={(e) => setReviewerName(e.target.value)}
        placeholder="Your name"
        maxLength={MAX_REVIEWER_LENGTH}
        autoComplete="name"
        data-testid="labeller-name"
      />
    </label>
  );
}
