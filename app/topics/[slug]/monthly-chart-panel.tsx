"use client";
// The topic's monthly chart: range picker, chart with caption, the drill-down of a clicked
// month (?month=), what is missing, and the numbers as a table. The range the server rendered
// is hydrated; other ranges are fetched here.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTopicLabels } from "@/app/_components/topic-labels/use-topic-labels";
import { currentMonth } from "@/lib/calendar/months";
import { topicCountsQueryOptions } from "@/lib/queries/topic-counts";
import { CHART_CAPTION, ChartFrame, LegendItem } from "@/app/_components/chart/chart";
import { MonthlyBarChart } from "@/app/_components/chart/monthly-bar-chart";
import { monthlyChartData, type MonthBar } from "@/app/_components/chart/monthly-chart-data";
import { formatCount, formatMonth } from "@/app/_components/format";
import { MonthDrillDown, MonthPicker } from "@/app/_components/month-papers/month-drilldown";
import { useMonthParam } from "@/app/_components/month-papers/use-month-param";
import { drawnSpan, fetchSpan } from "./chart-range";
import { RangePicker } from "./range-picker";
import { ChartSkeleton } from "./skeletons";
import { useChartRange } from "./use-chart-range";
import styles from "./topic.module.css";

function MissingNote({ missing, total }: { missing: string[]; total: number }) {
  if (missing.length === 0) return null;
  const list = missing.length <= 6 ? missing.map(formatMonth).join(", ") : `${formatMonth(missing[0] ?? "")} … ${formatMonth(missing[missing.length - 1] ?? "")}`;
  return (
    <p className="notice" data-testid="missing-months" data-count={missing.length}>
      {missing.length === total ? "No month of this range is in the index yet" : `${missing.length} of ${total} months are not in the index yet (${list})`}: they
      are drawn as faint striped columns without a count, not as zero. A sync harvests them.
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
                <td>{b.state === "missing" ? "not harvested" : b.state === "partial" ? "so far (month not over)" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function MonthlyChartPanel({ slug, name, asOf }: { slug: string; name: string; asOf: string }) {
  const { range, problem, span, setRange } = useChartRange(slug, asOf);
  const [month, setMonth] = useMonthParam();
  const query = useQuery({ ...topicCountsQueryOptions(slug, fetchSpan(span)), placeholderData: keepPreviousData });
  // While another range loads, the previous chart stays (dimmed) instead of a blank.
  const shownSpan = (query.isPlaceholderData && query.data && drawnSpan(query.data)) || span;
  const chart = query.data ? monthlyChartData(query.data, shownSpan, new Date(asOf)) : null;
  const label = `${name}: papers per month from ${formatMonth(shownSpan.from)} to ${formatMonth(shownSpan.to)}, bars with a 3-month moving average line; click a month to list its papers`;
  const openBar = chart && month ? chart.bars.find((b) => b.month === month) : undefined;
  const closeDrillDown = useCallback(() => setMonth(null), [setMonth]);
  const [showEstimate, setShowEstimate] = useState(false);
  const rate = useTopicLabels(slug).data?.rate;
  const measured = rate && rate.rate !== null && rate.low !== null && rate.high !== null ? { rate: rate.rate, low: rate.low, high: rate.high } : null;
  return (
    <div className={styles.chartPanel}>
      <div className={styles.chartHead}>
        <h2 id="chart-title">Papers per month</h2>
        <RangePicker range={range} span={span} onRange={setRange} />
      </div>
      <label className={styles.estimateToggle} title={measured ? undefined : "Label some papers first: the estimate needs a measured on-topic rate"}>
        <input type="checkbox" checked={showEstimate && measured !== null} disabled={!measured} onChange={(e) => setShowEstimate(e.target.checked)} data-testid="estimate-toggle" />
        Estimated on-topic papers (count × on-topic rate, band: its 95% interval)
      </label>
      {problem ? (
        <p className="notice" role="status" data-testid="range-problem">
          {problem}
        </p>
      ) : null}
      {query.error && !query.data ? (
        <p role="alert" className="alert">
          The counts could not be loaded: {query.error.message}{" "}
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </p>
      ) : !chart ? (
        <ChartSkeleton />
      ) : (
        <div aria-busy={query.isPlaceholderData} className={query.isPlaceholderData ? styles.stale : undefined}>
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
                <LegendItem color="var(--chart-line)">3-month moving average</LegendItem>
                {showEstimate && measured ? <LegendItem color="var(--chart-estimate)">Estimated on-topic (band: 95% interval)</LegendItem> : null}
                {chart.running ? (
                  <LegendItem color="var(--chart-bar-partial)" hatched>
                    so far ({formatMonth(chart.running)})
                  </LegendItem>
                ) : null}
                {chart.missing.length ? (
                  <LegendItem color="var(--chart-missing)" hatched>
                    not harvested
                  </LegendItem>
                ) : null}
              </>
            }
          >
            <MonthlyBarChart bars={chart.bars} selected={month} onSelectMonth={setMonth} onTopicRate={showEstimate ? measured : null} />
          </ChartFrame>
          <div className={styles.drillPicker}>
            <MonthPicker months={chart.bars.filter((b) => b.state !== "missing").map((b) => b.month)} value={openBar ? month : null} onChange={setMonth} />
          </div>
          {month ? (
            <MonthDrillDown
              key={month}
              month={month}
              topics={[{ slug, name }]}
              running={month === currentMonth(new Date(asOf))}
              notHarvested={openBar?.state === "missing"}
              onClose={closeDrillDown}
            />
          ) : null}
          <MissingNote missing={chart.missing} total={chart.bars.length} />
          <NumbersTable bars={chart.bars} name={name} />
        </div>
      )}
    </div>
  );
}
