// Server-side prefetches: the same cache contracts the browser uses, with the query function
// swapped for a direct store read (a relative API URL only resolves in the browser).
// Page data use fetchQuery, which throws: a store failure reaches error.tsx with its cause
// instead of leaving the client to retry a request that fails the same way.
import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { readTopicPapers } from "@/lib/topics/papers";
import { getDb } from "@/lib/store/server";
import type { Topic } from "@/lib/topics/catalog";
import { readTopicCounts } from "@/lib/topics/series";
import { overviewQueryOptions } from "@/lib/queries/overview";
import { topicCountsQueryOptions, type MonthSpan } from "@/lib/queries/topic-counts";
import {
  PAPERS_PAGE_SIZE,
  toPapersPage,
  topicPapersQueryOptions,
  type PaperFilter,
} from "@/lib/queries/topic-papers";
import { syncStatusQueryOptions } from "@/lib/queries/sync-status";
import { topicLabelsQueryOptions } from "@/lib/queries/topic-labels";
import { readTopicLabels } from "@/lib/topics/labels";
import { overlapQueryOptions } from "@/lib/queries/overlap";
import { readTopicOverlap } from "@/lib/topics/overlap";
import type { MonthKey } from "@/lib/calendar/months";
import { loadOverview } from "./overview";
import { readSyncStatusResponse } from "./sync-status";

export async function prefetchOverview(qc: QueryClient): Promise<void> {
  await qc.fetchQuery({ ...overviewQueryOptions(), queryFn: () => loadOverview() });
}

export async function prefetchTopicCounts(qc: QueryClient, topic: Topic, span: MonthSpan): Promise<void> {
  await qc.fetchQuery({
    ...topicCountsQueryOptions(topic.slug, span),
    queryFn: () => readTopicCounts(getDb(), topic, span.from, span.to),
  });
}

/** The first page only: later pages are asked for by "Load more". */
export async function prefetchTopicPapers(qc: QueryClient, topic: Topic, filter: PaperFilter): Promise<void> {
  await qc.fetchInfiniteQuery({
    ...topicPapersQueryOptions(topic.slug, filter),
    queryFn: ({ pageParam }) =>
      toPapersPage(
        readTopicPapers(getDb(), topic, {
          limit: PAPERS_PAGE_SIZE + 1,
          offset: pageParam,
          category: filter.category ?? undefined,
          text: filter.text || undefined,
        }),
      ),
  });
}

export async function prefetchTopicLabels(qc: QueryClient, topic: Topic): Promise<void> {
  await qc.fetchQuery({ ...topicLabelsQueryOptions(topic.slug), queryFn: () => readTopicLabels(getDb(), topic) });
}

export async function prefetchOverlap(qc: QueryClient, topics: Topic[], from: MonthKey, to: MonthKey): Promise<void> {
  await qc.fetchQuery({
    ...overlapQueryOptions(topics.map((t) => t.slug), from, to),
    queryFn: () => readTopicOverlap(getDb(), topics, from, to),
  });
}

/** Never throws: a status bar that cannot read the store must not take the page down with it. */
export function prefetchSyncStatus(qc: QueryClient): Promise<void> {
  return qc.prefetchQuery({ ...syncStatusQueryOptions(), queryFn: () => readSyncStatusResponse() });
}
