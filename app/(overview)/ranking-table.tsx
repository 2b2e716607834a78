"use client";
// All topics ranked by a momentum metric; every metric column sorts (click again to reverse).
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Metric, RankMetric } from "@/lib/metrics";
import { overviewQueryOptions } from "@/lib/queries/overview";
import { MomentumBadge } from "../_components/momentum-badge";
import { changeClass, metricText } from "../_components/momentum-text";
import { formatChange, formatCount, formatMonth, formatPoints, formatRatio } from "../_components/format";
import { seriesColor } from "../_components/series-color";
import { rankingRows, type SortDirection } from "./overview-model";
import { RankChange } from "./rank-change";
import styles from "./overview.module.css";

const COLUMNS: { metric: RankMetric; label: string; help: string; format: (n: number) => string }[] = [
  { metric: "momentumRatio", label: "Momentum", help: "Mean of the last 3 full months over the mean of the 12 before", format: formatRatio },
  { metric: "yoy", label: "YoY", help: "Last full month against the same month a year before", format: formatChange },
  { metric: "trailing3YoY", label: "3-mo YoY", help: "Last 3 full months against the same 3 months a year before", format: formatChange },
  { metric: "acceleration", label: "Accel.", help: "Change of the momentum ratio since the month before", format: formatPoints },
];

function MetricCell({ name, metric, format, signed }: { name: RankMetric; metric: Metric; format: (n: number) => string; signed: boolean }) {
  const t = metricText(metric, format);
  return (
    <td title={t.title} className={signed ? changeClass(metric.value) : undefined} data-metric={name} data-value={metric.value ?? undefined}>
      {t.text}
    </td>
  );
}

export function RankingTable() {
  const { data } = useSuspenseQuery(overviewQueryOptions());
  const [sort, setSort] = useState<{ by: RankMetric; direction: SortDirection }>({ by: "momentumRatio", direction: "descending" });
  const rows = rankingRows(data, sort.by, sort.direction);
  const month = rows[0]?.momentum.lastFullMonth;
  const sortBy = (by: RankMetric) =>
    setSort((s) => ({ by, direction: s.by === by && s.direction === "descending" ? "ascending" : "descending" }));
  const sortedLabel = COLUMNS.find((c) => c.metric === sort.by)?.label ?? sort.by;

  return (
    <>
      <p className="muted" style={{ marginTop: 0 }} data-testid="ranking-caption">
        Ranked by {sortedLabel} ({sort.direction}) as of {month ? formatMonth(month) : "the last full month"}; arrows show
        the move since the month before. Click a column heading to sort by it, again to reverse.
      </p>
      <div className="table-scroll">
        <table className={`data-table ${styles.ranking}`} data-testid="ranking-table" data-sort={sort.by} data-direction={sort.direction}>
          <caption className="visually-hidden">
            Topics ranked by {sortedLabel}, {sort.direction}
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col" className={styles.left}>Topic</th>
              <th scope="col" className={styles.left}>Trend</th>
              <th scope="col" title="Papers in the last full month">Papers</th>
              {COLUMNS.map((c) => (
                <th key={c.metric} scope="col" aria-sort={sort.by === c.metric ? sort.direction : undefined} data-metric={c.metric}>
                  <button type="button" className={styles.sortButton} onClick={() => sortBy(c.metric)} title={c.help}>
                    {c.label}
                    <span aria-hidden="true" className={styles.sortIcon}>
                      {sort.by === c.metric ? (sort.direction === "descending" ? "▼" : "▲") : "↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.slug} data-testid={`ranking-row-${r.slug}`} data-rank={r.rank} data-rank-change={r.rankChange ?? undefined}>
                <td>
                  <span className={styles.rank}>{r.rank}</span> <RankChange change={r.rankChange} />
                </td>
                <td className={styles.left}>
                  <span className={styles.topicCell}>
                    <span className={styles.swatch} style={{ background: seriesColor(r.colorIndex) }} aria-hidden="true" />
                    <Link href={`/topics/${r.slug}`}>{r.name}</Link>
                  </span>
                </td>
                <td className={styles.left}>
                  <MomentumBadge momentum={r.momentum} />
                </td>
                <td>{r.momentum.lastFullMonthCount === null ? "—" : formatCount(r.momentum.lastFullMonthCount)}</td>
                {COLUMNS.map((c) => (
                  <MetricCell key={c.metric} name={c.metric} metric={r.momentum[c.metric]} format={c.format} signed={c.metric !== "momentumRatio"} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
