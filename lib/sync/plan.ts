// Which requests a sync must make: the difference between what is wanted and what is cached.
// Because finished work is in the store, a restarted sync plans only what is left.
import { monthRange, type MonthKey } from "../calendar/months";
import type { QueryNode } from "../arxiv/query-ast";
import { countNeedsRefresh, papersNeedRefresh, type RefreshPolicy } from "./policy";

export interface PlannedTopic {
  slug: string;
  queryVersion: number;
  queryNode: QueryNode;
  /** Whether to keep a list of latest papers (the share-mode baseline needs counts only). */
  wantsPapers: boolean;
}

export type SyncTask =
  | { kind: "count"; topic: PlannedTopic; month: MonthKey }
  | { kind: "papers"; topic: PlannedTopic; limit: number };

export interface CachedState {
  countFetchedAt(slug: string, queryVersion: number, month: MonthKey): string | null;
  papersFetchedAt(slug: string, queryVersion: number): string | null;
}

export interface PlanRequest {
  topics: PlannedTopic[];
  from: MonthKey;
  to: MonthKey;
  papersPerTopic: number;
  now: Date;
  policy: RefreshPolicy;
}

export function describeTask(t: SyncTask): string {
  return t.kind === "count" ? `${t.topic.slug} ${t.month}` : `${t.topic.slug} latest papers`;
}

/**
 * Latest papers first (one request per topic, so every topic page has something to show
 * early), then counts newest month first across all topics, so the charts fill from the
 * right-hand edge that people look at.
 */
export function planSync(req: PlanRequest, cache: CachedState): SyncTask[] {
  const tasks: SyncTask[] = [];
  for (const topic of req.topics) {
    if (!topic.wantsPapers || req.papersPerTopic <= 0) continue;
    if (papersNeedRefresh(cache.papersFetchedAt(topic.slug, topic.queryVersion), req.now, req.policy)) {
      tasks.push({ kind: "papers", topic, limit: req.papersPerTopic });
    }
  }
  const months = monthRange(req.from, req.to).reverse();
  for (const month of months) {
    for (const topic of req.topics) {
      const fetchedAt = cache.countFetchedAt(topic.slug, topic.queryVersion, month);
      if (countNeedsRefresh(month, fetchedAt, req.now, req.policy)) {
        tasks.push({ kind: "count", topic, month });
      }
    }
  }
  return tasks;
}
