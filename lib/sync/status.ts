// What the status line on every page shows (GET /api/sync and its server prefetch): the latest
// run and its progress, its failures, when the cache last received data, which arXiv is asked
// and when the next scheduled sync runs.
import type { Db } from "../store/db";
import { latestSyncRun, listSyncFailures, type SyncFailure, type SyncRun } from "../store";
import { syncRunAsOf, type SyncRunDeath } from "../store/sync-runs";
import { latestIndexListing } from "../store/index-months";
import { arxivSource, type ArxivSource } from "../arxiv/config";
import { scheduleInfo, type ScheduleInfo } from "./service";

export type { SyncFailure, SyncRun, SyncRunStatus } from "../store/sync-runs";

/** A run as reported: one whose owner was killed or fell silent is "interrupted", with why in `death`. */
export type SyncRunReport = SyncRun & { death?: SyncRunDeath };

/** The store's part of the status. */
export interface SyncRunState {
  running: boolean;
  run: SyncRunReport | null;
  lastSuccessAt: string | null;
  /** The newest fetch time of any cached count or paper list. */
  lastRefreshedAt: string | null;
  /** Of the latest run. */
  failures: SyncFailure[];
}

export interface SyncStatus extends SyncRunState {
  arxiv: ArxivSource;
  schedule: ScheduleInfo;
}

export function readSyncRunState(db: Db, now = new Date()): SyncRunState {
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

export function readSyncStatus(db: Db, now = new Date()): SyncStatus {
  return { ...readSyncRunState(db, now), arxiv: arxivSource(), schedule: scheduleInfo() };
}
