// Cache contract of one topic's monthly counts over a range of months.
import { queryOptions } from "@tanstack/react-query";
import type { MonthKey } from "../calendar/months";
import type { TopicCounts } from "../topics/series";
import { fetchJson, searchString } from "./fetch-json";

export type { CountPoint, TopicCounts } from "../topics/series";

/** Root of every per-topic query: a finished sync invalidates all of them at once. */
export const topicsKey = ["topics"] as const;

export interface MonthSpan {
  from: MonthKey;
  to: MonthKey;
}

export const topicCountsKey = (slug: string, span: MonthSpan) =>
  [...topicsKey, slug, "counts", span.from, span.to] as const;

export function topicCountsQueryOptions(slug: string, span: MonthSpan) {
  return queryOptions({
    queryKey: topicCountsKey(slug, span),
    queryFn: () =>
      fetchJson<TopicCounts>(
        `/api/topics/${encodeURIComponent(slug)}/counts${searchString({ from: span.from, to: span.to })}`,
      ),
  });
}
