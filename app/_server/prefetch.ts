// Server-side prefetches: the same cache contracts the browser uses, with the query function
// swapped for the route handler's own reader in lib/ (a relative API URL only resolves in the
// browser). Topics arrive resolved (lib/topics/resolve.ts), their query version with them.
// Page data use fetchQuery, which throws: a store failure reaches error.tsx with its cause
// instead of leaving the client to retry a request that fails the same way.
import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { readTopicPapers } from "@/lib/topics/papers";
import { getDb } from "@/lib/store/server";
import type { ResolvedTopic } from "@/lib/topics/resolve";
import { readOverview } from "@/lib/topics/overview";
import { readSyncStatus } from "@/lib/sync/status";
import { cache } from "react";
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
import { requestNow } from "./request-clock";

/** The overview for this request, read once however many widgets ask. */
const loadOverview = cache(() => readOverview(getDb(), requestNow()));

export async function prefetchOverview(qc: QueryClient): Promise<void> {
  await qc.fetchQuery({ ...overviewQueryOptions(), queryFn: () => loadOverview() });
}

export async function prefetchTopicCounts(qc: QueryClient, topic: ResolvedTopic, span: MonthSpan): Promise<void> {
  await qc.fetchQuery({
    ...topicCountsQueryOptions(topic.slug, span),
    queryFn: () => readTopicCounts(getDb(), topic, span.from, span.to),
  });
}

/** The first page only: later pages are asked for by "Load more". */
export async function prefetchTopicPapers(qc: QueryClient, topic: ResolvedTopic, filter: PaperFilter): Promise<void> {
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

export async function prefetchTopicLabels(qc: QueryClient, topic: ResolvedTopic): Promise<void> {
  await qc.fetchQuery({ ...topicLabelsQueryOptions(topic.slug), queryFn: () => readTopicLabels(getDb(), topic) });
}

export async function prefetchOverlap(qc: QueryClient, topics: ResolvedTopic[], from: MonthKey, to: MonthKey): Promise<void> {
  await qc.fetchQuery({
    ...overlapQueryOptions(topics.map((t) => t.slug), from, to),
    queryFn: () => readTopicOverlap(getDb(), topics, from, to),
  });
}

/** Never throws: a status bar that cannot read the store must not take the page down with it. */
export function prefetchSyncStatus(qc: QueryClient): Promise<void> {
  return qc.prefetchQuery({ ...syncStatusQueryOptions(), queryFn: () => readSyncStatus(getDb()) });
}
