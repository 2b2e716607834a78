"use client";
// A small bar chart of a draft query's monthly counts (the editor's preview). A month the index
// has not harvested is a faint striped column without a count: unknown, never zero.
import { Bar, BarChart, Tooltip, XAxis, YAxis } from "recharts";
import type { MonthKey } from "@/lib/calendar/months";
import { formatCount, formatMonth, formatMonthShort } from "../format";
import { axisCommon, TooltipBox, type BarShapeProps } from "./chart";
import { niceTicks } from "./nice-ticks";

export interface PreviewMonth {
  month: MonthKey;
  count: number | null;
}

interface Row extends PreviewMonth {
  barValue: number;
}

function PreviewBarShape({ x = 0, y = 0, width = 0, height = 0, payload }: BarShapeProps<Row>) {
  if (!payload) return null;
  const common = {
    "data-testid": "preview-bar",
    "data-month": payload.month,
    "data-count": payload.count ?? undefined,
    "data-state": payload.count === null ? "missing" : "complete",
    x,
    y,
    width: Math.max(width, 1),
    height: Math.max(height, 0),
  };
  if (payload.count === null) return <rect {...common} fill="url(#preview-missing)" stroke="var(--chart-missing)" strokeDasharray="2 3" />;
  return <rect {...common} fill="var(--chart-bar)" rx={1} />;
}

function PreviewTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: Row }[] }) {
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <TooltipBox title={formatMonth(row.month)}>
      {row.count === null ? "Not harvested yet: no count" : `${formatCount(row.count)} paper${row.count === 1 ? "" : "s"}`}
    </TooltipBox>
  );
}

export function PreviewBarChart({ months }: { months: PreviewMonth[] }) {
  const top = Math.max(1, ...months.map((m) => m.count ?? 0));
  const ticks = niceTicks(top, 2);
  const axisTop = ticks[ticks.length - 1] ?? top;
  const rows: Row[] = months.map((m) => ({ ...m, barValue: m.count ?? axisTop }));
  return (
    <BarChart data={rows} responsive style={{ width: "100%", height: "100%" }} margin={{ top: 4, right: 4, bottom: 0, left: 0 }} barCategoryGap="14%">
      <defs>
        <pattern id="preview-missing" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--chart-missing)" strokeWidth="1" strokeOpacity="0.6" />
        </pattern>
      </defs>
      <XAxis dataKey="month" {...axisCommon} interval="preserveStartEnd" tickFormatter={(m: string) => formatMonthShort(m)} minTickGap={24} />
      <YAxis {...axisCommon} width={44} tickFormatter={(v: number) => formatCount(v)} ticks={ticks} domain={[0, axisTop]} />
      <Tooltip content={PreviewTooltip} cursor={{ fill: "var(--surface-2)" }} isAnimationActive={false} />
      <Bar dataKey="barValue" shape={PreviewBarShape} isAnimationActive={false} name="Papers" />
    </BarChart>
  );
}
