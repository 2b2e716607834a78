// Geometry of a sparkline: full months as a solid line broken at unknown months, the running
// month as a separate dashed tail, so neither a gap nor a partial month looks like a drop.

export interface Point {
  x: number;
  y: number;
}

export interface SparklineGeometry {
  /** One SVG path per run of consecutive known months. */
  segments: string[];
  /** Known months with no known neighbour: drawn as dots, a path of one point is invisible. */
  lonePoints: Point[];
  /** Dashed tail from the last full month to the running month; null if either is unknown. */
  runningTail: string | null;
  runningPoint: Point | null;
  /** Largest value drawn (at least 1). */
  max: number;
}

export function sparklineGeometry(
  full: readonly (number | null)[],
  running: number | null,
  size: { width: number; height: number; pad: number },
): SparklineGeometry {
  const slots = full.length + 1;
  const known = [...full, running].filter((v): v is number => v !== null);
  const max = Math.max(1, ...known);
  const step = slots > 1 ? (size.width - 2 * size.pad) / (slots - 1) : 0;
  const at = (i: number, v: number): Point => ({
    x: +(size.pad + i * step).toFixed(2),
    y: +(size.height - size.pad - (v / max) * (size.height - 2 * size.pad)).toFixed(2),
  });

  const segments: string[] = [];
  const lonePoints: Point[] = [];
  let run: Point[] = [];
  const flush = () => {
    if (run.length === 1 && run[0]) lonePoints.push(run[0]);
    else if (run.length > 1) segments.push(run.map((p, j) => `${j === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" "));
    run = [];
  };
  full.forEach((v, i) => {
    if (v === null) flush();
    else run.push(at(i, v));
  });
  flush();

  const last = full[full.length - 1];
  const runningPoint = running === null ? null : at(slots - 1, running);
  const lastPoint = last === null || last === undefined ? null : at(full.length - 1, last);
  const runningTail =
    runningPoint && lastPoint ? `M${lastPoint.x} ${lastPoint.y} L${runningPoint.x} ${runningPoint.y}` : null;
  return { segments, lonePoints, runningTail, runningPoint, max };
}
