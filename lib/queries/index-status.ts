// Cache contract of GET /api/index: what the local index holds per month (the data-health page).
import { queryOptions } from "@tanstack/react-query";
import type { MonthKey } from "../calendar/months";
import type { IndexStatus } from "../sync/index-status";
import { fetchJson, searchString } from "./fetch-json";

export type { IndexMonthStatus, IndexStatus } from "../sync/index-status";

/** Root of every index query: a finished sync invalidates them. */
export const indexKey = ["index"] as const;

export const indexStatusKey = (from: MonthKey, to: MonthKey) => [...indexKey, from, to] as const;

export function indexStatusQueryOptions(from: MonthKey, to: MonthKey) {
  return queryOptions({
    queryKey: indexStatusKey(from, to),
    queryFn: () => fetchJson<IndexStatus>(`/api/index${searchString({ from, to })}`, { cache: "no-store" }),
  });
}
