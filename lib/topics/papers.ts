// A topic's matching papers as the API and the pages read them: newest first, filtered, and,
// for a month or a range of months, with the total behind the count and which part of the
// query each paper matched. One reader for the route handler and the server prefetch.
import type { Db } from "../store/db";
import { countTopicPapers, listTopicPapers, type TopicPaper } from "../store";
import { matchedTerms } from "../index/explain";
import type { MonthKey } from "../calendar/months";
import type { ResolvedTopic } from "./resolve";

export interface TopicPapersRequest {
  limit: number;
  offset: number;
  category?: string;
  text?: string;
  /** A month or a range of months (both included): a drill-down into the chart's bars. */
  months?: { from: MonthKey; to: MonthKey };
}

export interface ExplainedPaper extends TopicPaper {
  /** The query's terms this paper matches, as written in arXiv syntax (ti:LLM, abs:"…"). */
  matchedBy: string[];
}

export interface TopicPapersAnswer {
  slug: string;
  /** The query version the papers belong to; null when this query was never computed. */
  queryVersion: number | null;
  /** The months asked for, when a drill-down. */
  from?: MonthKey;
  to?: MonthKey;
  /** Papers matching the filter in all (the month's count, for a month without filters). */
  total: number;
  papers: ExplainedPaper[];
}

export function readTopicPapers(db: Db, topic: ResolvedTopic, req: TopicPapersRequest): TopicPapersAnswer {
  const { queryVersion } = topic;
  const range = req.months ? { from: req.months.from, to: req.months.to } : {};
  if (queryVersion === null) return { slug: topic.slug, queryVersion, ...range, total: 0, papers: [] };
  const filter = { category: req.category, text: req.text, months: req.months };
  const papers = listTopicPapers(db, topic.slug, queryVersion, { ...filter, limit: req.limit, offset: req.offset });

  return {
    slug: topic.slug,
    queryVersion,
    ...range,
    total: countTopicPapers(db, topic.slug, queryVersion, filter),
    papers: papers.map((p) => ({ ...p, matchedBy: topic.part === "baseline" ? [] : matchedTerms(topic.queryNode, p) })),
  };
}
