"use client";
// Topic × topic overlap for the compared period: each cell is the share of the row topic's
// papers that the column topic matches too, so two rising lines that are the same papers show.
import { useQuery } from "@tanstack/react-query";
import type { MonthKey } from "@/lib/calendar/months";
import { overlapQueryOptions } from "@/lib/queries/overlap";
import { formatCount, formatMonth } from "@/app/_components/format";
import { seriesColor } from "@/app/_components/series-color";
import type { TopicOption } from "./topic-options";
import styles from "./compare.module.css";

/** A few shared papers never read as "0%". */
const pct = (share: number) => (share > 0 && share < 0.005 ? "<1%" : `${Math.round(share * 100)}%`);

export function OverlapMatrix({ slugs, from, to, topics }: { slugs: string[]; from: MonthKey; to: MonthKey; topics: TopicOption[] }) {
  const query = useQuery(overlapQueryOptions(slugs, from, to));
  if (query.error) {
    return (
      <p role="alert" className="alert">
        The overlap could not be loaded: {query.error.message}
      </p>
    );
  }
  const answer = query.data;
  if (!answer) return <div className="skeleton" style={{ height: `${3 + slugs.length * 2.2}rem` }} aria-busy="true" aria-label="Loading overlap" />;
  const colour = (slug: string) => seriesColor(topics.find((t) => t.slug === slug)?.colorIndex ?? 0);
  return (
    <>
      <p className="muted">
        Share of the <strong>row</strong> topic’s papers ({formatMonth(answer.from)} to {formatMonth(answer.to)}, current
        queries) that the <strong>column</strong> topic matches too: |row ∩ column| / |row|.
      </p>
      <div className={styles.overlapWrap}>
        <table className={styles.overlap} data-testid="overlap-matrix">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Of this topic’s papers</span>
              </th>
              {answer.topics.map((t) => (
                <th key={t.slug} scope="col" style={{ borderTopColor: colour(t.slug) }}>
                  {t.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answer.topics.map((row, i) => (
              <tr key={row.slug}>
                <th scope="row" style={{ borderLeftColor: colour(row.slug) }}>
                  {row.name} <span className="muted">({formatCount(row.papers)})</span>
                </th>
                {answer.rows[i]!.map((cell, j) => {
                  const column = answer.topics[j]!;
                  const share = cell.share;
                  return (
                    <td
                      key={column.slug}
                      data-testid="overlap-cell"
                      data-row={row.slug}
                      data-column={column.slug}
                      data-both={cell.both}
                      className={i === j ? styles.overlapSelf : undefined}
                      style={share !== null && i !== j ? { background: `color-mix(in srgb, var(--accent) ${Math.round(share * 60)}%, transparent)` } : undefined}
                      title={`${formatCount(cell.both)} of ${formatCount(row.papers)} ${row.name} papers are also ${column.name} papers`}
                    >
                      {share === null ? "–" : i === j ? formatCount(row.papers) : pct(share)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">The diagonal gives each topic’s number of papers in the period.</p>
    </>
  );
}
