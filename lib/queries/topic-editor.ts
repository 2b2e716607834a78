// Cache contract of one topic as the editor sees it (GET /api/topics/{slug}) and the editor's
// writes: create, edit, archive, restore, the arXiv preview and "sync this topic now".
import { queryOptions } from "@tanstack/react-query";
import type { MonthKey } from "../calendar/months";
import type { TopicDetail, TopicEditAnswer, TopicJson } from "../topics/topic-view";
import type { TopicInput } from "../topics/topic-input";
import type { SyncRun } from "../sync/status";
import { ApiRequestError, fetchJson } from "./fetch-json";
import { topicsKey } from "./topic-counts";
import { writeHeaders } from "./write-token";

export type { TopicDetail, TopicEditAnswer, TopicJson } from "../topics/topic-view";
export type { QueryVersionChange } from "../topics/editor";

/** The fields of the topic form, as the API checks them (lib/topics/topic-input.ts). */
export type TopicFields = TopicInput;

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

export const createTopic = (fields: TopicFields) => send<TopicEditAnswer>("POST", "/api/topics", fields);

export const requestTopicEdit = (slug: string, patch: Partial<TopicFields>) => send<TopicEditAnswer>("PATCH", topicPath(slug), patch);

export const restoreTopic = (slug: string) => send<TopicEditAnswer>("POST", topicPath(slug, "/restore"));

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
export async function syncTopicsNow(slugs: string[]): Promise<{ run: SyncRun } | { alreadyRunning: string }> {
  try {
    return await send<{ run: SyncRun }>("POST", "/api/sync", { topics: slugs });
  } catch (e) {
    if (e instanceof ApiRequestError && e.status === 409) return { alreadyRunning: e.message };
    throw e;
  }
}
