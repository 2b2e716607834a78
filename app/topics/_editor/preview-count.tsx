"use client";
// "How many papers would this count?": one request to arXiv, through the server's paced queue
// (the same as the sync's), so it is asked for on demand and never per keystroke.
import { useMutation } from "@tanstack/react-query";
import { previewTopicQuery } from "@/lib/queries/topic-editor";
import { formatCount, formatMonth } from "@/app/_components/format";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import styles from "./editor.module.css";

export function PreviewCount({ query, canonical }: { query: string; canonical: string | null }) {
  const preview = useMutation({ mutationFn: previewTopicQuery, onError: noteWriteError });
  const result = preview.data;
  const outdated = result !== undefined && canonical !== null && result.query !== canonical;

  return (
    <div className={styles.preview}>
      <button
        type="button"
        className="button"
        disabled={canonical === null || preview.isPending}
        onClick={() => preview.mutate(query)}
        data-testid="preview-count"
      >
        Preview last month’s count
      </button>
      <span aria-live="polite" className={styles.previewResult} data-testid="preview-result">
        {preview.isPending ? (
          <span className="muted">Asking arXiv… (it waits its turn in the server’s queue)</span>
        ) : preview.error ? (
          <span className={styles.problemText} role="alert">
            {writeErrorMessage(preview.error, "ask arXiv")}
          </span>
        ) : result ? (
          <span data-testid="preview-value" data-count={result.lastFullMonth.count ?? ""} data-month={result.lastFullMonth.month}>
            <strong>{result.lastFullMonth.count === null ? "unknown" : formatCount(result.lastFullMonth.count)}</strong> paper{result.lastFullMonth.count === 1 ? "" : "s"} first submitted in{" "}
            {formatMonth(result.lastFullMonth.month)} (the last full month){outdated ? " — for the query as it was before your last change" : ""}.
          </span>
        ) : canonical === null ? (
          <span className="muted">Fix the query to preview its count.</span>
        ) : null}
      </span>
    </div>
  );
}
