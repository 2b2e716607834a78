"use client";
// Bars for monthly counts and a line for their 3-month moving average. Every month gets one
// bar element carrying data-month / data-count / data-state, so tests can read the chart:
// a running month is hatched ("so far"), a month never fetched is a faint striped column
// without a count (a gap, never a zero). Clicking a month's column selects it (its drill-down).
import { Area, Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { onTopicEstimates, type MonthBar, type OnTopicEstimate } from "./monthly-chart-data";
import { niceTicks } from "./nice-ticks";
import { formatCount, formatMonth, formatMonthShort } from "../format";
import { axisCommon, gridProps, TooltipBox, type BarShapeProps } from "./chart";
import { MonthClickLayer } from "./month-click-layer";

interface Row extends MonthBar, Partial<OnTopicEstimate> {
  /** What the bar's height encodes: the count, or the full height for a missing month. */
  barValue: number;
}

interface ShapeProps extends BarShapeProps<Row> {
  selected?: boolean;
}

function MonthBarShape({ x = 0, y = 0, width = 0, height = 0, payload, selected }: ShapeProps) {
  if (!payload) return null;
  const common = {
    "data-testid": "month-bar",
    "data-month": payload.month,
    "data-state": payload.state,
    "data-count": payload.count ?? undefined,
    "data-selected": selected ? "true" : undefined,
    ...(selected ? { stroke: "var(--accent)", strokeWidth: 2.5, strokeDasharray: undefined } : {}),
  };
  const w = Math.max(width, 1);
  if (payload.state === "missing") {
    return <rect x={x} y={y} width={w} height={Math.max(height, 0)} fill="url(#month-missing)" stroke="var(--chart-missing)" strokeDasharray="2 3" {...common} />;
  }
  if (payload.state === "partial") {
    return <rect x={x} y={y} width={w} height={Math.max(height, 0)} fill="url(#month-partial)" stroke="var(--chart-bar-partial)" strokeDasharray="4 2" strokeWidth={1.5} {...common} />;
  }
  return <rect x={x} y={y} width={w} height={Math.max(height, 0)} fill="var(--chart-bar)" rx={1} {...common} />;
}

function MonthTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Row }[] }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <TooltipBox title={formatMonth(row.month)}>
      {row.state === "missing" ? (
        <div>Not harvested yet: no count</div>
      ) : (
        <div>
          {formatCount(row.count ?? 0)} papers{row.state === "partial" ? " so far (month not over)" : ""}
        </div>
      )}
      {row.estimated != null && row.band ? (
        <div data-testid="estimate-tooltip">
          about {formatCount(Math.round(row.estimated))} on-topic ({formatCount(Math.round(row.band[0]))}–{formatCount(Math.round(row.band[1]))})
        </div>
      ) : null}
      <div className="muted">
        3-month average: {row.movingAverage === null ? "—" : formatCount(row.movingAverage)}
      </div>
      {row.state !== "missing" ? <div className="muted">Click to list the papers</div> : null}
    </TooltipBox>
  );
}

export function MonthlyBarChart({
  bars,
  selected = null,
  onSelectMonth,
  onTopicRate = null,
}: {
  bars: MonthBar[];
  /** When given, estimated on-topic papers (count × rate) are drawn with the interval as a band. */
  onTopicRate?: { rate: number; low: number; high: number } | null;
  selected?: string | null;
  onSelectMonth?: (month: MonthBar["month"]) => void;
}) {
  const known = bars.flatMap((b) => [b.count, b.movingAverage]).filter((v): v is number => v !== null);
  const top = Math.max(1, ...known);
  const ticks = niceTicks(top);
  const axisTop = ticks[ticks.length - 1] ?? top;
  // A missing month fills the whole height: a visible "no data here", never a short bar.
  const estimates = onTopicRate ? onTopicEstimates(bars, onTopicRate) : null;
  const rows: Row[] = bars.map((b, i) => ({ ...b, barValue: b.count ?? axisTop, ...estimates?.[i] }));
  return (
    <ComposedChart
      data={rows}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      barCategoryGap="18%"
    >
      <defs>
        <pattern id="month-partial" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--chart-bar-partial)" fillOpacity="0.15" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--chart-bar-partial)" strokeWidth="3" />
        </pattern>
        <pattern id="month-missing" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--chart-missing)" strokeWidth="1" strokeOpacity="0.6" />
        </pattern>
      </defs>
      <CartesianGrid {...gridProps} />
      <XAxis
        dataKey="month"
        {...axisCommon}
        interval="preserveStartEnd"
        tickFormatter={(m: string) => formatMonthShort(m)}
        minTickGap={14}
      />
      <YAxis {...axisCommon} width={52} tickFormatter={(v: number) => formatCount(v)} ticks={ticks} domain={[0, axisTop]} />
      <Tooltip content={MonthTooltip} cursor={{ fill: "var(--surface-2)" }} isAnimationActive={false} />
      <Bar dataKey="barValue" shape={(p: ShapeProps) => <MonthBarShape {...p} selected={p.payload?.month === selected} />} isAnimationActive={false} name="Papers" />
      <Line
        dataKey="movingAverage"
        type="monotone"
        stroke="var(--chart-line)"
        strokeWidth={2}
        dot={false}
        connectNulls={false}
        isAnimationActive={false}
        name="3-month moving average"
      />
      {estimates ? (
        <Area dataKey="band" stroke="none" fill="var(--chart-estimate)" fillOpacity={0.25} connectNulls={false} isAnimationActive={false} name="on-topic interval" />
      ) : null}
      {estimates ? (
        <Line dataKey="estimated" type="monotone" stroke="var(--chart-estimate)" strokeWidth={2} strokeDasharray="5 3" dot={false} connectNulls={false} isAnimationActive={false} name="estimated on-topic papers" />
      ) : null}
      {onSelectMonth ? (
        <MonthClickLayer
          months={rows.map((r) => r.month)}
          onSelect={(m) => {
            const bar = rows.find((r) => r.month === m);
            if (bar) onSelectMonth(bar.month);
          }}
        />
      ) : null}
    </ComposedChart>
  );
}
