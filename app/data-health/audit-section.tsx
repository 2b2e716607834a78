"use client";
// The audit: how complete the index is against arXiv's own totals (per month), and how far local
// matching agrees with arXiv's search (per topic, sampled months). Cells outside the tolerance
// are highlighted; a zero arXiv answered twice where the index holds papers is shown as suspect.
import { useSuspenseQuery } from "@tanstack/react-query";
import { auditQueryOptions, type AuditCell, type AuditReport } from "@/lib/queries/audit";
import { formatCount, formatMonth, formatUtc } from "@/app/_components/format";
import { CompletenessChart } from "./audit-chart";
import styles from "./data-health.module.css";

function Ratio({ c }: { c: AuditCell }) {
  const text = c.state === "suspect" ? "arXiv said 0 (suspect)" : c.ratio === null ? (c.state === "both-zero" ? "both 0" : "arXiv said 0") : `${(100 * c.ratio).toFixed(1)} %`;
  return (
    <span className={c.state === "agrees" || c.state === "both-zero" ? styles.complete : styles.partial} data-state={c.state}>
      {text}
    </span>
  );
}

function TopicTable({ topics }: { topics: AuditReport["topics"] }) {
  // Topics may have been sampled in different runs: one column per month any of them has.
  const months = [...new Set(topics.flatMap((t) => t.cells.map((c) => c.month)))].sort();
  return (
    <>
      <h3 className={styles.subhead}>Agreement of local matching with arXiv’s search, per topic</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="audit-topics">
          <caption className="visually-hidden">Agreement of local matching with arXiv’s search, per topic and sampled month</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {months.map((m) => (
                <th scope="col" key={m}>
                  {formatMonth(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.slug} data-testid="audit-topic" data-slug={t.slug}>
                <th scope="row">{t.name}</th>
                {months.map((m) => {
                  const c = t.cells.find((x) => x.month === m);
                  if (!c) return <td key={m}>—</td>;
                  return (
                    <td key={m} className={c.state === "outside" || c.state === "suspect" ? styles.flagged : undefined} data-state={c.state}>
                      <Ratio c={c} /> <span className="muted">({formatCount(c.localCount)} / {formatCount(c.arxivTotal)})</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function AuditSection() {
  const { data } = useSuspenseQuery(auditQueryOptions());
  const tol = `${(100 * data.tolerance).toFixed(1)} %`;
  return (
    <section className="panel section" aria-labelledby="audit-title" data-testid="audit" data-flagged={data.flagged}>
      <h2 id="audit-title">Audit against arXiv</h2>
      {data.lastAskedAt === null ? (
        <p className="muted" data-testid="audit-empty">
          No audit yet. <code>npm run audit</code> asks arXiv for its own totals (paced like a sync) and stores them here.
        </p>
      ) : (
        <>
          <p className={styles.summary}>
            Last asked {formatUtc(data.lastAskedAt)}. Completeness is papers indexed divided by arXiv’s total for the whole
            scope; agreement is a topic’s local count divided by arXiv’s count for its query inside the scope. {data.flagged}{" "}
            {data.flagged === 1 ? "figure is" : "figures are"} more than {tol} off or suspect.
          </p>
          <h3 className={styles.subhead}>Completeness per month</h3>
          <CompletenessChart cells={data.scope} tolerance={data.tolerance} />
          <div className="table-scroll">
            <table className="data-table" data-testid="audit-scope">
              <caption className="visually-hidden">Index completeness per month, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Indexed</th>
                  <th scope="col">arXiv’s total</th>
                  <th scope="col">Completeness</th>
                  <th scope="col">Asked</th>
                </tr>
              </thead>
              <tbody>
                {[...data.scope].reverse().map((c) => (
                  <tr key={c.month} data-testid="audit-month" data-month={c.month} data-state={c.state} className={c.state === "agrees" || c.state === "both-zero" ? undefined : styles.flagged}>
                    <th scope="row">{formatMonth(c.month)}</th>
                    <td>{formatCount(c.localCount)}</td>
                    <td>{formatCount(c.arxivTotal)}</td>
                    <td>
                      <Ratio c={c} />
                    </td>
                    <td>{formatUtc(c.askedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.topics.length > 0 ? <TopicTable topics={data.topics} /> : null}
        </>
      )}
    </section>
  );
}
