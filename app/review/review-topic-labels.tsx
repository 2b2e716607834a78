"use client";
// On-topic labels from a review: a paper found by several topics can be labelled for each of
// them. Folded by default (a button, not <details>: the card's focus handling re-renders it), and the topics' labels are read only when opened, so a page of 50
// cards does not ask for every topic's labels.
import { useState } from "react";
import { LabelButtons } from "@/app/_components/topic-labels/label-buttons";
import styles from "./paper-actions.module.css";
import review from "./review.module.css";

export function ReviewTopicLabels({ paperId, paperTitle, topics, topicNames }: { paperId: string; paperTitle: string; topics: readonly string[]; topicNames: ReadonlyMap<string, string> }) {
  const [open, setOpen] = useState(false);
  if (topics.length === 0) return null;
  return (
    <div className={styles.topicLabels} data-testid="review-topic-labels">
      <button type="button" className={review.linkButton} aria-expanded={open} onClick={() => setOpen(!open)} data-testid="review-topic-labels-toggle">
        {open ? "▾" : "▸"} On-topic for {topics.length > 1 ? "its topics" : topicNames.get(topics[0]!) ?? topics[0]}?
      </button>
      {open
        ? topics.map((slug) => (
            <div key={slug} className={styles.topicLabel}>
              <span className="muted">{topicNames.get(slug) ?? slug}</span>
              <LabelButtons slug={slug} paperId={paperId} paperTitle={paperTitle} />
            </div>
          ))
        : null}
    </div>
  );
}
