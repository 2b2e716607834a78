"use client";
// The index month by month: papers held, whether the listing is complete, when it was harvested,
// with how many requests, and the last error. Refreshed by a finished sync like the charts.
import { useSuspenseQuery } from "@tanstack/react-query";
import type { MonthKey } from "@/lib/calendar/months";
import { indexStatusQueryOptions, type IndexMonthStatus } from "@/lib/queries/index-status";
import { formatCount, formatMonth, formatUtc } from "@/app/_components/format";
import { RelativeTime } from "@/app/_components/relative-time";
import { auditQueryOptions, type AuditCell } from "@/lib/queries/audit";
import styles from "./data-health.module.css";

type MonthState = "complete" | "settled" | "partial" | "missing";

function monthState(m: IndexMonthStatus): MonthState {
  if (m.completeTo === null) return "missing";
  if (!m.complete) return "partial";
  return m.settled ? "settled" : "complete";
}

const STATE_TEXT: Record<MonthState, string> = {
  settled: "complete, final",
  complete: "complete",
  partial: "partial",
  missing: "not harvested",
};

function Listing({ m, running }: { m: IndexMonthStatus; running: boolean }) {
  const state = monthState(m);
  return (
    <span className={`${styles.state} ${styles[state]}`} data-state={state}>
      {STATE_TEXT[state]}
      {state === "partial" && m.completeTo ? <span className="muted"> (to {formatUtc(m.completeTo)})</span> : null}
      {running && state !== "missing" ? <span className="muted"> (month not over)</span> : null}
    </span>
  );
}

/** The audit's completeness for the month (indexed / arXiv's total), highlighted outside the tolerance. */
function AuditFigure({ c }: { c: AuditCell | undefined }) {
  if (!c) return <span className="muted">not audited</span>;
  const off = c.state === "outside" || c.state === "suspect";
  const text = c.state === "suspect" ? "arXiv said 0 (suspect)" : c.ratio === null ? (c.state === "both-zero" ? "both 0" : "arXiv said 0") : `${(100 * c.ratio).toFixed(1)} %`;
  return (
    <span className={off ? styles.partial : styles.complete} data-state={c.state} title={`${formatCount(c.localCount)} indexed / ${formatCount(c.arxivTotal)} on arXiv, asked ${formatUtc(c.askedAt)}`}>
      {text}
    </span>
  );
}

export function IndexMonths({ from, to, asOf }: { from: MonthKey; to: MonthKey; asOf: string }) {
  const { data } = useSuspenseQuery(indexStatusQueryOptions(from, to));
  const { data: audit } = useSuspenseQuery(auditQueryOptions());
  const audited = new Map(audit.scope.map((c) => [c.month, c]));
  const months = [...data.months].reverse();
  const held = data.months.reduce((n, m) => n + m.papers, 0);
  const complete = data.months.filter((m) => m.complete).length;
  const failing = data.months.filter((m) => m.lastError !== null).length;
  const running = to;
  return (
    <>
      <section className="panel section" aria-labelledby="scope-title" data-testid="index-scope">
        <h2 id="scope-title">Scope</h2>
        <p>
          <strong data-testid="index-scope-count">{data.scope.categories.length} categories</strong>, from{" "}
          <code>{data.scope.source}</code>. A paper is in the index when any of its categories (primary or cross-list) is
          one of them.
        </p>
        <details>
          <summary>The categories</summary>
          <p className={styles.categories}>{data.scope.categories.join(" · ")}</p>
        </details>
      </section>
      <section className="panel section" aria-labelledby="months-title">
        <h2 id="months-title">Months</h2>
        <p className={styles.summary} data-testid="index-summary" data-complete={complete} data-months={data.months.length}>
          {formatCount(held)} papers held for {formatMonth(from)} to {formatMonth(to)}; {complete} of {data.months.length} months
          listed completely{failing ? `; ${failing} with an error on the last attempt` : ""}.
        </p>
        <div className="table-scroll">
          <table className="data-table" data-testid="index-table">
            <caption className="visually-hidden">What the index holds per month, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Papers</th>
                <th scope="col">Listing</th>
                <th scope="col">Harvested</th>
                <th scope="col">Requests</th>
                <th scope="col">vs arXiv (audit)</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month} data-testid="index-month" data-month={m.month} data-papers={m.papers} data-state={monthState(m)}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td>{m.completeTo === null && m.papers === 0 ? "—" : formatCount(m.papers)}</td>
                  <td>
                    <Listing m={m} running={m.month === running} />
                  </td>
                  <td>{m.harvestedAt ? <RelativeTime iso={m.harvestedAt} /> : "never"}</td>
                  <td>{m.requests ? formatCount(m.requests) : "—"}</td>
                  <td data-testid="index-month-audit">
                    <AuditFigure c={audited.get(m.month)} />
                  </td>
                  <td className={styles.error}>{m.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted" style={{ marginBottom: 0 }}>
          As of {formatUtc(asOf)}. “Complete, final” months were listed again after they settled; closed months are not asked
          again.
        </p>
      </section>
    </>
  );
}
