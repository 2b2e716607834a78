// Cache contract of the compare page's overlap matrix (GET /api/overlap).
import { queryOptions } from "@tanstack/react-query";
import type { MonthKey } from "../calendar/months";
import type { OverlapAnswer } from "../topics/overlap";
import { fetchJson, searchString } from "./fetch-json";

export type { OverlapAnswer, OverlapCell, OverlapTopic } from "../topics/overlap";

export const overlapKey = (slugs: readonly string[], from: MonthKey, to: MonthKey) => ["overlap", slugs.join(","), from, to] as const;

export function overlapQueryOptions(slugs: readonly string[], from: MonthKey, to: MonthKey) {
  return queryOptions({
    queryKey: overlapKey(slugs, from, to),
    queryFn: () => fetchJson<OverlapAnswer>(`/api/overlap${searchString({ topics: slugs.join(","), from, to })}`),
  });
}
