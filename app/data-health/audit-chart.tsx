// Index completeness per month as bars rising from 90 % (the floor) to the month's figure, with
// 100 % drawn and the tolerance band shaded: a month that misses papers stands out at a glance.
// Plain SVG: a few dozen bars need no charting library.
import type { AuditCell } from "@/lib/queries/audit";
import { formatMonth } from "@/app/_components/format";
import styles from "./data-health.module.css";

const W = 640;
const H = 100;
const FLOOR = 0.9;
const CEIL = 1.05;

export function CompletenessChart({ cells, tolerance }: { cells: AuditCell[]; tolerance: number }) {
  if (cells.length === 0) return null;
  const bar = W / cells.length;
  const y = (ratio: number) => H - ((Math.max(FLOOR, Math.min(CEIL, ratio)) - FLOOR) / (CEIL - FLOOR)) * H;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label="Index completeness per month: indexed papers divided by arXiv's total, from 90 % to 105 %, with the 100 % line"
      data-testid="audit-chart"
    >
      <rect x={0} width={W} y={y(1 + tolerance)} height={y(1 - tolerance) - y(1 + tolerance)} className={styles.band} />
      {cells.map((c, k) => {
        const r = c.ratio ?? (c.state === "both-zero" ? 1 : FLOOR);
        const top = y(r);
        return (
          <rect key={c.month} x={k * bar + bar * 0.1} width={bar * 0.8} y={Math.min(top, H - 1)} height={Math.max(1, H - top)} className={c.state === "agrees" || c.state === "both-zero" ? styles.barOk : styles.barOff}>
            <title>{`${formatMonth(c.month)}: ${c.ratio === null ? "arXiv answered 0" : `${(100 * c.ratio).toFixed(1)} %`}`}</title>
          </rect>
        );
      })}
      <line x1={0} x2={W} y1={y(1)} y2={y(1)} className={styles.axis} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
