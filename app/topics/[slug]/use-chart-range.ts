"use client";
// The chart's month range lives in the URL. It is changed with history.replaceState, which
// Next's useSearchParams follows, so a new range is fetched by react-query in the browser
// without re-rendering the whole page on the server (and without resetting the paper list).
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { chartSpan, parseChartRange, rangeSearch, type ChartRange } from "./chart-range";

export function useChartRange(slug: string, asOf: string) {
  const searchParams = useSearchParams();
  const now = new Date(asOf);
  const { range, problem } = parseChartRange(Object.fromEntries(searchParams), now);
  const span = chartSpan(range, now);
  const setRange = useCallback(
    (next: ChartRange) => {
      // The open month's drill-down stays open across range changes.
      const month = new URL(window.location.href).searchParams.get("month");
      const search = rangeSearch(next);
      const keep = month ? `${search ? "&" : "?"}month=${encodeURIComponent(month)}` : "";
      window.history.replaceState(null, "", `/topics/${slug}${search}${keep}`);
    },
    [slug],
  );
  return { range, problem, span, setRange };
}
