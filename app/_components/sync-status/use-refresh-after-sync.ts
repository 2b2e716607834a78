"use client";
// Makes new data appear without a reload: when a sync ends (or the store changes while no sync
// of ours is watched, e.g. the CLI ran), every query a sync can change is invalidated. While a
// long sync runs, the same happens at most every LIVE_REFRESH_MS so charts fill in as it goes.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { KEYS_REFRESHED_BY_SYNC, type SyncStatus } from "@/lib/queries/sync-status";

const LIVE_REFRESH_MS = 15_000;

export function useRefreshAfterSync(status: SyncStatus | undefined): void {
  const queryClient = useQueryClient();
  const seen = useRef<{ running: boolean; lastRefreshedAt: string | null; invalidatedAt: number } | null>(
    null,
  );

  useEffect(() => {
    if (!status) return;
    const before = seen.current;
    const now = Date.now();
    let invalidate = false;
    if (before) {
      const finished = before.running && !status.running;
      const storeChanged = before.lastRefreshedAt !== status.lastRefreshedAt;
      const liveDue = status.running && storeChanged && now - before.invalidatedAt >= LIVE_REFRESH_MS;
      invalidate = finished || (storeChanged && !status.running) || liveDue;
    }
    if (invalidate) {
      for (const queryKey of KEYS_REFRESHED_BY_SYNC) void queryClient.invalidateQueries({ queryKey });
    }
    seen.current = {
      running: status.running,
      lastRefreshedAt: status.lastRefreshedAt,
      invalidatedAt: invalidate ? now : (before?.invalidatedAt ?? now),
    };
  }, [status, queryClient]);
}
