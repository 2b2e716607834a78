"use client";
// The drill-down's month lives in the URL (?month=YYYY-MM), so an open month can be linked and
// survives a reload. Changed with history.replaceState, which Next's useSearchParams follows,
// so opening a month fetches its papers in the browser without a server render.
import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { isMonthKey, type MonthKey } from "@/lib/calendar/months";

export const MONTH_PARAM = "month";

export function useMonthParam(): [MonthKey | null, (month: MonthKey | null) => void] {
  const raw = useSearchParams().get(MONTH_PARAM);
  const month = raw !== null && isMonthKey(raw) ? raw : null;
  const setMonth = useCallback((next: MonthKey | null) => {
    const url = new URL(window.location.href);
    if (next) url.searchParams.set(MONTH_PARAM, next);
    else url.searchParams.delete(MONTH_PARAM);
    window.history.replaceState(null, "", `${url.pathname}${url.search.replace(/%2C/g, ",")}`);
  }, []);
  return [month, setMonth];
}
