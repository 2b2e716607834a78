"use client";
// The chosen topics as lines in the chosen mode, the drill-down of a clicked month (?month=),
// and the numbers as a table.
import { useSuspenseQueries } from "@tanstack/react-query";
import { useCallback } from "react";
import { monthsBetween } from "@/lib/calendar/months";
import { topicCountsQueryOptions } from "@/lib/queries/topic-counts";
import { ChartFrame, LegendItem } from "@/app/_components/chart/chart";
import { TrendLinesChart } from "@/app/_components/chart/trend-lines-chart";
import { formatCount, formatMonth, formatShare } from "@/app/_components/format";
import { MonthDrillDown, MonthPicker } from "@/app/_components/month-papers/month-drilldown";
import { useMonthParam } from "@/app/_components/month-papers/use-month-param";
import { seriesColor } from "@/app/_components/series-color";
import type { CompareMode, CompareView } from "./compare-params";
import { compareData } from "./compare-series";
import type { TopicOption } from "./topic-options";
import styles from "./compare.module.css";

/** What share mode divides by, in words: the index's whole scope, not a query. */
export function shareOfScope(scopeCategories: number): string {
  return `share of all papers harvested in the index’s scope (${scopeCategories} categories)`;
}

function formats(scopeCategories: number): Record<CompareMode, { value: (v: number) => string; axis: (v: number) => string; what: string }> {
  return {
    count: { value: formatCount, axis: formatCount, what: "New arXiv submissions per month" },
    indexed: { value: (v) => v.toFixed(0), axis: (v) => v.toFixed(0), what: "Submissions per month as an index (each topic’s first month with papers = 100)" },
    share: { value: formatShare, axis: (v) => `${+(v * 100).toFixed(2)}%`, what: `Per month, each topic’s ${shareOfScope(scopeCategories)}` },
  };
}

export function CompareChart({
  view,
  topics,
  baselineSlug,
  scopeCategories,
  asOf,
}: {
  view: CompareView;
  topics: TopicOption[];
  baselineSlug: string;
  /** How many categories the index harvests: what share mode divides by. */
  scopeCategories: number;
  asOf: string;
}) {
  const [month, setMonth] = useMonthParam();
  const closeDrillDown = useCallback(() => setMonth(null), [setMonth]);
  const span = { from: view.from, to: view.to };
  const slugs = view.mode === "share" ? [...view.topics, baselineSlug] : view.topics;
  const results = useSuspenseQueries({ queries: slugs.map((slug) => topicCountsQueryOptions(slug, span)) });
  const counts = results.slice(0, view.topics.length).map((r) => r.data);
  const baseline = view.mode === "share" ? results[view.topics.length]?.data : undefined;
  const data = compareData(view, counts, baseline, new Date(asOf));
  const series = view.topics.map((slug) => {
    const t = topics.find((o) => o.slug === slug);
    return { key: slug, name: t?.name ?? slug, color: seriesColor(t?.colorIndex ?? 0) };
  });
  const f = formats(scopeCategories)[view.mode];
  const months = data.rows.map((r) => r.month);
  // A month outside the view (a link from another range) is not opened.
  const open = month !== null && monthsBetween(view.from, month) >= 0 && monthsBetween(month, view.to) >= 0 ? month : null;
  const unknown = data.rows.reduce((n, r) => n + Object.values(r.values).filter((v) => v === null).length, 0);

  return (
    <div data-testid="compare-chart" data-mode={view.mode} data-topics={view.topics.join(",")} data-from={view.from} data-to={view.to}>
      {data.baselineMissing ? (
        <p className="notice" data-testid="baseline-missing">
          The index holds no month of this range yet, so shares of its scope cannot be computed. A sync harvests them.
        </p>
      ) : null}
      <ChartFrame
        height={360}
        label={`${f.what}, ${formatMonth(view.from)} to ${formatMonth(view.to)}: ${series.map((s) => s.name).join(", ")}`}
        legend={series.map((s) => (
          <LegendItem key={s.key} color={s.color}>
            {s.name}
          </LegendItem>
        ))}
        caption={
          <>
            {f.what} (version-1 date, GMT), matching each topic’s query, cross-lists included. Full months only: the
            running month is left out.
            {view.mode === "share"
              ? " The denominator is the index’s own total for the month: every paper of the scope, not a query."
              : ""}
            {unknown > 0 ? ` Months not in the index are gaps in the lines (${unknown} topic-months), never zeros.` : ""}
          </>
        }
      >
        <TrendLinesChart rows={data.rows} series={series} formatValue={f.value} formatAxis={f.axis} selected={open} onSelectMonth={(m) => setMonth(months.find((k) => k === m) ?? null)} />
      </ChartFrame>
      <div className={styles.drillPicker}>
        <MonthPicker months={months} value={open} onChange={setMonth} />
      </div>
      {open ? (
        <MonthDrillDown
          key={open}
          month={open}
          topics={series.map((s) => ({ slug: s.key, name: s.name, color: s.color }))}
          running={false}
          notHarvested={counts.every((c) => (c.months.find((m) => m.month === open)?.count ?? null) === null)}
          onClose={closeDrillDown}
        />
      ) : null}
      <details className="numbers-table">
        <summary>Numbers in this chart</summary>
        <div className="table-scroll">
          <table className="data-table" data-testid="compare-table">
            <caption>{f.what}</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.month}>
                  <th scope="row">{r.month}</th>
                  {series.map((s) => {
                    const v = r.values[s.key] ?? null;
                    return (
                      <td key={s.key} data-month={r.month} data-slug={s.key} data-value={v ?? undefined}>
                        {v === null ? "—" : f.value(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            {view.mode === "indexed" ? (
              <tfoot>
                <tr>
                  <th scope="row">= 100 at</th>
                  {series.map((s) => (
                    <td key={s.key}>{data.indexBase[s.key] ?? "no papers"}</td>
                  ))}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      </details>
    </div>
  );
}
