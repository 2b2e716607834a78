// Reads a topic's cached monthly counts for the pages and the API. A month that was never
// fetched is null, never 0: an unknown is not a zero.
import type { Db } from "../store/db";
import { getMonthlyCounts } from "../store";
import { monthRange, type MonthKey } from "../calendar/months";
import type { ResolvedTopic } from "./resolve";

export interface CountPoint {
  month: MonthKey;
  count: number | null;
  fetchedAt: string | null;
}

export interface TopicCounts {
  slug: string;
  /** The query version these counts belong to; null when this query was never synced. */
  queryVersion: number | null;
  months: CountPoint[];
}

export function readTopicCounts(db: Db, topic: ResolvedTopic, from: MonthKey, to: MonthKey): TopicCounts {
  const { queryVersion } = topic;
  const cached =
    queryVersion === null ? new Map() : getMonthlyCounts(db, { slug: topic.slug, queryVersion }, from, to);
  return {
    slug: topic.slug,
    queryVersion,
    months: monthRange(from, to).map((month) => {
      const c = cached.get(month);
      return { month, count: c?.count ?? null, fetchedAt: c?.fetchedAt ?? null };
    }),
  };
}
