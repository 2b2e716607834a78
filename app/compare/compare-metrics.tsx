"use client";
// Momentum metrics of the chosen topics, from the overview cache (the same numbers as "/").
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { computeTopicMomentum } from "@/lib/metrics";
import { overviewQueryOptions } from "@/lib/queries/overview";
import { MomentumBadge } from "@/app/_components/momentum-badge";
import { changeClass, metricText } from "@/app/_components/momentum-text";
import { formatChange, formatCount, formatMonth, formatPoints, formatRatio } from "@/app/_components/format";
import { seriesColor } from "@/app/_components/series-color";
import styles from "./compare.module.css";

export function CompareMetrics({ slugs }: { slugs: string[] }) {
  const { data } = useSuspenseQuery(overviewQueryOptions());
  const now = new Date(data.asOf);
  const rows = data.topics
    .map((t, colorIndex) => ({ t, colorIndex }))
    .filter(({ t }) => slugs.includes(t.slug))
    .map(({ t, colorIndex }) => ({ t, colorIndex, m: computeTopicMomentum(t.months, now) }));
  const month = rows[0]?.m.lastFullMonth;
  return (
    <div className="table-scroll">
      <table className={`data-table ${styles.metrics}`} data-testid="compare-metrics">
        <caption>Momentum as of {month ? formatMonth(month) : "the last full month"}</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" title="Papers in the last full month">Papers</th>
            <th scope="col" title="Last full month against the same month a year before">YoY</th>
            <th scope="col" title="Last 3 full months against the same 3 months a year before">3-mo YoY</th>
            <th scope="col" title="Mean of the last 3 full months over the mean of the 12 before">Ratio</th>
            <th scope="col" title="Change of the ratio since the month before">Accel.</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ t, colorIndex, m }) => {
            const cells = [
              { key: "yoy", metric: m.yoy, format: formatChange, signed: true },
              { key: "t3", metric: m.trailing3YoY, format: formatChange, signed: true },
              { key: "ratio", metric: m.momentumRatio, format: formatRatio, signed: false },
              { key: "acc", metric: m.acceleration, format: formatPoints, signed: true },
            ];
            return (
              <tr key={t.slug} data-testid={`compare-metrics-row-${t.slug}`} data-momentum={m.label}>
                <th scope="row">
                  <span className={styles.metricTopic}>
                    <span className={styles.swatch} style={{ background: seriesColor(colorIndex) }} aria-hidden="true" />
                    <Link href={`/topics/${t.slug}`}>{t.name}</Link>
                  </span>
                  <MomentumBadge momentum={m} />
                </th>
                <td>{m.lastFullMonthCount === null ? "—" : formatCount(m.lastFullMonthCount)}</td>
                {cells.map((c) => {
                  const text = metricText(c.metric, c.format);
                  return (
                    <td key={c.key} title={text.title} className={c.signed ? changeClass(c.metric.value) : undefined}>
                      {text.text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
