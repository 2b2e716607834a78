"use client";
// The topic's monthly chart with its caption, what is missing, and the numbers as a table.
import { useSuspenseQuery } from "@tanstack/react-query";
import { topicCountsQueryOptions, type MonthSpan } from "@/lib/queries/topic-counts";
import { CHART_CAPTION, ChartFrame, LegendItem } from "@/app/_components/chart/chart";
import { MonthlyBarChart } from "@/app/_components/chart/monthly-bar-chart";
import { monthlyChartData, type MonthBar } from "@/app/_components/chart/monthly-chart-data";
import { formatCount, formatMonth } from "@/app/_components/format";
import { fetchSpan } from "./chart-range";
import styles from "./topic.module.css";

function MissingNote({ missing, total }: { missing: string[]; total: number }) {
  if (missing.length === 0) return null;
  const list = missing.length <= 6 ? missing.map(formatMonth).join(", ") : `${formatMonth(missing[0] ?? "")} … ${formatMonth(missing[missing.length - 1] ?? "")}`;
  return (
    <p className="notice" data-testid="missing-months" data-count={missing.length}>
      {missing.length === total ? "No month of this range is cached yet" : `${missing.length} of ${total} months are not cached yet (${list})`}: they
      are drawn as faint striped columns without a count, not as zero. A sync will fill them.
    </p>
  );
}

function NumbersTable({ bars, name }: { bars: MonthBar[]; name: string }) {
  return (
    <details className="numbers-table" data-testid="monthly-table">
      <summary>Numbers in this chart</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{name}: new arXiv submissions per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Papers</th>
              <th scope="col">3-month average</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.month} data-month={b.month}>
                <th scope="row">{b.month}</th>
                <td>{b.count === null ? "—" : formatCount(b.count)}</td>
                <td>{b.movingAverage === null ? "—" : b.movingAverage.toFixed(1)}</td>
                <td>{b.state === "missing" ? "not cached" : b.state === "partial" ? "so far (month not over)" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function MonthlyChartPanel({ slug, name, span, asOf }: { slug: string; name: string; span: MonthSpan; asOf: string }) {
  const { data } = useSuspenseQuery(topicCountsQueryOptions(slug, fetchSpan(span)));
  const chart = monthlyChartData(data, span, new Date(asOf));
  const label = `${name}: papers per month from ${formatMonth(span.from)} to ${formatMonth(span.to)}, bars with a 3-month moving average line`;
  return (
    <div className={styles.chartPanel}>
      <ChartFrame
        height={320}
        label={label}
        testId="monthly-chart"
        caption={
          <>
            {CHART_CAPTION}
            {chart.running ? ` ${formatMonth(chart.running)} is not over: its bar counts papers so far and stays out of the average.` : ""}
          </>
        }
        legend={
          <>
            <LegendItem color="var(--chart-bar)">Papers per month</LegendItem>
            <LegendItem color="var(--chart-line)" dashed={false}>
              3-month moving average
            </LegendItem>
            {chart.running ? (
              <LegendItem color="var(--chart-bar-partial)" hatched>
                so far ({formatMonth(chart.running)})
              </LegendItem>
            ) : null}
            {chart.missing.length ? (
              <LegendItem color="var(--chart-missing)" hatched>
                not cached
              </LegendItem>
            ) : null}
          </>
        }
      >
        <MonthlyBarChart bars={chart.bars} />
      </ChartFrame>
      <MissingNote missing={chart.missing} total={chart.bars.length} />
      <NumbersTable bars={chart.bars} name={name} />
    </div>
  );
}
