// Syncs started by the web server (the refresh button and the daily schedule). They run in
// the server process, through the same process-wide arXiv queue as everything else.
import "server-only";
import { getDb } from "../store/server";
import { warmTermCache } from "../store/term-cache";
import { listTopics } from "../topics/registry";
import { SyncAlreadyRunningError, type SyncRun } from "../store";
import { loadScope } from "../index/scope";
import { createSyncSource } from "./source";
import { loadArxivConfig } from "../arxiv/config";
import { beginSync, runSync } from "./run";
import { loadHarvestSettings, loadRefreshPolicy } from "./policy";
import { resolveSyncOptions, type SyncRequest } from "./options";
import { loadScheduleConfig, nextScheduledRun } from "./schedule";

const state = globalThis as unknown as { __radarTimer?: NodeJS.Timeout; __radarNextRun?: Date };

/**
 * Starts a sync in the background and returns its run as soon as it is recorded.
 * Throws SyncAlreadyRunningError when one is running here or in another process (the CLI).
 */
export function startBackgroundSync(request: SyncRequest, trigger: string): SyncRun {
  const db = getDb();
  const options = resolveSyncOptions(db, request, trigger);
  const config = loadArxivConfig();
  const run = beginSync(db, options);
  void runSync(
    options,
    { db, source: createSyncSource(db, config), scope: loadScope(), ...loadHarvestSettings(), policy: loadRefreshPolicy(), minIntervalMs: config.minIntervalMs },
    run,
  )
    .then(() => warmPreviews())
    .catch((e: unknown) => console.error("background sync failed:", e));
  return run;
}

/**
 * Warms the query-preview cache with every live topic's terms, in the background, so that
 * opening a topic's editor previews at once. Failures only cost speed.
 */
export function warmPreviews(): void {
  setTimeout(() => {
    try {
      const db = getDb();
      void warmTermCache(db, listTopics(db).map((t) => t.queryNode)).catch((e: unknown) => console.error("preview cache:", e));
    } catch (e) {
      console.error("preview cache:", e);
    }
  }, 1000).unref();
}

export interface ScheduleInfo {
  enabled: boolean;
  hourUtc: number;
  nextRunAt: string | null;
}

export function scheduleInfo(): ScheduleInfo {
  const cfg = loadScheduleConfig();
  return {
    ...cfg,
    nextRunAt: cfg.enabled ? (state.__radarNextRun ?? nextScheduledRun(new Date(), cfg.hourUtc)).toISOString() : null,
  };
}

/** Arms the daily refresh once per server process (called from instrumentation.ts). */
export function startRefreshSchedule(): void {
  const cfg = loadScheduleConfig();
  if (!cfg.enabled || state.__radarTimer) return;
  const arm = () => {
    const next = nextScheduledRun(new Date(), cfg.hourUtc);
    state.__radarNextRun = next;
    state.__radarTimer = setTimeout(() => {
      try {
        startBackgroundSync({}, "schedule");
      } catch (e) {
        if (!(e instanceof SyncAlreadyRunningError)) console.error("scheduled sync could not start:", e);
      }
      arm();
    }, next.getTime() - Date.now());
    state.__radarTimer.unref();
  };
  arm();
}
