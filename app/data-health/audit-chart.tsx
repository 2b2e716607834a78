// Index completeness per month as bars around 100 %, the tolerance band shaded: a month that
// misses papers stands out at a glance. Plain SVG: 36 bars need no charting library.
import type { AuditCell } from "@/lib/queries/audit";
import { formatMonth } from "@/app/_components/format";
import styles from "./data-health.module.css";

const W = 640;
const H = 120;
/** The axis spans 100 % ± this. */
const SPAN = 0.1;

export function CompletenessChart({ cells, tolerance }: { cells: AuditCell[]; tolerance: number }) {
  if (cells.length === 0) return null;
  const bar = W / cells.length;
  const y = (ratio: number) => H / 2 - (Math.max(-SPAN, Math.min(SPAN, ratio - 1)) / SPAN) * (H / 2);
  return (
    <svg className={styles.chart} viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Index completeness per month: indexed papers divided by arXiv's total, 100 % in the middle">
      <rect x={0} width={W} y={y(1 + tolerance)} height={y(1 - tolerance) - y(1 + tolerance)} className={styles.band} />
      <line x1={0} x2={W} y1={H / 2} y2={H / 2} className={styles.axis} />
      {cells.map((c, k) => {
        const r = c.ratio ?? (c.state === "both-zero" ? 1 : 1 - SPAN);
        const top = Math.min(y(r), H / 2);
        return (
          <rect key={c.month} x={k * bar + 1} width={Math.max(1, bar - 2)} y={top} height={Math.max(1, Math.abs(y(r) - H / 2))} className={c.state === "agrees" || c.state === "both-zero" ? styles.barOk : styles.barOff}>
            <title>{`${formatMonth(c.month)}: ${c.ratio === null ? "arXiv answered 0" : `${(100 * c.ratio).toFixed(1)} %`}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
