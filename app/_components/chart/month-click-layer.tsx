"use client";
// Turns a click or tap anywhere on a chart's plot area into "this month": the month whose column
// (or point) is nearest to the pointer. Recharts' own onClick reads the hovered month, which a
// tap or a quick click reaches only a frame later, so the chart's <svg> is listened to directly
// (bars and lines sit in their own layers above anything drawn here).
import { useEffect, useRef } from "react";
import { usePlotArea, useXAxisScale } from "recharts";

/** Mouse and touch only: the keyboard picks a month with the page's month select. */
export function MonthClickLayer({ months, onSelect }: { months: readonly string[]; onSelect: (month: string) => void }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  const marker = useRef<SVGRectElement>(null);

  useEffect(() => {
    const svg = marker.current?.ownerSVGElement;
    if (!svg || !plot || !scale) return;
    const onClick = (e: MouseEvent) => {
      const box = svg.getBoundingClientRect();
      const x = e.clientX - box.left;
      const y = e.clientY - box.top;
      if (x < plot.x || x > plot.x + plot.width || y < plot.y || y > plot.y + plot.height) return;
      let best: string | null = null;
      let distance = Infinity;
      for (const month of months) {
        const at = scale(month, { position: "middle" });
        if (at !== undefined && Math.abs(at - x) < distance) [best, distance] = [month, Math.abs(at - x)];
      }
      if (best) onSelect(best);
    };
    svg.addEventListener("click", onClick);
    svg.style.cursor = "pointer";
    return () => svg.removeEventListener("click", onClick);
  }, [plot, scale, months, onSelect]);

  if (!plot) return null;
  return <rect ref={marker} x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="none" pointerEvents="none" aria-hidden="true" data-testid="month-click-layer" />;
}
