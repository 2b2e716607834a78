import type { MonthKey } from "@/lib/calendar/months";
import { formatCount, formatMonth } from "./format";
import { sparklineGeometry } from "./sparkline-geometry";

const SIZE = { width: 240, height: 48, pad: 4 };

interface Props {
  slug: string;
  /** Full months, oldest first. */
  values: (number | null)[];
  from: MonthKey;
  to: MonthKey;
  running: { month: MonthKey; count: number | null };
  color: string;
}

/** A small inline SVG: 16 cards of recharts would cost more than they show. */
export function Sparkline({ slug, values, from, to, running, color }: Props) {
  const g = sparklineGeometry(values, running.count, SIZE);
  const known = values.filter((v): v is number => v !== null);
  const missing = values.length - known.length;
  const label =
    known.length === 0
      ? `No cached counts from ${formatMonth(from)} to ${formatMonth(to)}`
      : `Papers per month, ${formatMonth(from)} to ${formatMonth(to)}: lowest ${formatCount(Math.min(...known))}, highest ${formatCount(Math.max(...known))}` +
        (missing ? `, ${missing} months not cached` : "") +
        (running.count !== null ? `; ${formatMonth(running.month)} so far ${formatCount(running.count)}` : "");
  return (
    <svg
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="img"
      aria-label={label}
      data-testid={`sparkline-${slug}`}
      data-months={values.length}
      data-missing={missing}
      style={{ display: "block", width: "100%", height: "auto", overflow: "visible" }}
    >
      <line x1={SIZE.pad} x2={SIZE.width - SIZE.pad} y1={SIZE.height - SIZE.pad} y2={SIZE.height - SIZE.pad} stroke="var(--chart-grid)" strokeWidth="1" />
      {g.segments.map((d, i) => (
        <path key={i} d={d} fill="none" stroke={color} strokeWidth="2" strokeLinejoin="round" />
      ))}
      {g.lonePoints.map((p, i) => (
        <circle key={i} cx={p.x} cy={p.y} r="2" fill={color} />
      ))}
      {g.runningTail ? (
        <path d={g.runningTail} fill="none" stroke={color} strokeOpacity="0.7" strokeWidth="1.5" strokeDasharray="3 3" data-running-month={running.month} />
      ) : null}
      {g.runningPoint ? (
        <circle cx={g.runningPoint.x} cy={g.runningPoint.y} r="2.5" fill="var(--surface)" stroke={color} strokeWidth="1.5" />
      ) : null}
    </svg>
  );
}
