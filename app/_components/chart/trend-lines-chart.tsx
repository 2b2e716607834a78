"use client";
// One line per series over months; unknown values are gaps (connectNulls off), never zeros.
// Clicking a month selects it (the page opens its drill-down); the selected month is marked.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatMonth, formatMonthShort } from "../format";
import { axisCommon, gridProps, TooltipBox } from "./chart";
import { MonthClickLayer } from "./month-click-layer";
import { niceTicks } from "./nice-ticks";

export interface TrendSeries {
  key: string;
  name: string;
  color: string;
}

export interface TrendRow {
  month: string;
  values: Record<string, number | null>;
}

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  payload?: readonly { payload?: TrendRow }[];
}

export function TrendLinesChart({
  rows,
  series,
  formatValue,
  formatAxis,
  selected = null,
  onSelectMonth,
}: {
  rows: TrendRow[];
  series: TrendSeries[];
  formatValue: (v: number) => string;
  formatAxis: (v: number) => string;
  selected?: string | null;
  onSelectMonth?: (month: string) => void;
}) {
  const known = rows.flatMap((r) => Object.values(r.values)).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.max(0, ...known));
  const top = ticks[ticks.length - 1] ?? 1;
  const showDots = rows.length <= 18;

  function TrendTooltip({ active, payload }: TooltipProps) {
    const row = active ? payload?.[0]?.payload : undefined;
    if (!row) return null;
    const ordered = [...series].sort((a, b) => (row.values[b.key] ?? -Infinity) - (row.values[a.key] ?? -Infinity));
    return (
      <TooltipBox title={formatMonth(row.month)}>
        {ordered.map((s) => {
          const v = row.values[s.key];
          return (
            <div key={s.key} style={{ display: "flex", gap: "0.5rem", justifyContent: "space-between" }}>
              <span>
                <span aria-hidden="true" style={{ color: s.color }}>●</span> {s.name}
              </span>
              <strong>{v === null || v === undefined ? "—" : formatValue(v)}</strong>
            </div>
          );
        })}
        {onSelectMonth ? <div className="muted">Click to list the papers</div> : null}
      </TooltipBox>
    );
  }

  return (
    <LineChart
      data={rows}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
    >
      <CartesianGrid {...gridProps} />
      <XAxis dataKey="month" {...axisCommon} interval="preserveStartEnd" tickFormatter={(m: string) => formatMonthShort(m)} minTickGap={14} />
      <YAxis {...axisCommon} width={60} tickFormatter={formatAxis} ticks={ticks} domain={[0, top]} />
      <Tooltip content={TrendTooltip} isAnimationActive={false} />
      {selected && rows.some((r) => r.month === selected) ? (
        <ReferenceLine x={selected} stroke="var(--accent)" strokeWidth={2} strokeDasharray="4 3" ifOverflow="hidden" />
      ) : null}
      {series.map((s) => (
        <Line
          key={s.key}
          name={s.name}
          dataKey={(row: TrendRow) => row.values[s.key] ?? null}
          stroke={s.color}
          strokeWidth={2}
          dot={showDots ? { r: 2.5, fill: s.color } : false}
          activeDot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
          type="linear"
        />
      ))}
      {onSelectMonth ? <MonthClickLayer months={rows.map((r) => r.month)} onSelect={onSelectMonth} /> : null}
    </LineChart>
  );
}
