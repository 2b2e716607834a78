// Cache contracts of team reviews: the live review of a period (a summary and pages), the
// saved reviews (GET /api/reviews, /api/reviews/{id}), saving one, and the export links.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { ReviewView } from "../reviews/build";
import type { ReopenedReview } from "../reviews/saved";
import type { SavedReviewSummary } from "../store/reviews";
import type { MarkFilter, ReviewPage, ReviewSummary } from "../reviews/paged";
import type { ReviewChanges } from "../store/review-changes";
import type { SimilarPaper } from "../reviews/ranking/store-ranking";
import type { SavedPaperFilter, SavedReviewHead, SavedReviewPage } from "../reviews/saved-paged";
import { fetchJson, searchString } from "./fetch-json";
import { writeHeaders } from "./write-token";

export type { ReviewView } from "../reviews/build";
export type { ReopenedReview, ReopenedReviewPaper } from "../reviews/saved";
export type { SavedReviewSummary } from "../store/reviews";
export type { ReviewGroup, ReviewPaper, MarkTally } from "../reviews/select";
export type { TopicCoverage } from "../reviews/coverage";
export type { PaperMark, PaperMarkKind } from "../store/paper-marks";
export type { PaperNote } from "../store/paper-notes";

export type ReviewGroupingChoice = "topic" | "date";

/**
 * What a live review is asked for, as written in /review's URL. An absent bound is the
 * server's default (since the last saved review, else the last 7 days; to: now), an absent
 * topic list is every live topic.
 */
export interface LiveReviewRequest {
  from?: string;
  to?: string;
  topics?: string[];
  group: ReviewGroupingChoice;
}

/** Root of every review query: a mark or a note touches all of them. */
export const reviewsKey = ["reviews"] as const;
export const savedReviewsKey = [...reviewsKey, "saved"] as const;

function liveParams(r: LiveReviewRequest): Record<string, string | undefined> {
  return { from: r.from, to: r.to, topics: r.topics?.join(","), group: r.group };
}

export function savedReviewsQueryOptions() {
  return queryOptions({
    queryKey: savedReviewsKey,
    queryFn: async () => (await fetchJson<{ reviews: SavedReviewSummary[] }>("/api/reviews", { cache: "no-store" })).reviews,
  });
}

export const savedReviewKey = (id: number) => [...savedReviewsKey, id] as const;

export type ReviewExportFormat = "bibtex" | "csv" | "markdown";

/**
 * The live review as a download. The period is the one the page shows (the resolved instants),
 * not the request, so the file holds exactly the papers on screen.
 */
export function liveReviewExportHref(review: Pick<ReviewView, "period" | "topics" | "grouping">, format: ReviewExportFormat, title?: string): string {
  return `/api/reviews/live/export${searchString({
    format,
    from: review.period.from,
    to: review.period.to,
    topics: review.topics.map((t) => t.slug).join(","),
    group: review.grouping,
    title: title?.trim() || undefined,
  })}`;
}

export function savedReviewExportHref(id: number, format: ReviewExportFormat): string {
  return `/api/reviews/${id}/export?format=${format}`;
}

export type { SaveReviewBody } from "../reviews/request-params";
import type { SaveReviewBody } from "../reviews/request-params";

/** Saves the review of the period shown: 201 with the saved review. 401 without the token. */
export function requestReviewSave(body: SaveReviewBody): Promise<ReopenedReview> {
  return fetchJson<ReopenedReview>("/api/reviews", {
    method: "POST",
    headers: { "content-type": "application/json", ...writeHeaders() },
    body: JSON.stringify(body),
  });
}

export function requestReviewDelete(id: number): Promise<{ deleted: number }> {
  return fetchJson<{ deleted: number }>(`/api/reviews/${id}`, { method: "DELETE", headers: writeHeaders() });
}

// ---- The paged live review (issue 10): summary, pages, change cursor, more like this. ----

export type { ReviewSummary, ReviewPage, PagedReviewPaper, RankingStatus, ReviewGroupSize, MarkFilter } from "../reviews/paged";
export type { ReviewChanges, PaperStateChange } from "../store/review-changes";
export type { SimilarPaper } from "../reviews/ranking/store-ranking";

/** The live review as written in /review's URL, with the server-side filters and order. */
export interface PagedReviewRequest extends LiveReviewRequest {
  topic?: string;
  category?: string;
  mark?: MarkFilter;
  q?: string;
  multi?: boolean;
  rank?: "team";
}

/** The first page is a screenful (rendered on the server); later pages are larger. */
export const FIRST_PAGE = 25;
export const NEXT_PAGE = 50;

function pagedParams(r: PagedReviewRequest): Record<string, string | undefined> {
  return {
    ...liveParams(r),
    topic: r.topic,
    category: r.category,
    mark: r.mark === "all" ? undefined : r.mark,
    q: r.q?.trim() || undefined,
    multi: r.multi ? "1" : undefined,
    rank: r.rank,
  };
}

const pagedKeyPart = (r: PagedReviewRequest) => pagedParams(r);
export const reviewSummaryRootKey = [...reviewsKey, "summary"] as const;
export const reviewPagesRootKey = [...reviewsKey, "pages"] as const;

export function reviewSummaryQueryOptions(r: PagedReviewRequest) {
  return queryOptions({
    queryKey: [...reviewSummaryRootKey, pagedKeyPart(r)] as const,
    queryFn: () => fetchJson<ReviewSummary>(`/api/reviews/live/summary${searchString(pagedParams(r))}`, { cache: "no-store" }),
    // Teammates' marks arrive through the change cursor, not by reading the review again.
    refetchOnWindowFocus: false,
  });
}

export function reviewPagesQueryOptions(r: PagedReviewRequest) {
  return infiniteQueryOptions({
    queryKey: [...reviewPagesRootKey, pagedKeyPart(r)] as const,
    queryFn: ({ pageParam }) =>
      fetchJson<ReviewPage>(
        `/api/reviews/live/papers${searchString({ ...pagedParams(r), after: pageParam ?? undefined, limit: pageParam ? NEXT_PAGE : FIRST_PAGE })}`,
        { cache: "no-store" },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last: ReviewPage) => last.next,
    refetchOnWindowFocus: false,
    // Loaded pages stay as they are (marks are patched in); a refetch of every page would
    // re-download what the reader already has.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function readReviewChanges(since: number): Promise<ReviewChanges> {
  return fetchJson<ReviewChanges>(`/api/marks/changes?since=${since}`, { cache: "no-store" });
}

export function similarPapersQueryOptions(paperId: string) {
  return queryOptions({
    queryKey: [...reviewsKey, "similar", paperId] as const,
    queryFn: () => fetchJson<{ paperId: string; months: number; papers: SimilarPaper[] }>(`/api/papers/${paperId}/similar`),
    staleTime: 10 * 60_000,
  });
}

/** The summary's export links: the period it shows, every paper of it (not only the filtered). */
export function summaryExportHref(s: ReviewSummary, format: ReviewExportFormat, title?: string): string {
  return liveReviewExportHref(s, format, title);
}

export type { SavedReviewHead, SavedReviewPage, SavedReviewPagePaper, SavedPaperFilter } from "../reviews/saved-paged";

export function savedReviewHeadQueryOptions(id: number, filter: SavedPaperFilter) {
  return queryOptions({
    queryKey: [...savedReviewKey(id), "head", filter] as const,
    queryFn: () => fetchJson<SavedReviewHead>(`/api/reviews/${id}/summary?filter=${filter}`, { cache: "no-store" }),
  });
}

export function savedReviewPagesQueryOptions(id: number, filter: SavedPaperFilter) {
  return infiniteQueryOptions({
    queryKey: [...savedReviewKey(id), "pages", filter] as const,
    queryFn: ({ pageParam }) =>
      fetchJson<SavedReviewPage>(
        `/api/reviews/${id}/papers${searchString({ filter, after: pageParam ?? undefined, limit: pageParam ? NEXT_PAGE : FIRST_PAGE })}`,
        { cache: "no-store" },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last: SavedReviewPage) => last.next,
  });
}
