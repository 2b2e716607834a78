// The sync status as GET /api/sync answers it, for the server prefetch of the status bar.
import "server-only";
import { isSimulatedArxiv, loadArxivConfig } from "@/lib/arxiv/config";
import { getDb } from "@/lib/store/server";
import { scheduleInfo } from "@/lib/sync/service";
import { readSyncStatus } from "@/lib/sync/status";
import type { SyncStatus } from "@/lib/queries/sync-status";

/** RADAR_SIMULATOR_SCALE (set by scripts/demo.ts): the simulator's share of real volume, for the notice. */
export function simulatorScale(env: Record<string, string | undefined> = process.env): number | null {
  const scale = Number(env.RADAR_SIMULATOR_SCALE);
  return env.RADAR_SIMULATOR_SCALE && Number.isFinite(scale) && scale > 0 ? scale : null;
}

export function readSyncStatusResponse(): SyncStatus {
  const arxiv = loadArxivConfig();
  const simulated = isSimulatedArxiv(arxiv);
  return {
    ...readSyncStatus(getDb()),
    arxiv: { apiUrl: arxiv.apiUrl, simulated, simulatorScale: simulated ? simulatorScale() : null },
    schedule: scheduleInfo(),
  };
}
