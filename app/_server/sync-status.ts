// The sync status as GET /api/sync answers it, for the server prefetch of the status bar.
import "server-only";
import { isSimulatedArxiv, loadArxivConfig } from "@/lib/arxiv/config";
import { getDb } from "@/lib/store/server";
import { scheduleInfo } from "@/lib/sync/service";
import { readSyncStatus } from "@/lib/sync/status";
import type { SyncStatus } from "@/lib/queries/sync-status";

export function readSyncStatusResponse(): SyncStatus {
  const arxiv = loadArxivConfig();
  return {
    ...readSyncStatus(getDb()),
    arxiv: { apiUrl: arxiv.apiUrl, simulated: isSimulatedArxiv(arxiv) },
    schedule: scheduleInfo(),
  };
}
