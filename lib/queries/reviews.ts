// Cache contracts of team reviews: the live review of a period (GET /api/reviews/live), the
// saved reviews (GET /api/reviews, /api/reviews/{id}), saving one, and the export links.
import { queryOptions } from "@tanstack/react-query";
import type { ReviewView } from "../reviews/build";
import type { ReopenedReview } from "../reviews/saved";
import type { SavedReviewSummary } from "../store/reviews";
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
export const liveReviewRootKey = [...reviewsKey, "live"] as const;
export const savedReviewsKey = [...reviewsKey, "saved"] as const;

export const liveReviewKey = (r: LiveReviewRequest) =>
  [...liveReviewRootKey, { from: r.from ?? null, to: r.to ?? null, topics: r.topics?.join(",") ?? null, group: r.group }] as const;

function liveParams(r: LiveReviewRequest): Record<string, string | undefined> {
  return { from: r.from, to: r.to, topics: r.topics?.join(","), group: r.group };
}

export function liveReviewQueryOptions(r: LiveReviewRequest) {
  return queryOptions({
    queryKey: liveReviewKey(r),
    queryFn: () => fetchJson<ReviewView>(`/api/reviews/live${searchString(liveParams(r))}`, { cache: "no-store" }),
    // Teammates mark papers during the meeting too: their marks show up without a reload.
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
  });
}

export function savedReviewsQueryOptions() {
  return queryOptions({
    queryKey: savedReviewsKey,
    queryFn: async () => (await fetchJson<{ reviews: SavedReviewSummary[] }>("/api/reviews", { cache: "no-store" })).reviews,
  });
}

export const savedReviewKey = (id: number) => [...savedReviewsKey, id] as const;

export function savedReviewQueryOptions(id: number) {
  return queryOptions({
    queryKey: savedReviewKey(id),
    queryFn: () => fetchJson<ReopenedReview>(`/api/reviews/${id}`, { cache: "no-store" }),
  });
}

export type ReviewExportFormat = "bibtex" | "csv" | "markdown";

/**
 * The live review as a download. The period is the one the page shows (the resolved instants),
 * not the request, so the file holds exactly the papers on screen.
 */
export function liveReviewExportHref(review: ReviewView, format: ReviewExportFormat, title?: string): string {
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

export interface SaveReviewBody {
  title: string;
  savedBy?: string | null;
  from: string;
  to: string;
  topics: string[];
  group: ReviewGroupingChoice;
}

/** Saves the review of the period shown: 201 with the saved review. 401 without the token. */
export function saveReview(body: SaveReviewBody): Promise<ReopenedReview> {
  return fetchJson<ReopenedReview>("/api/reviews", {
    method: "POST",
    headers: { "content-type": "application/json", ...writeHeaders() },
    body: JSON.stringify(body),
  });
}

export function deleteSavedReview(id: number): Promise<{ deleted: number }> {
  return fetchJson<{ deleted: number }>(`/api/reviews/${id}`, { method: "DELETE", headers: writeHeaders() });
}
