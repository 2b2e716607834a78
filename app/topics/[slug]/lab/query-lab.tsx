"use client";
// The lab's workspace: current query and draft side by side, the months table (current, draft,
// gained, lost), and the gained or lost papers of one month or of all, paged, each with its
// On-topic / Off-topic buttons: judging what a draft gains before saving it is the point of the lab,
// and those labels count for the new version once it is saved.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { MonthKey } from "@/lib/calendar/months";
import { LAB_PAGE_SIZE, queryLabQueryOptions, type LabSide } from "@/lib/queries/query-lab";
import { topicsKey } from "@/lib/queries/topic-counts";
import { fetchJson } from "@/lib/queries/fetch-json";
import { writeHeaders } from "@/lib/queries/write-token";
import { useDebouncedValue } from "@/app/_components/use-debounced-value";
import { formatCount, formatDay, formatMonth, formatMonthShort } from "@/app/_components/format";
import { TokenPrompt } from "@/app/_components/write-access/token-prompt";
import { noteWriteError, writeErrorMessage } from "@/app/_components/write-access/write-errors";
import { LabelButtons } from "@/app/_components/topic-labels/label-buttons";
import { LabellerName, OnTopicRate } from "@/app/_components/topic-labels/on-topic-rate";
import styles from "./lab.module.css";

export function QueryLab({ slug, currentQuery }: { slug: string; currentQuery: string }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [draft, setDraft] = useState(currentQuery);
  const [side, setSide] = useState<LabSide>("gained");
  const [month, setMonth] = useState<MonthKey | null>(null);
  const [offset, setOffset] = useState(0);
  const query = useDebouncedValue(draft.trim(), 400);
  const months = useQuery({ ...queryLabQueryOptions(slug, { query }), enabled: query !== "", placeholderData: keepPreviousData });
  const papers = useQuery({
    ...queryLabQueryOptions(slug, { query, side, month: month ?? undefined, offset }),
    enabled: query !== "",
    placeholderData: keepPreviousData,
  });
  const save = useMutation({
    mutationFn: () =>
      fetchJson(`/api/topics/${encodeURIComponent(slug)}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", ...writeHeaders() },
        body: JSON.stringify({ query: draft }),
      }),
    onError: noteWriteError,
    onSuccess: async () => {
      // Counts, papers and labels of the topic all belong to the version just replaced.
      await qc.invalidateQueries({ queryKey: [...topicsKey, slug] });
      router.push(`/topics/${slug}`);
    },
  });
  const choose = (s: LabSide, m: MonthKey | null) => {
    setSide(s);
    setMonth(m);
    setOffset(0);
  };
  const answer = months.data;
  const unchanged = answer !== undefined && answer.draftQuery === currentQuery;
  const page = papers.data?.papers;

  return (
    <div data-testid="query-lab">
      <TokenPrompt what="query lab and saving queries" untilRefused />
      <div className={styles.queries}>
        <section className="panel" aria-labelledby="current-title">
          <h2 id="current-title">Current query</h2>
          <pre className={styles.query} data-testid="lab-current-query">{currentQuery}</pre>
        </section>
        <section className="panel" aria-labelledby="draft-title">
          <h2 id="draft-title">
            <label htmlFor="lab-draft">Draft</label>
          </h2>
          <textarea
            id="lab-draft"
            className={`input ${styles.draft}`}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setOffset(0);
            }}
            rows={5}
            spellCheck={false}
            data-testid="lab-draft"
          />
          <div className={styles.actions}>
            <button
              type="button"
              className="button button-primary"
              disabled={!answer || unchanged || months.isError || save.isPending}
              onClick={() => save.mutate()}
              data-testid="lab-save"
            >
              {save.isPending ? "Saving…" : "Save as new version"}
            </button>
            <button type="button" className="button" onClick={() => setDraft(currentQuery)} disabled={draft === currentQuery}>
              Reset to current
            </button>
          </div>
          {save.error ? (
            <p role="alert" className="alert">
              {writeErrorMessage(save.error, "save the query")}
            </p>
          ) : null}
        </section>
      </div>

      {months.error ? (
        <p role="alert" className="alert" data-testid="lab-error">
          {months.error.message}
        </p>
      ) : null}

      <section className="panel section" aria-labelledby="lab-months-title">
        <h2 id="lab-months-title">Month by month</h2>
        {answer ? (
          <>
            <p className={styles.totals} aria-live="polite">
              Over the last {answer.months.length} harvested months the draft gains{" "}
              <strong data-testid="lab-gained-total">{formatCount(answer.totals.gained)}</strong> and loses{" "}
              <strong data-testid="lab-lost-total">{formatCount(answer.totals.lost)}</strong> papers.
            </p>
            <div className="table-scroll">
              <table className="data-table" data-testid="lab-months" style={{ opacity: months.isPlaceholderData ? 0.6 : 1 }}>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Current</th>
                    <th scope="col">Draft</th>
                    <th scope="col">Gained</th>
                    <th scope="col">Lost</th>
                  </tr>
                </thead>
                <tbody>
                  {[...answer.months].reverse().map((m) => (
                    <tr key={m.month} data-month={m.month}>
                      <th scope="row">{formatMonthShort(m.month)}</th>
                      <td>{formatCount(m.current)}</td>
                      <td>{formatCount(m.draft)}</td>
                      <td>
                        <button type="button" className={`chip ${styles.gained}`} disabled={m.gained === 0} aria-pressed={side === "gained" && month === m.month} onClick={() => choose("gained", m.month)}>
                          +{formatCount(m.gained)}
                        </button>
                      </td>
                      <td>
                        <button type="button" className={`chip ${styles.lost}`} disabled={m.lost === 0} aria-pressed={side === "lost" && month === m.month} onClick={() => choose("lost", m.month)}>
                          −{formatCount(m.lost)}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : months.isFetching ? (
          <div className="skeleton" style={{ height: "12rem" }} aria-busy="true" aria-label="Comparing" />
        ) : null}
      </section>

      <section className="panel section" aria-labelledby="lab-papers-title">
        <h2 id="lab-papers-title">
          {side === "gained" ? "Papers the draft gains" : "Papers the draft loses"}
          {month ? ` in ${formatMonth(month)}` : ""}
        </h2>
        <div className={styles.labelBar}>
          <span>
            Current version: <OnTopicRate slug={slug} />
          </span>
          <LabellerName />
        </div>
        <div className={styles.actions} role="group" aria-label="Which papers">
          <button type="button" className="chip" aria-pressed={side === "gained" && month === null} onClick={() => choose("gained", null)} data-testid="lab-show-gained">
            All gained
          </button>
          <button type="button" className="chip" aria-pressed={side === "lost" && month === null} onClick={() => choose("lost", null)} data-testid="lab-show-lost">
            All lost
          </button>
        </div>
        {page ? (
          page.total === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <>
              <ol className={styles.papers} start={page.offset + 1} data-testid="lab-papers" data-side={page.side} data-total={page.total}>
                {page.items.map((p) => (
                  <li key={p.id} className={styles.paper} data-testid="lab-paper" data-paper-id={p.id}>
                    <a href={p.absUrl}>{p.title}</a>
                    <div className="muted">
                      <time dateTime={p.published}>{formatDay(p.published)}</time> · {p.primaryCategory}
                    </div>
                    <LabelButtons slug={slug} paperId={p.id} paperTitle={p.title} label={p.label} matched={page.side === "lost"} />
                  </li>
                ))}
              </ol>
              <div className={styles.actions}>
                <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - LAB_PAGE_SIZE))}>
                  ← Previous
                </button>
                <span className="muted">
                  {formatCount(page.offset + 1)}–{formatCount(page.offset + page.items.length)} of {formatCount(page.total)}
                </span>
                <button type="button" className="button" disabled={offset + LAB_PAGE_SIZE >= page.total} onClick={() => setOffset(offset + LAB_PAGE_SIZE)}>
                  Next →
                </button>
              </div>
            </>
          )
        ) : null}
      </section>
    </div>
  );
}
