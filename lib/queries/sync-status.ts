// Cache contract of the sync status (GET /api/sync) and the "Refresh now" request (POST).
import { queryOptions } from "@tanstack/react-query";
import { ApiRequestError, fetchJson } from "./fetch-json";
import { indexKey } from "./index-status";
import { overviewKey } from "./overview";
import { topicsKey } from "./topic-counts";
import { writeHeaders } from "./write-token";
import type { SyncRun, SyncStatus } from "../sync/status";

export type { SyncFailure, SyncRun, SyncRunReport, SyncRunStatus, SyncStatus } from "../sync/status";

export const SYNC_POLL_RUNNING_MS = 2_000;
export const SYNC_POLL_IDLE_MS = 30_000;

export const syncStatusKey = ["sync"] as const;

export function syncStatusQueryOptions() {
  return queryOptions({
    queryKey: syncStatusKey,
    queryFn: () => fetchJson<SyncStatus>("/api/sync", { cache: "no-store" }),
    // Live state, polled faster while a run is going; fresh just long enough that the status
    // the server rendered is not fetched again the moment the page hydrates.
    staleTime: 5_000,
    refetchInterval: (query) =>
      query.state.data?.running ? SYNC_POLL_RUNNING_MS : SYNC_POLL_IDLE_MS,
    refetchIntervalInBackground: false,
    // The next poll is the retry: a failing status must not hold the bar in "loading" for long.
    retry: 1,
  });
}

/**
 * Asks the server to start a sync now. A 409 means one is already running: not a failure.
 * A 401 (the server wants the team token) is thrown as an ApiRequestError with status 401.
 */
export async function startSync(): Promise<{ run: SyncRun } | { alreadyRunning: string }> {
  try {
    return await fetchJson<{ run: SyncRun }>("/api/sync", { method: "POST", headers: writeHeaders() });
  } catch (e) {
    if (e instanceof ApiRequestError && e.status === 409) return { alreadyRunning: e.message };
    throw e;
  }
}

/** Every cached query whose data a sync can change. */
export const KEYS_REFRESHED_BY_SYNC = [overviewKey, topicsKey, indexKey] as const;
