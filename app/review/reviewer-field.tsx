"use client";
// "Who is reviewing": remembered in this browser; every mark and note carries it. Typing is
// kept here and stored after a pause (or on leaving the field): every paper of the review reads
// the stored name, and hundreds of them need not re-render on each key.
import { useEffect, useState } from "react";
import { MAX_REVIEWER_LENGTH } from "@/lib/reviews/input";
import { checkReviewer, REVIEWER_FIELD_ID, setReviewerName, useReviewerName } from "@/app/_components/review/reviewer-name";
import styles from "./review.module.css";

const STORE_AFTER_MS = 300;

export function ReviewerField() {
  const stored = useReviewerName();
  const [draft, setDraft] = useState<string | null>(null);
  const name = draft ?? stored;
  useEffect(() => {
    if (draft === null) return;
    const timer = setTimeout(() => {
      setReviewerName(draft);
      setDraft(null);
    }, STORE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  const commit = () => {
    if (draft === null) return;
    setReviewerName(draft);
    setDraft(null);
  };
  const check = checkReviewer(name);
  // An empty field is not an error yet: it is asked for when someone marks a paper.
  const problem = name.trim() !== "" && !check.ok ? check.problem : null;
  return (
    <div className={styles.reviewer}>
      <label htmlFor={REVIEWER_FIELD_ID} className={styles.reviewerLabel}>
        Reviewer
      </label>
      <input
        id={REVIEWER_FIELD_ID}
        className="input"
        value={name}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        placeholder="Your name"
        autoComplete="name"
        aria-invalid={problem ? true : undefined}
        aria-describedby="reviewer-help"
        data-testid="reviewer-name"
      />
      <p id="reviewer-help" className={problem ? styles.problem : styles.hint} data-testid="reviewer-help">
        {problem ??
          (check.ok
            ? `Marks and notes you make are signed “${check.name}”. Kept in this browser.`
            : `Needed before you mark or annotate papers (at most ${MAX_REVIEWER_LENGTH} characters).`)}
      </p>
    </div>
  );
}
