"use client";
// The one wrapper around recharts: frame with a reserved height (no layout jump while the chart
// measures itself), axis and grid styling, and a tooltip box, all coloured by CSS variables
// from theme.css so both themes work without re-rendering.
import type { ReactNode } from "react";
import styles from "./chart.module.css";

export const CHART_CAPTION =
  "New arXiv submissions per month (version-1 date, GMT) matching this topic's query, cross-lists included.";

export const axisTick = { fill: "var(--chart-axis)", fontSize: 12 } as const;

export const axisCommon = {
  stroke: "var(--chart-grid)",
  tick: axisTick,
  tickLine: false,
} as const;

export const gridProps = { stroke: "var(--chart-grid)", vertical: false } as const;

export function ChartFrame({
  height,
  label,
  testId,
  children,
  caption,
  legend,
}: {
  height: number;
  /** What the chart shows, for screen readers (the data table carries the numbers). */
  label: string;
  testId?: string;
  children: ReactNode;
  caption: ReactNode;
  legend?: ReactNode;
}) {
  return (
    <figure className={styles.figure} data-testid={testId}>
      {legend ? <div className={styles.legend}>{legend}</div> : null}
      <div className={styles.plot} style={{ height }} role="group" aria-label={label}>
        {children}
      </div>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

/** What recharts passes a bar's `shape`: its box, and the data row it draws. */
export interface BarShapeProps<Row> {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
}

export function TooltipBox({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.tooltip}>
      <div className={styles.tooltipTitle}>{title}</div>
      {children}
    </div>
  );
}

export function LegendItem({ color, children, dashed, hatched }: { color: string; children: ReactNode; dashed?: boolean; hatched?: boolean }) {
  return (
    <span className={styles.legendItem}>
      <span
        aria-hidden="true"
        className={`${styles.legendSwatch} ${dashed ? styles.legendDashed : ""} ${hatched ? styles.legendHatched : ""}`}
        style={{ ["--swatch" as string]: color }}
      />
      {children}
    </span>
  );
}
