// Cache contract of a month's drill-down: the papers behind one bar of a topic's chart, paged by
// offset. The answer's `total` is the month's count, so the panel's heading is the bar's number.
import { queryOptions } from "@tanstack/react-query";
import type { MonthKey } from "../calendar/months";
import type { TopicPapersAnswer } from "../topics/papers";
import { fetchJson, searchString } from "./fetch-json";
import { topicsKey } from "./topic-counts";

export type { ExplainedPaper, TopicPapersAnswer } from "../topics/papers";

export const MONTH_PAPERS_PAGE_SIZE = 20;

export const topicMonthPapersKey = (slug: string, month: MonthKey, offset: number) =>
  [...topicsKey, slug, "month-papers", month, offset] as const;

export function topicMonthPapersQueryOptions(slug: string, month: MonthKey, offset: number) {
  return queryOptions({
    queryKey: topicMonthPapersKey(slug, month, offset),
    queryFn: () =>
      fetchJson<TopicPapersAnswer>(
        `/api/topics/${encodeURIComponent(slug)}/papers${searchString({ month, limit: MONTH_PAPERS_PAGE_SIZE, offset })}`,
      ),
  });
}
