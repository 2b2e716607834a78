// Cache contract of one topic as the editor sees it (GET /api/topics/{slug}) and the editor's
// writes: create, edit, archive, restore, the arXiv preview and "sync this topic now".
import { queryOptions } from "@tanstack/react-query";
import type { MonthKey } from "../calendar/months";
import type { QueryVersion } from "../store/query-versions";
import type { TopicPart } from "../topics/topic-input";
import type { SyncRunSummary } from "./sync-status";
import { ApiRequestError, fetchJson } from "./fetch-json";
import { topicsKey } from "./topic-counts";
import { writeHeaders } from "./write-token";

/** A topic as the JSON API shows it (app/api/topics/topic-json.ts). */
export interface TopicJson {
  slug: string;
  name: string;
  part: TopicPart | "baseline";
  description: string;
  query: string;
  queryNotes: string;
  queryVersion: number | null;
  origin: "roadmap" | "custom" | "baseline";
  archived: boolean;
  edited: boolean;
  originalQuery: string | null;
  links: { arxivSearch: string; apiFeed: string };
}

export interface TopicDetail {
  topic: TopicJson;
  queryVersions: QueryVersion[];
}

export interface QueryVersionChange {
  previous: number | null;
  current: number;
  /** True when the save started a query version. */
  changed: boolean;
}

export interface TopicEditResult {
  topic: TopicJson;
  queryVersion: QueryVersionChange;
}

export interface TopicFields {
  name: string;
  part: TopicPart;
  description: string;
  query: string;
  queryNotes: string;
}

export type { QueryPreview } from "../topics/preview";
import type { QueryPreview } from "../topics/preview";

export const topicDetailKey = (slug: string) => [...topicsKey, slug, "detail"] as const;

export function topicDetailQueryOptions(slug: string) {
  return queryOptions({
    queryKey: topicDetailKey(slug),
    queryFn: () => fetchJson<TopicDetail>(`/api/topics/${encodeURIComponent(slug)}`, { cache: "no-store" }),
  });
}

function send<T>(method: "POST" | "PATCH", path: string, body?: unknown): Promise<T> {
  return fetchJson<T>(path, {
    method,
    headers: { "content-type": "application/json", ...writeHeaders() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const topicPath = (slug: string, action = "") => `/api/topics/${encodeURIComponent(slug)}${action}`;

export const createTopic = (fields: TopicFields) => send<TopicEditResult>("POST", "/api/topics", fields);

export const editTopic = (slug: string, patch: Partial<TopicFields>) => send<TopicEditResult>("PATCH", topicPath(slug), patch);

export const restoreTopic = (slug: string) => send<TopicEditResult>("POST", topicPath(slug, "/restore"));

export const setTopicArchived = (slug: string, archived: boolean) =>
  send<{ topic: TopicJson }>("POST", topicPath(slug, archived ? "/archive" : "/unarchive"));

/** A draft query's last 24 months over the local index: no arXiv request, so asked as typed. */
export const previewTopicQuery = (query: string) => send<QueryPreview>("POST", "/api/topics/preview", { query });

/** Keyed by the canonical query, so spacing changes that do not change the query ask nothing. */
export const queryPreviewKey = (canonical: string) => ["query-preview", canonical] as const;

export function queryPreviewQueryOptions(canonical: string) {
  return queryOptions({
    queryKey: queryPreviewKey(canonical),
    queryFn: () => previewTopicQuery(canonical),
    // The index changes only with a sync; a 400 or 401 will not change by asking again.
    staleTime: 60_000,
    retry: false,
  });
}

/** Starts a sync of some topics only. A 409 (a sync is running) is an answer, not a failure. */
export async function syncTopicsNow(slugs: string[]): Promise<{ run: SyncRunSummary } | { alreadyRunning: string }> {
  try {
    return await send<{ run: SyncRunSummary }>("POST", "/api/sync", { topics: slugs });
  } catch (e) {
    if (e instanceof ApiRequestError && e.status === 409) return { alreadyRunning: e.message };
    throw e;
  }
}
