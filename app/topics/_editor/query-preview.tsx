"use client";
// "What would this query have counted?": as the query is typed (debounced), its last 24 months
// over the local index, a small bar chart and the last full month large. The server answers
// from the index, so no arXiv request is made; months not harvested are gaps, not zeros.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { queryPreviewQueryOptions } from "@/lib/queries/topic-editor";
import { PreviewBarChart } from "@/app/_components/chart/preview-bar-chart";
import { formatCount, formatMonth } from "@/app/_components/format";
import { useDebouncedValue } from "@/app/_components/use-debounced-value";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import styles from "./editor.module.css";

export const PREVIEW_DEBOUNCE_MS = 350;

export function QueryPreview({ canonical }: { canonical: string | null }) {
  const settled = useDebouncedValue(canonical, PREVIEW_DEBOUNCE_MS);
  const query = useQuery({
    ...queryPreviewQueryOptions(settled ?? ""),
    enabled: settled !== null && canonical !== null,
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    if (query.error) noteWriteError(query.error);
  }, [query.error]);
  const result = canonical === null ? undefined : query.data;
  const updating = result !== undefined && (result.query !== canonical || query.isFetching);
  const known = result?.months.filter((m) => m.count !== null).length ?? 0;

  return (
    <div className={styles.preview} data-testid="query-preview" aria-busy={updating}>
      <div aria-live="polite" className={styles.previewResult} data-testid="preview-result" data-state={result ? (updating ? "updating" : "ready") : query.error ? "error" : "empty"}>
        {canonical === null ? (
          <span className="muted">Write a valid query to see what it would have counted over the last 24 months.</span>
        ) : query.error && !result ? (
          <span className={styles.problemText} role="alert">
            {writeErrorMessage(query.error, "preview the query")}
          </span>
        ) : !result ? (
          <span className="muted">Counting over the index…</span>
        ) : (
          <span data-testid="preview-value" data-count={result.lastFullMonth.count ?? ""} data-month={result.lastFullMonth.month} className={styles.previewValue}>
            <strong className={styles.previewNumber}>{result.lastFullMonth.count === null ? "unknown" : formatCount(result.lastFullMonth.count)}</strong>
            <span>
              paper{result.lastFullMonth.count === 1 ? "" : "s"} in {formatMonth(result.lastFullMonth.month)}, the last full month
              {result.lastFullMonth.count === null ? " (not harvested yet)" : ""}
              <span className="muted">{updating ? " · updating…" : ""}</span>
            </span>
          </span>
        )}
      </div>
      {canonical !== null && result ? (
        <figure className={`${styles.previewChart} ${updating ? styles.previewStale : ""}`} data-testid="preview-chart" data-months={result.months.length} data-known={known}>
          <div className={styles.previewPlot} role="img" aria-label={`Papers per month this query matches in the index, ${formatMonth(result.months[0]?.month ?? "")} to ${formatMonth(result.lastFullMonth.month)}`}>
            <PreviewBarChart months={result.months} />
          </div>
          <figcaption className={styles.hint}>
            Last {result.months.length} full months, counted over the local index (no arXiv request).
            {known < result.months.length ? ` Striped columns: ${result.months.length - known} months not harvested yet, no count.` : ""}
          </figcaption>
        </figure>
      ) : null}
      {canonical !== null && result?.scopeWarning ? (
        <p className="notice" role="status" data-testid="preview-scope-warning">
          {result.scopeWarning}
        </p>
      ) : null}
    </div>
  );
}
