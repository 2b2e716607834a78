"use client";
// Keeping the review: a title, then a copy of every paper with today's marks and notes is saved
// and opened. The downloads take the same title for the report.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import {
  reviewPagesRootKey,
  reviewSummaryRootKey,
  summaryExportHref,
  requestReviewSave,
  savedReviewKey,
  savedReviewsKey,
  type ReviewSummary,
} from "@/lib/queries/reviews";
import { MAX_TITLE_LENGTH, reviewTitleSchema } from "@/lib/reviews/input";
import { ExportLinks } from "@/app/_components/review/export-links";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import { checkReviewer, useReviewerName } from "@/app/_components/review/reviewer-name";
import styles from "./review.module.css";

export function SaveReview({ review }: { review: ReviewSummary }) {
  const router = useRouter();
  const qc = useQueryClient();
  const reviewer = checkReviewer(useReviewerName());
  const [title, setTitle] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: requestReviewSave,
    onError: noteWriteError,
    onSuccess: (saved) => {
      qc.setQueryData(savedReviewKey(saved.id), saved);
      void qc.invalidateQueries({ queryKey: savedReviewsKey });
      // The default period of the next review now starts where this one ends.
      void qc.invalidateQueries({ queryKey: reviewPagesRootKey });
      void qc.invalidateQueries({ queryKey: reviewSummaryRootKey });
      router.push(`/reviews/${saved.id}`);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = reviewTitleSchema.safeParse(title);
    if (!parsed.success) return setProblem(`Give the review a title: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
    setProblem(null);
    save.mutate({
      title: parsed.data,
      savedBy: reviewer.ok ? reviewer.name : null,
      // The period shown, not the request: "since the last review" must not move while saving.
      from: review.period.from,
      to: review.period.to,
      topics: review.topics.map((t) => t.slug),
      group: review.grouping,
    });
  };
  const tooLong = title.length > MAX_TITLE_LENGTH;

  return (
    <>
      <form onSubmit={submit} className={styles.saveForm} aria-label="Save this review" data-testid="save-review-form">
        <label className={styles.stack}>
          <span>Title</span>
          <input
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Weekly review, week 14"
            aria-invalid={tooLong ? true : undefined}
            data-testid="review-title"
          />
        </label>
        <p className={tooLong ? styles.problem : styles.hint}>
          {tooLong
            ? `The title must be at most ${MAX_TITLE_LENGTH} characters (${title.length} now).`
            : `Saves the ${review.tally.papers} papers with today’s marks and notes${reviewer.ok ? `, signed ${reviewer.name}` : ""}.`}
        </p>
        <button type="submit" className="button button-primary" disabled={save.isPending || tooLong} data-testid="save-review">
          {save.isPending ? "Saving…" : "Save review"}
        </button>
        {problem || save.error ? (
          <p role="alert" className={styles.problem} data-testid="save-problem">
            {problem ?? writeErrorMessage(save.error, "save the review")}
          </p>
        ) : null}
      </form>
      <h3 className={styles.sideHeading}>Download this review</h3>
      <ExportLinks href={(format) => summaryExportHref(review, format, reviewTitleSchema.safeParse(title).data)} testIdPrefix="live-export" />
    </>
  );
}
