// "How many papers would this query have counted?": the last full month's count, asked of
// arXiv through the caller's client (in the server, the process-wide paced queue).
import { lastFullMonth, type MonthKey } from "../calendar/months";
import { parseTopicQuery, renderQuery } from "../arxiv/query";
import type { QueryNode } from "../arxiv/query-ast";

/** The one thing a preview needs from arXiv; ArxivClient provides it. */
export interface MonthlyCountSource {
  countMonthlyPublications(query: QueryNode, month: MonthKey, options?: { signal?: AbortSignal }): Promise<number>;
}

export interface QueryPreview {
  /** The canonical query that was counted. */
  query: string;
  month: MonthKey;
  count: number;
}

/** Throws QuerySyntaxError for a bad query, and whatever the source throws. */
export async function previewLastFullMonth(
  source: MonthlyCountSource,
  text: string,
  now: Date,
  signal?: AbortSignal,
): Promise<QueryPreview> {
  const node = parseTopicQuery(text);
  const month = lastFullMonth(now);
  const count = await source.countMonthlyPublications(node, month, { signal });
  return { query: renderQuery(node), month, count };
}
