"use client";
// Deleting a saved review (a mistaken save, a duplicate): asked twice, since it cannot be undone.
// Marks and notes stay: they belong to the papers, not to the review.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { requestReviewDelete, reviewPagesRootKey, reviewSummaryRootKey, savedReviewsKey } from "@/lib/queries/reviews";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import styles from "../reviews.module.css";

export function DeleteReview({ id }: { id: number }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => requestReviewDelete(id),
    onError: noteWriteError,
    onSuccess: () => {
      qc.removeQueries({ queryKey: [...savedReviewsKey, id] });
      void qc.invalidateQueries({ queryKey: savedReviewsKey });
      // The next review's default period starts where the latest saved one ended.
      void qc.invalidateQueries({ queryKey: reviewPagesRootKey });
      void qc.invalidateQueries({ queryKey: reviewSummaryRootKey });
      router.push("/reviews");
    },
  });
  if (!asking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)} data-testid="delete-review">
        Delete…
      </button>
    );
  }
  return (
    <span className={styles.confirm} role="group" aria-label="Confirm deletion">
      <span>Delete this saved review? Marks and notes on its papers stay.</span>
      <button type="button" className="button" onClick={() => remove.mutate()} disabled={remove.isPending} data-testid="delete-review-confirm">
        {remove.isPending ? "Deleting…" : "Delete"}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        Keep
      </button>
      {remove.error ? (
        <span role="alert" className={styles.problem}>
          {writeErrorMessage(remove.error, "delete the review")}
        </span>
      ) : null}
    </span>
  );
}
