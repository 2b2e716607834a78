"use client";
// "Who is reviewing": remembered in this browser; every mark and note carries it.
import { MAX_REVIEWER_LENGTH } from "@/lib/reviews/input";
import { checkReviewer, REVIEWER_FIELD_ID, setReviewerName, useReviewerName } from "./reviewer-name";
import styles from "./review.module.css";

export function ReviewerField() {
  const name = useReviewerName();
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
        onChange={(e) => setReviewerName(e.target.value)}
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
