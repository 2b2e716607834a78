"use client";
// On-topic / Off-topic for one paper under one topic, with who labelled it and when. Pressing
// the pressed button again clears the label. Signed with the reviewer name the review keeps.
import { useState } from "react";
import type { VersionedTopicLabel } from "@/lib/queries/topic-labels";
import { checkReviewer, readReviewerName } from "@/app/_components/review/reviewer-name";
import { writeErrorMessage } from "@/app/_components/write-access/write-errors";
import { formatDay } from "@/app/_components/format";
import { useLabelPaper, useTopicLabels } from "./use-topic-labels";
import styles from "./topic-labels.module.css";

/**
 * `label` is for lists that carry their own labels (the query lab) until the topic's labels load.
 * `matched` is false for a paper the current query does not match (a draft's gain in the lab): its
 * label is kept but does not move the current rate.
 */
export function LabelButtons({
  slug,
  paperId,
  paperTitle,
  label: given,
  matched = true,
}: {
  slug: string;
  paperId: string;
  paperTitle: string;
  label?: VersionedTopicLabel | null;
  matched?: boolean;
}) {
  const labels = useTopicLabels(slug);
  const write = useLabelPaper(slug);
  const [problem, setProblem] = useState<string | null>(null);
  const label = labels.data?.labels[paperId] ?? (labels.data ? null : given ?? null);
  const set = (next: "on" | "off" | null) => {
    const reviewer = checkReviewer(readReviewerName());
    if (!reviewer.ok) return setProblem(reviewer.problem.replace("marks and notes", "labels"));
    setProblem(null);
    write.mutate({ paperId, label: next, reviewer: reviewer.name, matched }, { onError: (e) => setProblem(writeErrorMessage(e, "label the paper")) });
  };
  return (
    <div className={styles.labelRow} data-testid="topic-label" data-label={label?.label ?? "none"}>
      <div role="group" aria-label={`Is “${paperTitle}” on-topic?`} className={styles.buttons}>
        {(["on", "off"] as const).map((kind) => {
          const pressed = label?.label === kind;
          return (
            <button
              key={kind}
              type="button"
              className={`chip ${styles.button}`}
              data-kind={kind}
              aria-pressed={pressed}
              onClick={() => set(pressed ? null : kind)}
              data-testid={`label-${kind}`}
            >
              {kind === "on" ? "On-topic" : "Off-topic"}
            </button>
          );
        })}
      </div>
      {label ? (
        <span className="muted" data-testid="label-by">
          {label.labelledBy}, <time dateTime={label.labelledAt}>{formatDay(label.labelledAt)}</time>
          {labels.data?.queryVersion != null && label.queryVersion !== labels.data.queryVersion ? ` (under query v${label.queryVersion})` : ""}
        </span>
      ) : null}
      {problem ? (
        <span role="alert" className={styles.problem}>
          {problem}
        </span>
      ) : null}
    </div>
  );
}
