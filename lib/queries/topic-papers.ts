// Cache contract of a topic's latest papers: offset pages, filtered by category and text.
import { infiniteQueryOptions } from "@tanstack/react-query";
import type { TopicPaper } from "../store/papers";
import { fetchJson, searchString } from "./fetch-json";
import { topicsKey } from "./topic-counts";

export type { TopicPaper } from "../store/papers";

export const PAPERS_PAGE_SIZE = 20;

export interface PaperFilter {
  /** An arXiv category such as cs.CL, or null for all. */
  category: string | null;
  /** Free text matched against title, abstract and authors; "" for none. */
  text: string;
}

export const NO_PAPER_FILTER: PaperFilter = { category: null, text: "" };

/** The API's answer for one request. */
export type { TopicPapersAnswer as TopicPapersResponse, ExplainedPaper } from "../topics/papers";
import type { TopicPapersAnswer as TopicPapersResponse } from "../topics/papers";

/** One page as cached: a page asks for one paper more than it shows, to know if more exist. */
export interface TopicPapersPage {
  papers: TopicPaper[];
  hasMore: boolean;
}

export function toPapersPage(response: TopicPapersResponse): TopicPapersPage {
  return {
    papers: response.papers.slice(0, PAPERS_PAGE_SIZE),
    hasMore: response.papers.length > PAPERS_PAGE_SIZE,
  };
}

export const topicPapersKey = (slug: string, filter: PaperFilter) =>
  [...topicsKey, slug, "papers", { category: filter.category, text: filter.text }] as const;

export function topicPapersQueryOptions(slug: string, filter: PaperFilter) {
  return infiniteQueryOptions({
    queryKey: topicPapersKey(slug, filter),
    queryFn: async ({ pageParam }) =>
      toPapersPage(
        await fetchJson<TopicPapersResponse>(
          `/api/topics/${encodeURIComponent(slug)}/papers${searchString({
            limit: PAPERS_PAGE_SIZE + 1,
            offset: pageParam,
            category: filter.category ?? undefined,
            q: filter.text || undefined,
          })}`,
        ),
      ),
    initialPageParam: 0,
    getNextPageParam: (last, _all, offset) => (last.hasMore ? offset + PAPERS_PAGE_SIZE : undefined),
  });
}
