// The request URL for one page of results, and arXiv's paging limits.
import type { QueryNode } from "./query-ast";
import { renderQuery } from "./query";

/** arXiv serves at most this many entries per request… */
export const MAX_RESULTS_PER_REQUEST = 2000;
/** …and never beyond this position (start + max_results) for one query. */
export const MAX_RESULTS_PER_QUERY = 30000;

export type SortBy = "relevance" | "lastUpdatedDate" | "submittedDate";
export type SortOrder = "ascending" | "descending";

export interface SearchRequest {
  query: QueryNode;
  /** 0-based offset of the first result. Default 0. */
  start?: number;
  /** 1…2000. Default 10. Never 0: the current backend fails on max_results of zero. */
  maxResults?: number;
  /** Default "relevance". */
  sortBy?: SortBy;
  /** Default "descending". */
  sortOrder?: SortOrder;
}

export type ResolvedSearchRequest = Required<SearchRequest>;

/** Fills defaults and refuses pages arXiv would not serve. Throws RangeError. */
export function resolveSearchRequest(request: SearchRequest): ResolvedSearchRequest {
  const resolved: ResolvedSearchRequest = {
    query: request.query,
    start: request.start ?? 0,
    maxResults: request.maxResults ?? 10,
    sortBy: request.sortBy ?? "relevance",
    sortOrder: request.sortOrder ?? "descending",
  };
  const { start, maxResults } = resolved;
  if (!Number.isInteger(start) || start < 0) throw new RangeError(`start must be a whole number ≥ 0, got ${start}`);
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS_PER_REQUEST) {
    throw new RangeError(`maxResults must be a whole number from 1 to ${MAX_RESULTS_PER_REQUEST}, got ${maxResults}`);
  }
  if (start + maxResults > MAX_RESULTS_PER_QUERY) {
    throw new RangeError(`arXiv serves no result past position ${MAX_RESULTS_PER_QUERY}; start + maxResults is ${start + maxResults}`);
  }
  return resolved;
}

/**
 * The GET URL for one page. URLSearchParams writes spaces as "+", which arXiv reads as spaces
 * (its own documentation writes `submittedDate:[A+TO+B]`).
 */
export function searchUrl(apiUrl: string, request: SearchRequest): string {
  const r = resolveSearchRequest(request);
  const url = new URL(apiUrl);
  url.search = new URLSearchParams({
    search_query: renderQuery(r.query),
    start: String(r.start),
    max_results: String(r.maxResults),
    sortBy: r.sortBy,
    sortOrder: r.sortOrder,
  }).toString();
  return url.toString();
}
