// What the status line on every page shows: the latest run and its progress, its failures,
// and when the cache last received data.
import type { Db } from "../store/db";
import { latestSyncRun, listSyncFailures, type SyncFailure, type SyncRun } from "../store";
import { syncRunAsOf, type SyncRunDeath } from "../store/sync-runs";
import { latestIndexListing } from "../store/index-months";

export interface SyncStatus {
  running: boolean;
  /** A run whose owner was killed or fell silent is reported "interrupted", with why in `death`. */
  run: (SyncRun & { death?: SyncRunDeath }) | null;
  lastSuccessAt: string | null;
  /** The newest fetch time of any cached count or paper list. */
  lastRefreshedAt: string | null;
  failures: SyncFailure[];
}

export function readSyncStatus(db: Db, now = new Date()): SyncStatus {
  const latest = latestSyncRun(db);
  const run = latest ? syncRunAsOf(latest, now) : null;
  const lastSuccessAt = db
    .prepare("SELECT MAX(finished_at) FROM sync_runs WHERE status = 'succeeded'")
    .pluck()
    .get() as string | null;
  // The last complete listing of any month: when the index last heard from arXiv.
  const lastRefreshedAt = latestIndexListing(db);
  return {
    running: run?.status === "running",
    run,
    lastSuccessAt,
    lastRefreshedAt,
    failures: run ? listSyncFailures(db, run.id) : [],
  };
}
