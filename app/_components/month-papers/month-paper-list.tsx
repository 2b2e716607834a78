"use client";
// One topic's papers of one month, paged: the answer's total heads the list (it is the month's
// count), and each paper says which terms of the query it matched.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { MonthKey } from "@/lib/calendar/months";
import { MONTH_PAPERS_PAGE_SIZE, topicMonthPapersQueryOptions, type ExplainedPaper } from "@/lib/queries/topic-month-papers";
import { formatCount, formatDay, formatMonth } from "../format";
import { LabelButtons } from "../topic-labels/label-buttons";
import styles from "./month-papers.module.css";

const SHOWN_AUTHORS = 6;

/** "12 papers in Oct 2026", "1 paper in Nov 2026 so far". */
export function monthTotalText(total: number, month: MonthKey, running: boolean): string {
  return `${formatCount(total)} paper${total === 1 ? "" : "s"} in ${formatMonth(month)}${running ? " so far" : ""}`;
}

function MonthPaper({ slug, paper }: { slug: string; paper: ExplainedPaper }) {
  const more = paper.authors.length - SHOWN_AUTHORS;
  return (
    <li className={styles.paper} data-testid="drilldown-paper" data-paper-id={paper.id}>
      <div className={styles.title}>
        <a href={paper.absUrl}>{paper.title}</a>
      </div>
      <div className={styles.meta}>
        <span>
          {paper.authors.slice(0, SHOWN_AUTHORS).map((a) => a.name).join(", ")}
          {more > 0 ? ` + ${more} more` : ""}
        </span>
        <time dateTime={paper.published}>{formatDay(paper.published)}</time>
        <span>{paper.primaryCategory}</span>
      </div>
      {paper.matchedBy.length > 0 ? (
        <div className={styles.matched} data-testid="drilldown-matched">
          <span>matched:</span>
          {paper.matchedBy.map((term, i) => (
            <span key={term} className={styles.termItem}>
              <code className={styles.term}>{term}</code>
              {i < paper.matchedBy.length - 1 ? <span aria-hidden="true">{"\u00a0·"}</span> : null}
            </span>
          ))}
        </div>
      ) : null}
      <LabelButtons slug={slug} paperId={paper.id} paperTitle={paper.title} />
    </li>
  );
}

/** `topicName`: the list is one tab of several topics, and says its own total. */
export function MonthPaperList({ slug, month, running, topicName }: { slug: string; month: MonthKey; running: boolean; topicName?: string }) {
  const [offset, setOffset] = useState(0);
  const query = useQuery({ ...topicMonthPapersQueryOptions(slug, month, offset), placeholderData: keepPreviousData });
  const answer = query.data;
  if (query.error && !answer) {
    return (
      <p role="alert" className="alert">
        The papers of {formatMonth(month)} could not be loaded: {query.error.message}{" "}
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  if (!answer) {
    return (
      <div aria-busy="true" aria-label="Loading papers">
        <div className="skeleton" style={{ height: "1.3rem", width: "40%", margin: "0.7rem 0 0.5rem" }} />
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="skeleton" style={{ height: "3.6rem", marginBottom: "0.5rem" }} />
        ))}
      </div>
    );
  }
  const first = answer.total === 0 ? 0 : offset + 1;
  const last = offset + answer.papers.length;
  return (
    <div data-testid="drilldown-list" className={styles.listBlock} data-slug={slug} data-month={month} data-total={answer.total} data-offset={offset}>
      {/* With one topic the panel's heading says the total; with tabs, each list says its own. */}
      {topicName ? (
        <p className={styles.total} data-testid="drilldown-total" data-total={answer.total}>
          <strong>{monthTotalText(answer.total, month, running)}</strong>
          <span className="muted"> match {topicName}</span>
        </p>
      ) : null}
      {answer.total === 0 ? (
        <p className="muted">No paper of the index matches this topic’s query in {formatMonth(month)}.</p>
      ) : (
        <ol className={`${styles.list} ${query.isPlaceholderData ? styles.stale : ""}`} start={first} aria-busy={query.isPlaceholderData}>
          {answer.papers.map((p) => (
            <MonthPaper key={p.id} slug={slug} paper={p} />
          ))}
        </ol>
      )}
      {answer.total > MONTH_PAPERS_PAGE_SIZE ? (
        <div className={styles.pager}>
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - MONTH_PAPERS_PAGE_SIZE))} data-testid="drilldown-prev">
            ← Previous
          </button>
          <span className="muted" aria-live="polite" data-testid="drilldown-range">
            {query.isPlaceholderData ? "Loading…" : `${formatCount(first)}–${formatCount(last)} of ${formatCount(answer.total)}`}
          </span>
          <button
            type="button"
            className="button"
            disabled={last >= answer.total || query.isPlaceholderData}
            onClick={() => setOffset(offset + MONTH_PAPERS_PAGE_SIZE)}
            data-testid="drilldown-next"
          >
            Next →
          </button>
        </div>
      ) : null}
    </div>
  );
}
