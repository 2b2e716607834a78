// What the simulated /api/query answers for a set of parameters, as data (the server renders it
// and may spoil it with a fault). Parameter checks and their messages follow arXiv's own.
import type { QueryNode } from "../arxiv/query-ast";
import { QuerySyntaxError, parseQuery } from "../arxiv/query";
import type { FeedEntry, FeedRequestEcho } from "./feed";
import { compileQuery } from "./match";
import {
  checkScale,
  defaultScale,
  findVirtualPaper,
  listedPaperAt,
  searchVirtualPaperList,
  searchVirtualPapers,
  versionAt,
  type VirtualPaper,
  type VirtualPaperList,
} from "./model";

export const MAX_RESULTS_PER_REQUEST = 2000;
export const MAX_RESULTS_PER_QUERY = 30000;

const SORT_BY = ["relevance", "lastUpdatedDate", "submittedDate"] as const;
const SORT_ORDER = ["ascending", "descending"] as const;
type SortBy = (typeof SORT_BY)[number];
type SortOrder = (typeof SORT_ORDER)[number];

const NEW_ID = /^\d{4}\.\d{4,5}(v\d+)?$/;
const OLD_ID = /^[a-z-]+(\.[A-Z]{2})?\/\d{7}(v\d+)?$/;

export type QueryAnswer =
  | { kind: "feed"; request: FeedRequestEcho; totalResults: number; entries: FeedEntry[] }
  | { kind: "error-feed"; message: string }
  /** Not Atom at all, e.g. the HTTP 500 that today's arXiv sends for a request of zero results (max_results of 0). */
  | { kind: "plain"; status: number; body: string };

function integerParam(params: URLSearchParams, name: string, fallback: number): number | string {
  const raw = params.get(name);
  if (raw === null || raw.trim() === "") return fallback;
  if (!/^-?\d+$/.test(raw.trim())) return `${name} must be an integer`;
  const n = Number(raw);
  return n < 0 ? `${name} must be non-negative` : n;
}

function enumParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T | { error: string } {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  return (allowed as readonly string[]).includes(raw) ? (raw as T) : { error: `${name} must be in: ${allowed.join(", ")}` };
}

/** A sorted result set; papers are made only for the page that is sent. */
interface Results {
  length: number;
  at(k: number): VirtualPaper;
}

/**
 * The order of `n` results: by `key` descending (the natural order for every key), ties newest
 * first, then by id (`idBefore`), so pages never overlap or skip; reversed for ascending.
 */
function sortedOrder(
  n: number,
  key: (k: number) => number,
  publishedMs: (k: number) => number,
  idBefore: (a: number, b: number) => boolean,
  order: SortOrder,
): Uint32Array {
  // Keys are computed once per paper; a comparator that recomputed them would dominate big sorts.
  const keys = new Float64Array(n);
  const published = new Float64Array(n);
  for (let k = 0; k < n; k++) (keys[k] = key(k)), (published[k] = publishedMs(k));
  const positions = Array.from({ length: n }, (_, k) => k);
  positions.sort(
    (a, b) =>
      (keys[b] as number) - (keys[a] as number) ||
      (published[b] as number) - (published[a] as number) ||
      (idBefore(a, b) ? -1 : 1),
  );
  if (order === "ascending") positions.reverse();
  return Uint32Array.from(positions);
}

function sortedArray(papers: VirtualPaper[], node: QueryNode | null, sortBy: SortBy, order: SortOrder, nowMs: number): VirtualPaper[] {
  const relevance = node ? compileQuery(node).relevance : () => 0;
  const at = (k: number) => papers[k] as VirtualPaper;
  const key = (k: number) =>
    sortBy === "relevance" ? relevance(at(k).i) : sortBy === "submittedDate" ? at(k).publishedMs : versionAt(at(k), nowMs).updatedMs;
  return Array.from(sortedOrder(papers.length, key, (k) => at(k).publishedMs, (a, b) => at(a).id < at(b).id, order), at);
}

function sortedList(list: VirtualPaperList, node: QueryNode, sortBy: SortBy, order: SortOrder, nowMs: number): Results {
  const relevance = compileQuery(node).relevance;
  const key = (k: number) =>
    sortBy === "relevance" ? relevance(list.corpusIndex(k)) : sortBy === "submittedDate" ? list.publishedMs(k) : list.updatedMs(k, nowMs);
  // A list is in id order already.
  const positions = sortedOrder(list.length, key, (k) => list.publishedMs(k), (a, b) => a < b, order);
  return { length: positions.length, at: (k) => list.paper(positions[k] as number) };
}

// Paging through a big result set asks the same query again and again: keep a few sorted lists
// (compact: ~10 bytes a result, so even a date-less query over all months stays small).
const resultCache = new Map<string, Results>();

function results(
  searchQuery: string,
  node: QueryNode | null,
  ids: string[],
  sortBy: SortBy,
  order: SortOrder,
  nowMs: number,
  scale: number,
): Results {
  const key = [searchQuery, ids.join(","), sortBy, order, nowMs, scale].join("\u0000");
  const cached = resultCache.get(key);
  if (cached) return cached;
  let found: Results;
  if (node && ids.length === 0) {
    found = sortedList(searchVirtualPaperList(node, undefined, { now: new Date(nowMs), scale }), node, sortBy, order, nowMs);
  } else if (node) {
    const wanted = new Set(ids.map((id) => id.replace(/v\d+$/, "")));
    const papers = searchVirtualPapers(node, undefined, { now: new Date(nowMs), scale }).filter((p) => wanted.has(p.id));
    found = arrayResults(sortedArray(papers, node, sortBy, order, nowMs));
  } else {
    const seen = new Set<string>();
    let papers: VirtualPaper[] = [];
    for (const id of ids) {
      const p = findVirtualPaper(id, { now: new Date(nowMs), scale });
      if (p && !seen.has(p.id)) papers.push(p), seen.add(p.id);
    }
    // An id_list keeps the order it was asked in unless another sort is requested.
    if (sortBy !== "relevance") papers = sortedArray(papers, null, sortBy, order, nowMs);
    found = arrayResults(papers);
  }
  if (resultCache.size >= 16) resultCache.delete(resultCache.keys().next().value as string);
  resultCache.set(key, found);
  return found;
}

function arrayResults(papers: VirtualPaper[]): Results {
  return { length: papers.length, at: (k) => papers[k] as VirtualPaper };
}

/** Answers GET /api/query?… at the simulator's `now` (and volume scale, default SIM_SCALE). */
export function answerQuery(params: URLSearchParams, now: Date, options: { scale?: number } = {}): QueryAnswer {
  const scale = options.scale === undefined ? defaultScale() : checkScale(options.scale);
  const start = integerParam(params, "start", 0);
  if (typeof start === "string") return { kind: "error-feed", message: start };
  const maxResults = integerParam(params, "max_results", 10);
  if (typeof maxResults === "string") return { kind: "error-feed", message: maxResults };
  // Today's backend fails a max_results of 0 with a bare 500 (aRxiv, nodebench-ai #294).
  if (maxResults === 0) return { kind: "plain", status: 500, body: "Internal Server Error" };
  if (maxResults > MAX_RESULTS_PER_REQUEST) {
    return { kind: "error-feed", message: `max_results must be less than or equal to ${MAX_RESULTS_PER_REQUEST}` };
  }
  if (start + maxResults > MAX_RESULTS_PER_QUERY) {
    return { kind: "error-feed", message: `start + max_results must be less than or equal to ${MAX_RESULTS_PER_QUERY}` };
  }
  const sortBy = enumParam(params, "sortBy", SORT_BY, "relevance");
  if (typeof sortBy === "object") return { kind: "error-feed", message: sortBy.error };
  const sortOrder = enumParam(params, "sortOrder", SORT_ORDER, "descending");
  if (typeof sortOrder === "object") return { kind: "error-feed", message: sortOrder.error };

  const idList = params.get("id_list") ?? "";
  const ids = idList.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const badId = ids.find((id) => !NEW_ID.test(id) && !OLD_ID.test(id));
  if (badId !== undefined) return { kind: "error-feed", message: `incorrect id format for ${badId}` };

  const searchQuery = params.get("search_query") ?? "";
  let node: QueryNode | null = null;
  if (searchQuery.trim() !== "") {
    try {
      node = parseQuery(searchQuery);
    } catch (e) {
      if (e instanceof QuerySyntaxError || e instanceof RangeError) return { kind: "error-feed", message: e.message };
      throw e;
    }
  }
  const request: FeedRequestEcho = { searchQuery, idList, start, maxResults };
  if (!node && ids.length === 0) return { kind: "feed", request, totalResults: 0, entries: [] };

  const nowMs = now.getTime();
  const all = results(searchQuery, node, ids, sortBy, sortOrder, nowMs, scale);
  const entries: FeedEntry[] = [];
  for (let k = start; k < Math.min(all.length, start + maxResults); k++) entries.push(listedPaperAt(all.at(k), nowMs));
  return { kind: "feed", request, totalResults: all.length, entries };
}
